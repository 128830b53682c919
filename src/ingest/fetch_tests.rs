//! Tests of the safe fetch against a small HTTP server on loopback, run in a thread of the test.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::time::Duration;

use super::fetch::fetch_draft;
use super::netpolicy::AddrPolicy;
use super::{FetchConfig, IngestError, fetch};

const NEWS: &[u8] = include_bytes!("testdata/news.html");
const LATIN1: &[u8] = include_bytes!("testdata/latin1.html");

/// Starts a server on 127.0.0.1 and returns its base URL; it answers by path and stops after 40 requests.
fn serve() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
    let base = format!("http://{}", listener.local_addr().expect("local addr"));
    std::thread::spawn(move || {
        for stream in listener.incoming().take(40).flatten() {
            std::thread::spawn(move || answer(stream));
        }
    });
    base
}

fn answer(mut stream: TcpStream) {
    // A client that is not speaking HTTP (a TLS hello) gets a plain 404 after a short wait.
    let _ = stream.set_read_timeout(Some(Duration::from_millis(300)));
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") && stream.read(&mut byte).map(|n| n == 1).unwrap_or(false) {
        head.push(byte[0]);
    }
    let head = String::from_utf8_lossy(&head).to_string();
    let path = head.split_whitespace().nth(1).unwrap_or("/").to_string();
    let user_agent = head
        .lines()
        .find_map(|l| {
            l.strip_prefix("user-agent: ")
                .or_else(|| l.strip_prefix("User-Agent: "))
        })
        .unwrap_or("")
        .to_string();
    let reply = |stream: &mut TcpStream, status: &str, headers: &str, body: &[u8]| {
        let head = format!(
            "HTTP/1.1 {status}\r\n{headers}Content-Length: {}\r\nConnection: close\r\n\r\n",
            body.len()
        );
        let _ = stream
            .write_all(head.as_bytes())
            .and_then(|_| stream.write_all(body));
    };
    let s = &mut stream;
    match path.as_str() {
        "/article" => reply(
            s,
            "200 OK",
            "Content-Type: text/html; charset=utf-8\r\n",
            NEWS,
        ),
        "/latin1" => reply(
            s,
            "200 OK",
            "Content-Type: text/html; charset=ISO-8859-1\r\n",
            LATIN1,
        ),
        "/ua" => reply(
            s,
            "200 OK",
            "Content-Type: text/plain\r\n",
            user_agent.as_bytes(),
        ),
        "/pdf" => reply(
            s,
            "200 OK",
            "Content-Type: application/pdf\r\n",
            b"%PDF-1.7",
        ),
        "/missing" => reply(
            s,
            "404 Not Found",
            "Content-Type: text/html\r\n",
            b"<p>no</p>",
        ),
        "/broken" => reply(s, "500 Internal Server Error", "", b""),
        "/to-unspecified" => reply(
            s,
            "302 Found",
            "Location: http://0.0.0.0:9/article\r\n",
            b"",
        ),
        "/to-ftp" => reply(s, "302 Found", "Location: ftp://example.org/file\r\n", b""),
        "/declared-huge" => {
            let head =
                "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 999999999\r\n\r\n";
            let _ = s.write_all(head.as_bytes());
        }
        "/endless" => {
            let _ = s.write_all(
                b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n<p>",
            );
            let chunk = [b'a'; 8192];
            // Stops when the client hangs up (or after 64 MB, so a broken client cannot keep it going).
            for _ in 0..8192 {
                if s.write_all(&chunk).is_err() {
                    break;
                }
            }
        }
        "/slow" => {
            let _ = s.write_all(
                b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100\r\n\r\n<p>",
            );
            std::thread::sleep(Duration::from_secs(3));
        }
        p if p.starts_with("/hops/") => {
            let n: u32 = p["/hops/".len()..].parse().unwrap_or(0);
            let next = if n == 0 {
                "/article".to_string()
            } else {
                format!("/hops/{}", n - 1)
            };
            reply(s, "302 Found", &format!("Location: {next}\r\n"), b"");
        }
        _ => reply(s, "404 Not Found", "", b""),
    }
}

fn loopback_allowed() -> FetchConfig {
    FetchConfig {
        addresses: AddrPolicy {
            allow_loopback: true,
            allow_private: false,
        },
        ..FetchConfig::default()
    }
}

#[test]
fn a_page_on_an_allowed_address_is_fetched_and_extracted() {
    let url = format!("{}/article", serve());
    let draft = fetch_draft(&url, &loopback_allowed()).expect("fetched");
    assert_eq!(draft.title, "Harbour bridge reopens after two-year repair");
    assert_eq!(draft.url.as_deref(), Some(url.as_str()));
}

