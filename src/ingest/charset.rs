//! Bytes to text: refuses what is not text (PDF, binary, empty) and decodes with the right character set
//! (byte-order mark, then the HTTP header, then `<meta charset>`/`http-equiv`, then UTF-8 or Windows-1252).

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

use super::IngestError;

/// How many leading bytes are looked at for magic numbers, binary content and `<meta charset>`.
const SNIFF_LEN: usize = 4096;

/// Refuses empty, PDF and binary input; returns nothing when the bytes look like text.
pub fn sniff(bytes: &[u8]) -> Result<(), IngestError> {
    let head = &bytes[..bytes.len().min(SNIFF_LEN)];
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(IngestError::Empty);
    }
    let start = head
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(0);
    if head[start..].starts_with(b"%PDF-") {
        return Err(IngestError::Pdf);
    }
    let utf16 = head.starts_with(&[0xFE, 0xFF]) || head.starts_with(&[0xFF, 0xFE]);
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C))
        .count();
    if !utf16 && (head.contains(&0) || controls * 20 > head.len()) {
        return Err(IngestError::Binary);
    }
    Ok(())
}

/// Decodes `bytes` to a string; `content_type` is the HTTP `Content-Type` header, if any.
pub fn decode(bytes: &[u8], content_type: Option<&str>) -> String {
    let encoding = Encoding::for_bom(bytes)
        .map(|(enc, _)| enc)
        .or_else(|| content_type.and_then(charset_param).and_then(label))
        .or_else(|| meta_charset(&bytes[..bytes.len().min(SNIFF_LEN)]))
        .unwrap_or_else(|| {
            if std::str::from_utf8(bytes).is_ok() {
                UTF_8
            } else {
                WINDOWS_1252
            }
        });
    let (text, _, _) = encoding.decode(bytes);
    text.into_owned()
}

/// The encoding for a label; UTF-16 named inside a document means UTF-8 (as browsers do).
fn label(name: &str) -> Option<&'static Encoding> {
    let enc = Encoding::for_label(name.trim().as_bytes())?;
    Some(enc.output_encoding())
}

/// The `charset=` parameter of a Content-Type value.
fn charset_param(content_type: &str) -> Option<&str> {
    content_type.split(';').skip(1).find_map(|param| {
        let (key, value) = param.split_once('=')?;
        key.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| value.trim().trim_matches(['"', '\'']))
    })
}

/// The charset named by a `<meta charset>` or `<meta http-equiv="Content-Type" content="...; charset=">`.
fn meta_charset(head: &[u8]) -> Option<&'static Encoding> {
    let lower = String::from_utf8_lossy(head).to_ascii_lowercase();
    let mut rest = lower.as_str();
    while let Some(at) = rest.find("<meta") {
        let tag = &rest[at..];
        let tag = &tag[..tag.find('>').unwrap_or(tag.len())];
        if let Some(pos) = tag.find("charset") {
            let value = tag[pos + "charset".len()..].trim_start();
            if let Some(value) = value.strip_prefix('=') {
                let value = value.trim_start().trim_start_matches(['"', '\'']);
                let end = value
                    .find(|c: char| {
                        c == '"' || c == '\'' || c == ';' || c == '/' || c.is_whitespace()
                    })
                    .unwrap_or(value.len());
                if let Some(enc) = label(&value[..end]) {
                    return Some(enc);
                }
            }
        }
        rest = &rest[at + 5..];
    }
    None
}
