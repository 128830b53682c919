//! Integration tests: the real app over HTTP, one test binary. Each module walks part of the user's story.

mod access;
mod accounts_cli;
mod api;
mod articles;
mod bad_input;
mod byline;
mod csrf;
mod exports;
mod helpers;
mod import;
mod import_cli;
mod reports;
mod review;
mod roles;
mod setup;
mod shared_corpus;
mod sign_in;
mod startup;
mod who;
