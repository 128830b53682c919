//! A small Chrome DevTools Protocol client for the browser tests: starts headless Chromium, drives one
//! page (navigate, evaluate, key presses, accessibility tree) over its browser WebSocket. Blocking: call it from
//! `spawn_blocking`. Chromium is `$CHROMIUM`, /usr/bin/chromium or on PATH; `None` when it is absent.

use std::io::{BufRead, BufReader};
use std::net::TcpStream;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use tungstenite::{Message, WebSocket};

/// Browser tests take turns: several Chromiums at once on a small machine make them slow and flaky.
pub static ONE_AT_A_TIME: std::sync::LazyLock<tokio::sync::Mutex<()>> =
    std::sync::LazyLock::new(|| tokio::sync::Mutex::new(()));

/// A running headless Chromium with one page attached.
pub struct Chromium {
    child: Process,
    socket: WebSocket<TcpStream>,
    next_id: u64,
    /// The page's session (commands without one go to the browser itself).
    session: Option<String>,
    _profile: tempfile::TempDir,
}

/// The browser process, killed when dropped, so a failed launch or test never leaves it running.
struct Process(Child);

impl Drop for Process {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// The Chromium binary, if installed: `$CHROMIUM` when set, else /usr/bin/chromium or `chromium` on PATH.
pub fn find() -> Option<PathBuf> {
    if let Some(chosen) = std::env::var_os("CHROMIUM") {
        let chosen = PathBuf::from(chosen);
        return chosen.exists().then_some(chosen);
    }
    let known = PathBuf::from("/usr/bin/chromium");
    if known.exists() {
        return Some(known);
    }
    std::env::var_os("PATH")?
        .to_str()?
        .split(':')
        .map(|dir| PathBuf::from(dir).join("chromium"))
        .find(|p| p.exists())
}

impl Chromium {
    /// Starts Chromium headless with a fresh profile and attaches to its first page.
    pub fn launch(binary: &PathBuf) -> Chromium {
        let profile = tempfile::tempdir().expect("a profile directory");
        let mut child = Process(
            Command::new(binary)
                .args([
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--no-first-run",
                    "--remote-debugging-port=0",
                    "--window-size=1280,900",
                ])
                .arg(format!("--user-data-dir={}", profile.path().display()))
                .arg("about:blank")
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .expect("chromium starts"),
        );
        // Read the DevTools address from stderr, then keep draining it so Chromium never blocks on it.
        let stderr = child.0.stderr.take().expect("chromium's stderr");
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if let Some((_, url)) = line.split_once("DevTools listening on ") {
                    let _ = tx.send(url.to_string());
                }
            }
        });
        let browser_ws = rx
            .recv_timeout(Duration::from_secs(20))
            .expect("chromium prints its DevTools address");
        let address = browser_ws
            .trim_start_matches("ws://")
            .split('/')
            .next()
            .expect("host:port")
            .to_string();
        let stream = TcpStream::connect(&address).expect("DevTools connects");
        stream
            .set_read_timeout(Some(Duration::from_secs(20)))
            .expect("a read timeout");
        let (socket, _) =
            tungstenite::client(browser_ws.as_str(), stream).expect("WebSocket handshake");
        let mut browser = Chromium {
            child,
            socket,
            next_id: 0,
            session: None,
            _profile: profile,
        };
        let targets = browser.call("Target.getTargets", json!({}));
        let page = targets["targetInfos"]
            .as_array()
            .and_then(|ts| ts.iter().find(|t| t["type"] == "page"))
            .and_then(|t| t["targetId"].as_str())
            .expect("chromium has a page")
            .to_string();
        let attached = browser.call(
            "Target.attachToTarget",
            json!({ "targetId": page, "flatten": true }),
        );
        browser.session = attached["sessionId"].as_str().map(str::to_string);
        browser.call("Page.enable", json!({}));
        browser.call("Runtime.enable", json!({}));
        browser
    }

    /// Sends one command and returns its `result` (panics on a protocol error).
    pub fn call(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        let mut message = json!({ "id": id, "method": method, "params": params });
        if let Some(session) = &self.session {
            message["sessionId"] = json!(session);
        }
        let message = message.to_string();
        self.socket
            .send(Message::text(message))
            .expect("send to DevTools");
        loop {
            let frame = self.socket.read().expect("a DevTools message");
            let Ok(text) = frame.to_text() else { continue };
            let Ok(value) = serde_json::from_str::<Value>(text) else {
                continue;
            };
            if value["id"] == id {
                assert!(value["error"].is_null(), "{method} failed: {value}");
                return value["result"].clone();
            }
        }
    }

    /// Evaluates a JavaScript expression in the page and returns its value.
    pub fn eval(&mut self, expression: &str) -> Value {
        let result = self.call(
            "Runtime.evaluate",
            json!({ "expression": expression, "returnByValue": true, "awaitPromise": true }),
        );
        assert!(
            result["exceptionDetails"].is_null(),
            "{expression} threw: {result}"
        );
        result["result"]["value"].clone()
    }

    /// Waits until `expression` is truthy in the page (panics after 15 s, showing `what`).
    pub fn wait_for(&mut self, expression: &str, what: &str) {
        let deadline = Instant::now() + Duration::from_secs(15);
        while Instant::now() < deadline {
            if self.eval(&format!("!!({expression})")) == json!(true) {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("{what}: {expression} stayed false for 15 s");
    }

    /// Opens `url` and waits for the page to have loaded.
    pub fn open(&mut self, url: &str) {
        self.call("Page.navigate", json!({ "url": url }));
        self.wait_for(
            &format!(
                "location.href.startsWith({}) && document.readyState === 'complete'",
                json!(url)
            ),
            "the page loads",
        );
    }

    /// Presses and releases one printable key, as a person typing would.
    pub fn press(&mut self, key: &str) {
        let (text, code) = match key {
            "Enter" => ("\r", 13),
            "Tab" => ("", 9),
            "Escape" => ("", 27),
            k => (k, 0),
        };
        self.call(
            "Input.dispatchKeyEvent",
            json!({ "type": "keyDown", "key": key, "text": text, "windowsVirtualKeyCode": code }),
        );
        self.call(
            "Input.dispatchKeyEvent",
            json!({ "type": "keyUp", "key": key }),
        );
    }

    /// Types text into the focused field.
    pub fn type_text(&mut self, text: &str) {
        self.call("Input.insertText", json!({ "text": text }));
    }

    /// The page's accessibility tree (what a screen reader is given).
    pub fn accessibility_tree(&mut self) -> Vec<Value> {
        self.call("Accessibility.enable", json!({}));
        let tree = self.call("Accessibility.getFullAXTree", json!({}));
        tree["nodes"].as_array().cloned().unwrap_or_default()
    }
}

impl Drop for Chromium {
    fn drop(&mut self) {
        let _ = self.socket.send(Message::text(
            json!({ "id": 0, "method": "Browser.close" }).to_string(),
        ));
        let deadline = Instant::now() + Duration::from_secs(3);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.0.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        // Still running: Process's own drop kills it.
    }
}
