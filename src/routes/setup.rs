//! `/setup?token=...`: single-use links. On a new instance the link printed by `serve` creates the first
//! admin (only while no account exists); an invitation link lets an invited account choose its password.

use actix_web::http::StatusCode;
use actix_web::http::header::SET_COOKIE;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::home::see_other;
use super::login::{anonymous_form_token, signed_in};
use crate::auth::password::{self, Password};
use crate::auth::{Role, secret, service, unix_now};
use crate::db::{self, invites::Invite};
use crate::domain::{DisplayName, Email, User};
use crate::error::{AppError, AppResult};
use crate::startup::AppState;

#[derive(Template)]
#[template(path = "auth/setup.html")]
struct SetupPage<'a> {
    csrf_token: &'a str,
    token: &'a str,
    /// `None`: first admin (asks e-mail and name); `Some`: the invited account.
    invited: Option<&'a User>,
    email: &'a str,
    name: &'a str,
    error: Option<&'a str>,
}

/// `?token=` of the link.
#[derive(Debug, Deserialize)]
pub struct TokenQuery {
    token: Option<String>,
}

/// The setup / invitation form.
#[derive(Debug, Deserialize)]
pub struct SetupForm {
    #[serde(default)]
    token: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    confirm: String,
}

/// What a link is good for right now.
enum Link {
    FirstAdmin,
    Invited(User),
    Invalid { instance_has_accounts: bool },
}

async fn resolve(state: &AppState, token: &str) -> AppResult<Link> {
    let hash = secret::sha256_hex(token);
    let now = unix_now();
    state
        .db
        .run(move |conn| {
            let has_accounts = db::users::count(conn)? > 0;
            Ok(match db::invites::peek(conn, &hash, now)? {
                Some(Invite::Setup) if !has_accounts => Link::FirstAdmin,
                Some(Invite::Account(id)) => match db::users::find(conn, id)? {
                    Some(user) if user.active && !user.has_password => Link::Invited(user),
                    _ => Link::Invalid {
                        instance_has_accounts: has_accounts,
                    },
                },
                _ => Link::Invalid {
                    instance_has_accounts: has_accounts,
                },
            })
        })
        .await
}

fn invalid(instance_has_accounts: bool) -> AppResult<HttpResponse> {
    if instance_has_accounts {
        // Once the instance is set up, /setup without a valid invitation is just another page that
        // needs signing in.
        return Ok(see_other("/login"));
    }
    Err(AppError::NotFound(
        "this setup link is not valid; `claimdesk serve` prints a new one each time it starts on an \
         instance without accounts"
            .into(),
    ))
}

fn render(
    status: StatusCode,
    page: &SetupPage<'_>,
    set_cookie: Option<String>,
) -> AppResult<HttpResponse> {
    let mut res = HttpResponse::build(status);
    res.content_type("text/html; charset=utf-8");
    if let Some(set) = set_cookie {
        res.append_header((SET_COOKIE, set));
    }
    Ok(res.body(page.render()?))
}

/// `GET /setup?token=`.
pub async fn form(
    req: HttpRequest,
    state: web::Data<AppState>,
    query: web::Query<TokenQuery>,
) -> AppResult<HttpResponse> {
    let token = query.token.clone().unwrap_or_default();
    let invited = match resolve(&state, &token).await? {
        Link::FirstAdmin => None,
        Link::Invited(user) => Some(user),
        Link::Invalid {
            instance_has_accounts,
        } => return invalid(instance_has_accounts),
    };
    let (csrf_token, set_cookie) = anonymous_form_token(&req, &state)?;
    let page = SetupPage {
        csrf_token: &csrf_token,
        token: &token,
        invited: invited.as_ref(),
        email: "",
        name: "",
        error: None,
    };
    render(StatusCode::OK, &page, set_cookie)
}

/// `POST /setup`: creates the first admin or sets the invited account's password, signs them in, `303 /`.
pub async fn submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    form: web::Form<SetupForm>,
) -> AppResult<HttpResponse> {
    let form = form.into_inner();
    let link = resolve(&state, &form.token).await?;
    let invited = match &link {
        Link::FirstAdmin => None,
        Link::Invited(user) => Some(user),
        Link::Invalid {
            instance_has_accounts,
        } => return invalid(*instance_has_accounts),
    };
    let checked = check(&form, invited.is_none());
    let (email, name, password) = match checked {
        Ok(fields) => fields,
        Err(message) => {
            let (csrf_token, _) = anonymous_form_token(&req, &state)?;
            let page = SetupPage {
                csrf_token: &csrf_token,
                token: &form.token,
                invited,
                email: &form.email,
                name: &form.name,
                error: Some(&message),
            };
            return render(StatusCode::UNPROCESSABLE_ENTITY, &page, None);
        }
    };
    let hash = web::block(move || password::hash(&password))
        .await
        .map_err(|e| AppError::Internal(anyhow::anyhow!("blocking pool: {e}")))?
        .map_err(anyhow::Error::from)?;
    let token_hash = secret::sha256_hex(&form.token);
    let previous = crate::auth::guard::binding(req.headers(), &state.auth.key).map(|id| id.hash());
    let session = state
        .db
        .run(move |conn| {
            let tx = conn.transaction()?;
            let user_id = match db::invites::take(&tx, &token_hash, unix_now())? {
                Some(Invite::Setup) if db::users::count(&tx)? == 0 => {
                    let (email, name) = email.zip(name).ok_or_else(|| {
                        AppError::Unprocessable("e-mail and name are needed".into())
                    })?;
                    service::create_account(&tx, &email, &name, Role::Admin, Some(&hash))?.id
                }
                Some(Invite::Account(id)) => {
                    db::users::set_password(&tx, id, &hash)?;
                    id
                }
                _ => return Err(AppError::NotFound("this link was already used".into())),
            };
            let session = service::start_session(&tx, user_id, previous.as_deref())?;
            tx.commit()?;
            Ok(session)
        })
        .await?;
    Ok(signed_in(&state, &session, "/"))
}

/// Parses the form: e-mail and name only for the first admin; the password twice.
fn check(
    form: &SetupForm,
    first_admin: bool,
) -> Result<(Option<Email>, Option<DisplayName>, Password), String> {
    let (email, name) = if first_admin {
        (
            Some(Email::parse(&form.email)?),
            Some(DisplayName::parse(&form.name)?),
        )
    } else {
        (None, None)
    };
    if form.password != form.confirm {
        return Err("the two passwords differ".into());
    }
    Ok((email, name, Password::parse(form.password.clone())?))
}
