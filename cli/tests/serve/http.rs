//! A small HTTP/1.1 client for `ogi serve`, shared by the tests and the load bench: one
//! connection per request (`Connection: close`), the response read to the connection's end.

#![allow(
    dead_code,
    reason = "the tests and the load bench each use a part of the client"
)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// A running `ogi serve`, stopped when dropped.
pub struct Server {
    child: Child,
    pub addr: String,
    /// The log (standard error), read as it comes so that the server never waits on a full
    /// pipe.
    log: Arc<Mutex<String>>,
    reader: Option<std::thread::JoinHandle<()>>,
}

impl Server {
    pub fn start(args: &[&str]) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_ogi"))
            .args(["serve", "--addr", "127.0.0.1:0"])
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("ogi serve starts");
        let mut line = String::new();
        BufReader::new(child.stdout.take().expect("stdout is piped"))
            .read_line(&mut line)
            .expect("ogi serve prints its address");
        let addr = line
            .trim()
            .strip_prefix("ogi serve: listening on http://")
            .and_then(|rest| rest.strip_suffix('/'))
            .unwrap_or_else(|| panic!("unexpected first line {line:?}"))
            .to_owned();
        let stderr = child.stderr.take().expect("stderr is piped");
        let log = Arc::new(Mutex::new(String::new()));
        let reader = std::thread::spawn({
            let log = Arc::clone(&log);
            move || {
                let mut lines = BufReader::new(stderr);
                let mut line = String::new();
                while lines.read_line(&mut line).is_ok_and(|n| n > 0) {
                    log.lock().expect("the log").push_str(&line);
                    line.clear();
                }
            }
        });
        Server {
            child,
            addr,
            log,
            reader: Some(reader),
        }
    }

    /// What the server has logged so far.
    pub fn log(&self) -> String {
        self.log.lock().expect("the log").clone()
    }

    /// Waits, 50 ms at a time and at most `tries` times, for the log to hold `line`.
    pub fn wait_for_log(&self, line: &str, tries: usize) -> bool {
        for _ in 0..tries {
            if self.log().contains(line) {
                return true;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        false
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    pub fn connect(&self) -> TcpStream {
        let stream = TcpStream::connect(&self.addr).expect("the server takes connections");
        stream
            .set_read_timeout(Some(Duration::from_secs(60)))
            .expect("timeout set");
        stream
    }

    pub fn get(&self, path: &str) -> Response {
        self.send("GET", path, &[], b"")
    }

    pub fn send(
        &self,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: &[u8],
    ) -> Response {
        self.try_send(method, path, headers, body)
            .expect("the request is answered")
    }

    /// [`Server::send`], with a failure of the connection or a malformed response returned.
    pub fn try_send(
        &self,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: &[u8],
    ) -> std::io::Result<Response> {
        let mut stream = TcpStream::connect(&self.addr)?;
        stream.set_read_timeout(Some(Duration::from_secs(120)))?;
        let mut head = format!(
            "{method} {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\nContent-Length: {}\r\n",
            self.addr,
            body.len()
        );
        for (name, value) in headers {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        head.push_str("\r\n");
        stream.write_all(head.as_bytes())?;
        stream.write_all(body)?;
        Response::try_read(&mut stream)
    }

    /// Posts a multipart form with `file` and the text fields given.
    pub fn post_form(
        &self,
        path: &str,
        file: Option<(&str, &[u8])>,
        fields: &[(&str, &str)],
    ) -> Response {
        let (content_type, body) = multipart(file, fields);
        self.send("POST", path, &[("Content-Type", &content_type)], &body)
    }

    pub fn check_file(&self, path: &str, file: &Path) -> Response {
        let bytes = std::fs::read(file).expect("fixture is readable");
        let name = file.file_name().and_then(|n| n.to_str()).expect("a name");
        self.post_form(path, Some((name, &bytes)), &[])
    }

    /// The server's resident memory, in KiB (Linux).
    pub fn rss_kib(&self) -> u64 {
        status_field(self.pid(), "VmRSS:")
    }

    /// The server's peak resident memory so far, in KiB (Linux).
    pub fn peak_kib(&self) -> u64 {
        status_field(self.pid(), "VmHWM:")
    }

    /// Stops the server with SIGTERM and returns its exit status and everything it logged.
    pub fn terminate(mut self) -> (std::process::ExitStatus, String) {
        self.signal_term();
        let status = self.child.wait().expect("the server stops");
        (status, self.finish_log())
    }

    /// Stops the server with SIGTERM and waits for it, 50 ms at a time and at most `tries`
    /// times: its exit status and log, or `None` if it is still running (then it is killed).
    pub fn terminate_within(mut self, tries: usize) -> Option<(std::process::ExitStatus, String)> {
        self.signal_term();
        for _ in 0..tries {
            if let Some(status) = self.child.try_wait().expect("the server's status") {
                return Some((status, self.finish_log()));
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        None
    }

    fn signal_term(&self) {
        let killed = Command::new("kill")
            .args(["-TERM", &self.pid().to_string()])
            .status()
            .expect("kill runs");
        assert!(killed.success());
    }

    /// The whole log, once the server has stopped.
    fn finish_log(&mut self) -> String {
        if let Some(reader) = self.reader.take() {
            reader.join().expect("the log is read");
        }
        self.log()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn status_field(pid: u32, field: &str) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("/proc is there");
    status
        .lines()
        .find_map(|l| l.strip_prefix(field))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or_else(|| panic!("no {field} in /proc/{pid}/status"))
}

pub const BOUNDARY: &str = "ogi-test-boundary-5f2c9a";

pub fn multipart(file: Option<(&str, &[u8])>, fields: &[(&str, &str)]) -> (String, Vec<u8>) {
    let mut body = Vec::new();
    for (name, value) in fields {
        body.extend_from_slice(
            format!(
                "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
            )
            .as_bytes(),
        );
    }
    if let Some((name, bytes)) = file {
        body.extend_from_slice(
            format!(
                "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={BOUNDARY}"), body)
}

/// An HTTP response, read to the end of the connection.
pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Response {
    pub fn read(stream: &mut TcpStream) -> Response {
        Response::try_read(stream).expect("the response is read")
    }

    pub fn try_read(stream: &mut TcpStream) -> std::io::Result<Response> {
        let bad =
            |what: &str| std::io::Error::new(std::io::ErrorKind::InvalidData, what.to_owned());
        let mut raw = Vec::new();
        stream.read_to_end(&mut raw)?;
        let end = raw
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .ok_or_else(|| bad("no response head"))?;
        let head = std::str::from_utf8(&raw[..end]).map_err(|_| bad("the head is not text"))?;
        let mut lines = head.split("\r\n");
        let status = lines
            .next()
            .and_then(|l| l.split(' ').nth(1))
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| bad("no status line"))?;
        let headers: Vec<(String, String)> = lines
            .filter_map(|l| l.split_once(':'))
            .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_owned()))
            .collect();
        let mut body = raw[end + 4..].to_vec();
        if headers
            .iter()
            .any(|(n, v)| n == "transfer-encoding" && v.contains("chunked"))
        {
            body = unchunk(&body);
        }
        Ok(Response {
            status,
            headers,
            body,
        })
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn text(&self) -> String {
        String::from_utf8(self.body.clone()).expect("the body is UTF-8")
    }

    /// The text of the page's first `<h1>`.
    pub fn title(&self) -> String {
        let text = self.text();
        let start = text.find("<h1>").expect("a heading") + 4;
        let end = start + text[start..].find("</h1>").expect("its end");
        text[start..end].to_owned()
    }
}

/// Reads one response from a connection kept open: its head, then as many bytes as its
/// `Content-Length` says.
pub fn read_one(stream: &mut TcpStream) -> std::io::Result<Response> {
    let mut raw = Vec::new();
    let mut byte = [0u8; 1];
    while !raw.ends_with(b"\r\n\r\n") {
        if stream.read(&mut byte)? == 0 {
            return Err(std::io::Error::new(
                std::io::ErrorKind::UnexpectedEof,
                "the connection closed before a response head",
            ));
        }
        raw.push(byte[0]);
    }
    let head = String::from_utf8_lossy(&raw).into_owned();
    let length: usize = head
        .lines()
        .find_map(|l| {
            let (name, value) = l.split_once(':')?;
            name.eq_ignore_ascii_case("content-length")
                .then(|| value.trim().parse().ok())?
        })
        .unwrap_or(0);
    let mut body = vec![0; length];
    stream.read_exact(&mut body)?;
    raw.extend_from_slice(&body);
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let headers = head
        .split("\r\n")
        .skip(1)
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    Ok(Response {
        status,
        headers,
        body,
    })
}

/// Whether the server has closed `stream`: a read, waiting at most `wait`, sees its end (or a
/// reset). `false` when the wait ends with the connection still open.
pub fn closed_within(stream: &mut TcpStream, wait: Duration) -> bool {
    stream.set_read_timeout(Some(wait)).expect("timeout set");
    let mut buf = [0u8; 64];
    loop {
        match stream.read(&mut buf) {
            Ok(0) => return true,
            Ok(_) => {}
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) =>
            {
                return false;
            }
            Err(_) => return true,
        }
    }
}

pub fn unchunk(mut body: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let line_end = body
            .windows(2)
            .position(|w| w == b"\r\n")
            .expect("a chunk size");
        let size = usize::from_str_radix(
            std::str::from_utf8(&body[..line_end]).expect("hex").trim(),
            16,
        )
        .expect("a chunk size");
        if size == 0 {
            return out;
        }
        out.extend_from_slice(&body[line_end + 2..line_end + 2 + size]);
        body = &body[line_end + 4 + size..];
    }
}
