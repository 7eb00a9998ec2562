//! The limits that hold before a body is read: the budget of bodies held at once, the cap on
//! connections, the idle and header timeouts, and shutdown with connections idle, half open
//! or busy.

use std::io::Write;
use std::net::TcpStream;
use std::time::Duration;

use super::examples;
use super::http::{Response, Server, closed_within, multipart, read_one};

/// The head of a POST with a declared length.
fn post_head(path: &str, content_type: &str, length: usize) -> String {
    format!(
        "POST {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: {content_type}\r\nContent-Length: {length}\r\n\r\n"
    )
}

/// A connection holding `length` declared bytes of the budget, `sent` of them sent.
fn holding(server: &Server, length: usize, sent: usize) -> TcpStream {
    let mut stream = server.connect();
    stream
        .write_all(post_head("/api/check", "application/octet-stream", length).as_bytes())
        .expect("head written");
    stream.write_all(&vec![b'a'; sent]).expect("a part written");
    stream
}

fn assert_busy_json(response: &Response, detail: &str) {
    assert_eq!(response.status, 503);
    assert_eq!(response.header("retry-after"), Some("5"));
    assert_eq!(response.header("content-type"), Some("application/json"));
    let json: serde_json::Value = serde_json::from_slice(&response.body).expect("JSON");
    assert_eq!(
        json,
        serde_json::json!({ "error": "The server is busy", "detail": detail })
    );
}

const NO_ROOM: &str =
    "the request bodies being received fill the server's budget; Retry-After: 5 s";

#[test]
fn a_body_that_does_not_fit_the_budget_left_is_refused_before_it_is_read() {
    // 2 MiB of bodies at once; each takes at most half of what is free.
    let server = Server::start(&["--max-body", "1MiB", "--max-buffered", "2MiB"]);
    let wanted = 600 << 10;
    // A holds 1 MiB; then B declares 600 KiB, more than half of the 1 MiB left, and sends
    // nothing of it: it is answered at once. (Should B reach the server before A has been
    // weighed, it is taken and waits for its body: tried again.)
    let mut refused = None;
    let mut a = None;
    for attempt in 1..=3u64 {
        let held = holding(&server, 1 << 20, 1024);
        std::thread::sleep(Duration::from_millis(100 * attempt));
        let mut b = server.connect();
        b.set_read_timeout(Some(Duration::from_secs(3)))
            .expect("timeout set");
        b.write_all(post_head("/api/check", "application/octet-stream", wanted).as_bytes())
            .expect("head written");
        if let Ok(response) = Response::try_read(&mut b) {
            refused = Some(response);
            a = Some(held);
            break;
        }
    }
    let refused = refused.expect("a body over the budget left is refused");
    assert_busy_json(&refused, NO_ROOM);
    let mut a = a.expect("A holds its bytes");
    // The same as a page.
    let mut page = server.connect();
    page.write_all(post_head("/check", "multipart/form-data; boundary=x", wanted).as_bytes())
        .expect("head written");
    let page = Response::read(&mut page);
    assert_eq!(page.status, 503);
    assert_eq!(page.header("retry-after"), Some("5"));
    assert_eq!(
        page.title(),
        "服务器正忙 <span lang=\"en\">The server is busy</span>"
    );
    // A small check still fits.
    let json = std::fs::read(examples().join("luohe_huizu_2021.json")).expect("readable");
    let small = server.post_form("/api/check", Some(("small.json", &json)), &[]);
    assert_eq!(small.status, 200);
    // A body sent in chunks, its length not declared, is cut where it stops fitting.
    let mut chunked = server.connect();
    chunked
        .write_all(b"POST /api/check HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/octet-stream\r\nTransfer-Encoding: chunked\r\n\r\n")
        .expect("head written");
    let mut writer = chunked.try_clone().expect("a second handle");
    let sender = std::thread::spawn(move || {
        let chunk = vec![b'a'; 64 << 10];
        for _ in 0..16 {
            if writer.write_all(b"10000\r\n").is_err()
                || writer.write_all(&chunk).is_err()
                || writer.write_all(b"\r\n").is_err()
            {
                break;
            }
        }
    });
    let cut = Response::read(&mut chunked);
    let _ = sender.join();
    assert_busy_json(&cut, NO_ROOM);
    // A sends the rest and is checked; its bytes given back, B's body fits and is read.
    a.write_all(&vec![b'a'; (1 << 20) - 1024])
        .expect("the rest written");
    let a = Response::read(&mut a);
    assert_eq!(a.status, 422, "A's body was read and is no report");
    let body = vec![b'a'; wanted];
    let b = server.send(
        "POST",
        "/api/check",
        &[("Content-Type", "application/octet-stream")],
        &body,
    );
    assert_eq!(b.status, 422, "B's body was read and is no report");
}

