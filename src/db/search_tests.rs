//! Tests that full-text rows stay tied to the right claims whatever happens to the claims' rowids.

use rusqlite::{Connection, params};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::db::migrate;
use crate::db::search::{Filter, Sort, search};
use crate::db::time::format;
use crate::domain::Verdict;

/// A migrated database with one article and one claim per text; returns the claim ids in order.
fn claims(conn: &mut Connection, texts: &[&str]) -> Vec<String> {
    migrate::run(conn).unwrap();
    let now = format(OffsetDateTime::now_utc());
    let article = Uuid::new_v4().to_string();
    conn.execute(
        "INSERT INTO articles (id, title, text, content_hash, created_at) VALUES (?1, 'A', 'x', 'h', ?2)",
        params![article, now],
    )
    .unwrap();
    texts
        .iter()
        .enumerate()
        .map(|(i, text)| {
            let id = Uuid::new_v4().to_string();
            conn.execute(
                "INSERT INTO claims (id, article_id, ordinal, text, start, \"end\", sentence_start,
                    sentence_end, checkworthiness, updated_at) VALUES (?1, ?2, ?3, ?4, 0, 1, 0, 1, 0.5, ?5)",
                params![id, article, i as i64 + 1, text, now],
            )
            .unwrap();
            id
        })
        .collect()
}

fn note(conn: &Connection, claim: &str, body: &str) {
    conn.execute(
        "INSERT INTO claim_notes (claim_id, at, user_name, body) VALUES (?1, 'now', 'Ann', ?2)",
        params![claim, body],
    )
    .unwrap();
}

/// The ids of the claims matching `word`, sorted.
fn found(conn: &Connection, word: &str) -> Vec<String> {
    let f = Filter {
        words: vec![word.to_string()],
        page: 1,
        per_page: 50,
        ..Filter::default()
    };
    let mut ids: Vec<String> = search(conn, &f)
        .unwrap()
        .hits
        .into_iter()
        .map(|h| h.claim.id.to_string())
        .collect();
    ids.sort();
    ids
}

#[test]
fn search_finds_the_right_claims_after_a_delete_and_a_vacuum() {
    let mut conn = Connection::open_in_memory().unwrap();
    let ids = claims(&mut conn, &["alpha fell", "bravo rose", "charlie held"]);
    note(&conn, &ids[1], "the quartermaster ledger agrees");
    conn.execute("DELETE FROM claims WHERE id = ?1", [&ids[0]])
        .unwrap();
    conn.execute_batch("VACUUM").unwrap();
    assert_eq!(found(&conn, "quartermaster"), vec![ids[1].clone()]);
    assert_eq!(found(&conn, "charlie"), vec![ids[2].clone()]);
    assert!(found(&conn, "alpha").is_empty());

    // Claims and notes added after the vacuum are searchable too.
    let later = claims(&mut conn, &["delta sank"]);
    note(&conn, &later[0], "see the harbour log");
    assert_eq!(found(&conn, "harbour"), later);
    assert_eq!(found(&conn, "quartermaster"), vec![ids[1].clone()]);
}

#[test]
fn search_rows_follow_their_claims_when_vacuum_renumbers_rowids() {
    let mut conn = Connection::open_in_memory().unwrap();
    let ids = claims(&mut conn, &["alpha fell", "bravo rose", "charlie held"]);
    note(&conn, &ids[1], "the quartermaster ledger agrees");
    conn.execute("DELETE FROM claims WHERE id = ?1", [&ids[0]])
        .unwrap();
    // What VACUUM may do to a table without an INTEGER PRIMARY KEY (and a dump and reload does):
    // number the remaining rows afresh, so the second claim takes the first one's rowid and so on.
    conn.execute_batch("VACUUM").unwrap();
    for (rowid, id) in [(1, &ids[1]), (2, &ids[2])] {
        conn.execute(
            "UPDATE claims SET rowid = ?1 WHERE id = ?2",
            params![rowid, id],
        )
        .unwrap();
    }
    assert_eq!(found(&conn, "quartermaster"), vec![ids[1].clone()]);
    assert_eq!(found(&conn, "bravo"), vec![ids[1].clone()]);
    assert_eq!(found(&conn, "charlie"), vec![ids[2].clone()]);
}

