//! Schema migrations: applied in order, each in one transaction, tracked by `PRAGMA user_version`.
//!
//! A database whose version is newer than the last migration here is refused: an older binary must
//! not write into a schema it does not understand.

use anyhow::Context;
use rusqlite::Connection;

/// Every migration, in order; migration `i` (0-based) brings the schema to version `i + 1`.
const MIGRATIONS: &[(&str, &str)] = &[
    (
        "001_articles_claims_history",
        include_str!("../../migrations/001_articles_claims_history.sql"),
    ),
    (
        "002_accounts",
        include_str!("../../migrations/002_accounts.sql"),
    ),
    (
        "003_article_byline",
        include_str!("../../migrations/003_article_byline.sql"),
    ),
    (
        "004_review_workflow",
        include_str!("../../migrations/004_review_workflow.sql"),
    ),
    (
        "005_search_key",
        include_str!("../../migrations/005_search_key.sql"),
    ),
    (
        "006_search_walk",
        include_str!("../../migrations/006_search_walk.sql"),
    ),
];

/// The schema version this binary expects.
pub fn latest_version() -> i64 {
    MIGRATIONS.len() as i64
}

/// Brings the database to the latest schema, or refuses a newer one.
pub fn run(conn: &mut Connection) -> anyhow::Result<()> {
    let current: i64 = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
    let latest = latest_version();
    if current > latest {
        anyhow::bail!(
            "its schema version {current} is newer than this claimdesk understands ({latest}); \
             use a newer claimdesk"
        );
    }
    for (index, (name, sql)) in MIGRATIONS.iter().enumerate().skip(current as usize) {
        let version = index as i64 + 1;
        let tx = conn.transaction()?;
        tx.execute_batch(sql)
            .with_context(|| format!("migration {name} failed"))?;
        tx.pragma_update(None, "user_version", version)?;
        tx.commit()?;
        tracing::info!("applied migration {name}");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fresh_database_is_brought_to_the_latest_version() {
        let mut conn = Connection::open_in_memory().unwrap();
        run(&mut conn).unwrap();
        let v: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(v, latest_version());
        // Running again is a no-op.
        run(&mut conn).unwrap();
    }

    #[test]
    fn a_newer_schema_is_refused_with_a_reason() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.pragma_update(None, "user_version", latest_version() + 1)
            .unwrap();
        let err = run(&mut conn).unwrap_err().to_string();
        assert!(err.contains("newer than this claimdesk"), "{err}");
    }

    #[test]
    fn upgrading_to_search_keys_rebuilds_the_index_with_notes_and_evidence() {
        let mut conn = Connection::open_in_memory().unwrap();
        for (_, sql) in &MIGRATIONS[..4] {
            conn.execute_batch(sql).unwrap();
        }
        conn.pragma_update(None, "user_version", 4).unwrap();
        let claim = uuid::Uuid::new_v4().to_string();
        conn.execute_batch(&format!(
            "INSERT INTO articles (id, title, text, content_hash, created_at)
                VALUES ('{a}', 'A', 'x', 'h', '2026-01-01T00:00:00.000Z');
             INSERT INTO claims (id, article_id, ordinal, text, start, \"end\", sentence_start,
                sentence_end, checkworthiness, updated_at)
                VALUES ('{claim}', '{a}', 1, 'alpha fell', 0, 1, 0, 1, 0.5, '2026-01-01T00:00:00.000Z');
             INSERT INTO claim_notes (claim_id, at, user_name, body) VALUES ('{claim}', 'now', 'Ann', 'ledger');
             INSERT INTO evidence (claim_id, at, user_name, url, label)
                VALUES ('{claim}', 'now', 'Ann', 'https://example.org', 'gazetteer');",
            a = uuid::Uuid::new_v4()
        ))
        .unwrap();
        run(&mut conn).unwrap();
        for word in ["alpha", "ledger", "gazetteer"] {
            let f = crate::db::search::Filter {
                words: vec![word.to_string()],
                page: 1,
                per_page: 10,
                ..Default::default()
            };
            let hits = crate::db::search::search(&conn, &f).unwrap().hits;
            assert_eq!(hits.len(), 1, "{word}");
            assert_eq!(hits[0].claim.id.to_string(), claim, "{word}");
        }
    }
}
