//! Unit tests of ingestion on small hand-written pages (src/ingest/testdata).

use super::*;

const NEWS: &[u8] = include_bytes!("testdata/news.html");

fn news() -> ArticleDraft {
    draft_from_bytes(NEWS, Some("text/html"), None).expect("the news fixture is an article")
}

#[test]
fn the_article_body_keeps_its_paragraphs_separated_by_blank_lines() {
    let text = news().text;
    let paragraphs: Vec<&str> = text.split("\n\n").collect();
    assert!(paragraphs[0].starts_with("The harbour bridge reopened to traffic on Monday morning"));
    assert!(
        paragraphs
            .iter()
            .any(|p| p.starts_with("Mayor Ilse Brandt told reporters"))
    );
    assert!(
        paragraphs
            .last()
            .is_some_and(|p| p.ends_with("shortly after seven o'clock."))
    );
    assert!(
        paragraphs
            .iter()
            .all(|p| !p.contains('\n') && p == &p.trim()),
        "{text}"
    );
}

#[test]
fn menus_captions_read_more_links_and_share_buttons_are_left_out() {
    let text = news().text;
    for furniture in [
        "Home",
        "Weather",
        "Photo: Courier staff",
        "Read more",
        "Ferry timetable",
        "Tweet",
        "LinkedIn",
        "Related stories",
        "All rights reserved",
    ] {
        assert!(
            !text.contains(furniture),
            "{furniture:?} leaked into:\n{text}"
        );
    }
}

#[test]
fn metadata_comes_from_open_graph_json_ld_and_the_canonical_link() {
    let draft = news();
    assert_eq!(draft.title, "Harbour bridge reopens after two-year repair");
    assert_eq!(draft.byline.as_deref(), Some("Mara Lindqvist"));
    assert_eq!(draft.outlet.as_deref(), Some("The Coastal Courier"));
    assert_eq!(draft.published, Some(time::macros::date!(2024 - 03 - 18)));
    assert_eq!(
        draft.url.as_deref(),
        Some("https://courier.example/news/harbour-bridge-reopens")
    );
}

#[test]
fn the_address_the_page_came_from_wins_over_its_canonical_link() {
    let draft =
        draft_from_bytes(NEWS, None, Some("https://mirror.example/bridge")).expect("article");
    assert_eq!(draft.url.as_deref(), Some("https://mirror.example/bridge"));
}

#[test]
fn a_latin1_page_declared_by_meta_charset_decodes_correctly() {
    let draft =
        draft_from_bytes(include_bytes!("testdata/latin1.html"), None, None).expect("article");
    assert_eq!(draft.title, "Café life on the Straße");
    assert!(
        draft
            .text
            .contains("Jürgen Müller, who served crème brûlée to a naïve tourist"),
        "{}",
        draft.text
    );
}

#[test]
fn a_windows_1252_page_declared_by_http_equiv_decodes_curly_quotes_dashes_and_euros() {
    let draft =
        draft_from_bytes(include_bytes!("testdata/cp1252.html"), None, None).expect("article");
    assert_eq!(draft.title, "Prices rise — again");
    assert!(
        draft
            .text
            .contains("“It costs €5 now,” the baker said — a rise"),
        "{}",
        draft.text
    );
    assert!(draft.text.contains("shoppers’ complaints"));
}

#[test]
fn an_undeclared_page_that_is_not_utf8_is_read_as_windows_1252() {
    let bytes = include_bytes!("testdata/cp1252-undeclared.html");
    let draft = draft_from_bytes(bytes, None, None).expect("article");
    assert!(draft.text.contains("“It costs €5 now,”"), "{}", draft.text);
}

