//! Which client address a request counts against for sign-in throttling: the peer, or, when the peer is
//! a reverse proxy the operator named as trusted, the address that proxy says it forwarded for.

use std::net::IpAddr;

/// The client address of a request from `peer` carrying `X-Forwarded-For: forwarded_for`.
///
/// Only proxies in `trusted` are believed: the list is read from the right (each proxy appends the
/// address it received the request from), skipping trusted proxies, and the first address that is not
/// one of them is the client. Anything left of it could have been written by the client itself, so it is
/// never used. With an untrusted (or no) proxy, or an unreadable header, the peer is the client.
pub fn client_addr(
    peer: Option<IpAddr>,
    forwarded_for: Option<&str>,
    trusted: &[IpAddr],
) -> String {
    let Some(peer) = peer else {
        return "unknown".to_string();
    };
    if !trusted.contains(&peer) {
        return peer.to_string();
    }
    let Some(header) = forwarded_for else {
        return peer.to_string();
    };
    let mut last = peer;
    for hop in header.rsplit(',') {
        match hop.trim().parse::<IpAddr>() {
            Ok(ip) if trusted.contains(&ip) => last = ip,
            Ok(ip) => return ip.to_string(),
            Err(_) => break,
        }
    }
    last.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn without_a_trusted_proxy_the_peer_is_the_client_whatever_the_header_says() {
        let got = client_addr(Some(ip("10.0.0.7")), Some("203.0.113.5"), &[]);
        assert_eq!(got, "10.0.0.7");
        let got = client_addr(Some(ip("10.0.0.7")), Some("203.0.113.5"), &[ip("10.0.0.8")]);
        assert_eq!(got, "10.0.0.7", "only the named proxy is believed");
    }

    #[test]
    fn behind_a_trusted_proxy_the_address_it_appended_is_the_client() {
        let proxy = [ip("127.0.0.1")];
        let got = client_addr(Some(ip("127.0.0.1")), Some("203.0.113.5"), &proxy);
        assert_eq!(got, "203.0.113.5");
        let got = client_addr(Some(ip("127.0.0.1")), Some("1.2.3.4, 203.0.113.5"), &proxy);
        assert_eq!(
            got, "203.0.113.5",
            "an address the client wrote itself is ignored"
        );
        let got = client_addr(Some(ip("127.0.0.1")), Some(" 2001:db8::1 "), &proxy);
        assert_eq!(got, "2001:db8::1");
    }

    #[test]
    fn a_chain_of_trusted_proxies_is_skipped_from_the_right() {
        let proxies = [ip("127.0.0.1"), ip("10.0.0.2")];
        let got = client_addr(
            Some(ip("127.0.0.1")),
            Some("203.0.113.5, 10.0.0.2"),
            &proxies,
        );
        assert_eq!(got, "203.0.113.5");
    }

    #[test]
    fn a_missing_or_garbled_header_leaves_the_last_trusted_hop() {
        let proxy = [ip("127.0.0.1")];
        assert_eq!(
            client_addr(Some(ip("127.0.0.1")), None, &proxy),
            "127.0.0.1"
        );
        let got = client_addr(Some(ip("127.0.0.1")), Some("not-an-address"), &proxy);
        assert_eq!(got, "127.0.0.1");
        assert_eq!(client_addr(None, Some("203.0.113.5"), &proxy), "unknown");
    }
}