#[test]
fn a_word_in_most_claims_pages_in_check_worthiness_order_with_a_capped_count() {
    let mut conn = Connection::open_in_memory().unwrap();
    migrate::run(&mut conn).unwrap();
    let now = format(OffsetDateTime::now_utc());
    let article = Uuid::new_v4().to_string();
    let tx = conn.transaction().unwrap();
    tx.execute(
        "INSERT INTO articles (id, title, text, content_hash, created_at) VALUES (?1, 'A', 'x', 'h', ?2)",
        params![article, now],
    )
    .unwrap();
    for i in 0..50_100i64 {
        tx.execute(
            "INSERT INTO claims (id, article_id, ordinal, text, start, \"end\", sentence_start,
                sentence_end, checkworthiness, updated_at) VALUES (?1, ?5, ?2, 'common ground', 0, 1, 0, 1, ?3, ?4)",
            params![Uuid::new_v4().to_string(), i + 1, (i * 7919 % 50_100) as f64, now, article],
        )
        .unwrap();
    }
    tx.commit().unwrap();
    let f = Filter {
        words: vec!["common".to_string()],
        page: 2,
        per_page: 50,
        ..Filter::default()
    };
    let results = search(&conn, &f).unwrap();
    assert!(results.capped);
    let worth: Vec<f32> = results
        .hits
        .iter()
        .map(|h| h.claim.claim.checkworthiness)
        .collect();
    let expected: Vec<f32> = (0..50).map(|i| (50_100 - 51 - i) as f32).collect();
    assert_eq!(worth, expected);
}

/// Every (id, total, capped) a search gives, by one path or the other.
fn outcome(conn: &Connection, f: &Filter, dense: i64) -> (Vec<String>, usize, bool) {
    let r = super::search_with(conn, f, dense).unwrap();
    let ids = r.hits.iter().map(|h| h.claim.id.to_string()).collect();
    (ids, r.total, r.capped)
}

#[test]
fn walking_the_matches_in_sort_order_gives_the_same_pages_as_looking_them_up() {
    let mut conn = Connection::open_in_memory().unwrap();
    migrate::run(&mut conn).unwrap();
    let words = ["rare", "plain"];
    let tx = conn.transaction().unwrap();
    let mut articles = Vec::new();
    for _ in 0..3 {
        let article = Uuid::new_v4().to_string();
        tx.execute(
            "INSERT INTO articles (id, title, text, content_hash, created_at) VALUES (?1, 'A', 'x', 'h', 'now')",
            [&article],
        )
        .unwrap();
        articles.push(article);
    }
    for i in 0..2_000i64 {
        // Many equal check-worthiness values and times, so the tiebreak decides the order too.
        let first = if i % 2 == 0 {
            "common"
        } else {
            words[(i % 3 % 2) as usize]
        };
        let text = format!("{first} {} claim", if i % 7 == 0 { "common" } else { "x" });
        let status = ["pending", "verified", "disputed"][(i % 5 % 3) as usize];
        tx.execute(
            "INSERT INTO claims (id, article_id, ordinal, text, start, \"end\", sentence_start,
                sentence_end, checkworthiness, updated_at, status, source_name, source_kind)
             VALUES (?1, ?2, ?3, ?4, ?5, 1, 0, 1, ?6, ?7, ?8, 'CNN', 'media')",
            params![
                Uuid::new_v4().to_string(),
                articles[(i % 3) as usize],
                i + 1,
                text,
                i % 11,
                (i % 13) as f64 / 10.0,
                format!("2026-01-{:02}T00:00:00.000Z", 1 + i % 9),
                status,
            ],
        )
        .unwrap();
    }
    tx.commit().unwrap();
    conn.execute(
        "UPDATE claims SET deleted_at = 'now' WHERE ordinal % 17 = 0",
        [],
    )
    .unwrap();
    note(&conn, &found(&conn, "rare")[0], "a common remark");

    for sort in [Sort::Worth, Sort::Recent, Sort::Oldest, Sort::Article] {
        for status in [None, Some(Verdict::Verified)] {
            for (word, page) in [("common", 1), ("common", 21), ("rare", 2), ("remark", 1)] {
                let f = Filter {
                    words: vec![word.to_string()],
                    status,
                    sort,
                    page,
                    per_page: 50,
                    ..Filter::default()
                };
                let walked = outcome(&conn, &f, 0);
                let looked_up = outcome(&conn, &f, i64::MAX);
                assert_eq!(walked, looked_up, "{word} page {page} {sort:?} {status:?}");
                assert!(!walked.0.is_empty() || page > 1 || word == "remark");
            }
        }
    }
    // The word is in more than 1,000 live claims: both paths say so.
    let f = Filter {
        words: vec!["common".to_string()],
        page: 1,
        per_page: 50,
        ..Filter::default()
    };
    let (_, total, capped) = outcome(&conn, &f, 0);
    assert_eq!((total, capped), (1_000, true));
    assert_eq!(outcome(&conn, &f, i64::MAX).1, 1_000);
}
