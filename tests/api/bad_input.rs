//! Bad input on the new-article form: a clear answer and nothing the user typed is lost.

use reqwest::StatusCode;
use reqwest::multipart::{Form, Part};

use crate::helpers::spawn_app;

#[tokio::test]
async fn a_missing_title_shows_the_form_again_with_the_input_kept() {
    let app = spawn_app().await;
    let res = app
        .post_article_form(&[
            ("title", "  "),
            ("outlet", "Courier"),
            ("text", "The mayor said it rained."),
        ])
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = res.text().await.unwrap();
    assert!(body.contains("the title is missing"));
    assert!(body.contains(r#"value="Courier""#));
    assert!(body.contains(">The mayor said it rained.</textarea>"));
}

#[tokio::test]
async fn whitespace_only_text_shows_the_form_again_with_a_message() {
    let app = spawn_app().await;
    let res = app
        .post_article_form(&[("title", "Kept title"), ("text", " \n\t ")])
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = res.text().await.unwrap();
    assert!(body.contains("the text is empty"));
    assert!(body.contains(r#"value="Kept title""#));
    let (_, home) = app.page("/").await;
    assert!(home.contains("Nothing to review yet"), "nothing was stored");
}

#[tokio::test]
async fn text_over_two_megabytes_is_refused_with_413_and_a_message() {
    let app = spawn_app().await;
    let big = "a".repeat(2 * 1024 * 1024 + 1);
    let res = app
        .post_article_form(&[("title", "Big"), ("text", &big)])
        .await;
    assert_eq!(res.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("the text is larger than 2 MB")
    );

    let form = Form::new()
        .text("csrf_token", app.csrf.clone())
        .text("title", "Big file")
        .part("file", Part::bytes(big.into_bytes()).file_name("big.txt"));
    let res = app
        .client
        .post(app.url("/articles"))
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::PAYLOAD_TOO_LARGE);
}

#[tokio::test]
async fn an_uploaded_file_that_is_not_utf8_is_refused_with_400() {
    let app = spawn_app().await;
    let form = Form::new()
        .text("csrf_token", app.csrf.clone())
        .text("title", "Latin-1")
        .part(
            "file",
            Part::bytes(vec![0x43, 0x61, 0x66, 0xe9, 0xff]).file_name("latin1.txt"),
        );
    let res = app
        .client
        .post(app.url("/articles"))
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("the file is not UTF-8 text")
    );
}

#[tokio::test]
async fn a_bad_url_or_date_is_explained_on_the_form() {
    let app = spawn_app().await;
    let res = app
        .post_article_form(&[
            ("title", "T"),
            ("text", "Text."),
            ("url", "javascript:alert(1)"),
            ("published", "yesterday"),
        ])
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = res.text().await.unwrap();
    assert!(body.contains("the URL must start with http:// or https://"));
    assert!(body.contains("the published date must look like 2026-03-31"));
}
