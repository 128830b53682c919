//! WordNet's coarse classes of an English word form ("said" → a communication verb, "decision" → a
//! cognition and act noun), so the learned cue model can score cue words it never saw in training.
//!
//! `wordclasses.txt` is derived from WordNet 3.0 (Princeton University; licence and notice in
//! `wordclasses.LICENSE`; built by `scripts/gen-wordclasses.py` from Debian's
//! `wordnet-base`): every one-word verb with its inflections, and the nouns that have a sense
//! among acts, cognition, communication, feelings or motives, with their plurals. Each line is
//! `form verb-class noun-class verb-classes noun-classes` in hex: the lexicographer file of the
//! most frequent verb sense (minus 28) and noun sense, then a bit set of the files of all senses.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::LazyLock;

use super::hasher::WordHasher;

/// The classes of one word form (0 / empty where WordNet has no such sense).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WordClass {
    /// Lexicographer file of the most frequent verb sense, minus 28 (1 body … 15 weather).
    pub verb: u8,
    /// Lexicographer file of the most frequent noun sense (4 act, 9 cognition, 10 communication …).
    pub noun: u8,
    /// Bit `f - 29` for every verb sense's file `f`.
    pub verbs: u16,
    /// Bit `f` for every noun sense's file `f`.
    pub nouns: u32,
}

static DATA: &str = include_str!("wordclasses.txt");

static TABLE: LazyLock<HashMap<&'static str, WordClass, BuildHasherDefault<WordHasher>>> =
    LazyLock::new(|| {
        let mut map = HashMap::with_capacity_and_hasher(60_000, Default::default());
        for line in DATA.lines() {
            let mut f = line.split(' ');
            let (Some(form), Some(v), Some(n), Some(vs), Some(ns)) =
                (f.next(), f.next(), f.next(), f.next(), f.next())
            else {
                continue;
            };
            let hex = |s: &str| u32::from_str_radix(s, 16).unwrap_or(0);
            map.insert(
                form,
                WordClass {
                    verb: hex(v) as u8,
                    noun: hex(n) as u8,
                    verbs: hex(vs) as u16,
                    nouns: hex(ns),
                },
            );
        }
        map
    });

/// The classes of a lowercase word form (all empty when WordNet does not list it).
pub fn of(word: &str) -> WordClass {
    TABLE.get(word).copied().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflected_speech_and_thought_verbs_have_their_classes() {
        // verb.communication is file 32, verb.cognition 31.
        assert_eq!(of("said").verb, 32 - 28);
        assert_ne!(of("argued").verbs & (1 << (32 - 29)), 0);
        assert_ne!(of("believes").verbs & (1 << (31 - 29)), 0);
        assert_ne!(of("criticism").nouns & (1 << 10), 0);
        assert_eq!(of("zzzq"), WordClass::default());
    }
}
