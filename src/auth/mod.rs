//! Who is making a request. Placeholder until accounts (issue 4) replace this file.

use std::future::{Ready, ready};

use actix_web::{FromRequest, HttpRequest, dev::Payload};

use crate::error::AppError;

/// What a user may do; accounts will enforce it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Viewer,
    Reviewer,
    Editor,
    Admin,
}

/// The user behind a request. Every handler takes one: this is where authentication plugs in.
///
/// For now it is always the local user (no id, named "local", admin); accounts replace it with the
/// signed-in user or the owner of a bearer token, and refuse anonymous requests.
#[derive(Debug, Clone)]
pub struct CurrentUser {
    /// The account id stored in history rows; `None` for the local user.
    pub id: Option<String>,
    pub display_name: String,
    pub role: Role,
}

impl FromRequest for CurrentUser {
    type Error = AppError;
    type Future = Ready<Result<Self, AppError>>;

    fn from_request(_req: &HttpRequest, _payload: &mut Payload) -> Self::Future {
        ready(Ok(CurrentUser {
            id: None,
            display_name: "local".to_string(),
            role: Role::Admin,
        }))
    }
}