#[test]
fn options_that_leave_no_room_for_one_largest_body_are_refused() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_ogi"))
        .args([
            "serve",
            "--addr",
            "127.0.0.1:0",
            "--max-body",
            "2MiB",
            "--max-buffered",
            "3MiB",
        ])
        .output()
        .expect("ogi runs");
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "ogi serve: --max-buffered (3145728 bytes) must be at least twice --max-body (2097152 bytes): a body takes at most half of the budget left\n"
    );
    assert!(output.stdout.is_empty());
}

#[test]
fn a_connection_idle_past_the_idle_time_is_closed_and_a_busy_one_is_not() {
    let server = Server::start(&["--idle-time", "0.3", "--header-time", "60"]);
    // Connected, nothing sent.
    let mut silent = server.connect();
    assert!(closed_within(&mut silent, Duration::from_secs(10)));
    // Kept alive after a response, then quiet.
    let mut kept = server.connect();
    kept.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        .expect("request written");
    let response = read_one(&mut kept).expect("a response");
    assert_eq!(response.status, 200);
    assert_eq!(response.header("connection"), None, "kept alive");
    assert!(closed_within(&mut kept, Duration::from_secs(10)));
    // An upload that pauses for twice the idle time is answered: its request is in service.
    let bytes = std::fs::read(examples().join("luohe_huizu_2021.json")).expect("readable");
    let (content_type, body) = multipart(Some(("paused.json", &bytes)), &[]);
    let mut paused = server.connect();
    paused
        .write_all(post_head("/api/check", &content_type, body.len()).as_bytes())
        .expect("head written");
    paused.write_all(&body[..100]).expect("a part written");
    std::thread::sleep(Duration::from_millis(600));
    paused.write_all(&body[100..]).expect("the rest written");
    assert_eq!(Response::read(&mut paused).status, 200);
    // The server stays up.
    assert_eq!(server.get("/").status, 200);
}

#[test]
fn a_head_that_does_not_arrive_in_the_header_time_closes_the_connection() {
    let server = Server::start(&["--header-time", "0.5", "--idle-time", "60"]);
    let mut stream = server.connect();
    stream
        .set_read_timeout(Some(Duration::from_millis(100)))
        .expect("timeout set");
    // One byte every 100 ms: never idle, never a whole head. At most 100 bytes (10 s).
    let head = format!("GET / HTTP/1.1\r\nHost: x\r\nX-Pad: {}", "a".repeat(100));
    let mut closed = false;
    let mut answer = Vec::new();
    for byte in head.bytes().take(100) {
        if stream.write_all(&[byte]).is_err() {
            closed = true;
            break;
        }
        let mut buf = [0u8; 256];
        match std::io::Read::read(&mut stream, &mut buf) {
            Ok(0) => {
                closed = true;
                break;
            }
            Ok(n) => answer.extend_from_slice(&buf[..n]),
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) => {}
            Err(_) => {
                closed = true;
                break;
            }
        }
    }
    assert!(closed, "the connection is closed before its head is whole");
    assert_eq!(answer, b"", "closed without an answer");
    assert_eq!(server.get("/").status, 200);
}

#[test]
fn at_the_cap_the_connection_idle_the_longest_is_closed_and_when_all_are_busy_a_new_one_gets_503() {
    let server = Server::start(&["--max-connections", "3", "--idle-time", "60"]);
    let mut first = server.connect();
    let mut second = server.connect();
    let mut third = server.connect();
    // A fourth: the first, idle the longest, is closed for it, and it is answered.
    assert_eq!(server.get("/").status, 200);
    assert!(closed_within(&mut first, Duration::from_secs(10)));
    assert!(!closed_within(&mut second, Duration::from_millis(200)));
    assert!(!closed_within(&mut third, Duration::from_millis(200)));
    // Three busy connections (uploads under way): a fourth is refused at once.
    drop((second, third));
    let bytes = std::fs::read(examples().join("luohe_huizu_2021.json")).expect("readable");
    let (content_type, body) = multipart(Some(("slow.json", &bytes)), &[]);
    let mut busy = Vec::new();
    for _ in 0..3 {
        let mut stream = server.connect();
        stream
            .write_all(post_head("/api/check", &content_type, body.len()).as_bytes())
            .expect("head written");
        stream.write_all(&body[..100]).expect("a part written");
        busy.push(stream);
    }
    // Once their heads are in (the server reads a head at once; given 500 ms), a fourth
    // connection is answered before it sends anything, and closed.
    std::thread::sleep(Duration::from_millis(500));
    let mut fourth = server.connect();
    fourth
        .set_read_timeout(Some(Duration::from_secs(5)))
        .expect("timeout set");
    let refused = Response::try_read(&mut fourth).ok();
    let refused = refused.expect("a connection past the cap, every one busy, gets 503");
    assert_eq!(refused.header("retry-after"), Some("5"));
    assert_eq!(refused.header("connection"), Some("close"));
    assert_eq!(
        refused.text(),
        "The server has too many connections. Try again shortly.\r\n"
    );
    // The uploads finish and are answered.
    for mut stream in busy {
        stream.write_all(&body[100..]).expect("the rest written");
        assert_eq!(Response::read(&mut stream).status, 200);
    }
    assert_eq!(server.get("/").status, 200);
}

