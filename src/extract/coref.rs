//! Coreference over one article: surnames to full names, pronouns to the last fitting source,
//! "the Times" to the outlet named before.

use super::SourceKind;

/// What the article has named so far.
#[derive(Debug, Default)]
pub struct Coref {
    /// Full names with their first and last words.
    persons: Vec<(String, String, String)>,
    /// Multi-word outlet and organization names with their last word.
    groups: Vec<(String, String, SourceKind)>,
    last_person: Option<String>,
    last_plural: Option<(String, SourceKind)>,
    last_media: Option<String>,
}

fn strip_the(s: &str) -> &str {
    s.strip_prefix("the ")
        .or_else(|| s.strip_prefix("The "))
        .unwrap_or(s)
}

impl Coref {
    /// Notes a person named anywhere in the text (e.g. "Secretary of State Mike Pompeo"), so that a
    /// later "he" or surname can refer to them.
    pub fn see_person(&mut self, name: &str) {
        let mut words = name.split_whitespace();
        let first = words.next().unwrap_or_default().to_string();
        if let Some(last) = words.next_back() {
            self.persons.retain(|p| p.0 != name);
            self.persons
                .push((name.to_string(), first, last.to_string()));
            if self.persons.len() > 256 {
                self.persons.remove(0);
            }
        }
        self.last_person = Some(name.to_string());
    }

    /// The outlet a bare common noun ("newspaper", "paper", "agency") refers back to, if any.
    /// "the agency" prefers a named agency that is not an outlet when that came last.
    fn outlet_for(&self, bare: &str, kind: SourceKind) -> Option<String> {
        let media = self.last_media.clone()?;
        let lower = bare.to_ascii_lowercase();
        let word = lower.as_str();
        if word == "agency" {
            let last_agency = self
                .groups
                .iter()
                .rev()
                .find(|g| g.1.eq_ignore_ascii_case("agency"));
            return match last_agency {
                Some(g) if g.2 != SourceKind::Media => None,
                _ => Some(media),
            };
        }
        let outlet_word = matches!(word, "paper" | "newspaper" | "broadcaster" | "network");
        (kind == SourceKind::Media || outlet_word).then_some(media)
    }

    /// Resolves a source name of `kind` to its canonical name and kind, and remembers it.
    pub fn resolve(&mut self, name: &str, kind: SourceKind) -> (String, SourceKind) {
        let lower = name.to_ascii_lowercase();
        match lower.as_str() {
            "he" | "she" | "him" | "her" => {
                return match &self.last_person {
                    Some(p) => (p.clone(), SourceKind::Person),
                    None => (name.to_string(), SourceKind::Person),
                };
            }
            "they" | "them" => {
                return match &self.last_plural {
                    Some((g, k)) => (g.clone(), *k),
                    None => (name.to_string(), SourceKind::Unnamed),
                };
            }
            "i" | "we" | "you" | "it" | "this" | "who" | "which" => {
                return (name.to_string(), kind);
            }
            _ => {}
        }
        let bare = strip_the(name);
        let single = !bare.contains(' ');
        // "the newspaper", "the paper", "the agency": the outlet named before.
        if single && bare.starts_with(char::is_lowercase) {
            if let Some(m) = self.outlet_for(bare, kind) {
                return (m, SourceKind::Media);
            }
        }
        if single && kind == SourceKind::Person {
            let found = self
                .persons
                .iter()
                .rev()
                .find(|p| p.1 == bare || p.2 == bare)
                .map(|p| p.0.clone());
            if let Some(full) = found {
                self.last_person = Some(full.clone());
                return (full, SourceKind::Person);
            }
        }
        if single && bare.starts_with(char::is_uppercase) {
            let found = self.groups.iter().rev().find(|(_, last, _)| last == bare);
            if let Some((g, _, k)) = found.cloned() {
                if k == SourceKind::Media {
                    self.last_media = Some(g.clone());
                }
                return (g, k);
            }
        }
        // Outlets keep their article ("The New York Times"); other names drop it.
        let canonical = if kind == SourceKind::Media && name.starts_with("The ") {
            name
        } else {
            bare
        };
        match kind {
            SourceKind::Person => self.see_person(bare),
            SourceKind::Media | SourceKind::Organization => {
                if let Some((_, last)) = bare.rsplit_once(' ') {
                    self.groups.retain(|g| g.0 != canonical);
                    self.groups
                        .push((canonical.to_string(), last.to_string(), kind));
                }
                if self.groups.len() > 256 {
                    self.groups.remove(0);
                }
                if kind == SourceKind::Media && bare.starts_with(char::is_uppercase) {
                    self.last_media = Some(canonical.to_string());
                }
                self.last_plural = Some((canonical.to_string(), kind));
            }
            SourceKind::Unnamed if bare.ends_with('s') => {
                self.last_plural = Some((bare.to_string(), kind));
            }
            _ => {}
        }
        (canonical.to_string(), kind)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_surname_or_family_name_resolves_to_the_full_name_seen_earlier() {
        let mut c = Coref::default();
        c.resolve("Ri Son Gwon", SourceKind::Person);
        assert_eq!(c.resolve("Ri", SourceKind::Person).0, "Ri Son Gwon");
        c.resolve("Donald Trump", SourceKind::Person);
        assert_eq!(c.resolve("Trump", SourceKind::Person).0, "Donald Trump");
        assert_eq!(c.resolve("he", SourceKind::Person).0, "Donald Trump");
    }

    #[test]
    fn a_short_outlet_name_resolves_to_the_outlet_named_before() {
        let mut c = Coref::default();
        c.resolve("the New York Times", SourceKind::Media);
        assert_eq!(
            c.resolve("the Times", SourceKind::Media),
            ("New York Times".to_string(), SourceKind::Media)
        );
        assert_eq!(c.resolve("they", SourceKind::Unnamed).0, "New York Times");
        c.resolve("The Valley Ledger", SourceKind::Media);
        assert_eq!(
            c.resolve("newspaper", SourceKind::Media).0,
            "The Valley Ledger"
        );
        assert_eq!(
            c.resolve("the Ledger", SourceKind::Media).0,
            "The Valley Ledger"
        );
    }

    #[test]
    fn the_paper_and_the_agency_resolve_to_the_outlet_named_before() {
        let mut c = Coref::default();
        c.resolve("The Harbour Courier", SourceKind::Media);
        assert_eq!(
            c.resolve("paper", SourceKind::Document),
            ("The Harbour Courier".to_string(), SourceKind::Media)
        );
        assert_eq!(
            c.resolve("agency", SourceKind::Organization),
            ("The Harbour Courier".to_string(), SourceKind::Media)
        );
    }

    #[test]
    fn the_agency_after_a_named_government_agency_is_not_the_outlet() {
        let mut c = Coref::default();
        c.resolve("The Harbour Courier", SourceKind::Media);
        c.resolve("Environmental Protection Agency", SourceKind::Organization);
        assert_eq!(
            c.resolve("agency", SourceKind::Organization).1,
            SourceKind::Organization
        );
    }

    #[test]
    fn the_paper_with_no_outlet_named_before_stays_a_document() {
        let mut c = Coref::default();
        assert_eq!(
            c.resolve("paper", SourceKind::Document).1,
            SourceKind::Document
        );
    }
}
