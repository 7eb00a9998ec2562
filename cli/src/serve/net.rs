//! Connections: the accept loop, the cap on open connections, the header and idle timeouts,
//! and shutdown.
//!
//! Each connection is served by hyper's HTTP/1 builder, with a header-read timeout and a
//! bounded read buffer. The server counts the connections open, each until its socket is
//! closed; at the cap, the connection idle the longest (no request in service) is closed
//! before another is taken, or, when every one is busy, the next is answered 503 and closed. A connection with no request in service and no byte moved for the
//! idle time is closed. On shutdown the server stops listening, closes every idle connection
//! at once (a head half sent included), lets each request in service finish, and after the
//! drain time closes what is left.

use std::collections::BTreeMap;
use std::io;
use std::net::SocketAddr;
use std::pin::{Pin, pin};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use axum::Router;
use hyper::server::conn::http1;
use hyper::service::{Service, service_fn};
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpSocket, TcpStream};
use tokio::sync::{Notify, watch};

/// The largest read or write buffer of a connection: a request's head must fit in it.
const MAX_BUFFER: usize = 16 * 1024;

/// Connections waiting in the kernel to be accepted.
const BACKLOG: u32 = 4096;

/// File descriptors kept free of connections: the listener, standard streams, the runtime's
/// own, connections refused at the cap.
const RESERVED_FILES: usize = 64;

/// Connections told to close for newer ones that may still hold their sockets before the
/// accept loop waits for them: room for a flood without waiting on every one.
const CLOSING_ROOM: usize = 64;

/// How often at most a line is logged about connections closed or refused at the cap.
const REPORT_EVERY: Duration = Duration::from_secs(10);

/// The answer to a connection past the cap while every open one is busy, written without
/// reading the request.
const REFUSED: &[u8] = b"HTTP/1.1 503 Service Unavailable\r\nRetry-After: 5\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 57\r\nConnection: close\r\n\r\nThe server has too many connections. Try again shortly.\r\n";

/// The connection limits.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Connections open at once.
    pub max_connections: usize,
    /// The longest a request's head may take, from the moment the connection waits for it.
    pub header_time: Duration,
    /// The longest a connection stays open with no request in service and no byte moved.
    pub idle_time: Duration,
    /// On shutdown, the longest the requests in service are waited for.
    pub drain_time: Duration,
}

/// Binds `addr` with a deep backlog, as the standard library would otherwise.
pub fn bind(addr: SocketAddr) -> io::Result<TcpListener> {
    let socket = if addr.is_ipv4() {
        TcpSocket::new_v4()?
    } else {
        TcpSocket::new_v6()?
    };
    #[cfg(unix)]
    socket.set_reuseaddr(true)?;
    socket.bind(addr)?;
    socket.listen(BACKLOG)
}

/// The soft limit on open files (`ulimit -n`), where the system tells it.
pub fn open_file_limit() -> Option<usize> {
    let limits = std::fs::read_to_string("/proc/self/limits").ok()?;
    let line = limits.lines().find(|l| l.starts_with("Max open files"))?;
    let soft = line
        .trim_start_matches("Max open files")
        .split_whitespace()
        .next()?;
    if soft == "unlimited" {
        return Some(usize::MAX);
    }
    soft.parse().ok()
}

/// The most connections this process can hold open, given its open-file limit.
pub fn connections_possible() -> Option<usize> {
    open_file_limit().map(|n| n.saturating_sub(RESERVED_FILES + CLOSING_ROOM).max(16))
}

