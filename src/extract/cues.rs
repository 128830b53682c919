//! The cue lexicon: reporting verbs in all their forms, grouped by the frames they take.

use super::lexicon::{DET, DOC, PRON_PERSON, UNNAMED};
use super::token::{Kind, Token};

/// How a cue word behaves in a frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CueClass {
    /// Not a cue.
    None,
    /// Speech verbs: "S said (that) C", "C, S said", "C, said S", "S said: C".
    Say,
    /// Verbs with a hearer before the content: "S told N (that) C".
    Tell,
    /// Verbs whose object is the content: "S accused N of C", "S called N a liar".
    Trans,
    /// Cognition verbs ("think", "believe", "found"): only "S V (that) C" with the subject right before.
    Weak,
    /// Adverbs that attribute to unnamed reports: "reportedly", "allegedly".
    Adverb,
    /// "according" (to S).
    According,
}

/// Speech verbs (regular unless listed with their forms in `IRREGULAR`).
const SAY: &str = "add note argue claim insist explain declare warn announce tweet acknowledge \
     suggest report reply respond continue recall conclude predict admit+ confirm assert contend \
     observe remark emphasize emphasise stress caution complain boast brag joke quip+ concede counter \
     allege reiterate repeat testify proclaim confess muse speculate estimate answer comment reveal \
     post blog+ explain insist predict maintain wonder retort write_ say_ agree disagree \
     shout yell chant interject recount plead email retweet disclose signal hint bemoan \
     forecast_ reply lament stress \
     acknowledge mention announce cite";

/// Verbs taking a hearer then content.
const TELL: &str = "tell_ assure inform remind advise notify";

/// Verbs whose object is the content.
const TRANS: &str = "accuse criticize criticise praise blame endorse call describe defend question \
     reject dismiss deny propose attack blast slam+ condemn denounce urge ask promise vow pledge \
     demand threaten applaud hail decry lament mock ridicule chide scold fault credit thank \
     congratulate recommend refuse decline oppose support back welcome challenge dispute label \
     brand characterize characterise compare liken charge disparage insult target question \
     encourage invite implore express offer name point talk echo avoid refer+ \
     discuss order rail voice seek_ tout expose distance identify highlight list press quote \
     nominate deem request portray assail invoke reference champion embrace promote rebuke \
     lambaste deride rebuff dub+ apologize disavow advocate \
     tout spoke_ laud tout hail";

/// Cognition and finding verbs.
const WEAK: &str = "prefer+ realize imagine dislike think_ believe hope fear worry expect know_ feel_ find_ show_ indicate imply \
     doubt figure consider assume guess suspect recognize recognise understand_ acknowledge \
     learn+ hear_ see_ want";

/// Irregular verbs: base then its forms.
const IRREGULAR: &[(&str, &str)] = &[
    ("say", "say says said saying"),
    ("tell", "tell tells told telling"),
    ("write", "write writes wrote written writing"),
    ("think", "think thinks thought thinking"),
    ("know", "know knows knew known"),
    ("feel", "feel feels felt"),
    ("find", "find finds found"),
    ("show", "show shows showed shown"),
    ("understand", "understand understands understood"),
    ("hear", "hear hears heard"),
    ("see", "see sees saw"),
    ("learn", "learn learns learned learnt"),
    ("seek", "seek seeks sought seeking"),
    ("forecast", "forecast forecasts forecasting"),
    ("spoke", "speak speaks spoke speaking"),
];

const ADVERB: &str = "reportedly purportedly supposedly";

/// Forms that are more often nouns or non-reporting uses than cues in news text (measured on the
/// PolNeAR train split: fewer than a third of their frames are attributions).
const NOT_CUES: &str = "comments remarks name invited attack attacks attacking maintains maintained \
     heard expects considered consider speaking speak spoke talk talking back backs support \
     supports felt press tweet report seek seeking knew targeted targets continue continues saw \
     encouraging avoid note offer offers thought find wanted claim believed point question shown \
     highlighting welcome continuing challenge challenging add speaks order comment posts \
     identify recall demanded email emails emailing nominating nominated targeting rebuffed \
     advocated embraced";

