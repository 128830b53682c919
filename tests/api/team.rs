//! Working as a team: assignment, my queue, the dashboard.

use reqwest::StatusCode;

use crate::claim_helpers::{claim, post_form};
use crate::helpers::spawn_app;

#[tokio::test]
async fn my_queue_lists_my_pending_claims_most_check_worthy_first() {
    let app = spawn_app().await;
    let path = app.load_sample().await;
    let (_, empty) = app.page("/queue").await;
    assert!(empty.contains("Nothing waiting for you"));

    let id = path.trim_start_matches("/articles/");
    let res = post_form(
        &app,
        &format!("/articles/{id}/assign"),
        &[("assignee", "me")],
    )
    .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let c = claim(&app, &path, 0).await;
    app.review_in_browser(&c.id, "disputed", "no", c.version)
        .await;

    let (_, queue) = app.page("/queue").await;
    let article = app.api_article(&path).await;
    let mut pending: Vec<(f64, String)> = article["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["status"] == "pending")
        .map(|c| {
            (
                c["checkworthiness"].as_f64().unwrap(),
                format!("claim {}</a>", c["number"]),
            )
        })
        .collect();
    pending.sort_by(|a, b| b.0.total_cmp(&a.0));
    let positions: Vec<usize> = pending
        .iter()
        .map(|(_, n)| queue.find(n.as_str()).expect("listed"))
        .collect();
    assert!(
        positions.windows(2).all(|w| w[0] < w[1]),
        "most check-worthy first"
    );
    assert!(
        !queue.contains(&format!("claim {}</a>", c.number)),
        "decided claims leave the queue"
    );
}

#[tokio::test]
async fn the_dashboard_shows_counts_a_chart_of_reviews_per_day_and_busiest_sources() {
    let app = spawn_app().await;
    let path = app.load_sample().await;
    let c = claim(&app, &path, 0).await;
    app.review_in_browser(&c.id, "verified", "fine", c.version)
        .await;
    let (_, home) = app.page("/").await;
    assert!(home.contains(r#"<svg class="chart""#));
    assert!(home.contains("(last 30 days: 1)"));
    assert!(home.contains("Busiest sources"));
    assert!(home.contains(r#"href="/claims?status=verified""#));
}
