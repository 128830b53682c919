//! Who did what: a decision carries the name of the reviewer who made it, on the page, in the history
//! API and in every report, and keeps it after the account is deactivated.

use reqwest::StatusCode;
use serde_json::Value;

use crate::helpers::spawn_app;

#[tokio::test]
async fn a_decision_shows_its_reviewers_name_everywhere_even_after_deactivation() {
    let app = spawn_app().await;
    let path = app.load_sample().await;
    let claim = app.api_article(&path).await["claims"][0].clone();
    let id = claim["id"].as_str().unwrap();
    let email = app.add_user("reviewer", "Rita Reviewer");
    let rita = app.login_as(&email).await;
    let res = rita
        .client
        .post(app.url(&format!("/claims/{id}/review")))
        .form(&[
            ("csrf_token", rita.csrf.as_str()),
            ("status", "disputed"),
            ("note", "the date is wrong"),
            ("version", "1"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);

    // deactivate Rita: her name must stay on her decision
    let (_, accounts) = app.page("/admin/users").await;
    let row = accounts.split("<tr").find(|r| r.contains(&email)).unwrap();
    let user_id = row
        .split("/admin/users/")
        .nth(1)
        .unwrap()
        .split('/')
        .next()
        .unwrap();
    let res = app
        .client
        .post(app.url(&format!("/admin/users/{user_id}/deactivate")))
        .form(&[("csrf_token", &app.csrf)])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);

    let history: Value = app
        .get(&format!("/api/v1/claims/{id}/history"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(history["history"][0]["user"], "Rita Reviewer");
    let (_, page) = app.page(&path).await;
    assert!(
        page.contains("<td>Rita Reviewer</td>"),
        "the page's history names her"
    );
    for format in ["md", "csv", "json", "html"] {
        let (status, report) = app.page(&format!("{path}/report.{format}")).await;
        assert_eq!(status, StatusCode::OK, "{format}");
        assert!(
            report.contains("Rita Reviewer"),
            "the {format} report names the reviewer"
        );
    }
}
