//! Fuzz target: any UTF-8 input extracts without panicking, with valid, ordered offsets.
//! Run with `cargo +nightly fuzz run extract` from the crate root.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let ex = claimdesk::extract::extract(text);
    let mut last = 0;
    for c in &ex.claims {
        assert!(c.start < c.end && c.end <= text.len());
        assert!(text.is_char_boundary(c.start) && text.is_char_boundary(c.end));
        assert!(c.start >= last);
        last = c.start;
        if let Some(s) = &c.source {
            assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        }
    }
    let _ = serde_json::to_string(&ex);
});
