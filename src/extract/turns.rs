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
