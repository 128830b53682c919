//! JSON report, schema `claimdesk.report/1` (documented in docs/report-schema.md).
//!
//! The document is built from view structs here rather than by deriving on `Report`, so that the
//! published schema stays stable while the internal types evolve.

use serde::Serialize;

use super::{Report, ReportClaim, format};

/// The schema identifier written at the top of every JSON report.
pub const SCHEMA: &str = "claimdesk.report/1";

#[derive(Serialize)]
struct Document<'a> {
    schema: &'static str,
    instance: Instance<'a>,
    generated_at: String,
    article: Article<'a>,
    reviewers: Vec<&'a str>,
    counts: Counts,
    claims: Vec<Claim<'a>>,
}

#[derive(Serialize)]
struct Instance<'a> {
    name: &'a str,
    url: &'a str,
}

#[derive(Serialize)]
struct Article<'a> {
    id: String,
    title: &'a str,
    outlet: Option<&'a str>,
    byline: Option<&'a str>,
    url: Option<&'a str>,
    published: Option<String>,
    created_at: String,
    permalink: String,
}

#[derive(Serialize)]
struct Counts {
    total: usize,
    pending: usize,
    verified: usize,
    disputed: usize,
}

#[derive(Serialize)]
struct Claim<'a> {
    id: String,
    number: usize,
    permalink: String,
    text: &'a str,
    sentence: &'a str,
    source: Option<Source<'a>>,
    cue: Option<&'a str>,
    quote: Option<&'static str>,
    checkworthiness: f32,
    status: &'static str,
    note: Option<&'a str>,
    decided_by: Option<&'a str>,
    decided_at: Option<String>,
    notes: Vec<Note<'a>>,
    evidence: Vec<Evidence<'a>>,
    history: Vec<Change<'a>>,
}

#[derive(Serialize)]
struct Source<'a> {
    name: &'a str,
    kind: &'static str,
}

#[derive(Serialize)]
struct Note<'a> {
    at: String,
    author: Option<&'a str>,
    text: &'a str,
}

#[derive(Serialize)]
struct Evidence<'a> {
    url: &'a str,
    label: &'a str,
    excerpt: Option<&'a str>,
    added_by: Option<&'a str>,
    added_at: Option<String>,
}

#[derive(Serialize)]
struct Change<'a> {
    at: String,
    user: Option<&'a str>,
    from: &'static str,
    to: &'static str,
    note: Option<&'a str>,
}

fn claim<'a>(report: &Report, c: &'a ReportClaim) -> Claim<'a> {
    Claim {
        id: c.id.to_string(),
        number: c.number,
        permalink: report.claim_permalink(c),
        text: &c.text,
        sentence: &c.sentence,
        source: c.source.as_ref().map(|s| Source {
            name: &s.name,
            kind: s.kind.as_str(),
        }),
        cue: c.cue.as_deref(),
        quote: c.quote.map(|q| q.as_str()),
        checkworthiness: c.checkworthiness,
        status: c.status.as_str(),
        note: c.note.as_deref(),
        decided_by: c.decided_by.as_deref(),
        decided_at: c.decided_at.map(format::rfc3339),
        notes: c
            .notes
            .iter()
            .map(|n| Note {
                at: format::rfc3339(n.at),
                author: n.author.as_deref(),
                text: &n.text,
            })
            .collect(),
        evidence: c
            .evidence
            .iter()
            .map(|e| Evidence {
                url: &e.url,
                label: &e.label,
                excerpt: e.excerpt.as_deref(),
                added_by: e.added_by.as_deref(),
                added_at: e.added_at.map(format::rfc3339),
            })
            .collect(),
        history: c
            .history
            .iter()
            .map(|h| Change {
                at: format::rfc3339(h.at),
                user: h.user.as_deref(),
                from: h.from.as_str(),
                to: h.to.as_str(),
                note: h.note.as_deref(),
            })
            .collect(),
    }
}

