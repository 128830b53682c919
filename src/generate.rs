//! `claimdesk generate`: fills a database with synthetic articles and claims for benchmarks
//! (10,000 articles × 100 claims). Deterministic (a fixed-seed generator), so runs are comparable.

use rusqlite::{Connection, params};
use time::Duration;
use uuid::Uuid;

use crate::db::{self, claims, time as stamp};
use crate::extract::{Cue, ExtractedClaim, QuoteKind, Source, SourceKind, Span};

const SOURCES: &[(&str, SourceKind)] = &[
    ("CNN", SourceKind::Media),
    ("The New York Times", SourceKind::Media),
    ("Reuters", SourceKind::Media),
    ("Yonhap", SourceKind::Media),
    ("officials", SourceKind::Unnamed),
    ("reports", SourceKind::Unnamed),
    ("sources", SourceKind::Unnamed),
    ("the ministry", SourceKind::Organization),
    ("the central bank", SourceKind::Organization),
    ("the council", SourceKind::Organization),
    ("the report", SourceKind::Document),
];
const WORDS: &[&str] = &[
    "budget",
    "summit",
    "ceasefire",
    "inflation",
    "election",
    "minister",
    "tariff",
    "border",
    "vaccine",
    "drought",
    "harbour",
    "pension",
    "railway",
    "subsidy",
    "protest",
    "treaty",
    "deficit",
    "export",
    "refinery",
    "hospital",
    "school",
    "wages",
    "housing",
    "rainfall",
    "airport",
    "missile",
    "satellite",
    "factory",
    "bridge",
    "tax",
    "police",
    "court",
    "senate",
    "mayor",
    "river",
    "forest",
    "tunnel",
];
const FILLER: &[&str] = &[
    "the", "a", "new", "will", "has", "had", "more", "than", "last", "year", "in", "by", "of",
    "and", "percent", "million", "over", "since", "after", "before", "rose", "fell", "doubled",
    "stalled",
];

/// A small deterministic pseudo-random generator (xorshift64*), enough for synthetic text.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Invented surnames so person sources are many and distinct ("Bakoru", "Tiselan", ...).
fn person(rng: &mut Rng) -> String {
    const SYL: &[&str] = &[
        "ba", "ko", "ru", "ti", "se", "lan", "mo", "ra", "ne", "vi", "da", "shu",
    ];
    let mut name = String::new();
    for _ in 0..3 {
        name.push_str(SYL[rng.below(SYL.len())]);
    }
    let mut chars = name.chars();
    chars
        .next()
        .map_or(name.clone(), |c| c.to_uppercase().chain(chars).collect())
}

/// Generates `articles` articles of `claims_per` claims each into the database at `path`; prints progress.
pub fn run(path: &std::path::Path, articles: usize, claims_per: usize) -> anyhow::Result<()> {
    let db = db::Db::open(path)?;
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let people: Vec<String> = (0..200).map(|_| person(&mut rng)).collect();
    let now = stamp::now();
    db.run_blocking(|conn| {
        conn.pragma_update(None, "synchronous", "OFF")?;
        for batch_start in (0..articles).step_by(100) {
            let tx = conn.transaction()?;
            for a in batch_start..(batch_start + 100).min(articles) {
                insert_article(&tx, &mut rng, &people, a, claims_per, now)?;
            }
            tx.commit()?;
            eprintln!(
                "generated {} of {articles} articles",
                (batch_start + 100).min(articles)
            );
        }
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        // Row counts for the planner, without the samples that re-plan statements (migration 006).
        conn.execute_batch("ANALYZE; DELETE FROM sqlite_stat4;")?;
        Ok(())
    })
    .map_err(|e| anyhow::anyhow!("{}", e.public_message()))?;
    Ok(())
}

fn insert_article(
    conn: &Connection,
    rng: &mut Rng,
    people: &[String],
    n: usize,
    claims_per: usize,
    now: time::OffsetDateTime,
) -> rusqlite::Result<()> {
    let mut text = String::new();
    let mut extracted = Vec::with_capacity(claims_per);
    for _ in 0..claims_per {
        let (name, kind) = if rng.below(3) == 0 {
            (people[rng.below(people.len())].clone(), SourceKind::Person)
        } else {
            let (n, k) = SOURCES[rng.below(SOURCES.len())];
            (n.to_string(), k)
        };
        let sentence_start = text.len();
        text.push_str(&name);
        let source_end = text.len();
        text.push_str(" said ");
        let start = text.len();
        let len = 8 + rng.below(10);
        for i in 0..len {
            if i > 0 {
                text.push(' ');
            }
            let w = if rng.below(4) == 0 {
                WORDS[rng.below(WORDS.len())]
            } else {
                FILLER[rng.below(FILLER.len())]
            };
            text.push_str(w);
        }
        let end = text.len();
        text.push_str(". ");
        extracted.push(ExtractedClaim {
            text: text[start..end].to_string(),
            start,
            end,
            sentence: Span {
                start: sentence_start,
                end: end + 1,
            },
            source: Some(Source {
                mention: name.clone(),
                name,
                kind,
                start: sentence_start,
                end: source_end,
            }),
            cue: Some(Cue {
                text: "said".into(),
                start: source_end + 1,
                end: source_end + 5,
            }),
            quote: Some(QuoteKind::Indirect),
            checkworthiness: rng.below(1000) as f32 / 1000.0,
            frame: String::new(),
        });
    }
    let id = Uuid::new_v4();
    let created = now - Duration::minutes((n % 40_000) as i64);
    conn.prepare_cached(
        "INSERT INTO articles (id, title, outlet, url, published, text, content_hash, created_at)
         VALUES (?1, ?2, 'Synthetic Wire', NULL, NULL, ?3, ?4, ?5)",
    )?
    .execute(params![
        id.to_string(),
        format!(
            "Synthetic article {n}: the {} and the {}",
            WORDS[n % WORDS.len()],
            WORDS[(n / 7) % WORDS.len()]
        ),
        text,
        db::articles::content_hash(&text),
        stamp::format(created),
    ])?;
    for (i, c) in extracted.iter().enumerate() {
        let claim_id = claims::insert_one(conn, id, i as i64 + 1, c, created)?;
        // About 30% reviewed over the last 30 days, so filters and the dashboard have something to show.
        let roll = rng.below(10);
        if roll < 3 {
            let status = if roll == 0 { "disputed" } else { "verified" };
            let at = stamp::format(now - Duration::hours(rng.below(24 * 30) as i64));
            conn.prepare_cached(
                "UPDATE claims SET status = ?2, note = 'generated review', version = 2, updated_at = ?3 WHERE id = ?1",
            )?
            .execute(params![claim_id.to_string(), status, at])?;
            conn.prepare_cached(
                "INSERT INTO claim_history (claim_id, at, user_id, from_status, to_status, note)
                 VALUES (?1, ?2, NULL, 'pending', ?3, 'generated review')",
            )?
            .execute(params![claim_id.to_string(), at, status])?;
            let note = format!(
                "generated review: compared with the {} records",
                WORDS[rng.below(WORDS.len())]
            );
            conn.prepare_cached(
                "INSERT INTO claim_notes (claim_id, at, user_id, user_name, body) VALUES (?1, ?2, NULL, 'generator', ?3)",
            )?
            .execute(params![claim_id.to_string(), at, note])?;
        }
    }
    Ok(())
}
