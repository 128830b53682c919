//! Authentication and authorisation: who is asking (session cookie or API token) and what they may do.

pub mod api_token;
pub mod cookie;
pub mod csrf;
pub mod form_token;
pub mod key;
pub mod password;
pub mod secret;
pub mod throttle;