/// Serves `app` on `listener` until `stop` resolves, then drains. `cancel_all` is called at
/// the end of the drain time, to tell the checks still running to stop.
pub async fn serve(
    listener: TcpListener,
    app: Router,
    limits: Limits,
    stop: impl std::future::Future<Output = ()>,
    cancel_all: impl FnOnce(),
) -> io::Result<()> {
    let registry = Arc::new(Registry::new(limits.max_connections));
    let (stopping, stopped) = watch::channel(false);
    let mut stop = pin!(stop);
    let mut last_accept_error: Option<Instant> = None;
    'serving: loop {
        // Connections told to close for newer ones count until their sockets are closed;
        // past a few of them the loop waits before taking another: counted out at once, they
        // would leave the process out of file descriptors under a flood of connections.
        while registry.over_cap() {
            tokio::select! {
                () = registry.freed.notified() => {}
                () = tokio::time::sleep(Duration::from_secs(1)) => {}
                () = stop.as_mut() => break 'serving,
            }
        }
        let accepted = tokio::select! {
            accepted = listener.accept() => accepted,
            () = stop.as_mut() => break,
        };
        match accepted {
            Ok((stream, _)) => match registry.open() {
                Some(conn) => {
                    let _ = stream.set_nodelay(true);
                    tokio::spawn(connection(
                        stream,
                        conn,
                        Arc::clone(&registry),
                        app.clone(),
                        limits,
                        stopped.clone(),
                    ));
                }
                None => {
                    // Every connection is busy: answered at once, the request unread.
                    let _ = stream.try_write(REFUSED);
                }
            },
            Err(e) if is_connection_error(&e) => {}
            Err(e) => {
                // Out of file descriptors, most likely: the connection waits in the backlog.
                if last_accept_error.is_none_or(|t| t.elapsed() >= REPORT_EVERY) {
                    eprintln!("ogi serve: cannot accept a connection: {e}");
                    last_accept_error = Some(Instant::now());
                }
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        }
        registry.report(false);
    }
    drop(listener);
    let _ = stopping.send(true);
    registry.stop();
    let deadline = Instant::now() + limits.drain_time;
    while registry.open_now() > 0 && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let left = registry.open_now();
    if left > 0 {
        eprintln!(
            "ogi serve: {left} connection(s) still busy after {} s; closing them",
            limits.drain_time.as_secs_f64()
        );
    }
    cancel_all();
    registry.report(true);
    Ok(())
}

/// Errors of one connection that the listener shrugs off.
fn is_connection_error(e: &io::Error) -> bool {
    matches!(
        e.kind(),
        io::ErrorKind::ConnectionRefused
            | io::ErrorKind::ConnectionAborted
            | io::ErrorKind::ConnectionReset
    )
}

/// One connection, from accept to close.
async fn connection(
    stream: TcpStream,
    conn: Arc<Conn>,
    registry: Arc<Registry>,
    app: Router,
    limits: Limits,
    mut stopping: watch::Receiver<bool>,
) {
    let io = TokioIo::new(Tracked {
        stream,
        conn: Arc::clone(&conn),
        epoch: registry.epoch,
    });
    let service = {
        let conn = Arc::clone(&conn);
        let registry = Arc::clone(&registry);
        let app = TowerToHyperService::new(app);
        service_fn(move |request| {
            let busy = Busy::begin(&registry, &conn);
            let answer = app.call(request);
            async move {
                let response = answer.await;
                drop(busy);
                response
            }
        })
    };
    let mut builder = http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(limits.header_time)
        .max_buf_size(MAX_BUFFER)
        .keep_alive(true);
    let mut serving = pin!(builder.serve_connection(io, service));
    let mut idle = pin!(tokio::time::sleep(limits.idle_time));
    let mut draining = *stopping.borrow();
    if draining {
        serving.as_mut().graceful_shutdown();
    }
    loop {
        tokio::select! {
            _ = serving.as_mut() => break,
            () = conn.close.notified() => break,
            () = idle.as_mut() => match conn.idle_until(limits.idle_time, registry.epoch) {
                Some(deadline) => idle.as_mut().reset(deadline),
                None => break,
            },
            _ = stopping.changed(), if !draining => {
                draining = true;
                serving.as_mut().graceful_shutdown();
            }
        }
    }
    registry.gone(&conn);
}

/// What the server knows of one connection.
#[derive(Debug)]
struct Conn {
    /// Its key among the idle connections while it is idle; 0 otherwise. Changed under the
    /// registry's lock.
    idle_key: AtomicU64,
    /// Whether it has been told to close (closed at the cap, or idle at shutdown): it is not
    /// idle again, though it counts among the connections open until its socket is closed.
    closing: AtomicBool,
    /// Requests in service.
    busy: AtomicUsize,
    /// When a byte last moved or a request began or ended, in milliseconds from the epoch.
    last: AtomicU64,
    /// Told when the connection is to close now: closed at the cap, or idle at shutdown.
    close: Notify,
}

impl Conn {
    fn touch(&self, epoch: Instant) {
        self.last.store(millis(epoch), Ordering::Relaxed);
    }

