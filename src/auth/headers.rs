//! Security headers on every response: no inline script, no framing, no MIME sniffing, no referrer
//! leaving the site.

use actix_web::middleware::DefaultHeaders;

/// The Content-Security-Policy: only our own files, no inline script or style, no framing, forms
/// post only to us.
pub const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
                       object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// The middleware adding the headers (a handler's own header of the same name wins).
pub fn security_headers() -> DefaultHeaders {
    DefaultHeaders::new()
        .add(("Content-Security-Policy", CSP))
        .add(("X-Content-Type-Options", "nosniff"))
        .add(("Referrer-Policy", "same-origin"))
        .add(("X-Frame-Options", "DENY"))
}
