//! Article and claim ids: UUIDs, parsed from URLs so that a malformed id is simply "not found".

use uuid::Uuid;

/// Parses an id from a URL path segment; `None` if it is not a UUID.
pub fn parse_id(raw: &str) -> Option<Uuid> {
    Uuid::parse_str(raw).ok()
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_uuids_are_ids() {
        assert!(super::parse_id("3f2b8c1e-6a0d-4c52-9d8e-0a1b2c3d4e5f").is_some());
        assert!(super::parse_id("42").is_none());
        assert!(super::parse_id("../etc").is_none());
    }
}
