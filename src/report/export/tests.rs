//! Unit tests of the export format: written, read back, refused when foreign.

use time::macros::datetime;

use super::*;

fn ctx() -> Context {
    Context {
        instance_name: "Example Desk".into(),
        base_url: "https://desk.example".into(),
        generated_at: datetime!(2026-11-27 20:00 UTC),
    }
}

fn exported(articles: &[ExportArticle]) -> String {
    let mut w = JsonExport::start(Vec::new(), &Filters::default(), &[]).expect("start");
    for a in articles {
        w.article(a).expect("article");
    }
    String::from_utf8(w.finish().expect("finish")).expect("UTF-8")
}

#[test]
fn an_export_reads_back_as_the_same_articles_in_order() {
    let articles = vec![sample::article(1), sample::article(2)];
    let text = exported(&articles);
    let mut back = Vec::new();
    let n = read(text.as_bytes(), |a| {
        back.push(a);
        Ok(())
    })
    .expect("reads back");
    assert_eq!(n, 2);
    assert_eq!(back, articles);
}

#[test]
fn writing_what_was_read_gives_the_same_bytes() {
    let text = exported(&[sample::article(1), sample::article(2)]);
    let mut back = Vec::new();
    read(text.as_bytes(), |a| {
        back.push(a);
        Ok(())
    })
    .expect("reads back");
    assert_eq!(exported(&back), text);
}

#[test]
fn the_document_is_plain_json_with_its_schema_and_one_article_per_line() {
    let text = exported(&[sample::article(1), sample::article(2)]);
    let v: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    assert_eq!(v["schema"], "claimdesk.export/1");
    assert_eq!(v["articles"][1]["claims"][0]["source"]["name"], "CNN");
    assert_eq!(
        v["articles"][0]["claims"][0]["history"][0]["at"],
        "2026-11-20T09:30:00.5Z"
    );
    assert_eq!(text.lines().count(), 4, "opening, two articles, closing");
}

#[test]
fn a_file_written_before_bylines_were_kept_still_reads_with_no_byline() {
    let text = exported(&[sample::article(1)]);
    let old = text.replace("\"byline\":\"Mara Lindqvist\",", "");
    assert_ne!(old, text, "the sample carries a byline to remove");
    let mut back = Vec::new();
    read(old.as_bytes(), |a| {
        back.push(a);
        Ok(())
    })
    .expect("an older file reads");
    assert_eq!(back[0].byline, None);
    assert_eq!(back[0].title, sample::article(1).title);
}

#[test]
fn an_empty_instance_exports_an_empty_list_that_reads_back() {
    let text = exported(&[]);
    assert_eq!(read(text.as_bytes(), |_| Ok(())).expect("reads"), 0);
}

#[test]
fn a_foreign_or_broken_file_is_refused_with_a_reason() {
    let other = r#"{"schema":"claimdesk.report/1","articles":[]}"#;
    let e = read(other.as_bytes(), |_| Ok(())).expect_err("wrong schema");
    assert!(e.to_string().contains("claimdesk.report/1"), "{e}");
    let e = read(&b"{\"articles\":[]}"[..], |_| Ok(())).expect_err("no schema");
    assert!(e.to_string().contains("schema"), "{e}");
    let cut = exported(&[sample::article(1)]);
    let e = read(&cut.as_bytes()[..cut.len() / 2], |_| Ok(())).expect_err("truncated");
    assert!(matches!(e, ReadError::Format(_)));
}

#[test]
fn a_rejected_article_stops_the_read_with_the_callers_reason() {
    let text = exported(&[sample::article(1), sample::article(2)]);
    let mut seen = 0;
    let e = read(text.as_bytes(), |_| {
        seen += 1;
        Err("the database is full".into())
    })
    .expect_err("rejected");
    assert_eq!(seen, 1, "nothing after the refused article");
    assert_eq!(e.to_string(), "the database is full");
}

#[test]
fn the_csv_export_has_one_header_and_the_rows_of_every_article() {
    let mut w = CsvExport::start(Vec::new(), ctx()).expect("start");
    w.article(&sample::article(1)).expect("article");
    w.article(&sample::article(2)).expect("article");
    let bytes = w.finish().expect("finish");
    let mut reader = ::csv::Reader::from_reader(&bytes[..]);
    let rows: Vec<::csv::StringRecord> = reader.records().collect::<Result<_, _>>().expect("CSV");
    assert_eq!(rows.len(), 4);
    assert_eq!(&rows[2][1], "Summit, part 2");
    assert_eq!(
        &rows[0][9], "'=1+1, \"quoted\"",
        "formula cells are neutralised here too"
    );
    assert_eq!(&rows[0][11], "alice");
}

