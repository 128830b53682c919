//! The articles page, adding articles (form and file), and the article page with claims in place.

use reqwest::StatusCode;
use reqwest::multipart::{Form, Part};

use crate::helpers::{location, spawn_app};

/// Escapes like the templates do, to find text in a page.
pub fn escaped(s: &str) -> String {
    s.replace('&', "&#38;")
        .replace('<', "&#60;")
        .replace('>', "&#62;")
        .replace('"', "&#34;")
        .replace('\'', "&#39;")
}

#[tokio::test]
async fn an_empty_instance_says_what_to_do_and_offers_the_sample_article() {
    let app = spawn_app().await;
    let (status, body) = app.page("/").await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("Nothing to review yet"));
    assert!(body.contains(r#"action="/sample""#));
    assert!(body.contains("Load the sample article"));
}

#[tokio::test]
async fn loading_the_sample_shows_its_text_with_claims_highlighted_and_listed() {
    let app = spawn_app().await;
    let path = app.load_sample().await;
    let (status, body) = app.page(&path).await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("Port Alder delays harbour bridge vote"));
    assert!(body.contains(r#"<mark class="claim s-pending" id="text-1">"#));
    assert!(body.contains(r#"id="claim-1""#));
    let article = app.api_article(&path).await;
    assert!(!article["claims"].as_array().unwrap().is_empty());
}

#[tokio::test]
async fn every_claim_is_highlighted_at_its_byte_offsets_even_after_multibyte_text() {
    let app = spawn_app().await;
    let text = "Café owners — all 12 of them — met on Monday.\nThe mayor said the fee would rise «sharply».\n";
    let path = app.paste_article("Fees", text).await;
    let article = app.api_article(&path).await;
    let (_, body) = app.page(&path).await;
    let mut previous_end = 0;
    for claim in article["claims"].as_array().unwrap() {
        let (start, end) = (
            claim["start"].as_u64().unwrap() as usize,
            claim["end"].as_u64().unwrap() as usize,
        );
        if start < previous_end {
            continue; // an overlapping claim is clipped on the page; the first one is checked
        }
        previous_end = end;
        let n = claim["number"].as_u64().unwrap();
        let in_text = &text[start..end];
        let expected = format!(
            r#"aria-label="claim {n}, pending">{n}</a>{}</mark>"#,
            escaped(in_text)
        );
        assert!(
            body.contains(&expected),
            "claim {n} highlighted as {in_text:?}"
        );
    }
}

#[tokio::test]
async fn article_text_is_escaped_never_injected_into_the_page() {
    let app = spawn_app().await;
    let path = app
        .paste_article(
            "<b>Title</b>",
            "The minister said <script>alert(1)</script> twice.",
        )
        .await;
    let (_, body) = app.page(&path).await;
    assert!(!body.contains("<script>alert(1)</script>"));
    assert!(!body.contains("<b>Title</b>"));
    assert!(body.contains(&escaped("<script>alert(1)</script>")));
}

#[tokio::test]
async fn the_articles_page_lists_title_outlet_date_and_counts_per_status() {
    let app = spawn_app().await;
    let res = app
        .post_article_form(&[
            ("title", "Bridge vote delayed"),
            ("outlet", "The Alder Courier"),
            ("published", "2026-03-10"),
            ("url", "https://example.org/bridge"),
            (
                "text",
                "The council delayed the vote.\nThe bridge costs 48 million crowns.\n",
            ),
        ])
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let (_, body) = app.page("/").await;
    assert!(body.contains("Bridge vote delayed"));
    assert!(body.contains("The Alder Courier"));
    assert!(body.contains("2026-03-10"));
    let claims = app.api_article(&location(&res)).await["claims"]
        .as_array()
        .unwrap()
        .len();
    assert!(
        body.contains(&format!("{claims} pending")),
        "every claim starts pending"
    );
    assert!(body.contains("0 verified") && body.contains("0 disputed"));
    assert!(body.contains(r#"class="progress""#));
}

#[tokio::test]
async fn an_uploaded_txt_file_becomes_the_article_text() {
    let app = spawn_app().await;
    let form = Form::new()
        .text("csrf_token", app.csrf.clone())
        .text("title", "Uploaded")
        .text("text", "")
        .part(
            "file",
            Part::bytes("\u{feff}Officials said the port will reopen.\n".as_bytes())
                .file_name("a.txt"),
        );
    let res = app
        .client
        .post(app.url("/articles"))
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let article = app.api_article(&location(&res)).await;
    assert_eq!(
        article["text"], "Officials said the port will reopen.\n",
        "byte-order mark dropped"
    );
    assert_eq!(article["title"], "Uploaded");
}

#[tokio::test]
async fn an_unknown_or_malformed_article_id_is_a_404_page() {
    let app = spawn_app().await;
    for path in [
        "/articles/3f2b8c1e-6a0d-4c52-9d8e-0a1b2c3d4e5f",
        "/articles/not-a-uuid",
        "/nowhere",
    ] {
        let (status, body) = app.page(path).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
        assert!(body.contains("<h1>404"), "{path} shows the error page");
    }
}
