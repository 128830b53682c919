//! An article's review report: `/articles/{id}/report.{html,md,csv,json}` and
//! `/articles/{id}/claimreview.json` (schema.org ClaimReview JSON-LD).

use actix_web::http::header::{ContentDisposition, DispositionParam, DispositionType};
use actix_web::{HttpResponse, web};
use uuid::Uuid;

use crate::auth::CurrentUser;
use crate::db::{self, reports::ReportContext};
use crate::domain::{ReportFormat, parse_id};
use crate::error::{AppResult, not_found};
use crate::report::{Report, claimreview};
use crate::startup::AppState;

/// The printable report is a standalone page: its stylesheet is inline (so a saved copy looks the
/// same), its only script is our own file, and it loads nothing else. All user text in it is escaped.
const REPORT_CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; script-src 'self'; \
     img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/// Loads the report of article `id` (404 if there is none).
async fn load(state: &AppState, id: &str) -> AppResult<Report> {
    let id = parse_id(id).ok_or_else(|| not_found("article"))?;
    let ctx = ReportContext {
        instance_name: state.instance_name.clone(),
        base_url: state.base_url.clone(),
        generated_at: db::time::now(),
    };
    state
        .db
        .run(move |conn| db::reports::load(conn, id, &ctx)?.ok_or_else(|| not_found("article")))
        .await
}

fn disposition(id: Uuid, ext: &str) -> ContentDisposition {
    ContentDisposition {
        disposition: DispositionType::Inline,
        parameters: vec![DispositionParam::Filename(format!(
            "claimdesk-report-{id}.{ext}"
        ))],
    }
}

/// `GET /articles/{id}/report.{format}`.
pub async fn download(
    state: web::Data<AppState>,
    _user: CurrentUser,
    path: web::Path<(String, String)>,
) -> AppResult<HttpResponse> {
    let (id, format) = path.into_inner();
    let format = ReportFormat::parse(&format).ok_or_else(|| not_found("report format"))?;
    let report = load(&state, &id).await?;
    let mut res = HttpResponse::Ok();
    res.content_type(format.content_type())
        .insert_header(disposition(report.article.id, format.extension()));
    if format == ReportFormat::Html {
        res.insert_header(("content-security-policy", REPORT_CSP));
    }
    Ok(res.body(format.render(&report)?))
}

/// `GET /articles/{id}/claimreview.json`: one ClaimReview per reviewed claim.
pub async fn claimreview(
    state: web::Data<AppState>,
    _user: CurrentUser,
    path: web::Path<String>,
) -> AppResult<HttpResponse> {
    let report = load(&state, &path.into_inner()).await?;
    let body = claimreview::render(&report, &state.organization);
    Ok(HttpResponse::Ok()
        .content_type("application/ld+json")
        .insert_header(disposition(report.article.id, "claimreview.json"))
        .body(format!("{body:#}\n")))
}
