//! Speakers a frame left unnamed but the sentence names: the agent of "asked by Ingraham", the
//! subject of "he seems to feel", and the main subject of "After thanking the crowd, he said".

use super::clauses::clause_subject;
use super::content::is_word;
use super::cues::CueClass;
use super::frames::Attr;
use super::lexicon::{AUX, DET, PRON_GROUP, PRON_PERSON, STOP};
use super::sources::np_right;
use super::subjects::subject;
use super::token::{Kind, Token};

/// The source mention for a frame without one, in the sentence `toks[lo..hi]`; `None` when the
/// sentence names no speaker for it.
pub fn missing_source(
    text: &str,
    toks: &[Token],
    (lo, hi): (usize, usize),
    at: &Attr,
) -> Option<(usize, usize)> {
    by_agent(text, toks, hi, at)
        .or_else(|| seems_to_say(text, toks, (lo, hi), at))
        .or_else(|| after_doing(text, toks, (lo, hi), at))
}

/// "Asked by Stephanopoulos to respond, …", "was recommended for the job by Roger Stone": the
/// phrase after "by", right after the cue or right after the content.
fn by_agent(text: &str, toks: &[Token], hi: usize, at: &Attr) -> Option<(usize, usize)> {
    [at.cue.1, at.content.1]
        .into_iter()
        .filter(|&p| p + 1 < hi && is_word(text, &toks[p], "by"))
        .find_map(|p| np_right(toks, p + 1, hi))
        .map(|np| trim(text, toks, np))
        .filter(|&(a, _)| {
            let t = &toks[a];
            t.cap || t.lex.has(DET | PRON_PERSON | PRON_GROUP)
        })
}

/// "he seems to feel …", "Messages seem to show …": a hedge before a verb of saying or thinking
/// leaves the subject as the one who says it.
fn seems_to_say(
    text: &str,
    toks: &[Token],
    (lo, hi): (usize, usize),
    at: &Attr,
) -> Option<(usize, usize)> {
    let v = at.cue.0;
    let w = text[toks[v].start..toks[v].end].to_ascii_lowercase();
    if !(w.starts_with("seem") || w.starts_with("appear")) || v + 2 >= hi {
        return None;
    }
    let next = &toks[v + 2];
    let says = is_word(text, &toks[v + 1], "to") && !next.cap && next.lex.cue != CueClass::None;
    if !says {
        return None;
    }
    subject(text, toks, lo, hi, v).filter(|&(_, b)| b <= v)
}

/// "After thanking the crowd, he touted …", "Trump began the day in a hole after questioning …":
/// a participle after "after" or "before" is said by the subject of the clause it hangs on.
fn after_doing(
    text: &str,
    toks: &[Token],
    (lo, hi): (usize, usize),
    at: &Attr,
) -> Option<(usize, usize)> {
    let v = at.cue.0;
    let w = &text[toks[v].start..toks[v].end];
    let subordinated = v > lo
        && ["after", "before", "while", "since", "upon"]
            .iter()
            .any(|s| is_word(text, &toks[v - 1], s));
    if !subordinated || !w.ends_with("ing") {
        return None;
    }
    let comma_before = (lo..v).any(|i| toks[i].is(','));
    if comma_before {
        return None;
    }
    let comma_after = (v + 1..hi.min(v + 30))
        .take_while(|&i| !toks[i].is_quote() && !matches!(toks[i].kind, Kind::Punct('.' | ';')))
        .find(|&i| toks[i].is(','));
    let Some(c) =
        comma_after.filter(|_| v - 1 == lo || !toks[lo].is_word() || starts_late(toks, lo, v))
    else {
        return clause_subject(text, toks, lo, v - 1);
    };
    let (a, b) = np_right(toks, c + 1, hi)?;
    let head = &toks[a];
    if head.lex.has(PRON_PERSON | PRON_GROUP) {
        return Some((a, a + 1));
    }
    if !(head.cap || head.lex.has(DET)) {
        return None;
    }
    Some(trim(text, toks, (a, b)))
}

/// Cuts a phrase found rightwards at its verb ("the man ended up") and drops trailing function
/// words ("Starnes if").
fn trim(text: &str, toks: &[Token], (a, b): (usize, usize)) -> (usize, usize) {
    let verb = |t: &Token| {
        !t.cap
            && t.is_word()
            && (t.lex.has(AUX)
                || t.lex.cue != CueClass::None
                || text[t.start..t.end].ends_with("ed"))
    };
    let mut end = (a + 1..b).find(|&i| verb(&toks[i])).unwrap_or(b);
    while end > a + 1 && toks[end - 1].lex.has(STOP) && !toks[end - 1].cap {
        end -= 1;
    }
    (a, end)
}

/// "One month after announcing …,": only a short time phrase comes before "after".
fn starts_late(toks: &[Token], lo: usize, v: usize) -> bool {
    v - lo <= 4
        && toks[lo..v - 1]
            .iter()
            .all(|t| t.is_word() && !t.lex.has(PRON_PERSON))
}