    /// When the connection would have been idle too long, or `None` when it has been.
    fn idle_until(&self, idle_time: Duration, epoch: Instant) -> Option<tokio::time::Instant> {
        let now = tokio::time::Instant::now();
        if self.busy.load(Ordering::SeqCst) > 0 {
            return Some(now + idle_time);
        }
        let quiet =
            Duration::from_millis(millis(epoch).saturating_sub(self.last.load(Ordering::Relaxed)));
        (quiet < idle_time).then(|| now + idle_time.saturating_sub(quiet))
    }
}

fn millis(epoch: Instant) -> u64 {
    u64::try_from(epoch.elapsed().as_millis()).unwrap_or(u64::MAX)
}

/// The connections open, and those idle in the order they became so.
struct Registry {
    cap: usize,
    epoch: Instant,
    table: Mutex<Table>,
    /// Told when a connection's socket has closed.
    freed: Notify,
    /// Connections closed at the cap, and refused at it, since the last report.
    closed_at_cap: AtomicU64,
    refused_at_cap: AtomicU64,
    last_report: Mutex<Instant>,
}

struct Table {
    open: usize,
    next_key: u64,
    idle: BTreeMap<u64, Arc<Conn>>,
    stopping: bool,
}

impl Registry {
    fn new(cap: usize) -> Registry {
        Registry {
            cap: cap.max(1),
            epoch: Instant::now(),
            table: Mutex::new(Table {
                open: 0,
                next_key: 1,
                idle: BTreeMap::new(),
                stopping: false,
            }),
            freed: Notify::new(),
            closed_at_cap: AtomicU64::new(0),
            refused_at_cap: AtomicU64::new(0),
            last_report: Mutex::new(Instant::now()),
        }
    }

    fn lock(&self) -> MutexGuard<'_, Table> {
        self.table
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    fn open_now(&self) -> usize {
        self.lock().open
    }

    /// Counts a new connection in, idle: at the cap, the connection idle the longest is told
    /// to close for it (and counts until its socket is closed). `None` when every connection
    /// is busy, or the server is stopping.
    fn open(&self) -> Option<Arc<Conn>> {
        let mut table = self.lock();
        if table.stopping {
            return None;
        }
        if table.open >= self.cap {
            let Some((_, oldest)) = table.idle.pop_first() else {
                self.refused_at_cap.fetch_add(1, Ordering::Relaxed);
                return None;
            };
            oldest.idle_key.store(0, Ordering::SeqCst);
            oldest.closing.store(true, Ordering::SeqCst);
            oldest.close.notify_one();
            self.closed_at_cap.fetch_add(1, Ordering::Relaxed);
        }
        table.open += 1;
        let key = table.next_key;
        table.next_key += 1;
        let conn = Arc::new(Conn {
            idle_key: AtomicU64::new(key),
            closing: AtomicBool::new(false),
            busy: AtomicUsize::new(0),
            last: AtomicU64::new(millis(self.epoch)),
            close: Notify::new(),
        });
        table.idle.insert(key, Arc::clone(&conn));
        Some(conn)
    }

    /// Whether so many connections told to close for newer ones still hold their sockets
    /// that no other may be taken till they have closed.
    fn over_cap(&self) -> bool {
        self.lock().open > self.cap + CLOSING_ROOM
    }

    /// A connection's socket closed.
    fn gone(&self, conn: &Conn) {
        {
            let mut table = self.lock();
            let key = conn.idle_key.swap(0, Ordering::SeqCst);
            if key != 0 {
                table.idle.remove(&key);
            }
            table.open -= 1;
        }
        self.freed.notify_one();
    }

    /// Stops taking connections and closes every idle one.
    fn stop(&self) {
        let mut table = self.lock();
        table.stopping = true;
        for conn in std::mem::take(&mut table.idle).into_values() {
            conn.idle_key.store(0, Ordering::SeqCst);
            conn.closing.store(true, Ordering::SeqCst);
            conn.close.notify_one();
        }
    }

    /// Logs the connections closed or refused at the cap, at most once every
    /// [`REPORT_EVERY`] (or now, when `last`).
    fn report(&self, last: bool) {
        let closed = self.closed_at_cap.load(Ordering::Relaxed);
        let refused = self.refused_at_cap.load(Ordering::Relaxed);
        if closed == 0 && refused == 0 {
            return;
        }
        let mut at = self
            .last_report
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if !last && at.elapsed() < REPORT_EVERY {
            return;
        }
        *at = Instant::now();
        let closed = self.closed_at_cap.swap(0, Ordering::Relaxed);
        let refused = self.refused_at_cap.swap(0, Ordering::Relaxed);
        eprintln!(
            "ogi serve: at the cap of {} connections: {closed} idle closed, {refused} refused",
            self.cap
        );
    }
}

