//! The path for a word matched by many claims: its matches are read once into a bit set of search keys,
//! then the claims are walked in sort order along an index that holds the search key (migration 006),
//! keeping the ones in the set. Neither step looks at a claim row; only the page's claims are read.

use rusqlite::functions::{Aggregate, Context, FunctionFlags};
use rusqlite::{Connection, ToSql};

/// The search keys of the claims matching an FTS5 query, as a bit set.
pub struct Matches {
    bits: Vec<u8>,
}

/// The SQL aggregate that packs search keys into a bit set (one bit per key, little-endian).
const BITSET: &str = "claimdesk_key_bits";

/// Adds the key-packing aggregate to a connection (`Db` does it for each connection it opens).
/// Packing inside SQLite costs half of handing each of 300,000 keys to Rust one row at a time.
pub fn register(conn: &Connection) -> rusqlite::Result<()> {
    conn.create_aggregate_function(BITSET, 1, FunctionFlags::SQLITE_UTF8, KeyBits)
}

struct KeyBits;

impl Aggregate<Vec<u8>, Vec<u8>> for KeyBits {
    fn init(&self, _: &mut Context<'_>) -> rusqlite::Result<Vec<u8>> {
        Ok(Vec::new())
    }

    fn step(&self, ctx: &mut Context<'_>, bits: &mut Vec<u8>) -> rusqlite::Result<()> {
        if let Ok(key) = usize::try_from(ctx.get::<i64>(0)?) {
            if key / 8 >= bits.len() {
                bits.resize(key / 8 + 1, 0);
            }
            bits[key / 8] |= 1 << (key % 8);
        }
        Ok(())
    }

    fn finalize(&self, _: &mut Context<'_>, bits: Option<Vec<u8>>) -> rusqlite::Result<Vec<u8>> {
        Ok(bits.unwrap_or_default())
    }
}

impl Matches {
    /// Reads every match of `query` (an FTS5 query, see `search::fts_query`).
    pub fn read(conn: &Connection, query: &str) -> rusqlite::Result<Matches> {
        let sql = format!("SELECT {BITSET}(rowid) FROM claim_search WHERE claim_search MATCH ?1");
        let mut stmt = match conn.prepare_cached(&sql) {
            Ok(stmt) => stmt,
            // A connection opened outside `Db` (tests, tools) gets the aggregate on first use.
            Err(e) if e.to_string().contains("no such function") => {
                register(conn)?;
                conn.prepare_cached(&sql)?
            }
            Err(e) => return Err(e),
        };
        let bits = stmt.query_row([query], |r| r.get::<_, Option<Vec<u8>>>(0))?;
        Ok(Matches {
            bits: bits.unwrap_or_default(),
        })
    }

    /// True when the claim with this search key matches.
    pub fn contains(&self, key: i64) -> bool {
        usize::try_from(key).is_ok_and(|k| {
            self.bits
                .get(k / 8)
                .is_some_and(|byte| byte & (1 << (k % 8)) != 0)
        })
    }
}

/// The search keys of the first `limit` claims that `walk_sql` yields (one column: the search key, in
/// sort order) and that are in `matches`. The walk stops as soon as `limit` are found.
pub fn first_matching(
    conn: &Connection,
    walk_sql: &str,
    params: &[&dyn ToSql],
    matches: &Matches,
    limit: usize,
) -> rusqlite::Result<Vec<i64>> {
    let mut found = Vec::new();
    if limit == 0 {
        return Ok(found);
    }
    let mut stmt = conn.prepare_cached(walk_sql)?;
    let mut rows = stmt.query(params)?;
    while let Some(row) = rows.next()? {
        let key: i64 = row.get(0)?;
        if matches.contains(key) {
            found.push(key);
            if found.len() == limit {
                break;
            }
        }
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_match_set_holds_exactly_the_keys_fts_returns() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(
            "CREATE VIRTUAL TABLE claim_search USING fts5 (text, notes, evidence);
             INSERT INTO claim_search (rowid, text, notes, evidence) VALUES
               (1, 'rain fell', '', ''), (64, 'no rain', '', ''), (65, 'sun', 'rain later', ''),
               (700, 'dry', '', 'rain gauge'), (701, 'dry', '', '');",
        )
        .unwrap();
        let m = Matches::read(&conn, "\"rain\"").unwrap();
        let hits: Vec<i64> = (0..800).filter(|k| m.contains(*k)).collect();
        assert_eq!(hits, vec![1, 64, 65, 700]);
        assert!(!m.contains(-1));
        assert!(!m.contains(10_000));
    }
}
