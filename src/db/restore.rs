//! Restore: writes an exported instance back into an empty database exactly as it was: ids, versions,
//! times, removed claims, assignments, notes, evidence, status history and the timeline. Only inserts,
//! so the append-only triggers never fire.

use rusqlite::{Connection, Transaction, params};

use super::articles;
use super::time::format;
use crate::report::export::{ExportAccount, ExportArticle, ExportClaim};

/// Whether the database holds no article yet (restore only writes into an empty one).
pub fn is_empty(conn: &Connection) -> rusqlite::Result<bool> {
    conn.query_row("SELECT NOT EXISTS (SELECT 1 FROM articles)", [], |r| {
        r.get(0)
    })
}

/// Creates the exported accounts that the database lacks, as they were (id, e-mail, name, role,
/// created, deactivated) but without a password: nobody can sign in as them until an admin invites
/// them again. An account whose id is already there is kept as it is. Returns how many were created.
pub fn restore_accounts(tx: &Transaction<'_>, accounts: &[ExportAccount]) -> Result<usize, String> {
    let mut insert = tx
        .prepare_cached(
            "INSERT INTO users (id, email, name, role, password_hash, created_at, deactivated_at)
             VALUES (?1, ?2, ?3, ?4, NULL, ?5, ?6) ON CONFLICT (id) DO NOTHING",
        )
        .map_err(|e| e.to_string())?;
    let mut created = 0;
    for a in accounts {
        if a.email.trim().is_empty() {
            return Err(format!(
                "account {} ({}) has no e-mail: this export was made without e-mail addresses \
                 (by an account that is not an admin); restore from an admin's export or \
                 `claimdesk export --all --format json`",
                a.name, a.id
            ));
        }
        created += insert
            .execute(params![
                a.id,
                a.email,
                a.name,
                a.role,
                a.created_at,
                a.deactivated_at
            ])
            .map_err(|e| format!("account {} ({}) could not be created: {e}", a.email, a.id))?;
    }
    Ok(created)
}

/// Writes one exported article, its claims and all their records as they were.
pub fn restore_article(tx: &Transaction<'_>, a: &ExportArticle) -> rusqlite::Result<()> {
    let (assignee_id, assignee_name) = match &a.assignee {
        Some(x) => (Some(x.id.as_str()), Some(x.name.as_str())),
        None => (None, None),
    };
    tx.prepare_cached(
        "INSERT INTO articles (id, title, outlet, url, published, text, content_hash, created_at, byline,
            assignee_id, assignee_name)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?
    .execute(params![
        a.id.to_string(),
        a.title,
        a.outlet,
        a.url,
        a.published.map(|d| d.to_string()),
        a.text,
        articles::content_hash(&a.text),
        format(a.created_at),
        a.byline,
        assignee_id,
        assignee_name,
    ])?;
    for c in &a.claims {
        restore_claim(tx, a, c)?;
        restore_records(tx, c)?;
    }
    let mut row = tx.prepare_cached(
        "INSERT INTO timeline (id, article_id, claim_id, at, user_id, user_name, kind, summary, detail)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?;
    for t in &a.timeline {
        row.execute(params![
            t.id,
            a.id.to_string(),
            t.claim_id.map(|c| c.to_string()),
            format(t.at),
            t.user,
            t.user_name,
            t.kind,
            t.summary,
            t.detail
        ])?;
    }
    Ok(())
}

fn restore_claim(tx: &Transaction<'_>, a: &ExportArticle, c: &ExportClaim) -> rusqlite::Result<()> {
    let e = &c.extracted;
    let (s, cue) = (e.source.as_ref(), e.cue.as_ref());
    let assignee = c.assignee.as_ref();
    tx.prepare_cached(
        "INSERT INTO claims (id, article_id, ordinal, text, start, \"end\", sentence_start, sentence_end,
            source_name, source_kind, source_mention, source_start, source_end,
            cue_text, cue_start, cue_end, quote, checkworthiness, status, note, version, updated_at,
            deleted_at, assignee_id, assignee_name)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18,
            ?19, ?20, ?21, ?22, ?23, ?24, ?25)",
    )?
    .execute(params![
        c.id.to_string(),
        a.id.to_string(),
        c.number as i64,
        e.text,
        e.start as i64,
        e.end as i64,
        e.sentence.start as i64,
        e.sentence.end as i64,
        s.map(|s| s.name.as_str()),
        s.map(|s| s.kind.as_str()),
        s.map(|s| s.mention.as_str()),
        s.map(|s| s.start as i64),
        s.map(|s| s.end as i64),
        cue.map(|c| c.text.as_str()),
        cue.map(|c| c.start as i64),
        cue.map(|c| c.end as i64),
        e.quote.map(|q| q.as_str()),
        f64::from(e.checkworthiness),
        c.status.as_str(),
        c.note,
        c.version,
        format(c.updated_at),
        c.deleted_at.map(format),
        assignee.map(|x| x.id.as_str()),
        assignee.map(|x| x.name.as_str()),
    ])?;
    Ok(())
}

