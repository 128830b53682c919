//! Sentence splitting over the tokens of one paragraph: abbreviations, initials, decimals and quotes.

use super::cues::CueClass;
use super::lexicon::{ABBR, STARTER, STOP, TIME};
use super::token::{Kind, Token};

/// Longest sentence in tokens; longer runs are cut so every later step stays linear.
pub const MAX_TOKENS: usize = 300;
/// A quote still open after this many tokens is taken as unbalanced and ignored.
const MAX_QUOTE: usize = 160;

/// Splits `toks` (one paragraph, no Break tokens) into sentences: `(first, end)` token ranges.
pub fn split(text: &str, toks: &[Token], out: &mut Vec<(usize, usize)>) {
    out.clear();
    let n = toks.len();
    let mut start = 0;
    let mut quote_open: Option<usize> = None;
    let mut k = 0;
    while k < n {
        let t = &toks[k];
        match t.kind {
            Kind::Open => quote_open = Some(k),
            Kind::Close => quote_open = None,
            _ => {}
        }
        if quote_open.is_some_and(|q| k - q > MAX_QUOTE) {
            quote_open = None;
        }
        let terminal = matches!(t.kind, Kind::Punct('.' | '!' | '?' | '…'));
        if terminal && (quote_open.is_none() || closes_quote_next(toks, k)) {
            // Take closing quotes and brackets that follow the stop.
            let mut e = k + 1;
            while e < n && (toks[e].kind == Kind::Close || closes_after_stop(&toks[e])) {
                if toks[e].kind == Kind::Close {
                    quote_open = None;
                }
                e += 1;
            }
            if quote_open.is_none() && ends_here(text, toks, k, e) {
                out.push((start, e));
                start = e;
                k = e;
                continue;
            }
        }
        if k + 1 - start >= MAX_TOKENS {
            out.push((start, k + 1));
            start = k + 1;
            quote_open = None;
        }
        k += 1;
    }
    if start < n {
        out.push((start, n));
    }
}

/// A bracket, a period or a closing single quotation mark after a stop ("… Establishment.’").
fn closes_after_stop(t: &Token) -> bool {
    matches!(t.kind, Kind::Punct(')' | '.' | '’' | '\''))
}

fn closes_quote_next(toks: &[Token], k: usize) -> bool {
    toks.get(k + 1).is_some_and(|t| t.kind == Kind::Close)
}

/// Does a sentence end at the stop `toks[k]`, given the next sentence would begin at `next`?
fn ends_here(text: &str, toks: &[Token], k: usize, next: usize) -> bool {
    let Some(after) = toks.get(next) else {
        return true;
    };
    let starts_sentence = match after.kind {
        Kind::Word => after.cap || text[after.start..].starts_with(|c: char| c.is_ascii_digit()),
        Kind::Open | Kind::Punct('(' | '[' | '—' | '-' | '@' | '#' | '*' | '$') => true,
        _ => false,
    };
    if !starts_sentence {
        return false;
    }
    // “Who are they?” Trump said. — the attribution after a closing quote stays with it.
    if next > k + 1 && attribution_tail(text, toks, next) {
        return false;
    }
    if !toks[k].is('.') || k == 0 || next > k + 1 {
        return true;
    }
    let prev = &toks[k - 1];
    if prev.kind != Kind::Word || prev.end != toks[k].start {
        return true;
    }
    let word = &text[prev.start..prev.end];
    if prev.lex.has(ABBR) {
        return false;
    }
    // An initial ("John F. Kennedy") never ends a sentence.
    if word.chars().count() == 1 && prev.cap {
        return false;
    }
    // "U.S." ends a sentence only when a typical sentence opener follows.
    if word.contains('.') && word.chars().any(char::is_alphabetic) {
        return after.lex.has(STARTER);
    }
    true
}

/// Words after a question's verb that start no new content ("… Clinton asks as a guard walks").
const SUBORDINATE: &[&str] = &["as", "when", "while", "after", "during", "at", "in", "on"];

/// Do the tokens at `at` read like "Trump said." / "said Mr. Biden," (a short speech frame)?
fn attribution_tail(text: &str, toks: &[Token], at: usize) -> bool {
    // “Did you know?” Todd asked the mogul. — an object cue after a quoted question.
    let question = at >= 2 && toks[at - 1].kind == Kind::Close && toks[at - 2].is('?');
    for (n, t) in toks.iter().skip(at).take(6).enumerate() {
        let after = toks.get(at + n + 1);
        if question && t.lex.cue == CueClass::Trans && t.is_word() && !t.cap {
            return n <= 3;
        }
        // “Can we win?” Sanders asked. — an object-taking cue with nothing after it.
        let bare = matches!(t.lex.cue, CueClass::Trans | CueClass::Weak)
            && after.is_none_or(|a| {
                a.is('.')
                    || a.is(',')
                    || n == 0 && a.cap
                    || SUBORDINATE.contains(&&text[a.start..a.end])
            });
        if t.is_word() && !t.cap && (matches!(t.lex.cue, CueClass::Say | CueClass::Tell) || bare) {
            // “A.” He added, “B.” / He added that B — a frame that opens new content starts a sentence.
            let opens_quote = toks.get(at + n + 2).is_some_and(|q| q.kind == Kind::Open);
            // “Who knows?” Trump told Britain’s ITV station in an interview. — past the hearer.
            let after = if t.lex.cue == CueClass::Tell {
                let hearer = toks
                    .iter()
                    .skip(at + n + 1)
                    .take(4)
                    .take_while(|h| h.is_word() && !h.lex.has(STOP))
                    .count();
                toks.get(at + n + 1 + hearer)
            } else {
                after
            };
            let that = after.is_some_and(|a| text[a.start..a.end].eq_ignore_ascii_case("that"));
            // “Who are they?” Trump said Friday. / … said last week.
            let dated = after.is_some_and(|a| a.lex.has(TIME))
                && (2..4).any(|d| toks.get(at + n + d).is_some_and(|q| q.is('.') || q.is(',')));
            let closes = dated
                || after.is_none_or(|a| {
                    a.is('.') || a.is(',') && !opens_quote || a.lex.has(STOP) && !that
                });
            let inverted = n == 0 && after.is_some_and(|a| a.cap);
            return n <= 4 && (closes || inverted);
        }
        if !(t.is_word() || t.is('.')) {
            return false;
        }
    }
    false
}

#[cfg(test)]
#[path = "sentences_tests.rs"]
mod tests;
