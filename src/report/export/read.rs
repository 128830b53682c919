//! Streaming reader of the whole-instance export: hands each article to a callback as soon as it is
//! parsed, so restoring a file of any size needs the memory of one article.

use std::cell::RefCell;
use std::fmt;
use std::io::{BufReader, Read};

use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};

use super::{ExportAccount, ExportArticle, SCHEMA};

/// Why a file could not be read back.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// Not JSON, not our schema, or a malformed article.
    #[error("not a claimdesk export: {0}")]
    Format(String),
    /// The callback refused an article (e.g. the database said no).
    #[error("{0}")]
    Rejected(String),
}

/// One piece of an export, in file order: the accounts list (once, before the articles), then articles.
#[derive(Debug, Clone, PartialEq)]
pub enum Part {
    Accounts(Vec<ExportAccount>),
    /// Boxed: an article is much larger than the accounts list.
    Article(Box<ExportArticle>),
}

/// Reads an export from `input`, calling `each` for every article in file order (accounts skipped).
///
/// Returns how many articles were read. Stops at the first error, of the file or of `each`.
pub fn read<R, F>(input: R, mut each: F) -> Result<usize, ReadError>
where
    R: Read,
    F: FnMut(ExportArticle) -> Result<(), String>,
{
    read_parts(input, |part| match part {
        Part::Article(a) => each(*a),
        Part::Accounts(_) => Ok(()),
    })
}

/// Reads an export from `input`, calling `each` with the accounts list and then every article.
///
/// Returns how many articles were read. Stops at the first error, of the file or of `each`.
pub fn read_parts<R, F>(input: R, each: F) -> Result<usize, ReadError>
where
    R: Read,
    F: FnMut(Part) -> Result<(), String>,
{
    let state = State {
        each: RefCell::new(each),
        rejected: RefCell::new(None),
    };
    // serde_json reads byte by byte from a reader: buffer it.
    let mut de = serde_json::Deserializer::from_reader(BufReader::with_capacity(1 << 16, input));
    let result = DocumentSeed(&state).deserialize(&mut de).and_then(|n| {
        de.end()?;
        Ok(n)
    });
    match (result, state.rejected.into_inner()) {
        (_, Some(rejected)) => Err(ReadError::Rejected(rejected)),
        (Ok(n), None) => Ok(n),
        (Err(e), None) => Err(ReadError::Format(e.to_string())),
    }
}

struct State<F> {
    each: RefCell<F>,
    /// The callback's own error, kept apart from JSON errors so it reaches the user unchanged.
    rejected: RefCell<Option<String>>,
}

struct DocumentSeed<'s, F>(&'s State<F>);

impl<'de, F: FnMut(Part) -> Result<(), String>> DeserializeSeed<'de> for DocumentSeed<'_, F> {
    type Value = usize;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<usize, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de, F: FnMut(Part) -> Result<(), String>> Visitor<'de> for DocumentSeed<'_, F> {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "a {SCHEMA} document")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<usize, A::Error> {
        let mut schema_ok = false;
        let mut count = None;
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "schema" => {
                    let schema: String = map.next_value()?;
                    if schema != SCHEMA {
                        return Err(de::Error::custom(format!(
                            "schema {schema:?}, this claimdesk reads {SCHEMA:?}"
                        )));
                    }
                    schema_ok = true;
                }
                "accounts" if schema_ok => {
                    let accounts: Vec<ExportAccount> = map.next_value()?;
                    if let Err(e) = (self.0.each.borrow_mut())(Part::Accounts(accounts)) {
                        *self.0.rejected.borrow_mut() = Some(e);
                        return Err(de::Error::custom("accounts rejected"));
                    }
                }
                // The schema comes first in every file we write; refuse to act on anything else.
                "articles" if schema_ok => count = Some(map.next_value_seed(ArticlesSeed(self.0))?),
                "articles" => {
                    return Err(de::Error::custom(
                        "\"schema\" must come before \"articles\"",
                    ));
                }
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        count.ok_or_else(|| de::Error::missing_field("articles"))
    }
}

struct ArticlesSeed<'s, F>(&'s State<F>);

impl<'de, F: FnMut(Part) -> Result<(), String>> DeserializeSeed<'de> for ArticlesSeed<'_, F> {
    type Value = usize;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<usize, D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de, F: FnMut(Part) -> Result<(), String>> Visitor<'de> for ArticlesSeed<'_, F> {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a list of articles")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<usize, A::Error> {
        let mut n = 0;
        while let Some(article) = seq.next_element::<ExportArticle>()? {
            n += 1;
            if let Err(e) = (self.0.each.borrow_mut())(Part::Article(Box::new(article))) {
                *self.0.rejected.borrow_mut() = Some(e);
                return Err(de::Error::custom("article rejected"));
            }
        }
        Ok(n)
    }
}