#[test]
fn an_exported_article_becomes_a_report_with_sentences_from_its_text() {
    let report = sample::article(1).to_report(&ctx());
    assert_eq!(
        report.claims[0].sentence,
        "CNN said the summit is set for September."
    );
    assert_eq!(report.claims[0].decided_by.as_deref(), Some("alice"));
    assert_eq!(report.counts().verified, 1);
}

#[test]
fn notes_evidence_timeline_and_assignments_read_back_and_reach_the_report() {
    let text = exported(&[sample::article(1)]);
    let mut back = Vec::new();
    read(text.as_bytes(), |a| {
        back.push(a);
        Ok(())
    })
    .expect("reads back");
    let claim = &back[0].claims[0];
    assert_eq!(claim.notes[0].text, "asked the ministry");
    assert_eq!(claim.evidence[0].url, "https://example.org/minutes");
    assert_eq!(
        claim.assignee.as_ref().map(|a| a.name.as_str()),
        Some("Alice Example")
    );
    assert_eq!(back[0].timeline[0].kind, "note");
    let report = back[0].to_report(&ctx());
    assert_eq!(
        report.claims[0].notes[0].author.as_deref(),
        Some("Alice Example")
    );
    assert_eq!(report.claims[0].evidence[0].label, "Minutes");
}

#[test]
fn a_removed_claim_travels_in_the_export_but_not_into_reports_or_csv() {
    let mut article = sample::article(1);
    article.claims[1].deleted_at = Some(datetime!(2026-11-21 10:00:00.000 UTC));
    let text = exported(std::slice::from_ref(&article));
    let mut back = Vec::new();
    read(text.as_bytes(), |a| {
        back.push(a);
        Ok(())
    })
    .expect("reads back");
    assert_eq!(back[0], article, "the removal date comes back");
    assert_eq!(back[0].to_report(&ctx()).claims.len(), 1);
}

#[test]
fn a_file_written_before_review_records_were_kept_still_reads() {
    let text = exported(&[sample::article(1)]);
    let v: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    // An older file: no accounts list, no ids, no timeline, no assignments, no removal dates.
    let mut articles = v["articles"].clone();
    let a = &mut articles[0];
    a.as_object_mut().expect("article").remove("timeline");
    a.as_object_mut().expect("article").remove("assignee");
    for c in a["claims"].as_array_mut().expect("claims") {
        let c = c.as_object_mut().expect("claim");
        for key in ["deleted_at", "assignee"] {
            c.remove(key);
        }
        c.insert("notes".into(), serde_json::json!([]));
        c.insert("evidence".into(), serde_json::json!([]));
        for h in c["history"].as_array_mut().expect("history") {
            h.as_object_mut().expect("change").remove("id");
        }
    }
    let mut back = Vec::new();
    let old = format!("{{\"schema\":\"{SCHEMA}\",\"articles\":{articles}}}");
    read(old.as_bytes(), |a| {
        back.push(a);
        Ok(())
    })
    .expect("an older file reads");
    assert!(back[0].timeline.is_empty() && back[0].assignee.is_none());
    assert_eq!(back[0].claims[0].deleted_at, None);
    assert_eq!(back[0].claims[0].history[0].id, None);
}

#[test]
fn the_accounts_list_is_read_before_the_articles_and_holds_no_password() {
    let account = ExportAccount {
        id: "u-alice".into(),
        email: "alice@example.org".into(),
        name: "Alice Example".into(),
        role: "reviewer".into(),
        created_at: 1_700_000_000,
        deactivated_at: None,
    };
    let mut w = JsonExport::start(
        Vec::new(),
        &Filters::default(),
        std::slice::from_ref(&account),
    )
    .expect("start");
    w.article(&sample::article(1)).expect("article");
    let text = String::from_utf8(w.finish().expect("finish")).expect("UTF-8");
    assert!(!text.contains("password"));
    let mut parts = Vec::new();
    read_parts(text.as_bytes(), |p| {
        parts.push(p);
        Ok(())
    })
    .expect("reads");
    assert_eq!(parts[0], Part::Accounts(vec![account]));
    assert!(matches!(parts[1], Part::Article(_)));
}

#[test]
fn the_csv_reviewer_is_the_name_the_timeline_gives_not_the_account_id() {
    let mut article = sample::article(1);
    let mut status = article.timeline[0].clone();
    status.kind = "status".into();
    status.user_name = "Alice Example".into();
    article.timeline.push(status);
    let report = article.to_report(&ctx());
    assert_eq!(
        report.claims[0].decided_by.as_deref(),
        Some("Alice Example")
    );
    assert_eq!(report.claims[1].decided_by, None, "never reviewed");
}
