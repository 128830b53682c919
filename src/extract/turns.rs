//! Speaker turns and labelled headlines: "PENCE: We will win." / "Paul Ryan: Decision Defies Explanation".

use super::content::trim_end;
use super::frames::Attr;
use super::lexicon::{STOP, TIME};
use super::token::{Kind, Token};

/// Longest speaker label in tokens.
const MAX_LABEL: usize = 7;

/// Labels that introduce a note rather than a speaker ("UPDATE:", "Watch:").
const NOT_SPEAKERS: &[&str] = &[
    "note",
    "update",
    "updated",
    "watch",
    "related",
    "editor",
    "photo",
    "video",
    "credit",
    "read",
    "see",
    "correction",
    "disclosure",
    "warning",
    "breaking",
    "exclusive",
    "live",
    "listen",
    "transcript",
    "caption",
    "image",
    "source",
    "sources",
    "ps",
    "p.s",
    "tags",
    "topics",
];

/// Sentences in an article's first paragraph beyond which a label there is a headline's.
const GLUED: usize = 3;

/// The speaker turn opening the paragraph `para` (counted from 0) split into `sents`, if there is
/// one. A label opening an article whose paragraph breaks were lost ("Graham: Trump’s ‘Hateful
/// Rhetoric’ Destroying GOP’s Chance. Thursday at the …") is the headline's: it covers the first
/// sentence only.
pub fn paragraph_turn(
    text: &str,
    toks: &[Token],
    sents: &[(usize, usize)],
    para: usize,
) -> Option<Attr> {
    let mut turn = speaker_turn(text, toks)?;
    if para == 0 && sents.len() >= GLUED {
        let first = sents.iter().find(|s| s.1 > turn.content.0)?;
        turn.content.1 = trim_end(toks, turn.content.0, first.1);
    }
    Some(turn)
}

/// The speaker turn opening a paragraph's tokens, if there is one.
pub fn speaker_turn(text: &str, toks: &[Token]) -> Option<Attr> {
    let k = toks.iter().take(MAX_LABEL + 1).position(|t| t.is(':'))?;
    if k == 0 || k + 1 >= toks.len() || !toks[k - 1].cap || toks[k - 1].end - toks[k - 1].start < 2
    {
        return None;
    }
    let label_ok = toks[..k].iter().enumerate().all(|(i, t)| {
        (t.is_word() && !t.lex.has(STOP | TIME))
            || t.is('.') && i > 0
            || matches!(t.kind, Kind::Punct('(' | ')' | '-'))
    });
    if !label_ok {
        return None;
    }
    let first = &text[toks[0].start..toks[0].end];
    if k == 1 && NOT_SPEAKERS.iter().any(|w| first.eq_ignore_ascii_case(w)) {
        return None;
    }
    let end = trim_end(toks, k + 1, toks.len());
    // "Clinton: 2,316" and "Iowa: Tim Albrecht, Brad Anderson, …" are tallies and lists, not turns.
    let words = || (k + 1..end).map(|i| &toks[i]).filter(|t| t.is_word());
    let lettered = words()
        .filter(|t| text[t.start..].starts_with(char::is_alphabetic))
        .count();
    let capitalised = words().filter(|t| t.cap).count();
    let listed = (k + 1..end).filter(|&i| toks[i].is(',')).count();
    if lettered < 3 || listed >= 3 && capitalised * 4 >= words().count() * 3 {
        return None;
    }
    Some(Attr {
        content: (k + 1, end),
        source: Some((0, k)),
        implied: None,
        cue: (k, k + 1),
        frame: "S: C (speaker turn or label)",
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::token::tokenize;

    fn turn(text: &str) -> Option<(String, String)> {
        let mut toks = Vec::new();
        tokenize(text, 0, text.len(), &mut toks);
        let a = speaker_turn(text, &toks)?;
        let (s0, s1) = a.source?;
        Some((
            text[toks[s0].start..toks[s1 - 1].end].to_string(),
            text[toks[a.content.0].start..toks[a.content.1 - 1].end].to_string(),
        ))
    }

    #[test]
    fn a_transcript_turn_is_attributed_to_its_speaker() {
        let (who, what) = turn("JAKE TAPPER: The video is out. Take a listen.").unwrap_or_default();
        assert_eq!(who, "JAKE TAPPER");
        assert_eq!(what, "The video is out. Take a listen");
    }

    #[test]
    fn a_label_opening_an_article_without_paragraph_breaks_covers_the_headline_only() {
        let text = "Graham: Trump’s ‘Incredibly Hateful Rhetoric’ Destroying GOP’s Chance. \
                    Thursday at the Republican Jewish Coalition, Graham spoke. He said it. \
                    Then he left.";
        let mut toks = Vec::new();
        tokenize(text, 0, text.len(), &mut toks);
        let mut sents = Vec::new();
        crate::extract::sentences::split(text, &toks, &mut sents);
        let content = |para| {
            let a = paragraph_turn(text, &toks, &sents, para).unwrap_or_else(turn_none);
            text[toks[a.content.0].start..toks[a.content.1 - 1].end].to_string()
        };
        assert_eq!(
            content(0),
            "Trump’s ‘Incredibly Hateful Rhetoric’ Destroying GOP’s Chance"
        );
        assert!(
            content(1).ends_with("Then he left"),
            "a later turn is whole"
        );
    }

    fn turn_none() -> Attr {
        Attr {
            content: (0, 1),
            source: None,
            implied: None,
            cue: (0, 1),
            frame: "",
        }
    }

    #[test]
    fn tallies_and_lists_of_names_are_not_turns() {
        assert!(turn("Clinton: 2,316").is_none());
        assert!(
            turn("Iowa: Tim Albrecht, Brad Anderson, Rob Barron, Jeff Boeyink, Sam Clovis.")
                .is_none()
        );
        assert!(turn("VELT: We will win, Ramos, and we will win big.").is_some());
    }

    #[test]
    fn notes_and_sentences_with_colons_are_not_turns() {
        assert!(turn("UPDATE: the story changed.").is_none());
        assert!(turn("The reason is simple: he lost.").is_none());
    }
}
