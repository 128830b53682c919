//! Domain types: values parsed at the edge, valid by construction after that.

pub mod verdict;

pub use verdict::Verdict;