/// A request in service on a connection: the connection is not idle until it is dropped.
struct Busy {
    registry: Arc<Registry>,
    conn: Arc<Conn>,
}

impl Busy {
    fn begin(registry: &Arc<Registry>, conn: &Arc<Conn>) -> Busy {
        {
            let mut table = registry.lock();
            let key = conn.idle_key.swap(0, Ordering::SeqCst);
            if key != 0 {
                table.idle.remove(&key);
            }
            conn.busy.fetch_add(1, Ordering::SeqCst);
        }
        conn.touch(registry.epoch);
        Busy {
            registry: Arc::clone(registry),
            conn: Arc::clone(conn),
        }
    }
}

impl Drop for Busy {
    fn drop(&mut self) {
        let mut table = self.registry.lock();
        let left = self.conn.busy.fetch_sub(1, Ordering::SeqCst) - 1;
        if left == 0 && !table.stopping && !self.conn.closing.load(Ordering::SeqCst) {
            let key = table.next_key;
            table.next_key += 1;
            self.conn.idle_key.store(key, Ordering::SeqCst);
            table.idle.insert(key, Arc::clone(&self.conn));
        }
        drop(table);
        self.conn.touch(self.registry.epoch);
    }
}

/// A connection's stream, noting when a byte last moved.
struct Tracked {
    stream: TcpStream,
    conn: Arc<Conn>,
    epoch: Instant,
}

impl AsyncRead for Tracked {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let before = buf.filled().len();
        let polled = Pin::new(&mut self.stream).poll_read(cx, buf);
        if buf.filled().len() > before {
            self.conn.touch(self.epoch);
        }
        polled
    }
}

impl AsyncWrite for Tracked {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let polled = Pin::new(&mut self.stream).poll_write(cx, buf);
        if matches!(polled, Poll::Ready(Ok(n)) if n > 0) {
            self.conn.touch(self.epoch);
        }
        polled
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let polled = Pin::new(&mut self.stream).poll_write_vectored(cx, bufs);
        if matches!(polled, Poll::Ready(Ok(n)) if n > 0) {
            self.conn.touch(self.epoch);
        }
        polled
    }

    fn is_write_vectored(&self) -> bool {
        self.stream.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.stream).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.stream).poll_shutdown(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn at_the_cap_the_connection_idle_the_longest_is_closed_and_a_busy_one_never() {
        let registry = Arc::new(Registry::new(2));
        let a = registry.open().expect("room");
        let b = registry.open().expect("room");
        // a is busy: b, idle the longest, is told to close for c, and counts until its socket
        // is closed: no other is taken till then.
        let busy = Busy::begin(&registry, &a);
        let c = registry.open().expect("b closes for it");
        assert!(b.closing.load(Ordering::SeqCst));
        assert_eq!(registry.open_now(), 3);
        registry.gone(&b);
        assert_eq!(registry.open_now(), 2);
        // c busy too: every connection busy, a fourth is refused.
        let busy_c = Busy::begin(&registry, &c);
        assert!(registry.open().is_none());
        // a's request ends: a is idle now, and the one closed for the next.
        drop(busy);
        let d = registry.open().expect("a closes for it");
        assert!(a.closing.load(Ordering::SeqCst));
        registry.gone(&a);
        assert_eq!(registry.open_now(), 2);
        drop(busy_c);
        registry.gone(&c);
        registry.gone(&d);
        assert_eq!(registry.open_now(), 0);
        // Stopping: no connection taken.
        registry.stop();
        assert!(registry.open().is_none());
    }

    #[test]
    fn past_a_few_connections_still_closing_no_other_is_taken() {
        let registry = Arc::new(Registry::new(1));
        let mut conns = vec![registry.open().expect("room")];
        for _ in 0..CLOSING_ROOM {
            conns.push(registry.open().expect("the idle one closes for it"));
        }
        assert!(!registry.over_cap());
        conns.push(registry.open().expect("the idle one closes for it"));
        assert!(registry.over_cap());
        registry.gone(&conns[0]);
        assert!(!registry.over_cap());
    }
}
