//! `claimdesk user add`, `claimdesk token create`, and the account check of `import --as`.

use std::io::Read;
use std::path::{Path, PathBuf};

use claimdesk::auth::password::{self, Password};
use claimdesk::auth::service;
use claimdesk::config;
use claimdesk::db::Db;
use claimdesk::domain::{DisplayName, Email, Role};
use clap::Subcommand;

#[derive(Subcommand)]
pub enum UserCommand {
    /// Create an account; the password is read from standard input.
    Add {
        /// Login e-mail.
        #[arg(long)]
        email: String,
        /// Name shown in the review history.
        #[arg(long)]
        name: String,
        /// admin, editor, reviewer or viewer.
        #[arg(long, value_parser = parse_role)]
        role: Role,
        /// Read the password (at least 10 characters) from standard input.
        #[arg(long, required = true)]
        password_stdin: bool,
        /// The SQLite database file (created and migrated if missing).
        #[arg(long, env = "CLAIMDESK_DB", default_value = config::DEFAULT_DB)]
        db: PathBuf,
    },
}

#[derive(Subcommand)]
pub enum TokenCommand {
    /// Print a new API token for an account (shown once; only its hash is stored).
    Create {
        /// The account's e-mail.
        #[arg(long)]
        email: String,
        /// A label for the token ("CI import").
        #[arg(long)]
        name: Option<String>,
        /// The SQLite database file.
        #[arg(long, env = "CLAIMDESK_DB", default_value = config::DEFAULT_DB)]
        db: PathBuf,
    },
}

/// Runs a `user` subcommand.
pub fn run_user(command: UserCommand) -> anyhow::Result<()> {
    match command {
        UserCommand::Add {
            email,
            name,
            role,
            password_stdin: _,
            db,
        } => user_add(&db, &email, &name, role),
    }
}

/// Runs a `token` subcommand.
pub fn run_token(command: TokenCommand) -> anyhow::Result<()> {
    match command {
        TokenCommand::Create { email, name, db } => token_create(&db, &email, name.as_deref()),
    }
}

/// Parses `--role`.
fn parse_role(s: &str) -> Result<Role, String> {
    Role::parse(s)
        .ok_or_else(|| format!("unknown role {s:?}: use admin, editor, reviewer or viewer"))
}

/// `claimdesk user add`: the password comes from stdin (one line), never from the command line.
fn user_add(db: &Path, email: &str, name: &str, role: Role) -> anyhow::Result<()> {
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
fn token_create(db: &Path, email: &str, label: Option<&str>) -> anyhow::Result<()> {
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
