//! Splitting an article's text at its claims' byte offsets, so templates render escaped pieces in place.
//!
//! Pure and defensive: spans that are out of range, not on char boundaries or empty are ignored;
//! overlapping spans are clipped so every byte of the text appears exactly once.

/// A run of the article text: plain, or part of claim `claim` (an index into the spans given).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Piece<'a> {
    pub text: &'a str,
    pub claim: Option<usize>,
}

/// Splits `text` into pieces at the `(start, end)` byte spans (in any order); the pieces
/// concatenate back to `text` exactly.
pub fn split<'a>(text: &'a str, spans: &[(usize, usize)]) -> Vec<Piece<'a>> {
    let mut order: Vec<usize> = (0..spans.len())
        .filter(|&i| {
            let (s, e) = spans[i];
            s < e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e)
        })
        .collect();
    order.sort_by_key(|&i| (spans[i].0, spans[i].1));
    let mut pieces = Vec::with_capacity(order.len() * 2 + 1);
    let mut cursor = 0;
    for i in order {
        let (start, end) = spans[i];
        if end <= cursor {
            continue; // wholly inside an earlier claim
        }
        let start = start.max(cursor);
        if start > cursor {
            pieces.push(Piece {
                text: &text[cursor..start],
                claim: None,
            });
        }
        pieces.push(Piece {
            text: &text[start..end],
            claim: Some(i),
        });
        cursor = end;
    }
    if cursor < text.len() {
        pieces.push(Piece {
            text: &text[cursor..],
            claim: None,
        });
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn joined(pieces: &[Piece<'_>]) -> String {
        pieces.iter().map(|p| p.text).collect()
    }

    #[test]
    fn claims_become_their_own_pieces_between_plain_text() {
        let text = "CNN said the talks failed. It rained.";
        let pieces = split(text, &[(9, 25), (27, 36)]);
        assert_eq!(
            pieces,
            vec![
                Piece {
                    text: "CNN said ",
                    claim: None
                },
                Piece {
                    text: "the talks failed",
                    claim: Some(0)
                },
                Piece {
                    text: ". ",
                    claim: None
                },
                Piece {
                    text: "It rained",
                    claim: Some(1)
                },
                Piece {
                    text: ".",
                    claim: None
                },
            ]
        );
    }

    #[test]
    fn spans_given_out_of_order_keep_their_claim_index() {
        let pieces = split("ab cd", &[(3, 5), (0, 2)]);
        assert_eq!(
            pieces[0],
            Piece {
                text: "ab",
                claim: Some(1)
            }
        );
        assert_eq!(
            pieces[2],
            Piece {
                text: "cd",
                claim: Some(0)
            }
        );
    }

    #[test]
    fn overlapping_claims_are_clipped_not_duplicated() {
        let pieces = split("abcdefgh", &[(0, 5), (3, 8), (1, 2)]);
        assert_eq!(joined(&pieces), "abcdefgh");
        assert_eq!(
            pieces[0],
            Piece {
                text: "abcde",
                claim: Some(0)
            }
        );
        assert_eq!(
            pieces[1],
            Piece {
                text: "fgh",
                claim: Some(1)
            }
        );
    }

    #[test]
    fn bad_spans_are_ignored_and_never_split_a_character() {
        let text = "é€x";
        let pieces = split(text, &[(1, 3), (0, 99), (2, 2), (5, 4)]);
        assert_eq!(pieces, vec![Piece { text, claim: None }]);
    }

    #[test]
    fn an_empty_text_gives_no_pieces() {
        assert!(split("", &[(0, 0)]).is_empty());
    }

    proptest! {
        #[test]
        fn pieces_always_rebuild_the_text(text in "\\PC{0,40}", spans in prop::collection::vec((0usize..60, 0usize..60), 0..8)) {
            let pieces = split(&text, &spans);
            prop_assert_eq!(joined(&pieces), text.clone());
            prop_assert!(pieces.iter().all(|p| !p.text.is_empty()));
        }
    }
}
