//! Load on `ogi serve`, on localhost: 2,000 JSON checks from 32 concurrent clients, then 200
//! PDF checks from 8, each a new connection to `POST /api/check`. Prints each phase's
//! throughput, p50 and p99 latency, its answers (200, deliberate 503s, anything else), and
//! the server's peak resident memory; exits 1 on any answer but 200 or 503, or any failed
//! connection.
//!
//! `cargo bench -p ogi-report-cli --features serve --bench serve` runs it in full (the
//! release build); run by `cargo test --benches`, without `--bench`, it sends a tenth of the
//! requests, as a smoke test. The server runs with its defaults (one check per core, 64
//! waiting).

#[path = "../tests/serve/http.rs"]
mod http;

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use http::{Server, multipart};

/// One phase of the load.
struct Phase {
    name: &'static str,
    file: &'static str,
    requests: usize,
    clients: usize,
}

/// What one phase measured.
struct Measured {
    latencies: Vec<Duration>,
    ok: usize,
    busy: usize,
    other: Vec<String>,
    wall: Duration,
}

fn run(server: &Arc<Server>, phase: &Phase, body: &Arc<(String, Vec<u8>)>) -> Measured {
    let started = Instant::now();
    let per_client = phase.requests.div_ceil(phase.clients);
    let handles: Vec<_> = (0..phase.clients)
        .map(|client| {
            let server = Arc::clone(server);
            let body = Arc::clone(body);
            let count = per_client.min(phase.requests.saturating_sub(client * per_client));
            std::thread::spawn(move || {
                let mut out = Vec::with_capacity(count);
                for _ in 0..count {
                    let sent = Instant::now();
                    let answer = server.try_send(
                        "POST",
                        "/api/check",
                        &[("Content-Type", &body.0)],
                        &body.1,
                    );
                    out.push((sent.elapsed(), answer.map(|r| r.status)));
                }
                out
            })
        })
        .collect();
    let mut measured = Measured {
        latencies: Vec::with_capacity(phase.requests),
        ok: 0,
        busy: 0,
        other: Vec::new(),
        wall: Duration::ZERO,
    };
    for handle in handles {
        for (latency, answer) in handle.join().expect("a client thread ends") {
            match answer {
                Ok(200) => {
                    measured.ok += 1;
                    measured.latencies.push(latency);
                }
                Ok(503) => measured.busy += 1,
                Ok(status) => measured.other.push(format!("status {status}")),
                Err(e) => measured.other.push(e.to_string()),
            }
        }
    }
    measured.wall = started.elapsed();
    measured.latencies.sort();
    measured
}

fn percentile(sorted: &[Duration], p: usize) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let rank = (sorted.len() * p).div_ceil(100).max(1) - 1;
    sorted[rank].as_secs_f64() * 1000.0
}

fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    let scale = if full { 1 } else { 10 };
    let phases = [
        Phase {
            name: "JSON",
            file: "luohe_huizu_2021.json",
            requests: 2000 / scale,
            clients: 32,
        },
        Phase {
            name: "PDF",
            file: "luohe_huizu_2022.pdf",
            requests: 200 / scale,
            clients: 8,
        },
    ];
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/reports");
    let server = Arc::new(Server::start(&[]));
    let idle = server.rss_kib();
    println!(
        "ogi serve on {}: {} cores, idle {:.1} MiB",
        server.addr,
        std::thread::available_parallelism().map_or(0, |n| n.get()),
        idle as f64 / 1024.0
    );
    println!();
    println!(
        "| checks | requests | clients | 200 | 503 | other | seconds | checks/s | p50 ms | p99 ms |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    let mut failed = false;
    for phase in &phases {
        let bytes = std::fs::read(examples.join(phase.file)).expect("the example is readable");
        let body = Arc::new(multipart(Some((phase.file, &bytes)), &[]));
        let m = run(&server, phase, &body);
        println!(
            "| {} ({}) | {} | {} | {} | {} | {} | {:.2} | {:.1} | {:.1} | {:.1} |",
            phase.name,
            phase.file,
            phase.requests,
            phase.clients,
            m.ok,
            m.busy,
            m.other.len(),
            m.wall.as_secs_f64(),
            m.ok as f64 / m.wall.as_secs_f64(),
            percentile(&m.latencies, 50),
            percentile(&m.latencies, 99),
        );
        if !m.other.is_empty() {
            failed = true;
            let mut kinds = m.other.clone();
            kinds.sort();
            kinds.dedup();
            eprintln!("{}: answers other than 200 and 503: {kinds:?}", phase.name);
        }
    }
    println!();
    println!(
        "server peak resident memory: {:.1} MiB",
        server.peak_kib() as f64 / 1024.0
    );
    if failed {
        std::process::exit(1);
    }
}
