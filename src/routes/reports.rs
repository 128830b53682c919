//! Downloading an article's review report: `/articles/{id}/report.md`, `.csv`, `.json`.

use actix_web::http::header::{ContentDisposition, DispositionParam, DispositionType};
use actix_web::{HttpResponse, web};

use crate::auth::CurrentUser;
use crate::db::{self, reports::ReportContext};
use crate::domain::{ReportFormat, parse_id};
use crate::error::{AppResult, not_found};
use crate::startup::AppState;

/// `GET /articles/{id}/report.{format}`.
pub async fn download(
    state: web::Data<AppState>,
    _user: CurrentUser,
    path: web::Path<(String, String)>,
) -> AppResult<HttpResponse> {
    let (id, format) = path.into_inner();
    let id = parse_id(&id).ok_or_else(|| not_found("article"))?;
    let format = ReportFormat::parse(&format).ok_or_else(|| not_found("report format"))?;
    let ctx = ReportContext {
        instance_name: state.instance_name.clone(),
        base_url: state.base_url.clone(),
        generated_at: db::time::now(),
    };
    let report = state
        .db
        .run(move |conn| db::reports::load(conn, id, &ctx)?.ok_or_else(|| not_found("article")))
        .await?;
    let filename = format!("claimdesk-report-{id}.{}", format.extension());
    Ok(HttpResponse::Ok()
        .content_type(format.content_type())
        .insert_header(ContentDisposition {
            disposition: DispositionType::Inline,
            parameters: vec![DispositionParam::Filename(filename)],
        })
        .body(format.render(&report)))
}
