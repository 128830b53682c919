//! Domain types: values parsed at the edge, valid by construction after that.

pub mod article;
pub mod evidence;
pub mod ids;
pub mod report_format;
pub mod review;
pub mod role;
pub mod rules;
pub mod span;
pub mod user;
pub mod verdict;

pub use article::{ArticleError, ArticleText, ArticleTitle, ArticleUrl, NewArticle, RawArticle};
pub use evidence::{EvidenceError, EvidenceItem};
pub use ids::parse_id;
pub use report_format::ReportFormat;
pub use review::{Decision, ReviewError};
pub use role::Role;
pub use rules::{RuleError, Support};
pub use user::{DisplayName, Email, User};
pub use verdict::Verdict;
