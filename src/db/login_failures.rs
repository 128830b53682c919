//! Failed sign-ins, kept 15 minutes, counted per account e-mail and per client address to throttle
//! password guessing. Kept in the database (not in memory) so every worker and restart sees the same
//! counts.

use rusqlite::{Connection, params};

/// Failures since `since` for this e-mail and for this client address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Failures {
    /// Failures naming this e-mail, from any address.
    pub for_email: i64,
    /// Failures from this address, for any e-mail.
    pub for_client: i64,
}

/// Counts recent failures for the e-mail and for the client.
pub fn count_since(
    conn: &Connection,
    email: &str,
    client: &str,
    since: i64,
) -> rusqlite::Result<Failures> {
    let count = |column: &str, value: &str| -> rusqlite::Result<i64> {
        conn.query_row(
            &format!("SELECT COUNT(*) FROM login_failures WHERE {column} = ?1 AND at > ?2"),
            params![value, since],
            |r| r.get(0),
        )
    };
    Ok(Failures {
        for_email: count("email", email)?,
        for_client: count("client", client)?,
    })
}

/// Records one failed attempt and forgets attempts older than `forget_before`.
pub fn record(
    conn: &Connection,
    email: &str,
    client: &str,
    now: i64,
    forget_before: i64,
) -> rusqlite::Result<()> {
    conn.execute("DELETE FROM login_failures WHERE at <= ?1", [forget_before])?;
    conn.execute(
        "INSERT INTO login_failures (at, email, client) VALUES (?1, ?2, ?3)",
        params![now, email, client],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::testing::migrated;

    #[test]
    fn failures_are_counted_per_email_and_per_client_within_the_window() {
        let conn = migrated();
        record(&conn, "a@x.org", "1.1.1.1", 10, 0).unwrap();
        record(&conn, "A@X.org", "2.2.2.2", 20, 0).unwrap();
        record(&conn, "b@x.org", "1.1.1.1", 30, 0).unwrap();
        let f = count_since(&conn, "a@x.org", "1.1.1.1", 0).unwrap();
        assert_eq!(
            f,
            Failures {
                for_email: 2,
                for_client: 2
            }
        );
        let later = count_since(&conn, "a@x.org", "1.1.1.1", 15).unwrap();
        assert_eq!(
            later,
            Failures {
                for_email: 1,
                for_client: 1
            }
        );
    }

    #[test]
    fn old_failures_are_forgotten_when_new_ones_arrive() {
        let conn = migrated();
        record(&conn, "a@x.org", "c", 10, 0).unwrap();
        record(&conn, "a@x.org", "c", 2000, 1000).unwrap();
        let rows: i64 = conn
            .query_row("SELECT COUNT(*) FROM login_failures", [], |r| r.get(0))
            .unwrap();
        assert_eq!(rows, 1);
    }
}
