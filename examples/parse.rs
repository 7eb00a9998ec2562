//! Reads a published report and prints it as canonical JSON.
//!
//! ```text
//! cargo run --example parse -- FILE            # text, Markdown, or HTML with --features html
//! ```
//!
//! The report goes to standard output; each parse finding goes to standard error with the
//! line of the source it is about. Exit status: 0 when a report was read, 2 when none was.

use std::process::ExitCode;

use ogi_report::parse::{ParseOptions, source_text};

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (Some(path), None) = (args.next(), args.next()) else {
        eprintln!("usage: parse FILE");
        return ExitCode::from(2);
    };
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::from(2);
        }
    };
    // The text the spans refer to: the file's own text, or what a PDF's glyphs or a Word
    // document's paragraphs were read as.
    let parsed = match source_text(&bytes).and_then(|s| Ok((s.parse(&ParseOptions::default())?, s)))
    {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::from(2);
        }
    };
    let (parsed, source) = parsed;
    print!("{}", parsed.report.to_json());
    let text = &source.text;
    for f in &parsed.findings {
        let finding = &f.finding;
        match f.span {
            Some(span) => {
                let line = text.lines().nth(span.line as usize - 1).unwrap_or("");
                let line: String = line.chars().take(120).collect();
                eprintln!(
                    "{path}:{}:{}: {} [{}] {}\n    | {line}",
                    span.line,
                    span.column,
                    finding.severity,
                    finding.rule.id(),
                    finding.message.en
                );
            }
            None => eprintln!(
                "{path}: {} [{}] {}",
                finding.severity,
                finding.rule.id(),
                finding.message.en
            ),
        }
    }
    ExitCode::SUCCESS
}
