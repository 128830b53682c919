//! Readable HTML to plain text: one paragraph per block, a blank line between paragraphs, and none of the
//! furniture a Readability pass can leave behind (captions, share buttons, "Read more" links).

use dom_query::{Document, NodeRef};

/// Elements whose text is never article text.
const SKIP: &[&str] = &[
    "script",
    "style",
    "noscript",
    "template",
    "figcaption",
    "figure",
    "picture",
    "img",
    "svg",
    "video",
    "audio",
    "iframe",
    "object",
    "embed",
    "button",
    "nav",
    "aside",
    "form",
    "input",
    "select",
    "textarea",
    "label",
    "footer",
    "head",
    "title",
];

/// Elements that start and end a paragraph.
const BLOCK: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "hr",
    "address",
    "details",
    "summary",
    "body",
    "html",
];

/// Short paragraphs that start like this are page furniture, not article text.
const BOILERPLATE: &[&str] = &[
    "read more",
    "related:",
    "related articles",
    "related stories",
    "advertisement",
    "share this",
    "share on",
    "share:",
    "click here",
    "sign up for",
    "subscribe to",
    "follow us",
    "continue reading",
    "story continues below",
    "most popular",
    "recommended for you",
    "you may also like",
    "more from",
];

/// Words that, alone in a paragraph, are the labels of share buttons.
const SHARE_WORDS: &[&str] = &[
    "share",
    "tweet",
    "email",
    "facebook",
    "twitter",
    "linkedin",
    "whatsapp",
    "print",
    "reddit",
    "pinterest",
    "copy",
    "link",
    "comments",
    "save",
    "x",
];

/// The text of an HTML fragment (the readable part of a page), paragraphs separated by a blank line.
pub fn paragraphs(html: &str) -> String {
    let doc = Document::fragment(html);
    let mut out = Builder::default();
    walk(&doc.root(), &mut out);
    out.end_paragraph();
    out.paragraphs
        .into_iter()
        .filter(|p| !is_furniture(p))
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn walk(node: &NodeRef, out: &mut Builder) {
    if node.is_text() {
        out.push_text(&node.text());
        return;
    }
    let name = node.node_name();
    let name = name.as_deref().unwrap_or("");
    if SKIP.contains(&name) || node.attr("hidden").is_some() {
        return;
    }
    if name == "br" {
        out.line_break();
        return;
    }
    let block = BLOCK.contains(&name);
    if block {
        out.end_paragraph();
    }
    for child in node.children_it(false) {
        walk(&child, out);
    }
    if block {
        out.end_paragraph();
    }
}

/// True for a short paragraph of share-button labels or a "Read more"-style link.
fn is_furniture(paragraph: &str) -> bool {
    if paragraph.len() > 120 {
        return false;
    }
    let lower = paragraph.to_lowercase();
    let lower = lower.trim_start_matches(|c: char| !c.is_alphanumeric());
    BOILERPLATE.iter().any(|b| lower.starts_with(b))
        || lower
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .all(|w| SHARE_WORDS.contains(&w))
}

/// Collects paragraphs, collapsing runs of whitespace inside each one.
#[derive(Default)]
struct Builder {
    paragraphs: Vec<String>,
    current: String,
}

impl Builder {
    fn push_text(&mut self, text: &str) {
        for (i, word) in text.split(char::is_whitespace).enumerate() {
            if i > 0 && !self.current.is_empty() && !self.current.ends_with([' ', '\n']) {
                self.current.push(' ');
            }
            self.current.push_str(word);
        }
    }

    fn line_break(&mut self) {
        let trimmed = self.current.trim_end().len();
        self.current.truncate(trimmed);
        if !self.current.is_empty() {
            self.current.push('\n');
        }
    }

    fn end_paragraph(&mut self) {
        let paragraph = self.current.trim();
        if paragraph.chars().any(char::is_alphanumeric) {
            self.paragraphs.push(paragraph.to_string());
        }
        self.current.clear();
    }
}