#[test]
fn loopback_is_refused_unless_configuration_allows_it() {
    let url = format!("{}/article", serve());
    let err = fetch(&url, &FetchConfig::default()).unwrap_err();
    assert_eq!(
        err,
        IngestError::AddressNotAllowed("127.0.0.1".parse().expect("ip"))
    );
    assert!(err.to_string().starts_with("address not allowed"));
}

#[test]
fn a_redirect_to_a_forbidden_address_is_checked_again_and_refused() {
    let err = fetch(&format!("{}/to-unspecified", serve()), &loopback_allowed()).unwrap_err();
    assert_eq!(
        err,
        IngestError::AddressNotAllowed("0.0.0.0".parse().expect("ip"))
    );
}

#[test]
fn five_redirects_are_followed_and_a_sixth_is_refused() {
    let base = serve();
    let page =
        fetch(&format!("{base}/hops/4"), &loopback_allowed()).expect("five redirects are fine");
    assert!(page.final_url.ends_with("/article"));
    let err = fetch(&format!("{base}/hops/5"), &loopback_allowed()).unwrap_err();
    assert_eq!(err, IngestError::TooManyRedirects(5));
}

#[test]
fn only_http_and_https_are_fetched_even_after_a_redirect() {
    let err = fetch("file:///etc/passwd", &loopback_allowed()).unwrap_err();
    assert_eq!(err, IngestError::UnsupportedScheme("file".into()));
    let err = fetch(&format!("{}/to-ftp", serve()), &loopback_allowed()).unwrap_err();
    assert_eq!(err, IngestError::UnsupportedScheme("ftp".into()));
    assert!(matches!(
        fetch("not a url", &loopback_allowed()),
        Err(IngestError::BadUrl(_))
    ));
}

#[test]
fn a_body_over_the_limit_is_refused_while_reading() {
    let config = FetchConfig {
        max_bytes: 64 * 1024,
        ..loopback_allowed()
    };
    let err = fetch(&format!("{}/endless", serve()), &config).unwrap_err();
    assert!(matches!(err, IngestError::TooLarge { .. }), "{err:?}");
}

#[test]
fn a_declared_length_over_the_limit_is_refused_before_reading() {
    let err = fetch(&format!("{}/declared-huge", serve()), &loopback_allowed()).unwrap_err();
    assert_eq!(err, IngestError::TooLarge { limit_mb: 5 });
    assert!(err.to_string().contains("too large"));
}

#[test]
fn other_content_types_than_html_and_text_are_refused() {
    let err = fetch(&format!("{}/pdf", serve()), &loopback_allowed()).unwrap_err();
    assert_eq!(err, IngestError::NotHtml("application/pdf".into()));
    assert!(err.to_string().starts_with("not an HTML page"));
}

#[test]
fn not_found_and_server_errors_have_their_own_messages() {
    let base = serve();
    let err = fetch(&format!("{base}/missing"), &loopback_allowed()).unwrap_err();
    assert_eq!(err.to_string(), "page not found (HTTP 404)");
    assert_eq!(
        fetch(&format!("{base}/broken"), &loopback_allowed()).unwrap_err(),
        IngestError::HttpStatus(500)
    );
}

#[test]
fn a_slow_server_hits_the_total_timeout() {
    let config = FetchConfig {
        timeout: Duration::from_millis(400),
        ..loopback_allowed()
    };
    let err = fetch(&format!("{}/slow", serve()), &config).unwrap_err();
    assert!(matches!(err, IngestError::Timeout(_)), "{err:?}");
    assert!(err.to_string().contains("too long"));
}

#[test]
fn the_charset_in_the_content_type_header_is_used() {
    let draft = fetch_draft(&format!("{}/latin1", serve()), &loopback_allowed()).expect("fetched");
    assert!(draft.text.contains("Jürgen Müller"), "{}", draft.text);
}

#[test]
fn the_user_agent_names_claimdesk_and_its_version() {
    let page = fetch(&format!("{}/ua", serve()), &loopback_allowed()).expect("fetched");
    let ua = String::from_utf8_lossy(&page.body).to_string();
    assert_eq!(
        ua,
        format!(
            "claimdesk/{} (+fact-check workbench)",
            env!("CARGO_PKG_VERSION")
        )
    );
}

#[test]
fn a_failed_tls_handshake_is_reported_as_a_tls_error() {
    // The test server speaks plain HTTP, so a TLS client hello gets garbage back.
    let url = serve().replace("http://", "https://") + "/article";
    let err = fetch(&url, &loopback_allowed()).unwrap_err();
    assert!(matches!(err, IngestError::Tls(_)), "{err:?}");
    assert!(err.to_string().starts_with("TLS error"));
}
