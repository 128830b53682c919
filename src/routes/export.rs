//! `GET /export`: every claim of the instance as CSV or JSON, streamed from a blocking thread through
//! a bounded channel (memory stays constant); without `format` it shows the export form.

use std::convert::Infallible;
use std::io::{self, Write};
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};

use actix_web::http::header::{ContentDisposition, DispositionParam, DispositionType};
use actix_web::web::{self, Bytes};
use actix_web::{HttpResponse, rt};
use askama::Template;
use serde::Deserialize;

use super::home::html;
use crate::auth::CurrentUser;
use crate::db;
use crate::domain::Verdict;
use crate::error::{AppError, AppResult};
use crate::export::{AllFormat, Emails, write_all};
use crate::report::export::{Context, Filters};
use crate::startup::AppState;

/// Bytes per chunk sent to the client, and chunks that may wait in the channel.
const CHUNK: usize = 64 * 1024;
const IN_FLIGHT: usize = 8;

/// The query string of `/export`; every field optional (empty form fields count as absent).
#[derive(Deserialize)]
pub struct ExportQuery {
    format: Option<String>,
    status: Option<String>,
    since: Option<String>,
}

#[derive(Template)]
#[template(path = "export.html")]
struct ExportPage {
    user: CurrentUser,
}

fn given(s: &Option<String>) -> Option<&str> {
    s.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// Parses the query into a format and filters, or says what is wrong (422).
fn parse(q: &ExportQuery, format: &str) -> AppResult<(AllFormat, Filters)> {
    let bad = |m: String| AppError::Unprocessable(m);
    let format = AllFormat::parse(format)
        .ok_or_else(|| bad(format!("unknown export format {format:?}: use csv or json")))?;
    let status = given(&q.status)
        .map(|s| Verdict::parse(s).ok_or_else(|| bad(format!("unknown status {s:?}"))))
        .transpose()?;
    let since = given(&q.since)
        .map(|s| {
            crate::domain::article::parse_date(s)
                .map_err(|_| bad(format!("{s:?} is not a date (YYYY-MM-DD)")))
        })
        .transpose()?;
    Ok((format, Filters { status, since }))
}

/// `GET /export?format=csv|json[&status=...][&since=YYYY-MM-DD]`.
pub async fn export(
    state: web::Data<AppState>,
    user: CurrentUser,
    query: web::Query<ExportQuery>,
) -> AppResult<HttpResponse> {
    let Some(format) = given(&query.format) else {
        return Ok(html(ExportPage { user }.render()?));
    };
    let (format, filters) = parse(&query, format)?;
    let now = db::time::now();
    let ctx = Context {
        instance_name: state.instance_name.clone(),
        base_url: state.base_url.clone(),
        generated_at: now,
    };
    // Account e-mails are for admins (who see them on /admin/users); restore needs them.
    let emails = if user.is_admin() {
        Emails::Included
    } else {
        Emails::Withheld
    };
    let (tx, rx) = sync_channel::<Bytes>(IN_FLIGHT);
    let database = state.db.clone();
    rt::task::spawn_blocking(move || {
        let out = ChannelWriter::new(tx);
        let result =
            database.run_blocking(|conn| Ok(write_all(conn, format, &filters, ctx, emails, out)?));
        if let Err(e) = result {
            // The client sees a cut-off file (the JSON will not parse); the reason goes to the log.
            tracing::warn!("export stopped: {e}");
        }
    });
    let filename = format!("claimdesk-export-{}.{}", now.date(), format.extension());
    Ok(HttpResponse::Ok()
        .content_type(format.content_type())
        .insert_header(ContentDisposition {
            disposition: DispositionType::Attachment,
            parameters: vec![DispositionParam::Filename(filename)],
        })
        .streaming(chunks(rx)))
}

/// The chunks as a body stream; each wait for the next chunk happens on the blocking pool.
fn chunks(rx: Receiver<Bytes>) -> impl futures_util::Stream<Item = Result<Bytes, Infallible>> {
    futures_util::stream::unfold(Some(rx), |rx| async move {
        let rx = rx?;
        let (next, rx) = web::block(move || (rx.recv().ok(), rx)).await.ok()?;
        next.map(|chunk| (Ok(chunk), Some(rx)))
    })
}

/// An `io::Write` that sends full chunks down the channel; fails once the client has gone away.
struct ChannelWriter {
    buf: Vec<u8>,
    tx: SyncSender<Bytes>,
}

impl ChannelWriter {
    fn new(tx: SyncSender<Bytes>) -> Self {
        ChannelWriter {
            buf: Vec::with_capacity(CHUNK),
            tx,
        }
    }

    fn send(&mut self) -> io::Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let chunk = Bytes::from(std::mem::replace(&mut self.buf, Vec::with_capacity(CHUNK)));
        self.tx
            .send(chunk)
            .map_err(|_| io::Error::new(io::ErrorKind::BrokenPipe, "the client went away"))
    }
}

impl Write for ChannelWriter {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        self.buf.extend_from_slice(data);
        if self.buf.len() >= CHUNK {
            self.send()?;
        }
        Ok(data.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.send()
    }
}