/// The claim's status history, notes and evidence, with their row ids when the file has them.
fn restore_records(tx: &Transaction<'_>, c: &ExportClaim) -> rusqlite::Result<()> {
    let id = c.id.to_string();
    let mut change = tx.prepare_cached(
        "INSERT INTO claim_history (id, claim_id, at, user_id, from_status, to_status, note)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for h in &c.history {
        let (from, to) = (h.from.as_str(), h.to.as_str());
        change.execute(params![h.id, id, format(h.at), h.user, from, to, h.note])?;
    }
    let mut note = tx.prepare_cached(
        "INSERT INTO claim_notes (id, claim_id, at, user_id, user_name, body)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for n in &c.notes {
        note.execute(params![n.id, id, format(n.at), n.user, n.user_name, n.text])?;
    }
    let mut item = tx.prepare_cached(
        "INSERT INTO evidence (id, claim_id, at, user_id, user_name, url, label, excerpt)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    for e in &c.evidence {
        item.execute(params![
            e.id,
            id,
            format(e.at),
            e.user,
            e.user_name,
            e.url,
            e.label,
            e.excerpt
        ])?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use rusqlite::Connection;

    use super::*;

    fn account(id: &str, email: &str) -> ExportAccount {
        ExportAccount {
            id: id.into(),
            email: email.into(),
            name: "Alice Example".into(),
            role: "editor".into(),
            created_at: 1_700_000_000,
            deactivated_at: Some(1_700_000_500),
        }
    }

    #[test]
    fn restored_accounts_keep_id_role_and_state_but_get_no_password() {
        let mut conn = Connection::open_in_memory().unwrap();
        super::super::migrate::run(&mut conn).unwrap();
        let tx = conn.transaction().unwrap();
        let a = account("u-1", "alice@example.org");
        assert_eq!(restore_accounts(&tx, std::slice::from_ref(&a)).unwrap(), 1);
        assert_eq!(
            restore_accounts(&tx, &[a]).unwrap(),
            0,
            "an existing id is kept"
        );
        let (role, hash, off): (String, Option<String>, Option<i64>) = tx
            .query_row(
                "SELECT role, password_hash, deactivated_at FROM users WHERE id = 'u-1'",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .unwrap();
        assert_eq!(
            (role.as_str(), hash, off),
            ("editor", None, Some(1_700_000_500))
        );
    }

    #[test]
    fn an_email_taken_by_another_account_stops_the_restore_naming_it() {
        let mut conn = Connection::open_in_memory().unwrap();
        super::super::migrate::run(&mut conn).unwrap();
        let tx = conn.transaction().unwrap();
        restore_accounts(&tx, &[account("u-1", "alice@example.org")]).unwrap();
        let err = restore_accounts(&tx, &[account("u-2", "Alice@example.org")]).unwrap_err();
        assert!(
            err.contains("alice@example.org") || err.contains("Alice@example.org"),
            "{err}"
        );
    }

    #[test]
    fn an_account_without_an_email_stops_the_restore_saying_why() {
        let mut conn = Connection::open_in_memory().unwrap();
        super::super::migrate::run(&mut conn).unwrap();
        let tx = conn.transaction().unwrap();
        let err = restore_accounts(&tx, &[account("u-1", "")]).unwrap_err();
        assert!(err.contains("no e-mail") && err.contains("u-1"), "{err}");
        let users: i64 = tx
            .query_row("SELECT COUNT(*) FROM users", [], |r| r.get(0))
            .unwrap();
        assert_eq!(users, 0, "nothing is created");
    }
}
