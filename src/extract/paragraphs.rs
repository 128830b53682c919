//! Paragraph breaks: a newline, or — in text whose newlines were turned into spaces — a sentence
//! end followed by two or more spaces ("… the Presidency.  Thursday at the …").

use super::lexicon;

/// The end (exclusive) of the paragraph running on at byte `from`: the next newline, the first of
/// the spaces after a sentence end that two or more spaces follow, or the end of the text. The
/// next paragraph starts after that byte.
pub fn end(bytes: &[u8], from: usize) -> usize {
    let mut i = from;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => return i,
            b' ' if bytes.get(i + 1) == Some(&b' ')
                && ends_sentence(&bytes[..i])
                && !next_continues(&bytes[i..]) =>
            {
                return i;
            }
            _ => {}
        }
        i += 1;
    }
    bytes.len()
}

/// Whether the first byte after the spaces is a lowercase letter or sentence punctuation (a spaced
/// ellipsis: "… obsolete.  ...  NATO"): no new paragraph starts so.
fn next_continues(spaces: &[u8]) -> bool {
    spaces
        .iter()
        .find(|&&c| c != b' ')
        .is_some_and(|c| c.is_ascii_lowercase() || b".,;:!?".contains(c))
}

/// Whether a paragraph can end with `before`'s last byte: sentence punctuation (not an abbreviation's
/// period nor a spaced ellipsis's), a closing bracket, either after a closing quotation mark or
/// not ("… win.”").
fn ends_sentence(before: &[u8]) -> bool {
    let mut rest = before;
    loop {
        rest = match rest {
            [r @ .., b'"' | b'\''] => r,
            [r @ .., 0xE2, 0x80, 0x9D | 0x99] => r,
            _ => break,
        };
    }
    let Some((&b, rest)) = rest.split_last() else {
        return false;
    };
    if b == b'.' {
        let word = rest.len()
            - rest
                .iter()
                .rev()
                .take_while(|c| c.is_ascii_alphabetic())
                .count();
        return word < rest.len() && !abbreviation(&rest[word..])
            || rest
                .last()
                .is_some_and(|c| c.is_ascii_digit() || *c == b')');
    }
    matches!(b, b'?' | b'!' | b':' | b';' | b')' | b']')
}

/// Whether `word` is one the sentence splitter never ends a sentence after ("Sen", "Mr", "Inc").
fn abbreviation(word: &[u8]) -> bool {
    std::str::from_utf8(word)
        .is_ok_and(|w| lexicon::lookup(w, &mut String::new()).has(lexicon::ABBR))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paragraphs(text: &str) -> Vec<&str> {
        let b = text.as_bytes();
        let mut out = Vec::new();
        let mut p = 0;
        while p < b.len() {
            let e = end(b, p);
            out.push(text[p..e].trim());
            p = e + 1;
        }
        out.retain(|s| !s.is_empty());
        out
    }

    #[test]
    fn a_sentence_end_and_two_spaces_break_a_paragraph_like_a_newline() {
        let text = "Graham: Trump’s ‘Incredibly Hateful Rhetoric’ Destroying GOP’s Chance.  \
                    Thursday at the Republican Jewish Coalition, Graham spoke.\nNext one.";
        assert_eq!(
            paragraphs(text),
            [
                "Graham: Trump’s ‘Incredibly Hateful Rhetoric’ Destroying GOP’s Chance.",
                "Thursday at the Republican Jewish Coalition, Graham spoke.",
                "Next one."
            ]
        );
    }

    #[test]
    fn two_spaces_inside_a_sentence_do_not_break_it() {
        for text in [
            "The ad attacks  Trump and Sen.  Marco Rubio, mocking  Rubio.",
            "''There was a backlash against 'Primates of Park Avenue,'  '' Ms. Ferriss noted.",
            "\"For Republicans, it is a moment of reckoning,\"  Berkman said. . . .  It ends.",
            "He said that bathroom access for transgender people;  and a Kansas law, signed.",
            "“It is obsolete.  ...  NATO was made for the Soviet Union,” Trump said.",
        ] {
            assert_eq!(paragraphs(text), [text]);
        }
    }
}
