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
    let mut w = JsonExport::start(Vec::new(), &Filters::default()).expect("start");
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
