//! `cargo xtask generate [--no-bindings]`: writes every generated file of the repository,
//! then the bindings in other languages (`scripts/consumers/run --write`).
//! `cargo xtask check`: lists the generated files whose committed copy is stale and the
//! paths the docs cite that do not exist (`docs`), and exits 1 when there is one. Nothing is
//! written when `CI` is set.
//! `cargo xtask docs`: lists the paths README.md, CHANGELOG.md and docs/*.md cite in code
//! spans that name no file or folder of the repository (`xtask::docs`), and exits 1 when
//! there is one.
//! `cargo xtask api [--check]`: writes (or compares) `api.txt`, the public API listed from
//! rustdoc's JSON; `generate` writes it too.
//! `cargo xtask random-report SEED`: the report a seed draws (`xtask::random`), as JSON, for
//! the round trip through Chromium's PDFs.

use std::process::{Command, ExitCode};

const USAGE: &str = "usage: cargo xtask generate [--no-bindings] | cargo xtask check | cargo xtask docs | cargo xtask api [--check] | cargo xtask random-report SEED";

/// The committed listing of the public API.
const API: &str = "api.txt";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        ["generate", rest @ ..] if rest.iter().all(|a| *a == "--no-bindings") => {
            generate(rest.is_empty())
        }
        ["check"] => check(),
        ["docs"] => docs(),
        ["api"] => api(false),
        ["api", "--check"] => api(true),
        ["random-report", seed] => match seed.parse::<u64>() {
            Ok(seed) => {
                print!("{}", xtask::random::report_of_seed(seed).to_json());
                ExitCode::SUCCESS
            }
            Err(_) => {
                eprintln!("xtask: the seed is a whole number, not {seed:?}");
                ExitCode::from(2)
            }
        },
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn generate(bindings: bool) -> ExitCode {
    if std::env::var_os("CI").is_some() {
        eprintln!("xtask: CI is set: generated files are compared there, never written");
        return ExitCode::FAILURE;
    }
    let root = xtask::root();
    let (mut written, mut same) = (0, 0);
    for file in xtask::all() {
        let path = root.join(&file.path);
        if std::fs::read(&path).ok().as_deref() == Some(&file.bytes[..]) {
            same += 1;
            continue;
        }
        if let Some(dir) = path.parent() {
            if let Err(e) = std::fs::create_dir_all(dir) {
                eprintln!("xtask: {}: {e}", dir.display());
                return ExitCode::FAILURE;
            }
        }
        if let Err(e) = std::fs::write(&path, &file.bytes) {
            eprintln!("xtask: {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
        println!("wrote {} ({})", file.path, file.by);
        written += 1;
    }
    println!("{written} files written, {same} unchanged");
    if api(false) != ExitCode::SUCCESS {
        return ExitCode::FAILURE;
    }
    if !bindings {
        return ExitCode::SUCCESS;
    }
    println!("the bindings: scripts/consumers/run --write");
    match Command::new(root.join("scripts/consumers/run"))
        .arg("--write")
        .current_dir(&root)
        .status()
    {
        Ok(status) if status.success() => ExitCode::SUCCESS,
        Ok(_) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("xtask: scripts/consumers/run: {e}");
            ExitCode::FAILURE
        }
    }
}

fn check() -> ExitCode {
    let stale = xtask::stale_files();
    for file in &stale {
        eprintln!(
            "{} is stale ({}): run `{}`",
            file.path,
            file.by,
            xtask::COMMAND
        );
    }
    if stale.is_empty() {
        println!(
            "every generated file is current (the bindings are compared by scripts/consumers/run)"
        );
    }
    let cited = docs();
    if stale.is_empty() && cited == ExitCode::SUCCESS {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Every path the docs cite exists.
fn docs() -> ExitCode {
    let root = xtask::root();
    let (count, stale) = xtask::docs::check(&root);
    for s in &stale {
        eprintln!(
            "{}:{}: `{}` names no file or folder of the repository",
            s.doc, s.line, s.cited
        );
    }
    if stale.is_empty() {
        println!(
            "every path the docs cite exists ({count} citations in {} docs: {})",
            xtask::docs::checked(&root).len(),
            xtask::docs::DOCS.join(", ")
        );
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// The public API listing, from rustdoc's JSON of the crate with every feature (rustdoc's
/// JSON output is unstable: `RUSTC_BOOTSTRAP=1` lets the stable toolchain give it).
fn api(check: bool) -> ExitCode {
    let root = xtask::root();
    let status = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned()))
        .args([
            "rustdoc",
            "--locked",
            "--quiet",
            "-p",
            "ogi-report",
            "--all-features",
            "--",
            "-Z",
            "unstable-options",
            "--output-format",
            "json",
        ])
        .env("RUSTC_BOOTSTRAP", "1")
        .current_dir(&root)
        .status();
    if !matches!(status, Ok(s) if s.success()) {
        eprintln!("xtask: cargo rustdoc --output-format json failed");
        return ExitCode::FAILURE;
    }
    let json = root.join("target/doc/ogi_report.json");
    let doc: serde_json::Value = match std::fs::read(&json)
        .map_err(|e| e.to_string())
        .and_then(|b| serde_json::from_slice(&b).map_err(|e| e.to_string()))
    {
        Ok(doc) => doc,
        Err(e) => {
            eprintln!("xtask: {}: {e}", json.display());
            return ExitCode::FAILURE;
        }
    };
    let listing = xtask::api::listing(&doc);
    let path = root.join(API);
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    if committed == listing {
        println!(
            "{API}: the public API is as committed ({} items)",
            listing.lines().count() - 1
        );
        return ExitCode::SUCCESS;
    }
    if check {
        let old: std::collections::BTreeSet<&str> = committed.lines().collect();
        let new: std::collections::BTreeSet<&str> = listing.lines().collect();
        for gone in old.difference(&new) {
            eprintln!("- {gone}");
        }
        for added in new.difference(&old) {
            eprintln!("+ {added}");
        }
        eprintln!(
            "{API} is stale: the public API changed; run `cargo xtask api` (or `{}`) and commit it",
            xtask::COMMAND
        );
        return ExitCode::FAILURE;
    }
    if std::env::var_os("CI").is_some() {
        eprintln!("xtask: CI is set: {API} is compared there, never written");
        return ExitCode::FAILURE;
    }
    match std::fs::write(&path, listing) {
        Ok(()) => {
            println!("wrote {API}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("xtask: {}: {e}", path.display());
            ExitCode::FAILURE
        }
    }
}
