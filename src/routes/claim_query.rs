//! The query of `/claims` and `GET /api/v1/claims`: parsing its parameters into a search filter, and
//! splitting a claim's text into escaped pieces with the searched words marked.

use serde::Deserialize;

use crate::auth::CurrentUser;
use crate::db::search::{Filter, Sort};
use crate::domain::{Verdict, parse_id};
use crate::error::{AppError, AppResult};
use crate::extract::SourceKind;

/// Results per page.
pub const PER_PAGE: usize = 50;
const MAX_WORDS: usize = 8;

/// The query parameters, as sent (all optional, empty means "any").
#[derive(Debug, Clone, Default, Deserialize)]
pub struct ClaimQuery {
    #[serde(default)]
    pub status: String,
    #[serde(default)]
    pub source: String,
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub assignee: String,
    #[serde(default)]
    pub article: String,
    #[serde(default)]
    pub q: String,
    #[serde(default)]
    pub from: String,
    #[serde(default)]
    pub to: String,
    #[serde(default)]
    pub page: String,
    #[serde(default)]
    pub sort: String,
}

/// The words of a search, lowercased: runs of letters and digits, at most eight.
pub fn words(q: &str) -> Vec<String> {
    q.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .take(MAX_WORDS)
        .collect()
}

fn day(value: &str, name: &str) -> AppResult<Option<String>> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(None);
    }
    crate::domain::article::parse_date(value)
        .map(|d| Some(d.to_string()))
        .map_err(|_| AppError::Unprocessable(format!("{name} must be a date like 2026-11-27")))
}

impl ClaimQuery {
    /// Parses the parameters; an unknown status, kind, sort or a bad page answers 422.
    pub fn filter(&self, user: &CurrentUser) -> AppResult<Filter> {
        let status = match self.status.trim() {
            "" => None,
            s => Some(Verdict::parse(s).ok_or_else(|| {
                AppError::Unprocessable(format!(
                    "unknown status {s:?}: use pending, verified or disputed"
                ))
            })?),
        };
        let kind = match self.kind.trim() {
            "" => None,
            "article" => Some("article".to_string()),
            k => Some(
                SourceKind::parse(k)
                    .ok_or_else(|| AppError::Unprocessable(format!("unknown source kind {k:?}")))?
                    .as_str()
                    .to_string(),
            ),
        };
        let assignee = match self.assignee.trim() {
            "" => None,
            "me" => Some(user.id().to_string()),
            other => Some(other.to_string()),
        };
        let article =
            match self.article.trim() {
                "" => None,
                a => Some(parse_id(a).ok_or_else(|| {
                    AppError::Unprocessable(format!("{a:?} is not an article id"))
                })?),
            };
        let page = match self.page.trim() {
            "" => 1,
            p => p
                .parse::<usize>()
                .ok()
                .filter(|&p| (1..=100_000).contains(&p))
                .ok_or_else(|| {
                    AppError::Unprocessable(format!("page must be a number from 1, not {p:?}"))
                })?,
        };
        let sort = Sort::parse(self.sort.trim()).ok_or_else(|| {
            AppError::Unprocessable("sort must be worth, recent, oldest or article".into())
        })?;
        let source = Some(self.source.trim())
            .filter(|s| !s.is_empty())
            .map(str::to_string);
        Ok(Filter {
            status,
            source,
            kind,
            assignee,
            article,
            from: day(&self.from, "from")?,
            to: day(&self.to, "to")?,
            words: words(&self.q),
            sort,
            page,
            per_page: PER_PAGE,
        })
    }
}

/// A piece of claim text: `hit` when it is a word the search matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece<'a> {
    pub text: &'a str,
    pub hit: bool,
}

/// Splits `text` into pieces, marking each word equal (ignoring case) to a searched word, as the full-text
/// search matched it. The pieces concatenate back to `text`; templates escape each.
pub fn highlight<'a>(text: &'a str, words: &[String]) -> Vec<Piece<'a>> {
    let mut pieces: Vec<Piece<'a>> = Vec::new();
    let mut push = |s: &'a str, hit: bool| {
        if !s.is_empty() {
            pieces.push(Piece { text: s, hit });
        }
    };
    let mut run_start: Option<usize> = None;
    let mut plain_start = 0;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (c.is_alphanumeric() && i < text.len(), run_start) {
            (true, None) => run_start = Some(i),
            (false, Some(s)) => {
                let word = &text[s..i];
                let lower = word.to_lowercase();
                if words.contains(&lower) {
                    push(&text[plain_start..s], false);
                    push(word, true);
                    plain_start = i;
                }
                run_start = None;
            }
            _ => {}
        }
    }
    push(&text[plain_start..], false);
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_words_are_lowercased_runs_of_letters_and_digits() {
        assert_eq!(
            words("  Ri's \"summit\" OR 2026* "),
            vec!["ri", "s", "summit", "or", "2026"]
        );
    }

    #[test]
    fn matched_words_are_marked_and_the_pieces_rebuild_the_text() {
        let text = "The Summit <b>summit</b> summits ended.";
        let pieces = highlight(text, &["summit".to_string()]);
        let hits: Vec<&str> = pieces.iter().filter(|p| p.hit).map(|p| p.text).collect();
        assert_eq!(hits, vec!["Summit", "summit"]);
        assert_eq!(pieces.iter().map(|p| p.text).collect::<String>(), text);
    }

    #[test]
    fn no_words_means_one_plain_piece() {
        assert_eq!(
            highlight("abc", &[]),
            vec![Piece {
                text: "abc",
                hit: false
            }]
        );
        assert!(highlight("", &["x".into()]).is_empty());
    }
}
