//! `ogi serve`: a page where anyone checks a report by dropping the file in, and the same
//! check as a JSON API.
//!
//! Routes: `GET /` (the form), `POST /check` (the result page; `GET /check`, a reload, goes
//! back to the form), `POST /api/check` (the object `ogi check --format json` prints), and two
//! static files under `/static/`. Nothing a request brings is kept: the upload is read into
//! memory, checked and dropped; nothing is written to disk; the log holds methods, routes,
//! statuses, sizes, forms and timings, never content, names or agencies; no cookie is set. No
//! part of a request names a file: the server reads none but its own two static files, which
//! are compiled in.
//!
//! Limits, before any body is read: a body over `--max-body` gets 413 (at once when its
//! length is declared, at the limit when it is streamed); the bodies held at once across all
//! connections are bounded by `--max-buffered`, each taking at most half of what is free, past
//! which 503 with `Retry-After` (see [`budget`]); connections are capped, timed out when idle
//! and while their head arrives (see [`net`]). A body not in after `--upload-time` gets 408;
//! a check runs in a blocking task, at most `--max-checks` at once, with `--queue` more
//! waiting, past which 503 with `Retry-After`, and a body over [`LARGE_BODY`] is checked only
//! while no other such check is working; a check past `--time-limit` gets 503, its slot is
//! freed and its work told to stop. SIGTERM or Ctrl-C stops taking connections, closes the
//! idle ones, and lets the requests in flight finish for at most `--drain-time`.

mod budget;
mod net;
mod pages;
mod positions;

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Body;
use axum::extract::{DefaultBodyLimit, FromRequest, Multipart, Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use ogi_report::load::Loaded;
use ogi_report::meta::{ReportYear, Tier};
use ogi_report::parse::ParseOptions;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use crate::check::Counts;
use budget::{Budget, Held, Weighed};

/// What `ogi serve` was asked.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// Where to listen.
    pub addr: SocketAddr,
    /// The largest request body taken, in bytes.
    pub max_body: usize,
    /// The bytes of request bodies held at once, across every connection: bodies being
    /// received, and those waiting for or in a check.
    pub max_buffered: usize,
    /// Checks run at once.
    pub max_checks: usize,
    /// Checks waiting for a turn, past which a request gets 503.
    pub queue: usize,
    /// The longest one check may take.
    pub time_limit: Duration,
    /// The longest an upload may take to arrive: a slow sender holds a connection, never a
    /// check's slot, but not forever.
    pub upload_time: Duration,
    /// Connections open at once.
    pub max_connections: usize,
    /// The longest a request's head may take to arrive.
    pub header_time: Duration,
    /// The longest a connection stays open with no request and no traffic.
    pub idle_time: Duration,
    /// On shutdown, the longest the requests in flight are waited for.
    pub drain_time: Duration,
}

/// A body over this many bytes is checked only while no other such check is working (until
/// that check's work has ended, past its time limit too): reading a large text takes about
/// twenty times its size in memory.
pub const LARGE_BODY: usize = 4 << 20;

/// After the check of a body over this many bytes, the memory it freed is given back to the
/// system, within a second.
const GIVE_BACK_AFTER: usize = 256 << 10;

/// Whether a check that freed much memory has ended since the memory was last given back.
#[derive(Debug, Default)]
struct Freed {
    freed: AtomicBool,
}

/// Once a second at most, after the check of a body over [`GIVE_BACK_AFTER`], gives the
/// memory the allocator holds free back to the system. glibc keeps what a thread freed in
/// that thread's arena: after large checks on several blocking threads, the server held the
/// sum of their peaks (900 MB after three pairs of 5 MiB texts, where one check needs 210 MB).
/// Not after every check: the pages given back are faulted in again by the next.
async fn give_back_freed_memory(memory: Arc<Freed>) {
    let mut every = tokio::time::interval(Duration::from_secs(1));
    every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        every.tick().await;
        if memory.freed.swap(false, Ordering::Relaxed) {
            let _ = tokio::task::spawn_blocking(give_back_memory).await;
        }
    }
}

