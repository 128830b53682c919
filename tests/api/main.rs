//! Integration tests: the real app over HTTP, one test binary. Each module walks part of the user's story.

mod access;
mod accounts_cli;
mod api;
mod articles;
mod bad_input;
mod byline;
mod claim_helpers;
mod conflicts;
mod corrections;
mod csrf;
mod exports;
mod helpers;
mod history;
mod import;
mod import_cli;
mod live;
mod reports;
mod review;
mod review_rules;
mod roles;
mod search;
mod setup;
mod shared_corpus;
mod sign_in;
mod startup;
mod team;
