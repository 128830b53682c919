//! Escaping user text for Markdown: nothing a user types can become markup.

use std::fmt::Write;

/// Escapes user text for inline use: no emphasis, links, HTML, tables or headings can be injected,
/// and line breaks become spaces (a newline could start a block element).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (i, c) in text.char_indices() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '~' | '!' | '$' => {
                out.push('\\');
                out.push(c);
            }
            '&' if starts_entity(&text[i + 1..]) => {
                out.push_str("\\&");
            }
            '\r' => {}
            '\n' => out.push(' '),
            _ => out.push(c),
        }
    }
    // A leading `-`, `+`, `=` or `1.` could still start a list or an underline inside a block.
    if let Some(first) = out.chars().next() {
        if matches!(first, '-' | '+' | '=') {
            out.insert(0, '\\');
        } else if first.is_ascii_digit() {
            let digits = out.chars().take_while(char::is_ascii_digit).count();
            if matches!(out[digits..].chars().next(), Some('.') | Some(')')) {
                out.insert(digits, '\\');
            }
        }
    }
    out
}

/// Whether the text after a `&` would make it an entity such as `&amp;` or `&#42;` ("AT&T" is not).
fn starts_entity(rest: &str) -> bool {
    let body = rest.strip_prefix('#').unwrap_or(rest);
    let name = body.chars().take_while(char::is_ascii_alphanumeric).count();
    name > 0 && body[name..].starts_with(';')
}

/// Escapes multi-line user text as a block quote, keeping its line breaks.
pub(super) fn quote_block(out: &mut String, text: &str) {
    for line in text.lines() {
        let line = escape(line.trim_end());
        if line.is_empty() {
            out.push_str(">\n");
        } else {
            let _ = writeln!(out, "> {line}");
        }
    }
}

/// Whether a URL may become a link: http(s) and nothing that could break out of `<...>`.
pub fn is_linkable(url: &str) -> bool {
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    (lower.starts_with("http://") || lower.starts_with("https://"))
        && !url.contains(|c: char| c.is_whitespace() || c.is_control() || c == '<' || c == '>')
}

/// `[label](<url>)` for a linkable URL, else the escaped label and the escaped URL as text.
pub(super) fn labelled_link(label: &str, url: &str) -> String {
    if is_linkable(url) {
        format!("[{}](<{url}>)", escape(label))
    } else {
        format!("{} ({})", escape(label), escape(url))
    }
}

/// A URL as a link if it is safe to put between angle brackets, else as escaped text.
pub(super) fn link(url: &str) -> String {
    if is_linkable(url) {
        format!("<{url}>")
    } else {
        escape(url)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_significant_characters_in_user_text_are_escaped() {
        assert_eq!(
            escape("*a* _b_ [c](d) <e> | #f `g`"),
            r"\*a\* \_b\_ \[c\](d) \<e\> \| \#f \`g\`"
        );
        assert_eq!(escape("two\nlines"), "two lines");
        assert_eq!(escape("- item"), r"\- item");
        assert_eq!(escape("1. first"), r"1\. first");
        assert_eq!(escape("AT&T &amp;"), r"AT&T \&amp;");
        assert_eq!(escape("U.S. officials, 100%"), "U.S. officials, 100%");
    }

    #[test]
    fn only_http_urls_become_links() {
        assert_eq!(
            labelled_link("a*b", "https://x.example/?q=1"),
            r"[a\*b](<https://x.example/?q=1>)"
        );
        assert_eq!(
            labelled_link("x", "javascript:alert(1)"),
            "x (javascript:alert(1))"
        );
        assert_eq!(link("https://x.example/a b"), "https://x.example/a b");
        assert_eq!(link("HTTPS://x.example/"), "<HTTPS://x.example/>");
    }
}
