//! Assigning a claim or a whole article to a reviewer: `POST /claims/{id}/assign`, `POST /articles/{id}/assign`.
//!
//! The rules (docs/CONTRACT.md): editors and admins may assign anything to any active account with the
//! role reviewer or above, or to nobody. A reviewer may take something that is unassigned or already
//! his, and drop what is his; he may not hand work to others nor take it from them (403).

use actix_web::{HttpResponse, web};
use rusqlite::Connection;
use serde::Deserialize;
use uuid::Uuid;

use super::claim_forms::{apply, basis, claim_id};
use super::home::see_other;
use super::outcome::{Attempt, actor, require_reviewer};
use crate::auth::CurrentUser;
use crate::db::timeline::Actor;
use crate::db::{self, edits};
use crate::domain::{Role, parse_id};
use crate::error::{AppError, AppResult, not_found};
use crate::startup::AppState;

/// Whom an assignment form names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// `me`: the account sending the form.
    Me,
    /// Empty: unassign.
    Nobody,
    /// An account id.
    Account(Uuid),
}

impl Target {
    /// Parses the `assignee` field: `me`, empty, or an account id (else 422).
    pub fn parse(raw: &str) -> AppResult<Target> {
        match raw.trim() {
            "" => Ok(Target::Nobody),
            "me" => Ok(Target::Me),
            other => parse_id(other).map(Target::Account).ok_or_else(|| {
                AppError::Unprocessable(format!(
                    "assignee {other:?} is not an account id: send an account id, \"me\" or nothing (nobody)"
                ))
            }),
        }
    }

    /// True when the target is the account `me` itself.
    fn is_self(self, me: Uuid) -> bool {
        match self {
            Target::Me => true,
            Target::Account(id) => id == me,
            Target::Nobody => false,
        }
    }
}

/// Whether an account with `role` and id `me` may change an assignment now held by `current` (id, name)
/// to `target`; the error is the 403 message. `what` names the thing ("claim 3", "the article").
pub fn may_assign(
    role: Role,
    me: Uuid,
    target: Target,
    current: Option<&(String, String)>,
    what: &str,
) -> Result<(), String> {
    if role.allows(Role::Editor) {
        return Ok(());
    }
    if let Target::Account(_) = target
        && !target.is_self(me)
    {
        return Err(
            "only editors and admins may assign work to someone else; you may take it yourself or drop it"
                .into(),
        );
    }
    match current {
        Some((id, name)) if *id != me.to_string() => Err(format!(
            "{what} is assigned to {name}; only editors and admins may reassign it"
        )),
        _ => Ok(()),
    }
}

/// The account a target names, checked: it exists, is active and may review (else 422).
pub fn resolve(conn: &Connection, target: Target, me: &Actor) -> AppResult<Option<Actor>> {
    let id = match target {
        Target::Nobody => return Ok(None),
        Target::Me => return Ok(Some(me.clone())),
        Target::Account(id) => id,
    };
    let user = db::users::find(conn, id)?.ok_or_else(|| {
        AppError::Unprocessable(format!(
            "no account has the id {id}: choose one from the list"
        ))
    })?;
    if !user.active {
        return Err(AppError::Unprocessable(format!(
            "{} is deactivated: assign to an active account",
            user.name
        )));
    }
    if !user.role.allows(Role::Reviewer) {
        return Err(AppError::Unprocessable(format!(
            "{} is a {} and cannot review claims: assign to a reviewer, editor or admin",
            user.name, user.role
        )));
    }
    Ok(Some(Actor {
        id: Some(user.id.to_string()),
        name: user.name,
    }))
}

/// How an assignment reads in the conflict page's "you tried to …".
fn describe(assignee: Option<&Actor>, me: &Actor, what: &str) -> String {
    match assignee {
        None => format!("unassign {what}"),
        Some(a) if a.id == me.id => format!("take {what}"),
        Some(a) => format!("assign {what} to {}", a.name),
    }
}

/// The assignment forms: `assignee` is an account id, `me` or empty (nobody).
#[derive(Deserialize)]
pub struct AssignForm {
    #[serde(default)]
    assignee: String,
    version: Option<i64>,
}

