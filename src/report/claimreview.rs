//! schema.org ClaimReview JSON-LD: one object per reviewed (non-pending) claim.
//!
//! Rating scale 1–3: Disputed = 1, Verified = 3 (2 is left for a future "mixed"); the
//! `alternateName` carries the verdict in words, which is what readers and search engines show.

use serde_json::{Map, Value, json};

use super::{Report, ReportClaim, format};
use crate::domain::Verdict;
use crate::extract::SourceKind;

/// The organisation that publishes the reviews: the instance's configured name and URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organization {
    pub name: String,
    pub url: Option<String>,
}

impl Organization {
    /// The configured organisation, or else the instance itself (its name and public base URL).
    pub fn or_instance(
        name: Option<String>,
        url: Option<String>,
        instance_name: &str,
        base_url: &str,
    ) -> Organization {
        let given = |s: Option<String>| s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
        Organization {
            name: given(name).unwrap_or_else(|| instance_name.to_string()),
            url: given(url).or_else(|| Some(base_url.to_string())),
        }
    }
}

/// A JSON array of ClaimReview objects, one per non-pending claim, in article order.
pub fn render(report: &Report, org: &Organization) -> Value {
    Value::Array(
        report
            .claims
            .iter()
            .filter_map(|c| review(report, org, c))
            .collect(),
    )
}

fn organization(org: &Organization) -> Value {
    let mut o = json!({ "@type": "Organization", "name": org.name });
    if let (Some(url), Some(map)) = (&org.url, o.as_object_mut()) {
        map.insert("url".into(), json!(url));
    }
    o
}

/// `(ratingValue, alternateName)` for a decided claim; `None` for a pending one.
fn rating(status: Verdict) -> Option<(u8, &'static str)> {
    match status {
        Verdict::Pending => None,
        Verdict::Disputed => Some((1, "Disputed")),
        Verdict::Verified => Some((3, "Verified")),
    }
}

/// The claim's author as schema.org sees it; unnamed sources, documents and the article's own claims
/// have none (a document is not a Person or Organization, and "officials" names nobody).
fn claim_author(claim: &ReportClaim) -> Option<Value> {
    let source = claim.source.as_ref()?;
    let kind = match source.kind {
        SourceKind::Person => "Person",
        SourceKind::Media | SourceKind::Organization => "Organization",
        SourceKind::Unnamed | SourceKind::Document => return None,
    };
    Some(json!({ "@type": kind, "name": source.name }))
}

fn item_reviewed(report: &Report, claim: &ReportClaim) -> Value {
    let a = &report.article;
    let mut item = Map::new();
    item.insert("@type".into(), json!("Claim"));
    if let Some(author) = claim_author(claim) {
        item.insert("author".into(), author);
    }
    if let Some(url) = &a.url {
        let mut work = json!({ "@type": "CreativeWork", "url": url, "headline": a.title });
        if let (Some(outlet), Some(map)) = (&a.outlet, work.as_object_mut()) {
            map.insert(
                "publisher".into(),
                json!({ "@type": "Organization", "name": outlet }),
            );
        }
        item.insert("appearance".into(), work);
    }
    if let Some(published) = a.published {
        item.insert("datePublished".into(), json!(format::date(published)));
    }
    Value::Object(item)
}