/// Regular inflections of a base verb; a trailing `+` doubles the last consonant ("admit+").
fn inflect(base: &str) -> Vec<String> {
    let (stem, double) = match base.strip_suffix('+') {
        Some(s) => (s, true),
        None => (base, false),
    };
    let mut out = vec![stem.to_string()];
    if double {
        let last = stem.chars().last().map(String::from).unwrap_or_default();
        out.push(format!("{stem}s"));
        out.push(format!("{stem}{last}ed"));
        out.push(format!("{stem}{last}ing"));
    } else if let Some(s) = stem.strip_suffix('e') {
        out.push(format!("{stem}s"));
        out.push(format!("{stem}d"));
        out.push(format!("{s}ing"));
    } else if stem.ends_with('y') && !stem.ends_with("ey") && !stem.ends_with("ay") {
        let s = &stem[..stem.len() - 1];
        out.push(format!("{s}ies"));
        out.push(format!("{s}ied"));
        out.push(format!("{stem}ing"));
    } else if stem.ends_with("sh")
        || stem.ends_with("ch")
        || stem.ends_with("ss")
        || stem.ends_with('o')
    {
        out.push(format!("{stem}es"));
        out.push(format!("{stem}ed"));
        out.push(format!("{stem}ing"));
    } else {
        out.push(format!("{stem}s"));
        out.push(format!("{stem}ed"));
        out.push(format!("{stem}ing"));
    }
    out
}

fn forms_of(base: &str) -> Vec<String> {
    match base.strip_suffix('_') {
        Some(irr) => IRREGULAR
            .iter()
            .find(|(b, _)| *b == irr)
            .map(|(_, f)| f.split_whitespace().map(String::from).collect())
            .unwrap_or_default(),
        None => inflect(base),
    }
}

/// Every cue word form with its class; the first class listed for a form wins.
pub fn forms() -> Vec<(String, CueClass)> {
    let mut out: Vec<(String, CueClass)> = Vec::new();
    for (list, class) in [
        (SAY, CueClass::Say),
        (TELL, CueClass::Tell),
        (TRANS, CueClass::Trans),
        (WEAK, CueClass::Weak),
    ] {
        for base in list.split_whitespace() {
            for f in forms_of(base) {
                if !NOT_CUES.split_whitespace().any(|n| n == f) {
                    out.push((f, class));
                }
            }
        }
    }
    for w in ADVERB.split_whitespace() {
        out.push((w.to_string(), CueClass::Adverb));
    }
    out.push(("according".to_string(), CueClass::According));
    // "“C,” the email read.": "read" reports what a document or sign says.
    for w in ["stated", "stating", "reads", "read"] {
        out.push((w.to_string(), CueClass::Say));
    }
    out
}

/// True for the "-ing" form of a cue ("adding", "saying"), which takes the subject of its clause.
pub fn is_participle(word: &str) -> bool {
    word.len() > 4 && word.ends_with("ing")
}

/// In a title-case headline, a capitalized cue between capitalized words is a verb: "Trump Says
/// He Will Win", "Pence Endorses Paul Ryan", "…, Trevor Noah Says." An object or finding verb
/// counts only inflected ("Endorses", "Slammed"), as its bare form is often a noun ("Support").
fn title_cue(text: &str, toks: &[Token], v: usize) -> bool {
    let next = toks.get(v + 1);
    let t = &toks[v];
    match t.lex.cue {
        CueClass::Say | CueClass::Tell => next.is_some_and(|n| n.cap || n.is('.')),
        CueClass::Trans | CueClass::Weak => {
            let w = &text[t.start..t.end];
            next.is_some_and(|n| n.cap) && (w.ends_with('s') || w.ends_with("ed"))
        }
        _ => false,
    }
}

/// A cue word is not a cue when it is capitalized mid-sentence ("United States"), follows a
/// determiner ("a continuing obstacle", "the report"), or is a noun before a verb ("reports say").
pub fn is_cue_here(text: &str, toks: &[Token], lo: usize, v: usize) -> bool {
    let t = &toks[v];
    // Mid-sentence capitals are names ("United States"), except in title-case headlines
    // ("Trump Says He Will Win").
    let title_case = v > lo && toks[v - 1].cap && title_cue(text, toks, v);
    if t.cap && v > lo && toks[v - 1].kind != Kind::Open && !title_case {
        return false;
    }
    if v > lo && toks[v - 1].lex.has(DET) && !toks[v - 1].lex.has(PRON_PERSON) {
        return false;
    }
    let next_is_verb = toks
        .get(v + 1)
        .is_some_and(|n| n.is_word() && matches!(n.lex.cue, CueClass::Say | CueClass::Weak));
    !(next_is_verb && t.lex.has(DOC | UNNAMED) && t.lex.cue != CueClass::Adverb)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regular_and_irregular_forms_are_generated() {
        let forms = forms();
        let all: Vec<&str> = forms.iter().map(|(f, _)| f.as_str()).collect();
        for w in [
            "noted", "noting", "denies", "denied", "admitted", "said", "told", "wrote", "pushes",
        ] {
            assert!(all.contains(&w) || w == "pushes", "missing {w}");
        }
        assert!(inflect("push").contains(&"pushes".to_string()));
    }
}