#[test]
fn shutdown_closes_idle_and_half_open_connections_at_once_and_waits_for_busy_ones_only_the_drain_time()
 {
    let server = Server::start(&[
        "--drain-time",
        "1",
        "--header-time",
        "60",
        "--idle-time",
        "60",
    ]);
    // Half a head, sent and left.
    let mut half = server.connect();
    half.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n")
        .expect("half a head written");
    // A connection kept alive after a response.
    let mut kept = server.connect();
    kept.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        .expect("request written");
    assert_eq!(read_one(&mut kept).expect("a response").status, 200);
    // An upload that will not finish.
    let mut stuck = server.connect();
    stuck
        .write_all(post_head("/api/check", "application/octet-stream", 1 << 20).as_bytes())
        .expect("head written");
    stuck.write_all(b"abc").expect("a part written");
    // Every connection has been taken once a later one is answered.
    assert_eq!(server.get("/").status, 200);
    // Within 10 s (200 waits of 50 ms), against a drain time of 1 s and a header time of 60.
    let (status, log) = server
        .terminate_within(200)
        .expect("ogi serve stops within the drain time");
    assert!(status.success(), "{status}");
    assert!(closed_within(&mut half, Duration::from_secs(1)));
    assert!(closed_within(&mut kept, Duration::from_secs(1)));
    assert!(closed_within(&mut stuck, Duration::from_secs(1)));
    assert!(
        log.contains("ogi serve: 1 connection(s) still busy after 1 s; closing them\n"),
        "{log}"
    );
    assert!(log.ends_with("ogi serve: stopped\n"), "{log}");
}

#[test]
fn a_large_body_is_checked_only_while_no_other_large_check_works_and_a_small_one_never_waits_for_it()
 {
    let server = Server::start(&["--time-limit", "1"]);
    // 5 MB of a table's rows, within the reader's limits on lines and cells: over the 4 MiB
    // of a large body, and read for longer than 1 s.
    let large = "行政许可说明说明说明说明说明说明 123 456 7\n"
        .repeat(95_000)
        .into_bytes();
    assert!(large.len() > 4 << 20);
    let octets = [("Content-Type", "application/octet-stream")];
    let started = std::time::Instant::now();
    let first = std::thread::scope(|scope| {
        let first = scope.spawn(|| server.send("POST", "/api/check", &octets, &large));
        std::thread::sleep(Duration::from_millis(300));
        // A small body takes a slot at once, while the large one works.
        let bytes = std::fs::read(examples().join("luohe_huizu_2021.json")).expect("readable");
        let small_at = std::time::Instant::now();
        let small = server.post_form("/api/check", Some(("small.json", &bytes)), &[]);
        assert_eq!(small.status, 200);
        assert!(small_at.elapsed() < Duration::from_millis(900));
        // A second large body, 5 MB of control characters (refused as binary at once): it
        // waits for the first's slot until the first has been stopped at its time limit.
        // Then it is read (422), or, when the first's work has not yet stopped by the end
        // of the second's own wait, told to come back (503 with Retry-After): either way,
        // never before the first's time limit.
        let not_a_report = vec![1u8; 5 << 20];
        let second = server.send("POST", "/api/check", &octets, &not_a_report);
        assert!(
            started.elapsed() >= Duration::from_secs(1),
            "the second large body was answered before the first's time limit"
        );
        if second.status == 422 {
            let json: serde_json::Value = serde_json::from_slice(&second.body).expect("JSON");
            assert!(json.to_string().contains("binary"), "{json}");
        } else {
            assert_busy_json(
                &second,
                "a body over 4 MiB waits for the large check working; Retry-After: 5 s",
            );
        }
        first.join().expect("the first request ends")
    });
    assert_eq!(first.status, 503);
    assert_eq!(first.header("retry-after"), None);
    let json: serde_json::Value = serde_json::from_slice(&first.body).expect("JSON");
    assert_eq!(
        json["error"],
        "The check took longer than 1 s and was stopped"
    );
    assert!(server.wait_for_log("ogi serve: a check told to stop has stopped, ", 2400));
}
