//! Finding the CSRF field in a request body, url-encoded or multipart, without deserialising the form
//! (the CSRF check runs in a middleware, before the handler's own form extractor).

use super::csrf::FIELD;

/// The CSRF field of an `application/x-www-form-urlencoded` body.
pub fn from_urlencoded(body: &[u8]) -> Option<String> {
    form_urlencoded::parse(body)
        .find(|(k, _)| k == FIELD)
        .map(|(_, v)| v.into_owned())
}

/// The boundary of a `multipart/form-data; boundary=...` content type.
pub fn boundary(content_type: &str) -> Option<&str> {
    content_type.split(';').skip(1).find_map(|param| {
        let (k, v) = param.trim().split_once('=')?;
        k.trim()
            .eq_ignore_ascii_case("boundary")
            .then(|| v.trim().trim_matches('"'))
            .filter(|b| !b.is_empty())
    })
}

/// The CSRF field of a `multipart/form-data` body with this boundary (a plain text part).
pub fn from_multipart(body: &[u8], boundary: &str) -> Option<String> {
    let delimiter = format!("--{boundary}");
    let wanted = format!("name=\"{FIELD}\"");
    split(body, delimiter.as_bytes())
        .into_iter()
        .find_map(|part| {
            let head_end = find(part, b"\r\n\r\n")?;
            let head = std::str::from_utf8(&part[..head_end]).ok()?;
            let is_field = head.lines().any(|line| {
                line.to_ascii_lowercase()
                    .starts_with("content-disposition:")
                    && line.contains(&wanted)
            });
            if !is_field {
                return None;
            }
            let value = &part[head_end + 4..];
            let value = value.strip_suffix(b"\r\n").unwrap_or(value);
            std::str::from_utf8(value).ok().map(str::to_string)
        })
}

/// The pieces of `haystack` between occurrences of `needle`.
fn split<'a>(haystack: &'a [u8], needle: &[u8]) -> Vec<&'a [u8]> {
    let mut parts = Vec::new();
    let mut rest = haystack;
    while let Some(at) = find(rest, needle) {
        parts.push(&rest[..at]);
        rest = &rest[at + needle.len()..];
    }
    parts.push(rest);
    parts
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() || haystack.len() < needle.len() {
        return None;
    }
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_token_is_found_in_a_url_encoded_form() {
        assert_eq!(
            from_urlencoded(b"title=A+b&csrf_token=ab%3Dcd&text=x").as_deref(),
            Some("ab=cd")
        );
        assert_eq!(from_urlencoded(b"title=x"), None);
    }

    #[test]
    fn the_boundary_is_read_from_the_content_type() {
        assert_eq!(
            boundary("multipart/form-data; boundary=----abc123"),
            Some("----abc123")
        );
        assert_eq!(
            boundary("multipart/form-data; boundary=\"q r\""),
            Some("q r")
        );
        assert_eq!(boundary("multipart/form-data"), None);
    }

    #[test]
    fn the_token_is_found_in_a_multipart_form_and_not_in_file_content() {
        let body =
            b"--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\
Content-Type: text/plain\r\n\r\nname=\"csrf_token\" inside a file\r\n\
--XyZ\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\ntok123\r\n--XyZ--\r\n";
        assert_eq!(from_multipart(body, "XyZ").as_deref(), Some("tok123"));
        let without =
            b"--XyZ\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nT\r\n--XyZ--\r\n";
        assert_eq!(from_multipart(without, "XyZ"), None);
    }
}