fn review(report: &Report, org: &Organization, claim: &ReportClaim) -> Option<Value> {
    let (value, name) = rating(claim.status)?;
    let mut review = json!({
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": report.claim_permalink(claim),
        "claimReviewed": claim.text,
        "author": organization(org),
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": value,
            "bestRating": 3,
            "worstRating": 1,
            "alternateName": name,
        },
        "itemReviewed": item_reviewed(report, claim),
    });
    if let (Some(at), Some(map)) = (claim.decided_at, review.as_object_mut()) {
        let day = at.to_offset(time::UtcOffset::UTC).date();
        map.insert("datePublished".into(), json!(format::date(day)));
    }
    Some(review)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixture;

    fn org() -> Organization {
        Organization {
            name: "Example Fact Check".into(),
            url: Some("https://factcheck.example".into()),
        }
    }

    #[test]
    fn only_reviewed_claims_get_a_claim_review() {
        let report = fixture::report();
        let reviews = render(&report, &org());
        let reviews = reviews.as_array().expect("an array");
        assert_eq!(
            reviews.len(),
            2,
            "two of the fixture's four claims are decided"
        );
        let texts: Vec<&str> = reviews
            .iter()
            .filter_map(|r| r["claimReviewed"].as_str())
            .collect();
        for c in report
            .claims
            .iter()
            .filter(|c| c.status == Verdict::Pending)
        {
            assert!(
                !texts.contains(&c.text.as_str()),
                "pending claim {} leaked",
                c.number
            );
        }
    }

    #[test]
    fn every_review_carries_the_required_fields() {
        let report = fixture::report();
        for r in render(&report, &org()).as_array().expect("an array") {
            assert_eq!(r["@context"], "https://schema.org");
            assert_eq!(r["@type"], "ClaimReview");
            for field in ["url", "claimReviewed", "datePublished"] {
                assert!(r[field].is_string(), "{field} missing in {r}");
            }
            assert_eq!(
                r["author"],
                json!({"@type": "Organization", "name": "Example Fact Check", "url": "https://factcheck.example"})
            );
            let rating = &r["reviewRating"];
            assert_eq!(rating["@type"], "Rating");
            assert_eq!(rating["bestRating"], 3);
            assert_eq!(rating["worstRating"], 1);
            assert!(rating["alternateName"].is_string());
            let item = &r["itemReviewed"];
            assert_eq!(item["@type"], "Claim");
            assert_eq!(item["appearance"]["@type"], "CreativeWork");
            assert_eq!(
                item["appearance"]["url"],
                "https://news.example/korea?a=1&b=2"
            );
            assert_eq!(item["datePublished"], "2018-09-07");
        }
    }

    #[test]
    fn ratings_and_authors_follow_the_verdict_and_the_source_kind() {
        let report = fixture::report();
        let reviews = render(&report, &org());
        let (cnn, ri) = (&reviews[0], &reviews[1]);
        assert_eq!(cnn["reviewRating"]["alternateName"], "Verified");
        assert_eq!(cnn["reviewRating"]["ratingValue"], 3);
        assert_eq!(
            cnn["itemReviewed"]["author"],
            json!({"@type": "Organization", "name": "CNN"})
        );
        assert_eq!(ri["reviewRating"]["alternateName"], "Disputed");
        assert_eq!(ri["reviewRating"]["ratingValue"], 1);
        assert_eq!(
            ri["itemReviewed"]["author"],
            json!({"@type": "Person", "name": "Ri Son Gwon"})
        );
        assert_eq!(ri["datePublished"], "2026-11-21");
        assert_eq!(ri["url"], report.claim_permalink(&report.claims[1]));
    }

    #[test]
    fn the_organisation_defaults_to_the_instance_when_not_configured() {
        let own =
            Organization::or_instance(None, Some("  ".into()), "Desk", "https://desk.example");
        assert_eq!(own.name, "Desk");
        assert_eq!(own.url.as_deref(), Some("https://desk.example"));
        let set = Organization::or_instance(
            Some("Fact Co".into()),
            Some("https://fact.example".into()),
            "Desk",
            "x",
        );
        assert_eq!(
            (set.name.as_str(), set.url.as_deref()),
            ("Fact Co", Some("https://fact.example"))
        );
    }

    #[test]
    fn unnamed_sources_leave_the_author_out() {
        let mut report = fixture::report();
        report.claims[2].status = Verdict::Verified;
        report.claims[3].status = Verdict::Disputed;
        let reviews = render(&report, &org());
        assert_eq!(reviews.as_array().map(Vec::len), Some(4));
        assert!(
            reviews[2]["itemReviewed"].get("author").is_none(),
            "\"reports\" names nobody"
        );
        assert!(
            reviews[3]["itemReviewed"].get("author").is_none(),
            "the article's own claim"
        );
        assert!(
            reviews[2].get("datePublished").is_none(),
            "no decision time, no date"
        );
    }
}
