//! Login throttling: after 5 failed sign-ins for one account e-mail or from one client address within
//! 15 minutes, further attempts are refused (429) until the oldest failure leaves the window.

use rusqlite::Connection;

use crate::db::login_failures::{self, Failures};

/// Failures allowed within the window before attempts are refused.
pub const MAX_FAILURES: i64 = 5;
/// The window, in seconds.
pub const WINDOW_SECS: i64 = 15 * 60;

/// True when these recent failures mean the next attempt must be refused.
pub fn is_exceeded(f: Failures) -> bool {
    f.for_email >= MAX_FAILURES || f.for_client >= MAX_FAILURES
}

/// True when an attempt for `email` from `client` must be refused now, before its password is checked
/// (so a guess during the lock-out teaches nothing, not even a right one).
pub fn is_throttled(
    conn: &Connection,
    email: &str,
    client: &str,
    now: i64,
) -> rusqlite::Result<bool> {
    let recent = login_failures::count_since(conn, email, client, now - WINDOW_SECS)?;
    Ok(is_exceeded(recent))
}

/// Records a failed attempt (wrong e-mail or wrong password alike).
pub fn record_failure(
    conn: &Connection,
    email: &str,
    client: &str,
    now: i64,
) -> rusqlite::Result<()> {
    login_failures::record(conn, email, client, now, now - WINDOW_SECS)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::testing::migrated;

    #[test]
    fn five_failures_for_one_account_lock_it_from_every_address_for_the_window() {
        let conn = migrated();
        for i in 0..5 {
            assert!(!is_throttled(&conn, "a@x.org", &format!("10.0.0.{i}"), 100 + i).unwrap());
            record_failure(&conn, "a@x.org", &format!("10.0.0.{i}"), 100 + i).unwrap();
        }
        assert!(is_throttled(&conn, "a@x.org", "10.9.9.9", 110).unwrap());
        assert!(
            !is_throttled(&conn, "b@x.org", "10.9.9.9", 110).unwrap(),
            "other accounts unaffected"
        );
        // the first failure (t=100) leaves the window at t=100+900
        assert!(is_throttled(&conn, "a@x.org", "10.9.9.9", 100 + WINDOW_SECS - 1).unwrap());
        assert!(!is_throttled(&conn, "a@x.org", "10.9.9.9", 100 + WINDOW_SECS).unwrap());
    }

    #[test]
    fn five_failures_from_one_address_lock_that_address_for_every_account() {
        let conn = migrated();
        for i in 0..5 {
            record_failure(&conn, &format!("user{i}@x.org"), "10.0.0.1", 100).unwrap();
        }
        assert!(is_throttled(&conn, "new@x.org", "10.0.0.1", 101).unwrap());
        assert!(!is_throttled(&conn, "new@x.org", "10.0.0.2", 101).unwrap());
    }

    #[test]
    fn four_failures_do_not_lock() {
        let conn = migrated();
        for _ in 0..4 {
            record_failure(&conn, "a@x.org", "c", 100).unwrap();
        }
        assert!(!is_throttled(&conn, "a@x.org", "c", 101).unwrap());
    }
}
