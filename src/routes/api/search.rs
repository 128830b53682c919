//! `GET /api/v1/claims`: the same search as `/claims`, as JSON.

use actix_web::{HttpResponse, web};

use super::ClaimJson;
use crate::auth::CurrentUser;
use crate::db;
use crate::error::AppResult;
use crate::routes::claim_query::ClaimQuery;
use crate::startup::AppState;

/// `GET /api/v1/claims?status=&source=&kind=&assignee=&article=&q=&from=&to=&page=&sort=` →
/// `{"claims": [...], "total", "more_than_total", "page", "per_page"}`.
pub async fn search(
    state: web::Data<AppState>,
    user: CurrentUser,
    query: web::Query<ClaimQuery>,
) -> AppResult<HttpResponse> {
    let filter = query.filter(&user)?;
    let f = filter.clone();
    let results = state
        .db
        .run(move |conn| Ok(db::search::search(conn, &f)?))
        .await?;
    let claims: Vec<serde_json::Value> = results
        .hits
        .iter()
        .map(|h| {
            let mut value =
                serde_json::to_value(ClaimJson::from(&h.claim)).unwrap_or(serde_json::Value::Null);
            value["article"] = serde_json::json!({
                "id": h.claim.article_id,
                "title": h.article_title,
            });
            value["assignee"] = h.claim.assignee.as_ref().map_or(
                serde_json::Value::Null,
                |(id, name)| serde_json::json!({ "id": id, "name": name }),
            );
            value
        })
        .collect();
    Ok(HttpResponse::Ok().json(serde_json::json!({
        "claims": claims,
        "total": results.total,
        "more_than_total": results.capped,
        "page": filter.page,
        "per_page": filter.per_page,
    })))
}
