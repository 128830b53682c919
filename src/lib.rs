//! claimdesk: a self-hosted fact-check workbench. The binary (`src/main.rs`) is a thin CLI over this.

pub mod domain;
pub mod eval;
pub mod extract;
pub mod report;