fn document(report: &Report) -> Document<'_> {
    let counts = report.counts();
    let a = &report.article;
    Document {
        schema: SCHEMA,
        instance: Instance {
            name: &report.instance_name,
            url: &report.base_url,
        },
        generated_at: format::rfc3339(report.generated_at),
        article: Article {
            id: a.id.to_string(),
            title: &a.title,
            outlet: a.outlet.as_deref(),
            byline: a.byline.as_deref(),
            url: a.url.as_deref(),
            published: a.published.map(format::date),
            created_at: format::rfc3339(a.created_at),
            permalink: report.article_url(),
        },
        reviewers: report.reviewers(),
        counts: Counts {
            total: counts.total(),
            pending: counts.pending,
            verified: counts.verified,
            disputed: counts.disputed,
        },
        claims: report.claims.iter().map(|c| claim(report, c)).collect(),
    }
}

/// Renders the report as pretty-printed JSON, ending in a newline.
pub fn render(report: &Report) -> String {
    // Only strings, integers and floats (NaN becomes null) are serialized, into memory: this cannot
    // fail, but if it ever did the caller still gets valid JSON saying so.
    match serde_json::to_string_pretty(&document(report)) {
        Ok(mut s) => {
            s.push('\n');
            s
        }
        Err(e) => serde_json::json!({ "error": e.to_string() }).to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixture;
    use serde_json::Value;

    fn parsed() -> Value {
        serde_json::from_str(&render(&fixture::report())).expect("the report is valid JSON")
    }

    #[test]
    fn the_document_names_its_schema_version() {
        assert_eq!(parsed()["schema"], "claimdesk.report/1");
        assert!(render(&fixture::report()).starts_with("{\n  \"schema\": \"claimdesk.report/1\""));
    }

    #[test]
    fn article_instance_and_counts_are_all_present() {
        let v = parsed();
        assert_eq!(v["instance"]["name"], "Example Desk");
        assert_eq!(
            v["article"]["title"],
            "North, South Korea set to meet *again* | #3"
        );
        assert_eq!(v["article"]["published"], "2018-09-07");
        assert_eq!(
            v["article"]["byline"],
            "Jane *Doe* & <Co> | [staff](http://x)"
        );
        assert_eq!(v["article"]["url"], "https://news.example/korea?a=1&b=2");
        assert_eq!(v["counts"]["total"], 4);
        assert_eq!(v["counts"]["pending"], 2);
        assert_eq!(v["counts"]["verified"], 1);
        assert_eq!(v["counts"]["disputed"], 1);
        assert_eq!(
            v["reviewers"],
            serde_json::json!(["Alice Example", "Bob, \"the checker\"", "Carol <script>"])
        );
    }

    #[test]
    fn every_claim_carries_its_source_status_decision_and_history() {
        let v = parsed();
        let claims = v["claims"].as_array().expect("claims is an array");
        assert_eq!(claims.len(), 4);
        let ri = &claims[1];
        assert_eq!(ri["number"], 2);
        assert_eq!(ri["source"]["name"], "Ri Son Gwon");
        assert_eq!(ri["source"]["kind"], "person");
        assert_eq!(ri["status"], "disputed");
        assert_eq!(ri["quote"], "mixed");
        assert_eq!(ri["decided_at"], "2026-11-21T13:05:00Z");
        assert_eq!(ri["history"].as_array().map(Vec::len), Some(2));
        assert_eq!(ri["history"][1]["from"], "verified");
        assert_eq!(ri["history"][1]["to"], "disputed");
        assert_eq!(ri["evidence"][0]["label"], "KCNA transcript");
        assert_eq!(ri["evidence"][0]["added_at"], "2026-11-21T13:02:00Z");
        assert_eq!(ri["notes"][0]["author"], "Carol <script>");
        assert_eq!(
            ri["permalink"],
            format!(
                "https://desk.example/articles/{}#claim-2",
                fixture::report().article.id
            )
        );
        let own = &claims[3];
        assert!(
            own["source"].is_null(),
            "the article's own claim has no source"
        );
        assert!(own["decided_at"].is_null());
        assert_eq!(own["checkworthiness"], 0.25);
    }
}
