//! A further attribution in a sentence the rules already found one in ("X said A, and Y
//! endorsed B"): the learned cue model, tried on the words that no frame of the sentence covers.

use super::cues::CueClass;
use super::frames::{self, Attr};
use super::lexicon::{AUX, DET, DOC, ORG, PRON_GROUP, PRON_PERSON, REL, STOP, UNNAMED};
use super::token::{Kind, Token, is_possessive};
use super::{learned, learned_feats};

/// The best learned frame of `toks[lo..hi]` whose cue and content lie outside the source, cue and
/// content of every frame of `found` (the sentence's attributions so far).
pub fn find(text: &str, toks: &[Token], lo: usize, hi: usize, found: &[Attr]) -> Option<Attr> {
    // Words of the sentence's frames are taken; the words between a source and its cue are not
    // ("He extolled the virtues of Vermont, applauding …": the speaker of "applauding" extolled).
    let covered = |i: usize| {
        let inside = |r: (usize, usize)| r.0 <= i && i < r.1;
        found
            .iter()
            .any(|a| inside(a.content) || inside(a.cue) || a.source.is_some_and(inside))
    };
    let mut feats = Vec::with_capacity(32);
    let sent = learned_feats::Sentence::new(toks, lo, hi);
    let mut best: Option<(f32, usize)> = None;
    let mut quoted = false;
    for v in lo..hi {
        match toks[v].kind {
            Kind::Open => quoted = true,
            Kind::Close => quoted = false,
            _ => {}
        }
        if quoted || !learned::is_candidate(text, &toks[v]) || covered(v) {
            continue;
        }
        learned_feats::features(text, toks, &sent, v, &mut feats);
        let s = learned::score(&feats);
        if s > learned::THRESHOLD && best.is_none_or(|(b, _)| s > b) {
            best = Some((s, v));
        }
    }
    let (_, v) = best?;
    let a = frame_at(text, toks, lo, hi, v)?;
    let clear = (a.content.0..a.content.1).all(|i| !covered(i));
    clear.then_some(a)
}

/// The verb frame of the cue at `v`: speech-like before "that" or a quote, object-taking otherwise.
fn frame_at(text: &str, toks: &[Token], lo: usize, hi: usize, v: usize) -> Option<Attr> {
    let next = toks.get(v + 1).filter(|_| v + 1 < hi)?;
    let clausal = matches!(next.kind, Kind::Open | Kind::Punct(':'))
        || next.is_word() && text[next.start..next.end].eq_ignore_ascii_case("that");
    let class = if clausal {
        CueClass::Say
    } else {
        CueClass::Trans
    };
    let mut a = frames::verb(text, toks, lo, hi, v, class, None)?;
    let (sa, sb) = a.source?;
    if !plausible_source(text, toks, lo, (sa, sb)) {
        return None;
    }
    if !(a.content.0..a.content.1).any(|i| toks[i].is_word()) {
        return None;
    }
    a.frame = "S V N (learned cue, second frame)";
    Some(a)
}

/// A source the model's frame may take: a name, a person or group pronoun or a group noun, not a
/// possessive ("Clinton's decision") nor the subject of a clause hung on a noun ("the e-mails she
/// submitted").
pub(super) fn plausible_source(
    text: &str,
    toks: &[Token],
    lo: usize,
    (sa, sb): (usize, usize),
) -> bool {
    let head = &toks[sb - 1];
    let w = &text[head.start..head.end];
    // "The authors found …": a phrase opening the sentence with a determiner is its subject.
    // So is one right after an opening phrase ("For two years, his father refused to call …").
    let after_opener = sa > lo + 1
        && toks[sa - 1].is(',')
        && toks[lo].lex.has(STOP)
        && !(lo + 1..sa - 1).any(|i| toks[i].is(','));
    let opening =
        (sa == lo && toks[sa].cap || after_opener) && sb > sa + 1 && toks[sa].lex.has(DET);
    let named = head.cap && !head.lex.has(STOP)
        || opening
        || head
            .lex
            .has(PRON_PERSON | PRON_GROUP | UNNAMED | ORG | DOC | REL);
    let that = sb == sa + 1 && w.eq_ignore_ascii_case("that");
    let named = named || that;
    let possessive = is_possessive(w);
    // "an opening for Clinton to highlight", "led Priebus to declare": the object of a control
    // verb is the infinitive's subject.
    let control = toks
        .get(sb)
        .is_some_and(|t| t.is_word() && text[t.start..t.end].eq_ignore_ascii_case("to"));
    let after_noun = sa > lo && !control && {
        let p = &toks[sa - 1];
        p.is_word() && !p.cap && !p.lex.has(STOP | AUX | REL | DET)
    };
    named && !possessive && (!after_noun || that)
}