/// Gives the memory the allocator holds free back to the system (glibc's `malloc_trim`).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[expect(unsafe_code, reason = "glibc's malloc_trim has no safe wrapper")]
fn give_back_memory() {
    // SAFETY: `malloc_trim` takes no pointer; it walks glibc's own free lists under their
    // locks and may be called from any thread at any time.
    unsafe {
        libc::malloc_trim(0);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn give_back_memory() {}

/// Connections open at once unless `--max-connections` says otherwise.
pub const DEFAULT_MAX_CONNECTIONS: usize = 4096;

impl ServeOptions {
    /// Refuses options that contradict each other; lowers the cap on connections to what the
    /// open-file limit allows, saying so.
    fn settle(mut self) -> Result<ServeOptions, String> {
        if self.max_body > self.max_buffered / 2 {
            return Err(format!(
                "--max-buffered ({} bytes) must be at least twice --max-body ({} bytes): a body takes at most half of the budget left",
                self.max_buffered, self.max_body
            ));
        }
        if let Some(possible) = net::connections_possible() {
            if self.max_connections > possible {
                eprintln!(
                    "ogi serve: --max-connections {} lowered to {possible}: the open-file limit (ulimit -n) is {}",
                    self.max_connections,
                    net::open_file_limit().unwrap_or(0)
                );
                self.max_connections = possible;
            }
        }
        Ok(self)
    }
}

/// The server's shared state.
struct Shared {
    options: ServeOptions,
    /// One permit per check running.
    running: Arc<Semaphore>,
    /// Requests waiting for a permit.
    waiting: AtomicUsize,
    /// The bytes of request bodies held.
    budget: Arc<Budget>,
    /// One permit: the check of a body over [`LARGE_BODY`] working.
    large: Arc<Semaphore>,
    /// Set when a check that freed much memory ends.
    memory: Arc<Freed>,
    /// The stop flag of every check whose blocking work has not ended, told to stop at
    /// shutdown.
    checks: Mutex<HashMap<u64, Arc<AtomicBool>>>,
    next_check: AtomicU64,
}

impl Shared {
    /// Tells every check still working to stop.
    fn stop_all(&self) {
        let checks = self
            .checks
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        for stop in checks.values() {
            stop.store(true, Ordering::SeqCst);
        }
    }
}

/// A check's stop flag, in the list [`Shared::stop_all`] reads while the check's blocking
/// work runs.
struct Working {
    shared: Arc<Shared>,
    id: u64,
}

impl Working {
    fn begin(shared: &Arc<Shared>, stop: &Arc<AtomicBool>) -> Working {
        let id = shared.next_check.fetch_add(1, Ordering::Relaxed);
        shared
            .checks
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .insert(id, Arc::clone(stop));
        Working {
            shared: Arc::clone(shared),
            id,
        }
    }
}

impl Drop for Working {
    fn drop(&mut self) {
        self.shared
            .checks
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .remove(&self.id);
    }
}

/// What a request asked for: the page, or JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Want {
    Page,
    Json,
}

/// The form a check read, told to the log by the handler (never the content).
#[derive(Debug, Clone, Copy)]
struct LoggedForm(&'static str);

/// Runs the server until SIGTERM or Ctrl-C. Prints `ogi serve: listening on http://ADDR/` on
/// standard output once it takes connections.
pub fn run(options: ServeOptions) -> std::io::Result<()> {
    let options = options
        .settle()
        .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidInput, e))?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        // A check past its time limit is told to stop but may run on until the reader next
        // looks: room for as many of those as checks running.
        .max_blocking_threads(options.max_checks.max(1) * 2 + 4)
        // A check reads as deep as `ogi check` does on the command line's main thread.
        .thread_stack_size(8 << 20)
        .build()?;
    let served = runtime.block_on(serve(options));
    // Work told to stop that has not yet: not waited for.
    runtime.shutdown_timeout(Duration::from_millis(500));
    eprintln!("ogi serve: stopped");
    served
}

async fn serve(options: ServeOptions) -> std::io::Result<()> {
    let listener = net::bind(options.addr)?;
    let addr = listener.local_addr()?;
    let limits = net::Limits {
        max_connections: options.max_connections,
        header_time: options.header_time,
        idle_time: options.idle_time,
        drain_time: options.drain_time,
    };
    let shared = Arc::new(Shared {
        running: Arc::new(Semaphore::new(options.max_checks.max(1))),
        waiting: AtomicUsize::new(0),
        budget: Arc::new(Budget::new(options.max_buffered)),
        large: Arc::new(Semaphore::new(1)),
        memory: Arc::new(Freed::default()),
        checks: Mutex::new(HashMap::new()),
        next_check: AtomicU64::new(0),
        options,
    });
    let app = router(Arc::clone(&shared));
    tokio::spawn(give_back_freed_memory(Arc::clone(&shared.memory)));
    {
        use std::io::Write;
        let mut out = std::io::stdout().lock();
        writeln!(out, "ogi serve: listening on http://{addr}/")?;
        out.flush()?;
    }
    net::serve(listener, app, limits, shutdown(), || shared.stop_all()).await
}

