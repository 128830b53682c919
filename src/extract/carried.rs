//! A paragraph that ends by introducing a quotation ("He said:", "Trump issued the following
//! statement:") hands its speaker and cue to the next paragraph, which is the quotation.

use super::clauses::participle_subject;
use super::content::is_word;
use super::cues::{CueClass, is_cue_here, is_participle};
use super::frames::Attr;
use super::lexicon::DET;
use super::paragraphs;
use super::sources::np_right;
use super::subjects::subject;
use super::token::{Kind, Token};
use super::{Cue, ExtractedClaim, Source};

/// The frame name of a paragraph introduced by the one before it.
pub const CARRIED_FRAME: &str = "S said: ¶ C";

/// Most tokens between the cue and the colon ("told his Democratic audience, to rowdy applause:").
const MAX_TAIL: usize = 7;

/// The speaker and cue of the sentence `toks[lo..hi]` when it ends with a colon right after a
/// speech cue: "Reporter Jomana Karadsheh says:", "Stated Stone:", "She went on to say:",
/// "President Clinton released the following statement:". The content is the colon itself; the
/// next paragraph replaces it.
pub fn intro(text: &str, toks: &[Token], lo: usize, hi: usize) -> Option<Attr> {
    if hi < lo + 2 || !toks[hi - 1].is(':') {
        return None;
    }
    let colon = hi - 1;
    let from = colon.saturating_sub(MAX_TAIL + 1).max(lo);
    if (from..colon).any(|i| toks[i].is_quote()) {
        return None;
    }
    let (mut v, cue_end) = (from..colon)
        .rev()
        .find_map(|i| cue_at(text, toks, lo, i, colon))?;
    // "She went on to say:", "He had this to say:": the verb before "to" has the subject.
    if v >= lo + 3 && is_word(text, &toks[v - 1], "to") {
        v = if is_word(text, &toks[v - 2], "on") {
            v - 3
        } else {
            v - 2
        };
    }
    let w = &text[toks[v].start..toks[v].end];
    // "From Josh Feldman writing at Mediaite:" introduces an excerpt that quotes others.
    if is_participle(w) && !(v > lo && toks[v - 1].is(',')) {
        return None;
    }
    let source = if v == lo && toks[v].cap {
        // "Stated Stone:": the speaker follows the verb.
        np_right(toks, v + 1, colon)
    } else if is_participle(w) {
        participle_subject(text, toks, lo, v, None)
    } else {
        subject(text, toks, lo, hi, v)
    }?;
    Some(Attr {
        content: (colon, hi),
        source: Some(source),
        implied: None,
        cue: (v, cue_end),
        frame: CARRIED_FRAME,
    })
}

/// Gives the claim `c` pushed for a whole paragraph the speaker and cue carried over to it, and
/// runs it on over the paragraphs that continue its quotation; returns where it ends.
pub fn hand_on(text: &str, c: &mut ExtractedClaim, (source, cue): (Source, Cue)) -> usize {
    c.source = Some(source);
    c.cue = Some(cue);
    if let Some(to) = runs_on(text, c.sentence.start, c.sentence.end) {
        c.end = to;
        c.text = text[c.start..to].to_string();
        c.sentence.end = to;
    }
    c.end
}

/// Most paragraphs a carried quotation runs on over.
const MAX_PARAGRAPHS: usize = 8;

/// Where a quotation that opens the paragraph ending at byte `end` and does not close there
/// ends: journalists open each further paragraph of a long quotation with a quotation mark and
/// close it only in the last. `None` when the paragraph closes its quotation.
pub fn runs_on(text: &str, start: usize, end: usize) -> Option<usize> {
    let rest = &text[start..];
    let (open, marks): (&str, &[&str]) = if rest.starts_with("''") {
        ("''", &["''"])
    } else if rest.starts_with("``") {
        ("``", &["``", "''"])
    } else {
        match rest.chars().next()? {
            '"' => ("\"", &["\""]),
            '“' => ("“", &["“", "”"]),
            _ => return None,
        }
    };
    let count = |s: &str| marks.iter().map(|m| s.matches(m).count()).sum::<usize>();
    if count(&text[start..end]) % 2 == 0 {
        return None;
    }
    let mut last = None;
    let mut p = paragraphs::end(text.as_bytes(), end);
    for _ in 0..MAX_PARAGRAPHS {
        let rest = &text[p..];
        let skip = rest.len() - rest.trim_start().len();
        let line_start = p + skip;
        let line_end = paragraphs::end(text.as_bytes(), line_start);
        let line = text[line_start..line_end].trim_end();
        if !line.starts_with(open) {
            break;
        }
        last = Some(line_start + line.len());
        if count(line) % 2 == 0 {
            break;
        }
        p = line_end;
    }
    last
}

/// The frame of a whole paragraph `toks[..end]` that quotes the speaker carried over to it.
pub fn quotation(end: usize) -> Attr {
    Attr {
        content: (0, end),
        source: None,
        implied: None,
        cue: (0, 1),
        frame: CARRIED_FRAME,
    }
}

/// A speech cue at `i` (`said`, `tweeted`, `told N`) or a statement given out ("released the
/// following statement"), with the end of its cue span.
fn cue_at(text: &str, toks: &[Token], lo: usize, i: usize, colon: usize) -> Option<(usize, usize)> {
    let t = &toks[i];
    if !t.is_word() {
        return None;
    }
    if is_word(text, t, "statement") && i > lo + 2 {
        let verb = (i - 3..i).find(|&k| {
            ["issued", "released", "put", "sent", "gave"]
                .iter()
                .any(|w| is_word(text, &toks[k], w))
        })?;
        return Some((verb, i + 1));
    }
    let speech = matches!(t.lex.cue, CueClass::Say | CueClass::Tell)
        || t.lex.cue == CueClass::Trans
            && (i + 1 == colon || (i + 1..colon).any(|k| is_word(text, &toks[k], "following")));
    if !speech || !is_cue_here(text, toks, lo, i) || t.cap && i > lo {
        return None;
    }
    // "CNN also noted the sparse attendance:": the cue has its object; the colon explains it.
    let following = (i + 1..colon).any(|k| is_word(text, &toks[k], "following"));
    if t.lex.cue == CueClass::Say && i + 1 < colon && toks[i + 1].lex.has(DET) && !following {
        return None;
    }
    let end = if i + 1 < colon && toks[i + 1].kind == Kind::Word && t.lex.cue == CueClass::Tell {
        np_right(toks, i + 1, colon).map_or(i + 1, |(_, b)| b)
    } else {
        i + 1
    };
    Some((i, end))
}

#[cfg(test)]
mod tests {
    use super::runs_on;

    #[test]
    fn a_quotation_runs_on_in_every_quote_style() {
        for (open, close) in [("“", "”"), ("\"", "\""), ("''", "''"), ("``", "''")] {
            let text = format!(
                "{open}You can't change somebody's character.\n\n{open}But you can change the \
                 way somebody presents.{close}\n\nAnd that was in the works."
            );
            let first_end = text.find('\n').unwrap_or(text.len());
            let to = runs_on(&text, 0, first_end).unwrap_or(0);
            assert!(text[..to].ends_with(&format!("presents.{close}")), "{open}");
        }
    }
}
