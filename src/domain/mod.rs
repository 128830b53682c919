//! Domain types: values parsed at the edge, valid by construction after that.

pub mod role;
pub mod user;
pub mod verdict;

pub use role::Role;
pub use user::{DisplayName, Email, User};
pub use verdict::Verdict;
