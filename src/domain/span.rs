//! Finding a claim's new span from the text an editor typed or selected, and where to split a claim.
//! Pure; offsets are byte offsets on char boundaries.

/// The byte span of `needle` (trimmed) in `text`: the occurrence nearest to `near`; `None` if absent.
pub fn find_span(text: &str, needle: &str, near: usize) -> Option<(usize, usize)> {
    let needle = needle.trim();
    if needle.is_empty() {
        return None;
    }
    text.match_indices(needle)
        .map(|(i, m)| (i, i + m.len()))
        .min_by_key(|&(start, _)| start.abs_diff(near))
}

/// Where to split `claim` so that the second part starts with `second` (trimmed): the byte offset of the
/// second part, strictly inside the claim, with non-blank text on both sides; `None` otherwise.
pub fn split_point(claim: &str, second: &str) -> Option<usize> {
    let second = second.trim();
    if second.is_empty() {
        return None;
    }
    claim
        .match_indices(second)
        .map(|(i, _)| i)
        .find(|&i| i > 0 && !claim[..i].trim().is_empty())
}

/// The two parts of a split: (first, second) with their byte offsets relative to the claim's start.
pub fn split_parts(claim: &str, at: usize) -> ((usize, usize), (usize, usize)) {
    let first = claim[..at].trim_end();
    let first_start = first.len() - first.trim_start().len();
    let rest = &claim[at..];
    let second_start = at + (rest.len() - rest.trim_start().len());
    let second_end = at + rest.trim_end().len();
    ((first_start, first.len()), (second_start, second_end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_nearest_occurrence_of_the_typed_text_is_the_new_span() {
        let text = "Ri said talks failed. Later, talks failed again.";
        assert_eq!(find_span(text, " talks failed ", 30), Some((29, 41)));
        assert_eq!(find_span(text, "talks failed", 0), Some((8, 20)));
        assert_eq!(find_span(text, "not there", 0), None);
        assert_eq!(find_span(text, "  ", 0), None);
    }

    #[test]
    fn a_claim_splits_where_the_second_part_begins() {
        let claim = "prices rose and wages fell";
        let at = split_point(claim, "wages fell").unwrap();
        let ((a, b), (c, d)) = split_parts(claim, at);
        assert_eq!(&claim[a..b], "prices rose and");
        assert_eq!(&claim[c..d], "wages fell");
        assert_eq!(
            split_point(claim, "prices"),
            None,
            "the first part may not be empty"
        );
        assert_eq!(split_point(claim, "absent"), None);
    }
}
