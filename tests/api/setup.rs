//! First start and invitations: the setup link makes the first admin once; an admin invites people
//! through single-use links.

use reqwest::StatusCode;

use crate::helpers::{PASSWORD, csrf_field, new_client, spawn_app, spawn_empty_app, with_csrf};

#[tokio::test]
async fn the_setup_link_creates_the_first_admin_once() {
    let app = spawn_empty_app().await;
    let link = app
        .setup_link
        .clone()
        .expect("serve prints a setup link on an empty instance");
    let token = link.split("token=").nth(1).unwrap().to_string();
    let browser = new_client();
    assert_eq!(
        browser.get(app.url("/")).send().await.unwrap().status(),
        StatusCode::SEE_OTHER
    );
    let form = browser.get(&link).send().await.unwrap();
    assert_eq!(form.status(), StatusCode::OK);
    let csrf = csrf_field(&form.text().await.unwrap());
    let fields = [
        ("csrf_token", csrf.as_str()),
        ("token", token.as_str()),
        ("email", "ada@example.org"),
        ("name", "Ada Admin"),
        ("password", PASSWORD),
        ("confirm", PASSWORD),
    ];
    let short = [("password", "short"), ("confirm", "short")];
    let mut too_short = fields.to_vec();
    too_short.retain(|(k, _)| *k != "password" && *k != "confirm");
    too_short.extend(short);
    let res = browser
        .post(app.url("/setup"))
        .form(&too_short)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.text().await.unwrap().contains("at least 10 characters"));

    let res = browser
        .post(app.url("/setup"))
        .form(&fields)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let (status, home) = {
        let r = browser.get(app.url("/")).send().await.unwrap();
        (r.status(), r.text().await.unwrap())
    };
    assert_eq!(status, StatusCode::OK);
    assert!(
        home.contains("Ada Admin") && home.contains("/admin/users"),
        "signed in as the admin"
    );

    // the link is used up, and /setup is closed once an account exists
    let again = new_client().get(&link).send().await.unwrap();
    assert_eq!(again.status(), StatusCode::SEE_OTHER);
    assert_eq!(again.headers()["location"], "/login");
}

#[tokio::test]
async fn an_invited_person_chooses_a_password_through_a_single_use_link() {
    let app = spawn_app().await;
    let fields = [
        ("email", "ivy@example.org"),
        ("name", "Ivy Invited"),
        ("role", "reviewer"),
        ("mode", "invite"),
    ];
    let res = app
        .client
        .post(app.url("/admin/users"))
        .form(&with_csrf(&app.csrf, &fields))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let page = res.text().await.unwrap();
    let start = page
        .find("/setup?token=")
        .expect("the page shows the invitation link");
    let link = page[start..].split('<').next().unwrap().to_string();
    let token = link.split("token=").nth(1).unwrap().to_string();

    let invited = new_client();
    let form = invited.get(app.url(&link)).send().await.unwrap();
    let body = form.text().await.unwrap();
    assert!(body.contains("Ivy Invited") && body.contains("ivy@example.org"));
    let csrf = csrf_field(&body);
    let set = [
        ("csrf_token", csrf.as_str()),
        ("token", &token),
        ("password", PASSWORD),
        ("confirm", PASSWORD),
    ];
    let res = invited
        .post(app.url("/setup"))
        .form(&set)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let home = invited
        .get(app.url("/"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(home.contains("Ivy Invited"));
    // once only
    let reuse = new_client().get(app.url(&link)).send().await.unwrap();
    assert_eq!(reuse.status(), StatusCode::SEE_OTHER);
    let browser = app.login_page().await;
    let res = app
        .submit_login(&browser, "ivy@example.org", PASSWORD)
        .await;
    assert_eq!(
        res.status(),
        StatusCode::SEE_OTHER,
        "Ivy signs in with her password"
    );
}

#[tokio::test]
async fn a_new_invitation_link_replaces_the_old_one() {
    let app = spawn_app().await;
    let fields = [
        ("email", "ivy@example.org"),
        ("name", "Ivy Invited"),
        ("role", "viewer"),
        ("mode", "invite"),
    ];
    let res = app
        .client
        .post(app.url("/admin/users"))
        .form(&with_csrf(&app.csrf, &fields))
        .send()
        .await
        .unwrap();
    let page = res.text().await.unwrap();
    let link = |page: &str| {
        let start = page.find("/setup?token=").expect("a link is shown");
        page[start..].split('<').next().unwrap().to_string()
    };
    let old = link(&page);
    let row = page
        .split("<tr")
        .find(|r| r.contains("ivy@example.org"))
        .unwrap()
        .to_string();
    let id = row
        .split("/admin/users/")
        .nth(1)
        .unwrap()
        .split('/')
        .next()
        .unwrap();
    let res = app
        .client
        .post(app.url(&format!("/admin/users/{id}/invite")))
        .form(&[("csrf_token", &app.csrf)])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let new = link(&res.text().await.unwrap());
    assert_ne!(old, new);
    assert_eq!(
        new_client()
            .get(app.url(&old))
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::SEE_OTHER,
        "the old link is dead"
    );
    assert_eq!(
        new_client()
            .get(app.url(&new))
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::OK
    );
}
