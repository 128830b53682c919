//! The word lexicon: one hash lookup per word gives its classes (pronoun, title, outlet...) and cue class.
//!
//! Every list here is general English or general news vocabulary; nothing is taken from one article.

use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::LazyLock;

use super::cues::{self, CueClass};
use super::hasher::WordHasher;

/// The lexicon entry of one word: class flags plus its cue class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lex {
    pub flags: u32,
    pub cue: CueClass,
}

impl Lex {
    /// The entry of a word the lexicon does not know.
    pub const NONE: Lex = Lex {
        flags: 0,
        cue: CueClass::None,
    };

    /// True when the word has any of `flags`.
    pub fn has(&self, flags: u32) -> bool {
        self.flags & flags != 0
    }
}

/// he, she, I, we, you: pronouns that name a person (or the speaker's group).
pub const PRON_PERSON: u32 = 1;
/// they, them.
pub const PRON_GROUP: u32 = 1 << 1;
/// who, which: a relative pronoun that stands for the noun before it.
pub const REL: u32 = 1 << 2;
/// Determiners and possessives.
pub const DET: u32 = 1 << 3;
/// Auxiliaries and adverbs that sit between a subject and its verb.
pub const AUX: u32 = 1 << 4;
/// Words that end a subject noun phrase when scanning left (conjunctions, prepositions, verbs).
pub const STOP: u32 = 1 << 5;
/// Titles before names ("Sen.", "Secretary", "spokesman").
pub const TITLE: u32 = 1 << 6;
/// News outlets and agencies.
pub const MEDIA: u32 = 1 << 7;
/// Anonymous sources ("officials", "reports", "analysts").
pub const UNNAMED: u32 = 1 << 8;
/// Documents ("poll", "study", "statement").
pub const DOC: u32 = 1 << 9;
/// Organizations and countries.
pub const ORG: u32 = 1 << 10;
/// Days, months and time words.
pub const TIME: u32 = 1 << 11;
/// Abbreviations whose period does not end a sentence ("Sen.", "Sept.", "Inc.").
pub const ABBR: u32 = 1 << 12;
/// Words that usually start a sentence (used after "U.S." to decide a split).
pub const STARTER: u32 = 1 << 13;
/// "it", "this", "that": pronouns that can be a (non-person) source.
pub const PRON_THING: u32 = 1 << 14;
/// Comparatives and superlatives, for checkworthiness.
pub const COMPARE: u32 = 1 << 15;
/// Greetings and stage words that make a sentence not a claim.
pub const NONCLAIM: u32 = 1 << 16;

const LISTS: &[(u32, &str)] = &[
    (PRON_PERSON | STARTER, "he she i we you"),
    (PRON_GROUP | STARTER, "they"),
    (PRON_THING | STARTER, "it this"),
    (REL, "who which whom"),
    (
        DET | STARTER,
        "the a an these those his her their its our my your",
    ),
    (
        DET,
        "some many several most few both all each every any another no",
    ),
    (
        AUX,
        "has have had is was are were be been will would could can may might should must do does did \
         not n't never also still already just even then now later previously recently repeatedly \
         publicly privately once often again further first initially earlier quickly finally long \
         simply only clearly too always frequently openly flatly immediately subsequently reportedly \
         allegedly apparently actually really herself himself themselves itself personally separately \
         ultimately specifically explicitly famously has-been cannot can't won't don't didn't \
         doesn't wouldn't couldn't shouldn't isn't wasn't aren't weren't hasn't haven't hadn't \
         almost",
    ),
    (
        STOP,
        "that and or but because when while if as since after before although though where whether \
         to in on at with by from into about than so nor yet against during without under over \
         through between among upon like unless until whose what why how however meanwhile \
         moreover instead indeed thus therefore",
    ),
    (
        STARTER,
        "but and in on at as if when while after so yet there however meanwhile still that for",
    ),
    (
        TITLE,
        "president sen senator rep representative gov governor secretary mr mrs ms miss dr gen general \
         rev judge justice mayor chairman chairwoman chair speaker leader minister ambassador \
         spokesman spokeswoman spokesperson director ceo candidate adviser advisor aide strategist \
         professor prof former vice deputy chief attorney commissioner king queen prince pope lt col \
         sgt capt adm maj officer economist host anchor manager founder executive treasurer sheriff \
         lawmaker congressman congresswoman delegate premier chancellor nominee hopeful state",
    ),
    (
        MEDIA,
        "cnn msnbc fox nbc abc cbs pbs npr bbc reuters ap afp bloomberg politico axios breitbart \
         huffpost huffington times post journal tribune herald gazette globe chronicle newsweek \
         magazine news associated press daily telegraph guardian economist atlantic wsj nyt yonhap \
         xinhua kcna tass interfax jazeera hill vox slate salon buzzfeed drudge newspaper outlet \
         network cnbc c-span usa-today observer independent examiner inquirer mirror sun star \
         register dispatch bulletin wire radio television tv broadcaster ledger courier sentinel \
         standard mail express beacon enquirer weekly digest newswire broadcasting paper \
         publication station channel",
    ),
    (
        UNNAMED,
        "reports sources source officials official analysts analyst experts expert critics aides \
         observers insiders people someone some many others spokesman spokeswoman spokesperson \
         diplomats diplomat residents witnesses supporters opponents advocates activists \
         economists scientists researchers investigators authorities lawmakers legislators \
         members staffers strategists operatives insider person one voters both police protesters \
         demonstrators fans crowd audience workers parents students women men leaders conservatives \
         liberals progressives candidates senators governors officers staff allies rivals advisers \
         advisors donors delegates republicans democrats pundits commentators pollsters polls \
         scholars historians lawyers attorneys prosecutors judges doctors nurses teachers \
         americans citizens residents supporters everyone anyone nobody somebody friends \
         colleagues family relatives neighbors viewers readers users followers percent groups \
         supporter reporter reporters man woman politicians executives results networks public \
         front-runner frontrunner businessman businesswoman pollster media respondents \
         participants majority minority half plurality",
    ),
    (
        DOC,
        "report poll polls study survey statement analysis data memo letter filing lawsuit complaint \
         document documents records paper article story book review audit research findings figures \
         numbers estimates indictment ruling website video ad tweet email emails transcript \
         release speech testimony editorial op-ed column filings records ads law investigation",
    ),
    (
        ORG,
        "government administration campaign committee department ministry party agency council \
         commission congress senate house court company corporation inc corp group association union \
         university institute foundation bureau office police military army navy pentagon kremlin \
         fbi cia nsa gop dnc rnc nato un eu regime organization coalition center board team firm bank \
         korea china russia iran israel france germany japan britain america mexico canada syria iraq \
         ukraine india pakistan cuba venezuela egypt turkey states kingdom dprk d.p.r.k pyongyang \
         seoul beijing moscow tehran republicans democrats parties campaigns camp community \
         leadership country establishment organizations agencies",
    ),
    (
        TIME,
        "monday tuesday wednesday thursday friday saturday sunday january february march april may \
         june july august september october november december jan feb mar apr jun jul aug sep sept \
         oct nov dec yesterday today tonight tomorrow week month year morning evening night weekend \
         last earlier",
    ),
    (
        ABBR,
        "mr mrs ms dr sen rep gov gen lt col sgt capt adm maj cmdr st jr sr inc corp co ltd vs v no \
         jan feb mar apr jun jul aug sep sept oct nov dec prof rev hon messrs mt ft ave dept est \
         approx fig rep-elect ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass \
         mich minn miss mo mont neb nev okla ore pa penn tenn tex va vt wash wis wyo",
    ),
    (
        COMPARE,
        "more less most least than fewer higher lower larger smaller bigger biggest largest highest \
         lowest worst best better worse record percent million billion trillion",
    ),
    (
        NONCLAIM,
        "hello thanks thank goodbye crosstalk applause laughter inaudible click subscribe",
    ),
];

