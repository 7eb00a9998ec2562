//! `cargo xtask generate [--no-bindings]`: writes every generated file of the repository,
//! then the bindings in other languages (`scripts/consumers/run --write`).
//! `cargo xtask check`: lists the generated files whose committed copy is stale, and exits 1
//! when there is one. Nothing is written when `CI` is set.

use std::process::{Command, ExitCode};

const USAGE: &str = "usage: cargo xtask generate [--no-bindings] | cargo xtask check";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        ["generate", rest @ ..] if rest.iter().all(|a| *a == "--no-bindings") => {
            generate(rest.is_empty())
        }
        ["check"] => check(),
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
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
