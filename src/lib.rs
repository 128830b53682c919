//! claimdesk: a self-hosted fact-check workbench. The binary (`src/main.rs`) is a thin CLI over this.

pub mod auth;
pub mod config;
pub mod db;
pub mod domain;
pub mod error;
pub mod eval;
pub mod export;
pub mod extract;
pub mod generate;
pub mod imports;
pub mod ingest;
pub mod live;
pub mod report;
pub mod routes;
pub mod sample;
pub mod startup;
