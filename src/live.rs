//! Live article pages: who is viewing which article, and change events pushed to them (Server-Sent Events).
//!
//! Only ephemeral presence lives here (open connections); every change itself is in the database.
//! A slow client whose buffer is full misses an event rather than slowing the writer down.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use tokio::sync::mpsc;
use uuid::Uuid;

/// How many events may wait for one slow client.
const BUFFER: usize = 64;

struct Viewer {
    id: u64,
    account: Uuid,
    name: String,
    tx: mpsc::Sender<String>,
}

/// The registry of open live pages, shared by all workers.
#[derive(Clone, Default)]
pub struct Hub {
    pages: Arc<Mutex<HashMap<Uuid, Vec<Viewer>>>>,
    next: Arc<AtomicU64>,
}

/// An open live page; leaving (dropping it) removes the viewer and tells the others.
pub struct Subscription {
    hub: Hub,
    article: Uuid,
    id: u64,
    /// The events for this page, already formatted as SSE frames.
    pub events: mpsc::Receiver<String>,
}

impl Drop for Subscription {
    fn drop(&mut self) {
        self.hub.leave(self.article, self.id);
    }
}

/// One SSE frame.
pub fn frame(event: &str, data: &str) -> String {
    let data = data.replace('\n', "\ndata: ");
    format!("event: {event}\ndata: {data}\n\n")
}

impl Hub {
    /// Opens a live page of `article` for the account `account` named `name`; everyone on it learns who
    /// is there.
    pub fn join(&self, article: Uuid, account: Uuid, name: &str) -> Subscription {
        let (tx, rx) = mpsc::channel(BUFFER);
        let id = self.next.fetch_add(1, Ordering::Relaxed);
        if let Ok(mut pages) = self.pages.lock() {
            pages.entry(article).or_default().push(Viewer {
                id,
                account,
                name: name.to_string(),
                tx,
            });
        }
        self.announce_presence(article);
        Subscription {
            hub: self.clone(),
            article,
            id,
            events: rx,
        }
    }

    fn leave(&self, article: Uuid, id: u64) {
        if let Ok(mut pages) = self.pages.lock()
            && let Some(viewers) = pages.get_mut(&article)
        {
            viewers.retain(|v| v.id != id);
            if viewers.is_empty() {
                pages.remove(&article);
            }
        }
        self.announce_presence(article);
    }

    /// The names of everyone viewing `article`, sorted, each once.
    pub fn viewers(&self, article: Uuid) -> Vec<String> {
        let mut names: Vec<String> = self
            .pages
            .lock()
            .map(|pages| {
                pages
                    .get(&article)
                    .map(|vs| vs.iter().map(|v| v.name.clone()).collect())
                    .unwrap_or_default()
            })
            .unwrap_or_default();
        names.sort();
        names.dedup();
        names
    }

    /// Everyone viewing `article` as (account id, name), sorted by name, each account once: pages tell
    /// their own account from others by id, since two accounts may share a display name.
    pub fn accounts(&self, article: Uuid) -> Vec<(Uuid, String)> {
        let mut accounts: Vec<(Uuid, String)> = self
            .pages
            .lock()
            .map(|pages| {
                pages
                    .get(&article)
                    .map(|vs| vs.iter().map(|v| (v.account, v.name.clone())).collect())
                    .unwrap_or_default()
            })
            .unwrap_or_default();
        accounts.sort_by(|a, b| a.1.cmp(&b.1).then(a.0.cmp(&b.0)));
        accounts.dedup_by_key(|a| a.0);
        accounts
    }

    /// The names of everyone viewing `article` but the account `me`, one per account (two accounts that
    /// share a display name are both listed), sorted: the "Also viewing" line a page is first drawn with.
    pub fn others(&self, article: Uuid, me: Uuid) -> Vec<String> {
        self.accounts(article)
            .into_iter()
            .filter(|(account, _)| *account != me)
            .map(|(_, name)| name)
            .collect()
    }

    /// How many live pages are open in total.
    pub fn open_pages(&self) -> usize {
        self.pages
            .lock()
            .map(|p| p.values().map(Vec::len).sum())
            .unwrap_or(0)
    }

    fn announce_presence(&self, article: Uuid) {
        let accounts: Vec<_> = self
            .accounts(article)
            .into_iter()
            .map(|(id, name)| serde_json::json!({ "id": id, "name": name }))
            .collect();
        let data = serde_json::json!({ "viewers": self.viewers(article), "accounts": accounts });
        self.publish(article, "presence", &data.to_string());
    }

    /// Sends an event to every open page of `article`.
    pub fn publish(&self, article: Uuid, event: &str, data: &str) {
        let frame = frame(event, data);
        if let Ok(pages) = self.pages.lock()
            && let Some(viewers) = pages.get(&article)
        {
            for v in viewers {
                let _ = v.tx.try_send(frame.clone());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn viewers_see_each_other_and_leaving_removes_them() {
        let hub = Hub::default();
        let article = Uuid::new_v4();
        let mut ana = hub.join(article, Uuid::new_v4(), "Ana");
        let bo = hub.join(article, Uuid::new_v4(), "Bo");
        assert_eq!(hub.viewers(article), vec!["Ana", "Bo"]);
        hub.publish(article, "change", "{}");
        let mut got = Vec::new();
        while let Ok(f) = ana.events.try_recv() {
            got.push(f);
        }
        assert!(got.iter().any(|f| f.starts_with("event: change")));
        assert!(got.iter().any(|f| f.contains("\"Bo\"")));
        drop(bo);
        assert_eq!(hub.viewers(article), vec!["Ana"]);
    }

    #[test]
    fn two_accounts_with_one_name_are_two_viewers_and_one_account_twice_is_one() {
        let hub = Hub::default();
        let article = Uuid::new_v4();
        let (sam1, sam2) = (Uuid::new_v4(), Uuid::new_v4());
        let _a = hub.join(article, sam1, "Sam");
        let _b = hub.join(article, sam2, "Sam");
        let _c = hub.join(article, sam1, "Sam");
        let ids: Vec<Uuid> = hub.accounts(article).into_iter().map(|a| a.0).collect();
        assert_eq!(ids.len(), 2);
        assert!(ids.contains(&sam1) && ids.contains(&sam2));
        assert_eq!(hub.viewers(article), vec!["Sam"]);
        assert_eq!(hub.others(article, Uuid::new_v4()), vec!["Sam", "Sam"]);
        assert_eq!(hub.others(article, sam1), vec!["Sam"]);
    }

    #[test]
    fn a_multi_line_payload_stays_one_event() {
        assert_eq!(frame("x", "a\nb"), "event: x\ndata: a\ndata: b\n\n");
    }
}
