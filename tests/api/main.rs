//! Integration tests: the real app over HTTP, one test binary. Each module walks part of the user's story.

mod api;
mod articles;
mod bad_input;
mod claim_helpers;
mod conflicts;
mod corrections;
mod exports;
mod helpers;
mod history;
mod import;
mod import_cli;
mod live;
mod reports;
mod review;
mod review_rules;
mod search;
mod shared_corpus;
mod startup;
mod team;