/// Resolves on SIGTERM or Ctrl-C.
async fn shutdown() {
    let interrupt = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let Ok(mut term) =
            tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        else {
            let _ = interrupt.await;
            return;
        };
        tokio::select! {
            _ = interrupt => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    {
        let _ = interrupt.await;
    }
    eprintln!("ogi serve: shutting down; finishing the requests in flight");
}

fn router(shared: Arc<Shared>) -> Router {
    let max_body = shared.options.max_body;
    Router::new()
        .route("/", get(form_page))
        .route("/check", get(reload).post(check_page))
        .route("/api/check", post(check_json))
        .route("/static/ogi-serve.css", get(stylesheet))
        .route("/static/drop.js", get(script))
        .fallback(not_found)
        .layer(DefaultBodyLimit::max(max_body))
        .layer(middleware::from_fn_with_state(Arc::clone(&shared), guard))
        .with_state(shared)
}

/// Every response: the security headers, a refusal of a body declared over the limit before
/// it is read, and one line of log.
async fn guard(State(shared): State<Arc<Shared>>, request: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = request.method().clone();
    let route: &'static str = match request.uri().path() {
        "/" => "/",
        "/check" => "/check",
        "/api/check" => "/api/check",
        "/static/ogi-serve.css" => "/static/ogi-serve.css",
        "/static/drop.js" => "/static/drop.js",
        _ => "(other)",
    };
    let want = want(request.uri().path());
    let declared = declared_length(request.headers());
    let mut response = match declared {
        Some(size) if size > shared.options.max_body as u64 => {
            refuse(want, Refusal::TooLarge(shared.options.max_body))
        }
        _ => next.run(request).await,
    };
    secure(response.headers_mut(), route);
    let form = response
        .extensions()
        .get::<LoggedForm>()
        .map_or("-", |f| f.0);
    eprintln!(
        "ogi serve: {method} {route} {} {} bytes form {form} {} ms",
        response.status().as_u16(),
        declared.map_or_else(|| "?".to_owned(), |n| n.to_string()),
        started.elapsed().as_millis()
    );
    response
}

/// The body's length, when the request declares it.
fn declared_length(headers: &HeaderMap) -> Option<u64> {
    headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok())
}

fn want(path: &str) -> Want {
    if path.starts_with("/api/") {
        Want::Json
    } else {
        Want::Page
    }
}

/// The Content-Security-Policy of every response: nothing from outside, no inline script or
/// style, no framing, forms posted back here only.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

fn secure(headers: &mut HeaderMap, route: &str) {
    let set = |headers: &mut HeaderMap, name: header::HeaderName, value: &'static str| {
        headers.insert(name, HeaderValue::from_static(value));
    };
    set(
        headers,
        header::CONTENT_SECURITY_POLICY,
        CONTENT_SECURITY_POLICY,
    );
    set(headers, header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    set(headers, header::X_FRAME_OPTIONS, "DENY");
    set(headers, header::REFERRER_POLICY, "no-referrer");
    set(
        headers,
        header::CACHE_CONTROL,
        if route.starts_with("/static/") {
            "public, max-age=3600"
        } else {
            "no-store"
        },
    );
}

async fn form_page() -> Response {
    html(StatusCode::OK, pages::form())
}

async fn stylesheet() -> Response {
    let mut css =
        String::with_capacity(pages::STYLE.len() + ogi_report::render::Html::STYLE.len() + 1);
    css.push_str(ogi_report::render::Html::STYLE);
    css.push('\n');
    css.push_str(pages::STYLE);
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8")], css).into_response()
}