#[test]
fn the_charset_of_the_http_header_is_honoured() {
    let html = format!("<html><head><title>Новости</title></head><body><article>{}</article></body></html>", "<p>Сегодня в городе открылся новый мост через реку, сообщили в администрации района, и движение по нему уже началось рано утром.</p>".repeat(4));
    let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(&html);
    let draft =
        draft_from_bytes(&bytes, Some("text/html; charset=windows-1251"), None).expect("article");
    assert_eq!(draft.title, "Новости");
    assert!(draft.text.starts_with("Сегодня в городе"), "{}", draft.text);
}

#[test]
fn plain_text_is_taken_as_it_is_with_the_first_line_as_title() {
    let draft = draft_from_bytes(
        b"Bridge reopens\r\n\r\nThe bridge reopened on Monday.\r\n",
        Some("text/plain"),
        None,
    )
    .expect("text");
    assert_eq!(draft.title, "Bridge reopens");
    assert_eq!(
        draft.text,
        "Bridge reopens\n\nThe bridge reopened on Monday."
    );
}

#[test]
fn a_pdf_is_refused_with_its_own_message() {
    let err = draft_from_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", None, None).unwrap_err();
    assert_eq!(err, IngestError::Pdf);
    assert!(err.to_string().contains("PDF"));
}

#[test]
fn binary_files_are_refused() {
    let png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10";
    assert_eq!(
        draft_from_bytes(png, None, None).unwrap_err(),
        IngestError::Binary
    );
}

#[test]
fn empty_and_blank_pages_are_refused() {
    assert_eq!(
        draft_from_bytes(b"", None, None).unwrap_err(),
        IngestError::Empty
    );
    assert_eq!(
        draft_from_bytes(b" \n\t ", Some("text/html"), None).unwrap_err(),
        IngestError::Empty
    );
}

#[test]
fn a_page_with_only_menus_has_no_article() {
    let err = draft_from_bytes(include_bytes!("testdata/menu-only.html"), None, None).unwrap_err();
    assert_eq!(err, IngestError::NoArticle);
}

#[test]
fn html_over_five_megabytes_is_refused_before_parsing() {
    let mut big = b"<html><body><p>".to_vec();
    big.resize(MAX_BYTES + 1, b'a');
    assert_eq!(
        draft_from_bytes(&big, None, None).unwrap_err(),
        IngestError::TooLarge { limit_mb: 5 }
    );
}

#[test]
fn dates_are_read_from_iso_dates_and_date_times() {
    assert_eq!(
        parse_date("2018-09-18T03:12:00Z"),
        Some(time::macros::date!(2018 - 09 - 18))
    );
    assert_eq!(
        parse_date("2018-09-18"),
        Some(time::macros::date!(2018 - 09 - 18))
    );
    assert_eq!(parse_date("yesterday"), None);
}

proptest::proptest! {
    #[test]
    fn any_bytes_give_a_draft_or_a_reason_never_a_panic(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..2048)) {
        let _ = draft_from_bytes(&bytes, None, None);
        let _ = draft_from_bytes(&bytes, Some("text/html; charset=\u{0}"), Some("not a url"));
    }

    #[test]
    fn any_tag_soup_gives_a_draft_or_a_reason_never_a_panic(
        parts in proptest::collection::vec(proptest::prop_oneof![
            proptest::strategy::Just("<p>".to_string()), proptest::strategy::Just("</p>".to_string()),
            proptest::strategy::Just("<div class=\"share\">".to_string()), proptest::strategy::Just("<br>".to_string()),
            proptest::strategy::Just("<meta charset=\"latin1\">".to_string()),
            proptest::strategy::Just("<script type=\"application/ld+json\">{\"@type\":".to_string()),
            "[a-zA-Zé ,.\u{201c}\u{201d}]{0,80}",
        ], 0..60)
    ) {
        let html = parts.concat();
        if let Ok(draft) = draft_from_bytes(html.as_bytes(), Some("text/html"), None) {
            proptest::prop_assert!(!draft.title.trim().is_empty());
            proptest::prop_assert!(!draft.text.contains("\n\n\n"));
        }
    }
}
