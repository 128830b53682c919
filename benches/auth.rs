//! What accounts cost: one sign-in (argon2id verification, the crate defaults m=19 MiB, t=2, p=1) and
//! the per-request work of recognising a signed-in browser (cookie signature, session lookup in SQLite,
//! CSRF token for the page's forms).

use std::hint::black_box;

use claimdesk::auth::cookie::{self, CookieId};
use claimdesk::auth::password::{self, Password};
use claimdesk::auth::{SessionKey, csrf, service};
use claimdesk::db::{self, Db};
use claimdesk::domain::{DisplayName, Email, Role};
use criterion::{Criterion, criterion_group, criterion_main};

fn login(c: &mut Criterion) {
    let pw = Password::parse("correct horse battery staple".into()).expect("a password");
    let stored = password::hash(&pw).expect("a hash");
    let mut group = c.benchmark_group("login");
    group.sample_size(20);
    group.bench_function("argon2id verify (right password)", |b| {
        b.iter(|| password::verify_login(black_box("correct horse battery staple"), Some(&stored)))
    });
    group.bench_function("argon2id verify (unknown e-mail, dummy hash)", |b| {
        b.iter(|| password::verify_login(black_box("correct horse battery staple"), None))
    });
    group.finish();
}

fn recognise_session(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let db = Db::open(&dir.path().join("bench.db")).expect("a database");
    let key = SessionKey::from_hex(&"ab".repeat(32)).expect("a key");
    let session = db
        .run_blocking(|conn| {
            let user = service::create_account(
                conn,
                &Email::parse("ana@example.org").expect("e-mail"),
                &DisplayName::parse("Ana").expect("name"),
                Role::Reviewer,
                Some("$argon2id$unused"),
            )?;
            service::start_session(conn, user.id, None)
        })
        .expect("a session");
    let header = format!(
        "other=1; {}={}",
        cookie::SESSION,
        session.cookie_value(&key)
    );
    let now = claimdesk::auth::unix_now();
    c.bench_function(
        "recognise a signed-in browser (cookie + session query + csrf)",
        |b| {
            b.iter(|| {
                let value = cookie::find(black_box(&header), cookie::SESSION).expect("cookie");
                let id = CookieId::from_cookie_value(&key, value).expect("signed");
                let hash = id.hash();
                let user = db
                    .run_blocking(|conn| Ok(db::sessions::user(conn, &hash, now)?))
                    .expect("query")
                    .expect("a user");
                (user, csrf::token(&key, id.as_str()))
            })
        },
    );
}

criterion_group!(benches, login, recognise_session);
criterion_main!(benches);