async fn script() -> Response {
    (
        [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
        pages::SCRIPT,
    )
        .into_response()
}

async fn not_found(method: Method) -> Response {
    if method == Method::GET || method == Method::HEAD {
        html(StatusCode::NOT_FOUND, pages::not_found())
    } else {
        html(StatusCode::METHOD_NOT_ALLOWED, pages::not_found())
    }
}

/// `GET /check`: the result page reloaded, or its address opened. The upload is gone (nothing
/// is kept), so back to the form, as a redirect that turns no POST into a GET of something
/// else.
async fn reload() -> Redirect {
    Redirect::to("/")
}

async fn check_page(State(shared): State<Arc<Shared>>, request: Request) -> Response {
    check(shared, request, Want::Page).await
}

async fn check_json(State(shared): State<Arc<Shared>>, request: Request) -> Response {
    check(shared, request, Want::Json).await
}

/// A file sent, with what the sender said about it.
struct Upload {
    /// The name the file was sent under (its last component only), or `upload`.
    name: String,
    bytes: axum::body::Bytes,
    options: ParseOptions,
    /// The body's bytes in the budget, given back once `bytes` is dropped.
    held: Arc<Held>,
}

/// Why a request gets no check.
#[derive(Debug)]
enum Refusal {
    /// No file in the request.
    NoFile,
    /// A field that is not what the form asks: its name, and what is wrong.
    BadField(String, String),
    /// The upload took longer than the limit (the limit).
    SlowUpload(Duration),
    /// The body is over the limit (the limit).
    TooLarge(usize),
    /// The body could not be read (the connection, or multipart that is not).
    BadBody(String),
    /// The bodies being received already fill the budget.
    NoRoom,
    /// Every slot and the queue are taken.
    Busy,
    /// A large body waited for the large check working, past the time limit.
    LargeBusy,
    /// The check took longer than the limit.
    TimeLimit(Duration),
    /// The check itself failed.
    Failed,
}

impl Refusal {
    fn status(&self) -> StatusCode {
        match self {
            Refusal::NoFile | Refusal::BadField(..) | Refusal::BadBody(_) => {
                StatusCode::BAD_REQUEST
            }
            Refusal::TooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            Refusal::SlowUpload(_) => StatusCode::REQUEST_TIMEOUT,
            Refusal::NoRoom | Refusal::Busy | Refusal::LargeBusy | Refusal::TimeLimit(_) => {
                StatusCode::SERVICE_UNAVAILABLE
            }
            Refusal::Failed => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

/// Seconds a client is told to wait when the server is busy.
const RETRY_AFTER: &str = "5";

fn refuse(want: Want, refusal: Refusal) -> Response {
    let status = refusal.status();
    let words = pages::Words::of_refusal(&refusal);
    let mut response = match want {
        Want::Page => html(status, pages::problem(&words)),
        Want::Json => json(
            status,
            serde_json::json!({ "error": words.en_title, "detail": words.detail }).to_string(),
        ),
    };
    if matches!(
        refusal,
        Refusal::Busy | Refusal::LargeBusy | Refusal::NoRoom
    ) {
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from_static(RETRY_AFTER));
    }
    response
}

async fn check(shared: Arc<Shared>, request: Request, want: Want) -> Response {
    // The body is weighed against the budget before any of it is read when its length is
    // declared, as it arrives otherwise.
    let (parts, body) = request.into_parts();
    let declared = declared_length(&parts.headers);
    let held = Held::new(&shared.budget);
    if let Some(length) = declared {
        if !usize::try_from(length).is_ok_and(|n| held.take(n)) {
            return refuse(want, Refusal::NoRoom);
        }
    }
    let over = Arc::new(AtomicBool::new(false));
    let body = Weighed::body(
        body,
        Arc::clone(&held),
        declared.is_some(),
        Arc::clone(&over),
    );
    let request = Request::from_parts(parts, body);
    let upload = match tokio::time::timeout(
        shared.options.upload_time,
        read_upload(request, shared.options.max_body, held),
    )
    .await
    {
        Ok(Ok(u)) => u,
        Ok(Err(_)) if over.load(Ordering::SeqCst) => return refuse(want, Refusal::NoRoom),
        Ok(Err(refusal)) => return refuse(want, refusal),
        Err(_) => return refuse(want, Refusal::SlowUpload(shared.options.upload_time)),
    };
    // A large body's check holds its turn among large ones until its work ends: reading a
    // large text takes many times its size in memory.
    let large = if upload.bytes.len() > LARGE_BODY {
        match tokio::time::timeout(
            shared.options.time_limit,
            Arc::clone(&shared.large).acquire_owned(),
        )
        .await
        {
            Ok(Ok(permit)) => Some(permit),
            _ => return refuse(want, Refusal::LargeBusy),
        }
    } else {
        None
    };
    let permit = match take_turn(&shared).await {
        Ok(p) => p,
        Err(refusal) => return refuse(want, refusal),
    };
    let limit = shared.options.time_limit;
    let stop = Arc::new(AtomicBool::new(false));
    let working = Working::begin(&shared, &stop);
    let size = upload.bytes.len();
    let task = tokio::task::spawn_blocking({
        let stop = Arc::clone(&stop);
        let memory = Arc::clone(&shared.memory);
        move || {
            let started = Instant::now();
            let response = respond(upload, want, &stop);
            if response.is_none() {
                eprintln!(
                    "ogi serve: a check told to stop has stopped, {} ms after it began",
                    started.elapsed().as_millis()
                );
            }
            if size > GIVE_BACK_AFTER {
                memory.freed.store(true, Ordering::Relaxed);
            }
            drop((working, large));
            response
        }
    });
    let answer = tokio::time::timeout(limit, task).await;
    // The slot is free at the time limit at the latest, whether or not the work has heard.
    drop(permit);
    match answer {
        Ok(Ok(Some(response))) => response,
        Ok(Ok(None)) => refuse(want, Refusal::TimeLimit(limit)),
        Ok(Err(_)) => refuse(want, Refusal::Failed),
        Err(_) => {
            stop.store(true, Ordering::SeqCst);
            refuse(want, Refusal::TimeLimit(limit))
        }
    }
}

/// A slot to run a check in: at once, or after waiting in a queue of bounded length.
async fn take_turn(shared: &Shared) -> Result<OwnedSemaphorePermit, Refusal> {
    if let Ok(permit) = shared.running.clone().try_acquire_owned() {
        return Ok(permit);
    }
    struct InLine<'a>(&'a AtomicUsize);
    impl Drop for InLine<'_> {
        fn drop(&mut self) {
            self.0.fetch_sub(1, Ordering::SeqCst);
        }
    }
    let ahead = shared.waiting.fetch_add(1, Ordering::SeqCst);
    let _in_line = InLine(&shared.waiting);
    if ahead >= shared.options.queue {
        return Err(Refusal::Busy);
    }
    match tokio::time::timeout(
        shared.options.time_limit,
        shared.running.clone().acquire_owned(),
    )
    .await
    {
        Ok(Ok(permit)) => Ok(permit),
        _ => Err(Refusal::Busy),
    }
}

/// The longest value of a text field taken.
const MAX_FIELD: usize = 512;

async fn read_upload(
    request: Request,
    max_body: usize,
    held: Arc<Held>,
) -> Result<Upload, Refusal> {
    let is_multipart = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.to_ascii_lowercase().starts_with("multipart/form-data"));
    if !is_multipart {
        // A bare body is the file itself (`curl --data-binary @report.pdf`).
        let bytes = axum::body::Bytes::from_request(request, &())
            .await
            .map_err(|e| {
                if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
                    Refusal::TooLarge(max_body)
                } else {
                    Refusal::BadBody(e.body_text())
                }
            })?;
        if bytes.is_empty() {
            return Err(Refusal::NoFile);
        }
        return Ok(Upload {
            name: "upload".to_owned(),
            bytes,
            options: ParseOptions::default(),
            held,
        });
    }
    let mut multipart = Multipart::from_request(request, &())
        .await
        .map_err(|e| Refusal::BadBody(e.body_text()))?;
    let mut file = None;
    let mut options = ParseOptions::default();
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(|e| multipart_error(&e, max_body))?
    {
        let name = field.name().unwrap_or_default().to_owned();
        if name == "file" {
            let sent_as = field.file_name().map(last_component);
            let bytes = field
                .bytes()
                .await
                .map_err(|e| multipart_error(&e, max_body))?;
            file = Some((sent_as, bytes));
            continue;
        }
        let value = field
            .text()
            .await
            .map_err(|e| multipart_error(&e, max_body))?;
        if value.len() > MAX_FIELD {
            return Err(Refusal::BadField(
                name,
                format!("{} bytes; at most {MAX_FIELD}", value.len()),
            ));
        }
        let value = value.trim();
        match name.as_str() {
            "agency" if !value.is_empty() => options.agency = Some(value.to_owned()),
            "year" if !value.is_empty() => match value.parse::<u16>().map(ReportYear::new) {
                Ok(Ok(year)) => options.report_year = Some(year.get()),
                _ => {
                    return Err(Refusal::BadField(
                        name,
                        format!(
                            "{value:?}: a report year from {} to {}",
                            ReportYear::MIN,
                            ReportYear::MAX
                        ),
                    ));
                }
            },
            "level" => match value {
                "" => {}
                "department" | "部门" => options.level = Some(Tier::Department),
                "government" | "本级政府" => options.level = Some(Tier::Government),
                _ => return Err(Refusal::BadField(name, format!("{value:?}"))),
            },
            _ => {}
        }
    }
    match file {
        Some((name, bytes)) if !(bytes.is_empty() && name.as_deref().is_none_or(str::is_empty)) => {
            Ok(Upload {
                name: name
                    .filter(|n| !n.is_empty())
                    .unwrap_or_else(|| "upload".to_owned()),
                bytes,
                options,
                held,
            })
        }
        _ => Err(Refusal::NoFile),
    }
}

