//! Naming a source: the canonical name inside a mention ("Secretary of State Mike Pompeo" →
//! "Mike Pompeo") and its kind (media, person, organization, unnamed, document).

use super::SourceKind;
use super::lexicon::{
    DET, DOC, MEDIA, ORG, PRON_GROUP, PRON_PERSON, PRON_THING, REL, TITLE, UNNAMED,
};
use super::token::{Kind, Token};

/// The canonical name and kind of a mention `toks[a..b]` (before coreference).
pub fn name_and_kind(text: &str, toks: &[Token], a: usize, b: usize) -> (String, SourceKind) {
    let head_tok = &toks[b - 1];
    if b - a == 1 && head_tok.lex.has(PRON_PERSON) {
        return (
            text[head_tok.start..head_tok.end].to_string(),
            SourceKind::Person,
        );
    }
    if b - a == 1 && head_tok.lex.has(PRON_GROUP | PRON_THING | REL) {
        return (
            text[head_tok.start..head_tok.end].to_string(),
            SourceKind::Unnamed,
        );
    }
    // The head: the word before "of" when the phrase has one, else the last word.
    let mut head = b - 1;
    if let Some(of) = (a + 1..b).find(|&i| word_is(text, &toks[i], "of")) {
        if toks[of - 1].cap && !toks[of - 1].lex.has(TITLE) {
            head = of - 1;
        }
    }
    let flags_all = toks[a..b].iter().fold(0u32, |f, t| f | t.lex.flags);
    if toks[head].cap {
        let mut s = head;
        while s > a && toks[s - 1].is_word() && toks[s - 1].cap && !toks[s - 1].lex.has(TITLE | DET)
        {
            s -= 1;
        }
        if toks[s].lex.has(TITLE) && s < head {
            s += 1;
        }
        let name = strip_possessive(&text[toks[s].start..toks[head].end]).to_string();
        let flags = toks[s..=head].iter().fold(0u32, |f, t| f | t.lex.flags);
        // A sentence-initial "Officials" is a common noun, not a name.
        if s == head && toks[head].lex.has(UNNAMED) && flags & (MEDIA | ORG) == 0 {
            return (name, SourceKind::Unnamed);
        }
        let the = s > a && word_is(text, &toks[s - 1], "the");
        let kind = if flags & MEDIA != 0 {
            SourceKind::Media
        } else if flags & ORG != 0 {
            SourceKind::Organization
        } else if flags & DOC != 0 {
            SourceKind::Document
        } else if head - s >= 4 {
            SourceKind::Organization
        } else {
            SourceKind::Person
        };
        if kind == SourceKind::Media && the {
            return (format!("The {name}"), kind);
        }
        return (name, kind);
    }
    let mut s = a;
    while s < b - 1 && toks[s].lex.has(DET) && !toks[s].lex.has(UNNAMED) {
        s += 1;
    }
    let name = text[toks[s].start..toks[b - 1].end].to_string();
    let h = &toks[head].lex;
    let kind = if h.has(DOC) {
        SourceKind::Document
    } else if h.has(ORG) || flags_all & ORG != 0 && !h.has(UNNAMED) {
        SourceKind::Organization
    } else if h.has(MEDIA) {
        SourceKind::Media
    } else {
        SourceKind::Unnamed
    };
    (name, kind)
}

fn word_is(text: &str, t: &Token, w: &str) -> bool {
    t.kind == Kind::Word && text[t.start..t.end].eq_ignore_ascii_case(w)
}

/// "Korea’s" → "Korea".
pub fn strip_possessive(s: &str) -> &str {
    s.strip_suffix("’s")
        .or_else(|| s.strip_suffix("'s"))
        .or_else(|| s.strip_suffix('’'))
        .unwrap_or(s)
}
