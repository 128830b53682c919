//! A quotation followed by its attribution: “C,” S, an aide to the mayor, said in an interview.
//!
//! After a closing quote, whatever stands between the quote and a speech verb names the speaker,
//! however long it is (appositives, "of" phrases, initials); with nothing between, the speaker
//! follows the verb ("…,” said Larry Sabato, director of …).

use super::content::{content_end, skip_adjuncts};
use super::cues::CueClass;
use super::frames::{Attr, BEFORE_FRAME};
use super::lexicon::{AUX, DET, DOC, PRON_GROUP, PRON_PERSON, UNNAMED};
use super::token::{Kind, Token};

/// Most tokens between the closing quote and the cue.
const MAX_GAP: usize = 30;

/// The attribution of the quote that closes before the speech verb at `v`, if the sentence reads
/// “C,” S V or “C,” V S.
pub fn quote_then_cue(text: &str, toks: &[Token], lo: usize, hi: usize, v: usize) -> Option<Attr> {
    if v == lo {
        return None;
    }
    let close = (lo..v).rev().find(|&i| toks[i].is_quote())?;
    // “Did you know?” Todd asked the mogul. — a quoted question takes any object cue.
    let question = close > lo && toks[close - 1].is('?') && toks[v].lex.cue == CueClass::Trans;
    if !(question || speech_here(toks, v, hi)) {
        return None;
    }
    if toks[close].kind != Kind::Close || v - close > MAX_GAP || close == lo {
        return None;
    }
    // The quote ends a clause: “C,” / “C?” / “C!” / “C”, — not a quoted word inside a sentence.
    let ends_clause = matches!(
        toks[close - 1].kind,
        Kind::Punct(',' | '?' | '!' | '.' | '—')
    ) || toks.get(close + 1).is_some_and(|t| t.is(','));
    if !ends_clause {
        return None;
    }
    // The quote opens at the sentence start (or opened in an earlier sentence).
    let open = (lo..close).rev().find(|&i| toks[i].is_quote());
    let start = match open {
        Some(o) if toks[o].kind == Kind::Open && o == lo => o,
        None if toks[lo].is_word() => lo,
        _ => return None,
    };
    let gap_start = if toks[close + 1].is(',') {
        close + 2
    } else {
        close + 1
    };
    // No other speech verb between the quote and this one.
    if (gap_start..v).any(|i| toks[i].lex.cue == CueClass::Say && !toks[i].cap) {
        return None;
    }
    let source = if gap_start >= v {
        inverted(toks, v, hi)?
    } else {
        direct(toks, gap_start, v)?
    };
    // “A,” he said, “B.” — the quotation goes on after the frame.
    let after = skip_adjuncts(text, toks, source.1.max(v + 1), hi);
    let end = if after + 1 < hi && toks[after].is(',') && toks[after + 1].kind == Kind::Open {
        content_end(text, toks, after + 1, hi)
    } else {
        close + 1
    };
    let content = (start, end);
    Some(Attr {
        content,
        source: Some(source),
        implied: None,
        cue: (v, v + 1),
        frame: BEFORE_FRAME,
    })
}

/// A speech verb, or an object-taking cue with nothing after it but its speaker: “Can we win?”
/// Sanders asked. / “Can we win?” asked Sanders.
fn speech_here(toks: &[Token], v: usize, hi: usize) -> bool {
    match toks[v].lex.cue {
        CueClass::Say => true,
        CueClass::Trans | CueClass::Weak => {
            let after_quote = v > 0 && matches!(toks[v - 1].kind, Kind::Close | Kind::Punct(','));
            v + 1 >= hi
                || matches!(toks[v + 1].kind, Kind::Punct('.' | ',' | '!' | ';'))
                || after_quote && toks[v + 1].cap
        }
        _ => false,
    }
}

/// The words before the verb, up to the first comma (an appositive follows it), auxiliaries off.
fn direct(toks: &[Token], a: usize, v: usize) -> Option<(usize, usize)> {
    if !toks[a].is_word() {
        return None;
    }
    let mut b = (a..v)
        .find(|&i| toks[i].is(',') || toks[i].is('('))
        .unwrap_or(v);
    while b > a + 1 && toks[b - 1].is_word() && toks[b - 1].lex.has(AUX) && !toks[b - 1].cap {
        b -= 1;
    }
    // A lowercase word that is not a pronoun, determiner or noun-like is no subject ("and", "but").
    let first = &toks[a];
    let plausible = first.cap
        || first
            .lex
            .has(PRON_PERSON | PRON_GROUP | DET | UNNAMED | DOC)
        || b - a >= 2;
    plausible.then_some((a, b))
}

/// The speaker after the verb: up to the next comma, bracket or the sentence end.
fn inverted(toks: &[Token], v: usize, hi: usize) -> Option<(usize, usize)> {
    let a = v + 1;
    if a >= hi || !toks[a].is_word() {
        return None;
    }
    let b = (a..hi)
        .find(|&i| !(toks[i].is_word() || toks[i].is('.') && i + 1 < hi && toks[i + 1].is_word()))
        .unwrap_or(hi);
    (b > a).then_some((a, b.min(a + 12)))
}

#[cfg(test)]
mod tests {
    use super::super::extract;

    fn first(text: &str) -> (String, String) {
        let ex = extract(text);
        let c = &ex.claims[0];
        let src = c
            .source
            .as_ref()
            .map_or(String::new(), |s| s.mention.clone());
        (c.text.clone(), src)
    }

    #[test]
    fn a_long_appositive_between_quote_and_verb_is_the_speaker() {
        let (claim, src) = first(
            "“We have to be ready for a long fight,” Mr. Dan Loff, now 81 and retired in \
             Cambridge, Mass., said by telephone this week.",
        );
        assert_eq!(claim, "We have to be ready for a long fight");
        assert_eq!(src, "Mr. Dan Loff");
    }

    #[test]
    fn initials_and_of_phrases_stay_in_the_speaker() {
        let (_, src) = first(
            "\"The winds are changing in the courts,\" J. Gerald Hebert of the Legal Center \
             said in a recent interview.",
        );
        assert_eq!(src, "J. Gerald Hebert of the Legal Center");
    }

    #[test]
    fn a_speaker_after_the_verb_ends_at_the_comma() {
        let (_, src) = first("“It is over,” said Larry Sabato, director of the center.");
        assert_eq!(src, "Larry Sabato");
    }

    #[test]
    fn a_quotation_split_by_its_frame_is_one_claim() {
        let (claim, src) = first("“That, sadly,” he said, “is part of life today.”");
        assert!(claim.contains("is part of life today"), "{claim}");
        assert_eq!(src, "he");
    }

    #[test]
    fn a_quoted_word_inside_a_sentence_is_not_a_quotation() {
        let text = "The so-called “deal” Trump said was fine fell apart.";
        let mut toks = Vec::new();
        crate::extract::token::tokenize(text, 0, text.len(), &mut toks);
        let said = toks.iter().position(|t| &text[t.start..t.end] == "said");
        let said = said.unwrap_or_default();
        assert!(super::quote_then_cue(text, &toks, 0, toks.len(), said).is_none());
        let quoted = "“It is fine,” Trump said.";
        crate::extract::token::tokenize(quoted, 0, quoted.len(), &mut toks);
        let v = toks.len() - 2;
        assert!(super::quote_then_cue(quoted, &toks, 0, toks.len(), v).is_some());
    }
}