fn multipart_error(e: &axum::extract::multipart::MultipartError, max_body: usize) -> Refusal {
    if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
        Refusal::TooLarge(max_body)
    } else {
        Refusal::BadBody(e.body_text())
    }
}

/// The last component of a name a browser sent: no path of the sender's, no control
/// characters, at most 200 characters.
fn last_component(name: &str) -> String {
    let last = name.rsplit(['/', '\\']).next().unwrap_or_default();
    last.chars().filter(|c| !c.is_control()).take(200).collect()
}

/// The check itself, in a blocking task: read, validate, and answer; `None` when told to
/// stop. `stop` is looked at between the steps, and handed to the reader in
/// [`reader_options`].
fn respond(upload: Upload, want: Want, stop: &Arc<AtomicBool>) -> Option<Response> {
    let stopped = || stop.load(Ordering::SeqCst);
    if stopped() {
        return None;
    }
    let Upload {
        name,
        bytes,
        options,
        held,
    } = upload;
    let options = reader_options(options, stop);
    let result = ogi_report::read(&bytes, &options);
    drop(bytes);
    drop(held);
    if stopped() {
        return None;
    }
    let form = result.as_ref().map_or("unread", |l| l.form);
    let mut response = match result {
        Ok(loaded) => {
            let placed = loaded.check();
            if stopped() {
                return None;
            }
            match want {
                Want::Json => json(
                    StatusCode::OK,
                    crate::check::json_object(&name, &loaded, &placed),
                ),
                Want::Page => html(StatusCode::OK, result_page(&name, &loaded, &placed)),
            }
        }
        Err(e) => match want {
            Want::Json => json(
                StatusCode::UNPROCESSABLE_ENTITY,
                crate::check::unread_object(&name, &e.to_string()),
            ),
            Want::Page => html(
                StatusCode::UNPROCESSABLE_ENTITY,
                pages::problem(&pages::Words::of_load_error(&name, &e)),
            ),
        },
    };
    response.extensions_mut().insert(LoggedForm(form));
    Some(response)
}

