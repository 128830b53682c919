//! One-pass byte-level tokenizer: words, numbers, quotes, punctuation and line breaks, with byte offsets.

use super::lexicon::{self, Lex};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Letters (and digits) with inner apostrophes, hyphens and dots ("U.S", "Korea’s", "3.2").
    Word,
    /// An opening double quotation mark (“, or a straight quote that opens).
    Open,
    /// A closing double quotation mark (”, or a straight quote that closes).
    Close,
    /// A line break (one or more newlines).
    Break,
    /// Any other single character (punctuation, dashes, symbols).
    Punct(char),
}

/// One token with its byte range and its lexicon entry (words only).
#[derive(Debug, Clone, Copy)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    pub lex: Lex,
    /// The word starts with an uppercase letter.
    pub cap: bool,
}

impl Token {
    /// True for a punctuation token of this character.
    pub fn is(&self, c: char) -> bool {
        self.kind == Kind::Punct(c)
    }

    /// True for a word token.
    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }

    /// True for an opening or closing quote.
    pub fn is_quote(&self) -> bool {
        matches!(self.kind, Kind::Open | Kind::Close)
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|s| s.chars().next())
}

/// Tokenizes `text[from..to]` into `out` (cleared first). Offsets are absolute byte offsets.
/// True for a possessive word form: "Clinton's", "Trump’s".
pub fn is_possessive(word: &str) -> bool {
    word.ends_with("'s") || word.ends_with("’s")
}

pub fn tokenize(text: &str, from: usize, to: usize, out: &mut Vec<Token>) {
    out.clear();
    let bytes = text.as_bytes();
    let mut i = from;
    let mut buf = String::with_capacity(32);
    while i < to {
        let b = bytes[i];
        if b == b' ' || b == b'\t' || b == b'\r' {
            i += 1;
            continue;
        }
        if b == b'\n' {
            let start = i;
            while i < to && matches!(bytes[i], b'\n' | b'\r' | b' ' | b'\t') {
                i += 1;
            }
            push(out, start, start + 1, Kind::Break);
            continue;
        }
        let c = if b < 0x80 {
            b as char
        } else {
            match char_at(text, i) {
                Some(c) => c,
                None => {
                    i += 1;
                    continue;
                }
            }
        };
        let clen = c.len_utf8();
        if c.is_whitespace() && c != '\n' {
            i += clen;
            continue;
        }
        if is_word_char(c) {
            let start = i;
            i += clen;
            while i < to {
                let d = if bytes[i] < 0x80 {
                    bytes[i] as char
                } else {
                    match char_at(text, i) {
                        Some(d) => d,
                        None => break,
                    }
                };
                let joiner = matches!(d, '\'' | '’' | '-' | '.' | '&')
                    && char_at(text, i + d.len_utf8()).is_some_and(is_word_char)
                    && i + d.len_utf8() < to;
                if is_word_char(d) || joiner {
                    i += d.len_utf8();
                } else {
                    break;
                }
            }
            let word = &text[start..i];
            let mut lex = lexicon::lookup(word, &mut buf);
            let cap = c.is_uppercase();
            if !cap && lex == Lex::NONE && lexicon::is_ly_adverb(word) {
                lex.flags |= lexicon::AUX;
            }
            out.push(Token {
                start,
                end: i,
                kind: Kind::Word,
                lex,
                cap,
            });
            continue;
        }
        let start = i;
        i += clen;
        let kind = match c {
            '“' if reversed_close(text, start, i, from) => Kind::Close,
            '“' | '«' | '„' => Kind::Open,
            '”' | '»' => Kind::Close,
            '"' => straight(text, start, i, from),
            '\'' if bytes.get(i) == Some(&b'\'') && i < to => {
                i += 1;
                straight(text, start, i, from)
            }
            '`' if bytes.get(i) == Some(&b'`') && i < to => {
                i += 1;
                Kind::Open
            }
            _ => Kind::Punct(c),
        };
        push(out, start, i, kind);
    }
}

/// A straight quote opens after whitespace, an opening bracket or the start; otherwise it closes.
fn straight(text: &str, at: usize, end: usize, from: usize) -> Kind {
    if at == from {
        return Kind::Open;
    }
    // A quote followed by a space or punctuation closes, even after a space ("'outsiders,' " she).
    let next = text[end..].chars().next();
    if next.is_none_or(|n| n.is_whitespace() || matches!(n, ',' | '.' | ';' | ')')) {
        return Kind::Close;
    }
    match text[..at].chars().next_back() {
        Some(p) if p.is_whitespace() || matches!(p, '(' | '[' | '—' | '–' | '-' | '/') => {
            Kind::Open
        }
        _ => Kind::Close,
    }
}

/// A “ typed where ” was meant (`here,“ said Jim`): it follows a word or punctuation and is
/// followed by a space or the paragraph end, so it closes the quotation.
fn reversed_close(text: &str, at: usize, end: usize, from: usize) -> bool {
    if at == from {
        return false;
    }
    let before = text[..at].chars().next_back();
    let after = text[end..].chars().next();
    before.is_some_and(|p| p.is_alphanumeric() || matches!(p, ',' | '.' | '?' | '!'))
        && after.is_none_or(char::is_whitespace)
}

fn push(out: &mut Vec<Token>, start: usize, end: usize, kind: Kind) {
    out.push(Token {
        start,
        end,
        kind,
        lex: Lex::NONE,
        cap: false,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<(String, Kind)> {
        let mut out = Vec::new();
        tokenize(text, 0, text.len(), &mut out);
        out.iter()
            .map(|t| (text[t.start..t.end].to_string(), t.kind))
            .collect()
    }

    #[test]
    fn words_keep_inner_dots_apostrophes_and_decimals() {
        let t = toks("The U.S. paid $3.2 billion, Korea’s aide said.");
        let words: Vec<&str> = t.iter().map(|(w, _)| w.as_str()).collect();
        assert_eq!(
            words,
            vec![
                "The",
                "U.S",
                ".",
                "paid",
                "$",
                "3.2",
                "billion",
                ",",
                "Korea’s",
                "aide",
                "said",
                "."
            ]
        );
    }

    #[test]
    fn straight_quotes_open_after_space_and_close_after_words() {
        let t = toks("he said \"yes,\" and ''no'' and \"'outsiders,' \" she said");
        let kinds: Vec<Kind> = t.iter().map(|(_, k)| *k).collect();
        assert_eq!(kinds[2], Kind::Open);
        assert_eq!(kinds[5], Kind::Close);
        assert_eq!(kinds[7], Kind::Open);
        assert_eq!(kinds[9], Kind::Close);
        let closing = t.iter().rfind(|(w, _)| w == "\"").map(|(_, k)| *k);
        assert_eq!(
            closing,
            Some(Kind::Close),
            "a quote after a space closes before a space"
        );
    }

    #[test]
    fn a_reversed_opening_quote_after_a_comma_closes_the_quotation() {
        let t = toks("“It's unusual,“ said Larry Noble. He asked: “Why?“");
        let kinds: Vec<Kind> = t
            .iter()
            .filter(|(w, _)| w == "“")
            .map(|(_, k)| *k)
            .collect();
        assert_eq!(
            kinds,
            vec![Kind::Open, Kind::Close, Kind::Open, Kind::Close]
        );
    }

    #[test]
    fn newlines_become_one_break_token() {
        let t = toks("a\n\n\nb");
        assert_eq!(t.len(), 3);
        assert_eq!(t[1].1, Kind::Break);
    }
}
