//! What counts as a claim: article sentences that are claims (not headlines, bylines,
//! questions), direct versus indirect quotes, and nested attributions cutting their outer content.

use super::QuoteKind;
use super::content::trim_connectives;
use super::frames::Attr;
use super::lexicon::{NONCLAIM, REL, STOP};
use super::token::{Kind, Token};

/// Cuts an attribution's content where a nested attribution's frame begins inside it.
pub fn nest(text: &str, toks: &[Token], attrs: &mut [Attr]) {
    for i in 0..attrs.len() {
        let (s, mut e) = attrs[i].content;
        // Content before its own cue ("C, according to S") keeps what it holds.
        if attrs[i].cue.0 >= e {
            continue;
        }
        for (j, other) in attrs.iter().enumerate() {
            let f = other.frame_start();
            if j != i && f > s && f < e && other.content.0 > s && opens_nested(text, toks, f) {
                e = f;
            }
            // "A wants B, officials said.": the frame of content placed before its cue ends ours.
            let head = other
                .source
                .map_or(other.cue.0, |src| src.0.min(other.cue.0));
            let before = other.content.1 <= other.cue.0 && other.content.0 <= s;
            if j != i && before && head > s && head < e && opens_nested(text, toks, head) {
                e = head;
            }
        }
        if e != attrs[i].content.1 {
            attrs[i].content.1 = trim_connectives(text, toks, s, e).max(s);
        }
    }
}

/// Does the whole frame of `a` (cue and content) lie inside the content of another attribution
/// of its sentence ("Velt said that Ramos believes C")? Such a frame is part of the outer claim,
/// which is reported whole; PolNeAR's annotators leave these out. A nested frame set off as a
/// clause of its own (", which the Times said …") has already cut the outer content (`nest`) and
/// stays.
pub fn is_nested(attrs: &[Attr], a: &Attr) -> bool {
    attrs.iter().any(|b| {
        !std::ptr::eq(a, b)
            && b.content.0 <= a.frame_start()
            && a.cue.1 <= b.content.1
            && a.content.1 <= b.content.1
    })
}

/// A nested frame cuts the outer content only after a comma, dash or ", which".
fn opens_nested(text: &str, toks: &[Token], f: usize) -> bool {
    let sep = |t: &Token| matches!(t.kind, Kind::Punct(',' | '—' | '–' | ';' | ':'));
    f >= 1 && sep(&toks[f - 1])
        || f >= 2 && toks[f - 1].lex.has(REL | STOP) && sep(&toks[f - 2])
        || f >= 1 && toks[f - 1].kind == Kind::Close
        || f >= 1 && is_and(text, &toks[f - 1])
}

fn is_and(text: &str, t: &Token) -> bool {
    t.is_word() && &text[t.start..t.end] == "and"
}

pub fn quote_kind(toks: &[Token], a: usize, b: usize) -> QuoteKind {
    let starts = toks[a].kind == Kind::Open;
    let ends = toks[b - 1].kind == Kind::Close;
    let inner = toks[a..b].iter().filter(|t| t.is_quote()).count();
    match (starts && ends && inner == 2, inner) {
        (true, _) => QuoteKind::Direct,
        (false, 0) => QuoteKind::Indirect,
        _ => QuoteKind::Mixed,
    }
}

/// Is the sentence `toks[lo..hi]` a claim of the article itself (not a headline, byline, question)?
pub fn is_article_claim(text: &str, toks: &[Token], lo: usize, hi: usize, headline: bool) -> bool {
    let words = toks[lo..hi].iter().filter(|t| t.is_word()).count();
    if words < 4 || headline && words < 25 && dateline_end(text, toks, lo, hi).is_none() {
        return false;
    }
    let last = toks[hi - 1].kind;
    let before_last = if hi - lo >= 2 {
        toks[hi - 2].kind
    } else {
        last
    };
    if last == Kind::Punct('?') || before_last == Kind::Punct('?') {
        return false;
    }
    let terminal = |k: Kind| matches!(k, Kind::Punct('.' | '!' | '…') | Kind::Close);
    if !terminal(last) {
        return false;
    }
    let first = &text[toks[lo].start..toks[lo].end];
    if matches!(
        first,
        "By" | "Read" | "Follow" | "Click" | "Subscribe" | "Sign" | "Copyright"
    ) {
        return false;
    }
    !toks[lo..hi].iter().any(|t| t.lex.has(NONCLAIM) && t.cap)
}

/// Is this an attribution with no source mention (a passive, "is expected") whose content is one
/// or two words ("Mr. Sanders was asked", "it was proposed")? Such fragments are rarely one of
/// PolNeAR's attributions (12 right of 69 on train): they are dropped rather than reported.
pub fn is_thin_implied(toks: &[Token], a: usize, b: usize, attr: Option<&Attr>) -> bool {
    attr.is_some_and(|at| at.source.is_none())
        && toks[a..b].iter().filter(|t| t.is_word()).count() <= 2
}

/// Where the sentence proper starts after a dateline ("PORT ALDER —", "PARIS (AP) —"), if it opens
/// with one. A headline does not; a first paragraph that does is the lede, a claim.
pub fn dateline_end(text: &str, toks: &[Token], lo: usize, hi: usize) -> Option<usize> {
    let dash = (lo..hi.min(lo + 8)).find(|&i| matches!(toks[i].kind, Kind::Punct('—' | '–')))?;
    let mut place = toks[lo..dash].iter().filter(|t| t.is_word()).peekable();
    place.peek()?;
    let caps = place.all(|t| {
        let w = &text[t.start..t.end];
        w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase)
    });
    (caps && dash + 1 < hi).then_some(dash + 1)
}

#[cfg(test)]
mod tests {
    use super::super::extract;

    #[test]
    fn a_single_sentence_lede_after_a_dateline_is_a_claim_not_a_headline() {
        let text = "PORT ALDER — The town council postponed its vote on the bridge on Tuesday.\n\n\
                    Marsh said the council needed more time.";
        let ex = extract(text);
        assert!(
            ex.claims[0].text.starts_with("The town council postponed"),
            "{:?}",
            ex.claims
        );
        assert!(ex.claims[0].source.is_none());
    }

    #[test]
    fn a_single_sentence_first_paragraph_without_a_dateline_is_still_a_headline() {
        let text = "The town council postpones its vote on the bridge again.\n\n\
                    Marsh said the council needed more time.";
        let ex = extract(text);
        assert!(
            !ex.claims.iter().any(|c| c.text.contains("postpones")),
            "{:?}",
            ex.claims
        );
    }
}