/// `POST /claims/{id}/assign`.
pub async fn claim(
    state: web::Data<AppState>,
    user: CurrentUser,
    path: web::Path<String>,
    form: web::Form<AssignForm>,
) -> AppResult<HttpResponse> {
    require_reviewer(&user)?;
    let id = claim_id(&path)?;
    let target = Target::parse(&form.assignee)?;
    let (me, role, my_id) = (actor(&user), user.role(), user.id());
    let assignee = state
        .db
        .run(move |conn| {
            let claim = db::claims::get(conn, id)?.ok_or_else(|| not_found("claim"))?;
            let what = format!("claim {}", claim.number);
            may_assign(role, my_id, target, claim.assignee.as_ref(), &what)
                .map_err(AppError::Forbidden)?;
            resolve(conn, target, &me)
        })
        .await?;
    let attempt = Attempt {
        action: format!("/claims/{id}/assign"),
        describe: describe(assignee.as_ref(), &actor(&user), "this claim"),
        fields: vec![("assignee".into(), form.assignee.trim().to_string())],
    };
    let b = basis(&user, form.version);
    apply(&state, &user, attempt, move |conn| {
        edits::assign(conn, id, &b, assignee.as_ref())
    })
    .await
}

/// `POST /articles/{id}/assign`: assigns every claim of the article not assigned on its own.
pub async fn article(
    state: web::Data<AppState>,
    user: CurrentUser,
    path: web::Path<String>,
    form: web::Form<AssignForm>,
) -> AppResult<HttpResponse> {
    require_reviewer(&user)?;
    let article = parse_id(&path).ok_or_else(|| not_found("article"))?;
    let target = Target::parse(&form.assignee)?;
    let (me, role, my_id) = (actor(&user), user.role(), user.id());
    let at = db::time::now();
    let assignee = state
        .db
        .run(move |conn| {
            let current =
                db::assignees::of_article(conn, article)?.ok_or_else(|| not_found("article"))?;
            may_assign(role, my_id, target, current.as_ref(), "the article")
                .map_err(AppError::Forbidden)?;
            let assignee = resolve(conn, target, &me)?;
            edits::assign_article(conn, article, &me, at, assignee.as_ref())?;
            Ok(assignee)
        })
        .await?;
    let data = serde_json::json!({
        "assignee_id": assignee.as_ref().and_then(|a| a.id.clone()),
        "assignee": assignee.map(|a| a.name),
        "by": user.display_name(),
        "by_id": user.id(),
    });
    state.live.publish(article, "assign", &data.to_string());
    Ok(see_other(&format!("/articles/{article}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn held_by(id: Uuid) -> Option<(String, String)> {
        Some((id.to_string(), "Bo".into()))
    }

    #[test]
    fn a_reviewer_may_take_free_work_and_drop_his_own() {
        let me = Uuid::new_v4();
        assert!(may_assign(Role::Reviewer, me, Target::Me, None, "x").is_ok());
        assert!(may_assign(Role::Reviewer, me, Target::Account(me), None, "x").is_ok());
        assert!(
            may_assign(
                Role::Reviewer,
                me,
                Target::Nobody,
                held_by(me).as_ref(),
                "x"
            )
            .is_ok()
        );
    }

    #[test]
    fn a_reviewer_may_not_hand_work_to_others_nor_take_it_from_them() {
        let (me, other) = (Uuid::new_v4(), Uuid::new_v4());
        let err = may_assign(Role::Reviewer, me, Target::Account(other), None, "x").unwrap_err();
        assert!(err.contains("only editors and admins"), "{err}");
        let err = may_assign(
            Role::Reviewer,
            me,
            Target::Me,
            held_by(other).as_ref(),
            "claim 2",
        )
        .unwrap_err();
        assert!(err.contains("claim 2 is assigned to Bo"), "{err}");
        assert!(
            may_assign(
                Role::Reviewer,
                me,
                Target::Nobody,
                held_by(other).as_ref(),
                "x"
            )
            .is_err()
        );
    }

    #[test]
    fn an_editor_may_assign_anyone_anything() {
        let (me, other) = (Uuid::new_v4(), Uuid::new_v4());
        let held = held_by(Uuid::new_v4());
        assert!(may_assign(Role::Editor, me, Target::Account(other), held.as_ref(), "x").is_ok());
        assert!(may_assign(Role::Admin, me, Target::Nobody, held.as_ref(), "x").is_ok());
    }

    #[test]
    fn the_assignee_field_is_me_nobody_or_an_account_id() {
        assert_eq!(Target::parse(" me ").unwrap(), Target::Me);
        assert_eq!(Target::parse("").unwrap(), Target::Nobody);
        let id = Uuid::new_v4();
        assert_eq!(Target::parse(&id.to_string()).unwrap(), Target::Account(id));
        assert!(Target::parse("bob").is_err());
    }
}
