//! `claimdesk user add` and `claimdesk token create` run as processes: scripted setups of the first
//! admin and of API tokens, with one-line errors and the contract's exit codes.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn claimdesk(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimdesk"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    // A command refused before it reads stdin (bad usage) closes the pipe: not a test failure.
    let written = child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes());
    if let Err(e) = written {
        assert_eq!(
            e.kind(),
            std::io::ErrorKind::BrokenPipe,
            "writes the password"
        );
    }
    child.wait_with_output().expect("finishes")
}

/// Creates an account through the CLI (used by other CLI tests too).
pub fn add_user(db: &str, email: &str, role: &str) {
    let out = claimdesk(
        &[
            "user",
            "add",
            "--email",
            email,
            "--name",
            "Cli Person",
            "--role",
            role,
            "--password-stdin",
            "--db",
            db,
        ],
        "a long enough password\n",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn user_add_creates_an_account_and_token_create_prints_a_token_for_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("cli.db").display().to_string();
    add_user(&db, "ada@example.org", "admin");
    let out = claimdesk(
        &[
            "token",
            "create",
            "--email",
            "ada@example.org",
            "--name",
            "ci",
            "--db",
            &db,
        ],
        "",
    );
    assert!(out.status.success());
    let token = String::from_utf8_lossy(&out.stdout).trim().to_string();
    assert!(token.starts_with("cdt_") && token.len() == 68, "{token}");
    let conn = rusqlite::Connection::open(&db).expect("the database");
    let stored: String = conn
        .query_row("SELECT token_hash FROM api_tokens", [], |r| r.get(0))
        .expect("a stored token");
    assert_ne!(stored, token, "only a hash is stored");
    let hash: String = conn
        .query_row("SELECT password_hash FROM users", [], |r| r.get(0))
        .expect("a stored password");
    assert!(hash.starts_with("$argon2id$") && !hash.contains("a long enough password"));
}

#[test]
fn account_commands_refuse_bad_input_with_one_line_and_the_right_exit_code() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("cli.db").display().to_string();
    let add = |email: &str, role: &str, password: &str| {
        claimdesk(
            &[
                "user",
                "add",
                "--email",
                email,
                "--name",
                "N",
                "--role",
                role,
                "--password-stdin",
                "--db",
                &db,
            ],
            password,
        )
    };
    let short = add("a@example.org", "admin", "short\n");
    assert_eq!(short.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&short.stderr).contains("at least 10 characters"));
    assert_eq!(
        add("a@example.org", "boss", "a long enough password")
            .status
            .code(),
        Some(2)
    );
    assert!(
        add("a@example.org", "viewer", "a long enough password")
            .status
            .success()
    );
    let twice = add("A@example.org", "viewer", "a long enough password");
    assert_eq!(twice.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&twice.stderr).contains("already exists"));
    let nobody = claimdesk(
        &["token", "create", "--email", "b@example.org", "--db", &db],
        "",
    );
    assert_eq!(nobody.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&nobody.stderr).lines().count(), 1);
}

#[test]
fn import_as_a_viewer_or_an_unknown_account_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("cli.db").display().to_string();
    add_user(&db, "vic@example.org", "viewer");
    for who in ["vic@example.org", "nobody@example.org"] {
        let out = claimdesk(&["import", "--db", &db, "--as", who, "nothing.html"], "");
        assert_eq!(out.status.code(), Some(1), "{who}");
    }
}
