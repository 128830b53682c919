//! Quotations that go on after their frame's sentence: "“We need Chapter 9,” said Ms. Acosta,
//! referring to the bankruptcy chapter. “Give us the tool.”" PolNeAR's gold content takes both.

use super::frames::Attr;
use super::token::{Kind, Token};

/// The index in `attrs` (one sentence's frames) of the frame whose quotation a following sentence
/// that opens with a quotation mark continues: the last one whose content opens with a quotation
/// mark or stands before its cue. A later frame of the sentence ("referring to …", "when asked
/// about …") does not take the quotation away from its speaker.
pub fn quoted_frame(toks: &[Token], attrs: &[Attr]) -> Option<usize> {
    attrs
        .iter()
        .rposition(|a| toks[a.content.0].kind == Kind::Open || a.content.1 <= a.cue.0)
}