/// The reader's options for one check: the one place a check's stop flag (set by [`check`]
/// at the time limit and by [`Shared::stop_all`] at shutdown) is handed to the library,
/// whose readers poll it and give `ParseError::Cancelled`. The flag is also looked at
/// between reading, checking and rendering.
fn reader_options(options: ParseOptions, stop: &Arc<AtomicBool>) -> ParseOptions {
    options.with_cancel(Arc::clone(stop))
}

fn result_page(name: &str, loaded: &Loaded, placed: &[ogi_report::load::Placed]) -> String {
    let counts = Counts::of(placed.iter().map(|p| &p.finding));
    pages::result(&pages::Result {
        name,
        loaded,
        placed,
        summary: crate::check::summary_line(name, loaded, counts),
        cells: crate::check::cells_read(loaded),
    })
}

fn html(status: StatusCode, body: String) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        body,
    )
        .into_response()
}

fn json(status: StatusCode, body: String) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "application/json")],
        Body::from(body),
    )
        .into_response()
}

/// Reads `--max-body`: bytes, or a number with `KiB`, `MiB` or `GiB`.
pub fn parse_size(text: &str) -> Result<usize, String> {
    let text = text.trim();
    let (number, unit) = match text.find(|c: char| !c.is_ascii_digit()) {
        Some(at) => text.split_at(at),
        None => (text, ""),
    };
    let shift = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 0,
        "k" | "kib" => 10,
        "m" | "mib" => 20,
        "g" | "gib" => 30,
        other => {
            return Err(format!(
                "unknown unit {other:?}: use bytes, KiB, MiB or GiB"
            ));
        }
    };
    let n: usize = number
        .parse()
        .map_err(|_| format!("{text:?} is not a size (e.g. 20MiB)"))?;
    n.checked_mul(1 << shift)
        .filter(|n| *n > 0)
        .ok_or_else(|| format!("{text:?} is not a size this machine can take"))
}
