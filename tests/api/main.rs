//! Integration tests: the real app over HTTP, one test binary. Each module walks part of the user's story.

mod api;
mod articles;
mod bad_input;
mod byline;
mod exports;
mod helpers;
mod import;
mod import_cli;
mod reports;
mod review;
mod shared_corpus;
mod startup;
