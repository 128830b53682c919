//! The account commands of the CLI (`user add`, `token create`) and the account check of `import --as`.

use std::io::Read;
use std::path::Path;

use claimdesk::auth::password::{self, Password};
use claimdesk::auth::service;
use claimdesk::db::Db;
use claimdesk::domain::{DisplayName, Email, Role};

/// Parses `--role`.
pub fn parse_role(s: &str) -> Result<Role, String> {
    Role::parse(s)
        .ok_or_else(|| format!("unknown role {s:?}: use admin, editor, reviewer or viewer"))
}

/// `claimdesk user add`: the password comes from stdin (one line), never from the command line.
pub fn user_add(db: &Path, email: &str, name: &str, role: Role) -> anyhow::Result<()> {
    let email = Email::parse(email).map_err(anyhow::Error::msg)?;
    let name = DisplayName::parse(name).map_err(anyhow::Error::msg)?;
    let mut raw = String::new();
    std::io::stdin()
        .read_to_string(&mut raw)
        .map_err(|e| anyhow::anyhow!("cannot read the password from stdin: {e}"))?;
    let line = raw.strip_suffix('\n').unwrap_or(&raw);
    let line = line.strip_suffix('\r').unwrap_or(line);
    let password = Password::parse(line.to_string()).map_err(anyhow::Error::msg)?;
    let hash = password::hash(&password)?;
    let db = Db::open(db)?;
    let user = db
        .run_blocking(|conn| service::create_account(conn, &email, &name, role, Some(&hash)))
        .map_err(|e| anyhow::anyhow!("{}", e.public_message()))?;
    println!("created {} {} ({})", user.role, user.email, user.name);
    Ok(())
}

/// `claimdesk token create`: prints the token (only its hash is stored).
pub fn token_create(db: &Path, email: &str, label: Option<&str>) -> anyhow::Result<()> {
    let email = Email::parse(email).map_err(anyhow::Error::msg)?;
    let label =
        service::token_label(label).map_err(|e| anyhow::anyhow!("{}", e.public_message()))?;
    let db = Db::open_existing(db)?;
    let token = db
        .run_blocking(|conn| service::create_token_for_email(conn, &email, &label))
        .map_err(|e| anyhow::anyhow!("{}", e.public_message()))?;
    println!("{token}");
    Ok(())
}

/// `claimdesk import --as EMAIL`: the account must exist, be active and be an editor or admin.
pub fn require_editor(db: &Db, email: &str) -> anyhow::Result<()> {
    let parsed = Email::parse(email).map_err(anyhow::Error::msg)?;
    let found = db
        .run_blocking(|conn| Ok(claimdesk::db::users::find_for_login(conn, parsed.as_str())?))
        .map_err(|e| anyhow::anyhow!("{}", e.public_message()))?;
    match found {
        Some((user, _)) if user.active && user.role.allows(Role::Editor) => Ok(()),
        Some((user, _)) if user.active => {
            anyhow::bail!(
                "{email} is a {}; importing needs editor or admin",
                user.role
            )
        }
        Some(_) => anyhow::bail!("the account {email} is deactivated"),
        None => anyhow::bail!(
            "no account with the e-mail {email} (create one with `claimdesk user add`)"
        ),
    }
}