/// Listed words are borrowed, generated cue forms ("criticized") owned.
type WordMap = HashMap<Cow<'static, str>, Lex, BuildHasherDefault<WordHasher>>;

static TABLE: LazyLock<WordMap> = LazyLock::new(|| {
    let mut map = WordMap::with_capacity_and_hasher(4096, Default::default());
    for (flags, words) in LISTS {
        for w in words.split_whitespace() {
            map.entry(Cow::Borrowed(w)).or_insert(Lex::NONE).flags |= flags;
        }
    }
    for (form, class) in cues::forms() {
        let entry = map.entry(Cow::Owned(form)).or_insert(Lex::NONE);
        if entry.cue == CueClass::None {
            entry.cue = class;
        }
    }
    map
});

/// Nouns and verbs ending in "ly" that are not adverbs.
const LY_WORDS: &str = "family rally ally assembly anomaly monopoly bully fly rely belly jelly holly \
     folly lily tally sally dolly gully italy july";

/// A lowercase "-ly" word that is an adverb ("shortly", "publicly"), not "family" or "reply".
pub fn is_ly_adverb(word: &str) -> bool {
    word.len() > 4
        && word.ends_with("ly")
        && !word.ends_with("ply")
        && !LY_WORDS.split_whitespace().any(|w| w == word)
}

/// Looks up a word (any case; ’ read as '); `buf` is scratch space reused across calls.
pub fn lookup(word: &str, buf: &mut String) -> Lex {
    if word.len() > 24 {
        return Lex::NONE;
    }
    if word.is_ascii() {
        let mut low = [0u8; 24];
        let low = &mut low[..word.len()];
        low.copy_from_slice(word.as_bytes());
        low.make_ascii_lowercase();
        return match std::str::from_utf8(low) {
            Ok(w) => TABLE.get(w).copied().unwrap_or(Lex::NONE),
            Err(_) => Lex::NONE,
        };
    }
    buf.clear();
    for c in word.chars() {
        if c == '’' {
            buf.push('\'');
        } else {
            buf.push(c.to_ascii_lowercase());
        }
    }
    TABLE.get(buf.as_str()).copied().unwrap_or(Lex::NONE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookup_ignores_case_and_curly_apostrophes() {
        let mut buf = String::new();
        assert!(lookup("Officials", &mut buf).has(UNNAMED));
        assert!(lookup("CNN", &mut buf).has(MEDIA));
        assert_eq!(lookup("SAID", &mut buf).cue, CueClass::Say);
        assert!(lookup("n’t", &mut buf).has(AUX));
        assert_eq!(lookup("zebra", &mut buf), Lex::NONE);
    }
}
