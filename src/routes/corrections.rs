//! Editors correcting the extraction: a claim's source, its span, a split, a missed claim, renaming a
//! source across the article (assigning: assignment.rs).

use actix_web::{HttpResponse, web};
use serde::Deserialize;

use super::claim_forms::{apply, basis, claim_id};
use super::home::see_other;
use super::outcome::{Attempt, announce, require_editor};
use crate::auth::CurrentUser;
use crate::db::corrections;
use crate::domain::parse_id;
use crate::error::{AppError, AppResult, not_found};
use crate::extract::SourceKind;
use crate::startup::AppState;

const MAX_SOURCE_CHARS: usize = 200;

/// Parses a source name and kind; an empty name or the kind "article" means the article's own claim.
fn parse_source(name: &str, kind: &str) -> AppResult<Option<(String, SourceKind)>> {
    let name = name.trim();
    if name.is_empty() || kind == "article" {
        return Ok(None);
    }
    if name.chars().count() > MAX_SOURCE_CHARS {
        return Err(AppError::Unprocessable(format!(
            "the source name is longer than {MAX_SOURCE_CHARS} characters"
        )));
    }
    let kind = SourceKind::parse(kind).ok_or_else(|| {
        AppError::Unprocessable(format!(
            "unknown source kind {kind:?}: use media, person, organization, unnamed, document or article"
        ))
    })?;
    Ok(Some((name.to_string(), kind)))
}

/// The source form.
#[derive(Deserialize)]
pub struct SourceForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    kind: String,
    version: Option<i64>,
}

/// `POST /claims/{id}/source`.
pub async fn set_source(
    state: web::Data<AppState>,
    user: CurrentUser,
    path: web::Path<String>,
    form: web::Form<SourceForm>,
) -> AppResult<HttpResponse> {
    require_editor(&user)?;
    let id = claim_id(&path)?;
    let source = parse_source(&form.name, &form.kind)?;
    let b = basis(&user, form.version);
    let attempt = Attempt {
        action: format!("/claims/{id}/source"),
        describe: format!("set the source to “{}” ({})", form.name.trim(), form.kind),
        fields: vec![
            ("name".into(), form.name.clone()),
            ("kind".into(), form.kind.clone()),
        ],
    };
    apply(&state, &user, attempt, move |conn| {
        corrections::set_source(conn, id, &b, source)
    })
    .await
}

/// The span form: the exact text of the claim as it appears in the article.
#[derive(Deserialize)]
pub struct SpanForm {
    #[serde(default)]
    text: String,
    version: Option<i64>,
}

/// `POST /claims/{id}/span`.
pub async fn set_span(
    state: web::Data<AppState>,
    user: CurrentUser,
    path: web::Path<String>,
    form: web::Form<SpanForm>,
) -> AppResult<HttpResponse> {
    require_editor(&user)?;
    let id = claim_id(&path)?;
    let b = basis(&user, form.version);
    let text = form.text.clone();
    let attempt = Attempt {
        action: format!("/claims/{id}/span"),
        describe: format!("change the claim's text to “{}”", form.text.trim()),
        fields: vec![("text".into(), form.text.clone())],
    };
    apply(&state, &user, attempt, move |conn| {
        corrections::set_span(conn, id, &b, &text)
    })
    .await
}

/// The split form: the words the second part begins with.
#[derive(Deserialize)]
pub struct SplitForm {
    #[serde(default)]
    second: String,
    version: Option<i64>,
}

/// `POST /claims/{id}/split`.
pub async fn split(
    state: web::Data<AppState>,
    user: CurrentUser,
    path: web::Path<String>,
    form: web::Form<SplitForm>,
) -> AppResult<HttpResponse> {
    require_editor(&user)?;
    let id = claim_id(&path)?;
    let b = basis(&user, form.version);
    let second = form.second.clone();
    let attempt = Attempt {
        action: format!("/claims/{id}/split"),
        describe: format!("split the claim before “{}”", form.second.trim()),
        fields: vec![("second".into(), form.second.clone())],
    };
    apply(&state, &user, attempt, move |conn| {
        corrections::split(conn, id, &b, &second)
    })
    .await
}

/// The add-a-missed-claim form.
#[derive(Deserialize)]
pub struct AddClaimForm {
    #[serde(default)]
    text: String,
    #[serde(default)]
    source_name: String,
    #[serde(default)]
    source_kind: String,
}

/// `POST /articles/{id}/claims`.
pub async fn add_claim(
    state: web::Data<AppState>,
    user: CurrentUser,
    path: web::Path<String>,
    form: web::Form<AddClaimForm>,
) -> AppResult<HttpResponse> {
    require_editor(&user)?;
    let article = parse_id(&path).ok_or_else(|| not_found("article"))?;
    let source = parse_source(&form.source_name, &form.source_kind)?;
    let b = basis(&user, None);
    let text = form.text.clone();
    let added = state
        .db
        .run(move |conn| {
            corrections::add_claim(conn, article, &b, &text, source)?
                .ok_or_else(|| not_found("article"))
        })
        .await?;
    let claim = added.map_err(AppError::Unprocessable)?;
    announce(&state, &user, &claim, "added");
    Ok(super::outcome::back_to(&claim))
}

/// The rename-a-source form.
#[derive(Deserialize)]
pub struct RenameForm {
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
}

/// `POST /articles/{id}/rename-source`: "Ri" → "Ri Son Gwon" on every claim of the article at once.
pub async fn rename_source(
    state: web::Data<AppState>,
    user: CurrentUser,
    path: web::Path<String>,
    form: web::Form<RenameForm>,
) -> AppResult<HttpResponse> {
    require_editor(&user)?;
    let article = parse_id(&path).ok_or_else(|| not_found("article"))?;
    let (from, to) = (form.from.trim().to_string(), form.to.trim().to_string());
    if from.is_empty() || to.is_empty() || to.chars().count() > MAX_SOURCE_CHARS {
        return Err(AppError::Unprocessable(
            "give the source's current name and its new name".into(),
        ));
    }
    let b = basis(&user, None);
    let (f, t) = (from.clone(), to.clone());
    let changed = state
        .db
        .run(move |conn| Ok(corrections::rename_source(conn, article, &b, &f, &t)?))
        .await?;
    if changed == 0 {
        return Err(AppError::Unprocessable(format!(
            "no claim of this article has the source {from:?}"
        )));
    }
    state.live.publish(
        article,
        "change",
        &serde_json::json!({
            "renamed": from, "to": to, "by": user.display_name(), "by_id": user.id(),
        })
        .to_string(),
    );
    Ok(see_other(&format!("/articles/{article}")))
}
