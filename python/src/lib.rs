//! `ogi_report._native`: the crate for Python. The package `ogi_report` (in `ogi_report/`)
//! wraps these in Python types; nothing here is meant to be called directly.
//!
//! Values cross as text or JSON and are made Python values on the Python side (`int`,
//! `decimal.Decimal`, `Raw`), so that money never passes through a float.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

use ogi_report::Error as LoadError;
use ogi_report::findings::Validation;
use ogi_report::layout::CellRef;
use ogi_report::load::{Loaded, Placed, load_file};
use ogi_report::parse::ParseOptions;
use ogi_report::read as read_any;
use ogi_report::render::{Format, Html};
use ogi_report::tidy;
use pyo3::create_exception;
use pyo3::exceptions::{PyException, PyKeyError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};

create_exception!(
    _native,
    LoadFailure,
    PyException,
    "A report that could not be read: args are (kind, message, pointer); kind is `read` (JSON that is not a report) or `parse` (a published form the parser could not read), or `io`."
);

fn failure(e: &LoadError) -> PyErr {
    let kind = match e {
        LoadError::Json(_) | LoadError::NotUtf8 { .. } => "read",
        LoadError::Parse(_) => "parse",
        _ => "io",
    };
    LoadFailure::new_err((kind, e.to_string(), e.pointer().map(str::to_owned)))
}

fn options(agency: Option<String>, year: Option<u16>) -> ParseOptions {
    let mut options = ParseOptions::default();
    if let Some(agency) = agency {
        options = options.with_agency(agency);
    }
    if let Some(year) = year {
        options = options.with_report_year(year);
    }
    options
}

fn json<T: serde::Serialize + ?Sized>(value: &T) -> PyResult<String> {
    serde_json::to_string(value).map_err(|e| PyValueError::new_err(e.to_string()))
}

/// A report with what was found while reading it.
#[pyclass(module = "ogi_report._native", frozen)]
struct NativeReport {
    loaded: Loaded,
    path: Option<String>,
    /// The parse findings, then the validator's, each placed in the text.
    checked: Vec<Placed>,
}

impl NativeReport {
    fn new(mut loaded: Loaded, path: Option<String>) -> NativeReport {
        let checked = loaded.check();
        // Every finding is placed: the text is not needed again, and a batch of thousands
        // would keep every file's.
        loaded.text = String::new();
        NativeReport {
            loaded,
            path,
            checked,
        }
    }

    fn parse_count(&self) -> usize {
        self.loaded.parsed.as_ref().map_or(0, |p| p.findings.len())
    }
}

#[pymethods]
impl NativeReport {
    #[getter]
    fn edition(&self) -> &'static str {
        self.loaded.report.edition().id()
    }

    #[getter]
    fn agency(&self) -> &str {
        &self.loaded.report.meta().agency
    }

    #[getter]
    fn year(&self) -> Option<u16> {
        self.loaded.report.meta().report_year.map(|y| y.get())
    }

    #[getter]
    fn form(&self) -> &'static str {
        self.loaded.form
    }

    #[getter]
    fn path(&self) -> Option<&str> {
        self.path.as_deref()
    }

    #[getter]
    fn published(&self) -> bool {
        self.loaded.parsed.is_some()
    }

    /// The canonical JSON (two-space indentation, a final line break).
    fn to_json(&self) -> String {
        self.loaded.report.to_json()
    }

    /// The cell at a JSON Pointer: (kind, text), kind one of `blank`, `raw`, `count`,
    /// `change`, `money`; a pointer that names no cell is a KeyError.
    fn cell(&self, pointer: &str) -> PyResult<(&'static str, String)> {
        let Some((_, cell)) = self
            .loaded
            .report
            .cells()
            .find(|(at, _)| at.pointer() == pointer)
        else {
            return Err(PyKeyError::new_err(format!(
                "{pointer}: no cell of a {} report",
                self.edition()
            )));
        };
        Ok(if cell.is_blank() {
            ("blank", String::new())
        } else if let Some(raw) = cell.raw() {
            ("raw", raw.to_owned())
        } else {
            let kind = match cell {
                CellRef::Count(_) => "count",
                CellRef::Change(_) => "change",
                // Fees and amounts, in 万元, and any kind of cell a later edition adds.
                _ => "money",
            };
            (kind, cell.display().unwrap_or_default())
        })
    }

    /// The tidy rows: (table, row_id, column_id, row_label, column_label, value, whole,
    /// state, raw).
    #[allow(
        clippy::type_complexity,
        reason = "the tuple is the row Python receives"
    )]
    fn rows(
        &self,
    ) -> Vec<(
        &'static str,
        String,
        String,
        String,
        String,
        Option<String>,
        bool,
        &'static str,
        Option<String>,
    )> {
        tidy::rows(&self.loaded.report)
            .into_iter()
            .map(|r| {
                (
                    r.table,
                    r.row_id,
                    r.column_id,
                    r.row_label,
                    r.column_label,
                    r.value,
                    r.whole,
                    r.state,
                    r.raw.map(str::to_owned),
                )
            })
            .collect()
    }

    /// The validator's findings as JSON, each with its `span` where known.
    fn validation_json(&self) -> PyResult<String> {
        json(&self.checked[self.parse_count()..])
    }

    /// Every named rate as JSON (the objects `metrics::Value` serializes to), with
    /// `denominator` (an id) for every metric or each one's default, and `previous` as the
    /// report for the year before for the series metrics. An unknown denominator id is a
    /// ValueError.
    #[pyo3(signature = (denominator=None, previous=None))]
    fn metrics_json(
        &self,
        denominator: Option<&str>,
        previous: Option<&NativeReport>,
    ) -> PyResult<String> {
        use ogi_report::metrics::{self, Denominator, Metric};
        let kind = match denominator {
            None => None,
            Some(id) => Some(Denominator::from_id(id).ok_or_else(|| {
                let ids: Vec<&str> = Denominator::ALL.iter().map(|d| d.id()).collect();
                PyValueError::new_err(format!(
                    "{id:?} is not a denominator; expected one of {}",
                    ids.join(", ")
                ))
            })?),
        };
        let report = &self.loaded.report;
        let values: Vec<metrics::Value> = Metric::ALL
            .iter()
            .map(|m| {
                let kind = kind.unwrap_or_else(|| m.definition().default_denominator());
                match previous {
                    Some(before) => {
                        metrics::compute_series(&before.loaded.report, report, *m, kind)
                    }
                    None => metrics::compute_with(report, *m, kind),
                }
            })
            .collect();
        json(&values)
    }

    /// The parser's findings as JSON; `None` for a report read from JSON.
    fn parse_findings_json(&self) -> PyResult<Option<String>> {
        if self.loaded.parsed.is_none() {
            return Ok(None);
        }
        json(&self.checked[..self.parse_count()]).map(Some)
    }

    /// Where each value was read, as JSON; `None` for a report read from JSON.
    fn spans_json(&self) -> PyResult<Option<String>> {
        self.loaded
            .parsed
            .as_ref()
            .map(|p| json(&p.spans))
            .transpose()
    }

    /// The report rendered: `html` (findings marked on their cells), `markdown` or `text`.
    fn render(&self, to: &str) -> PyResult<String> {
        let report = &self.loaded.report;
        Ok(match to {
            "html" => {
                let validation = Validation {
                    findings: self.checked.iter().map(|p| p.finding.clone()).collect(),
                    ..Validation::default()
                };
                Html::new(report).with_findings(&validation).page()
            }
            "markdown" => Format::Markdown.render(report),
            "text" => Format::Text.render(report),
            other => {
                return Err(PyValueError::new_err(format!(
                    "to={other:?}: expected \"html\", \"markdown\" or \"text\""
                )));
            }
        })
    }
}

/// Reads bytes of any form.
#[pyfunction]
#[pyo3(signature = (data, path=None, agency=None, year=None))]
fn load(
    py: Python<'_>,
    data: Vec<u8>,
    path: Option<String>,
    agency: Option<String>,
    year: Option<u16>,
) -> PyResult<NativeReport> {
    let options = options(agency, year);
    let loaded = py
        .detach(|| read_any(&data, &options))
        .map_err(|e| failure(&e))?;
    Ok(py.detach(|| NativeReport::new(loaded, path)))
}

/// Reads a file of any form.
#[pyfunction]
#[pyo3(signature = (path, agency=None, year=None))]
fn load_path(
    py: Python<'_>,
    path: PathBuf,
    agency: Option<String>,
    year: Option<u16>,
) -> PyResult<NativeReport> {
    let options = options(agency, year);
    let shown = path.display().to_string();
    let loaded = py
        .detach(|| load_file(&path, &options))
        .map_err(|e| failure(&e))?;
    Ok(py.detach(|| NativeReport::new(loaded, Some(shown))))
}

/// The reports of a batch, each read or with the reason it was not.
#[pyclass(module = "ogi_report._native", frozen)]
struct NativeBatch {
    results: Vec<(String, Result<Py<NativeReport>, String>)>,
}

#[pymethods]
impl NativeBatch {
    fn __len__(&self) -> usize {
        self.results.len()
    }

    /// One tuple per file: (path, form, edition, agency, year, errors, warnings, notices,
    /// error).
    #[allow(
        clippy::type_complexity,
        reason = "the tuple is the row Python receives"
    )]
    fn files(
        &self,
    ) -> Vec<(
        &str,
        Option<&'static str>,
        Option<&'static str>,
        Option<&str>,
        Option<u16>,
        usize,
        usize,
        usize,
        Option<&str>,
    )> {
        self.results
            .iter()
            .map(|(path, r)| match r {
                Ok(r) => {
                    let r = r.get();
                    let count = |s: ogi_report::findings::Severity| {
                        r.checked.iter().filter(|p| p.finding.severity == s).count()
                    };
                    (
                        path.as_str(),
                        Some(r.form()),
                        Some(r.edition()),
                        Some(r.agency()),
                        r.year(),
                        count(ogi_report::findings::Severity::Error),
                        count(ogi_report::findings::Severity::Warning),
                        count(ogi_report::findings::Severity::Notice),
                        None,
                    )
                }
                Err(e) => (
                    path.as_str(),
                    None,
                    None,
                    None,
                    None,
                    0,
                    0,
                    0,
                    Some(e.as_str()),
                ),
            })
            .collect()
    }

    /// The tidy cells of every file read, as columns: a dict of lists.
    fn cell_columns<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let mut file = Vec::new();
        let mut agency = Vec::new();
        let mut year = Vec::new();
        let mut edition = Vec::new();
        let mut rows = Vec::new();
        for (path, r) in &self.results {
            let Ok(r) = r else { continue };
            let r = r.get();
            for row in tidy::rows(&r.loaded.report) {
                file.push(path.as_str());
                agency.push(r.agency());
                year.push(r.year());
                edition.push(r.edition());
                rows.push(row);
            }
        }
        let out = PyDict::new(py);
        out.set_item("file", PyList::new(py, file)?)?;
        out.set_item("agency", PyList::new(py, agency)?)?;
        out.set_item("report_year", PyList::new(py, year)?)?;
        out.set_item("edition", PyList::new(py, edition)?)?;
        out.set_item("table", PyList::new(py, rows.iter().map(|r| r.table))?)?;
        out.set_item("row_id", PyList::new(py, rows.iter().map(|r| &r.row_id))?)?;
        out.set_item(
            "column_id",
            PyList::new(py, rows.iter().map(|r| &r.column_id))?,
        )?;
        out.set_item(
            "row_label",
            PyList::new(py, rows.iter().map(|r| &r.row_label))?,
        )?;
        out.set_item(
            "column_label",
            PyList::new(py, rows.iter().map(|r| &r.column_label))?,
        )?;
        out.set_item(
            "value",
            PyList::new(py, rows.iter().map(|r| r.value.as_deref()))?,
        )?;
        out.set_item("whole", PyList::new(py, rows.iter().map(|r| r.whole))?)?;
        out.set_item("state", PyList::new(py, rows.iter().map(|r| r.state))?)?;
        out.set_item("raw", PyList::new(py, rows.iter().map(|r| r.raw))?)?;
        Ok(out)
    }

    /// Every finding of every file read, as JSON: a list of (path, findings) pairs, the
    /// parse findings of each file first.
    fn findings_json(&self) -> PyResult<String> {
        let all: Vec<(&str, &[Placed])> = self
            .results
            .iter()
            .filter_map(|(path, r)| {
                r.as_ref()
                    .ok()
                    .map(|r| (path.as_str(), &r.get().checked[..]))
            })
            .collect();
        json(&all)
    }

    /// The report of file `i`, or `None` if it was not read.
    fn report(&self, py: Python<'_>, i: usize) -> Option<Py<NativeReport>> {
        match self.results.get(i) {
            Some((_, Ok(r))) => Some(r.clone_ref(py)),
            _ => None,
        }
    }
}

/// Reads and checks files and folders in parallel, with the interpreter released.
#[pyfunction]
#[pyo3(signature = (paths, workers=None))]
fn check(py: Python<'_>, paths: Vec<PathBuf>, workers: Option<usize>) -> PyResult<NativeBatch> {
    type Done = Vec<(String, Result<NativeReport, String>)>;
    let results = py.detach(|| -> Result<Done, String> {
        let files = ogi_report::load::files(&paths).map_err(|e| e.to_string())?;
        let workers = workers
            .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
            .clamp(1, files.len().max(1));
        let next = AtomicUsize::new(0);
        let options = ParseOptions::default();
        let mut done: Vec<(usize, String, Result<NativeReport, String>)> =
            std::thread::scope(|scope| {
                let handles: Vec<_> = (0..workers)
                    .map(|_| {
                        scope.spawn(|| {
                            let mut mine = Vec::new();
                            loop {
                                let i = next.fetch_add(1, Ordering::Relaxed);
                                let Some(path) = files.get(i) else { break };
                                let shown = path.display().to_string();
                                let result = load_file(path, &options)
                                    .map(|l| NativeReport::new(l, Some(shown.clone())))
                                    .map_err(|e| e.to_string());
                                mine.push((i, shown, result));
                            }
                            mine
                        })
                    })
                    .collect();
                handles
                    .into_iter()
                    .flat_map(|h| h.join().unwrap_or_default())
                    .collect()
            });
        done.sort_by_key(|(i, _, _)| *i);
        Ok(done.into_iter().map(|(_, p, r)| (p, r)).collect())
    });
    let results = results.map_err(|e| LoadFailure::new_err(("io", e, None::<String>)))?;
    let results = results
        .into_iter()
        .map(|(path, r)| {
            Ok((
                path,
                match r {
                    Ok(r) => Ok(Py::new(py, r)?),
                    Err(e) => Err(e),
                },
            ))
        })
        .collect::<PyResult<_>>()?;
    Ok(NativeBatch { results })
}

/// Reads findings JSON (as `Validation::to_json` writes it) strictly, and gives it back as
/// the list of findings in JSON.
#[pyfunction]
fn findings_from_json(text: &str) -> PyResult<String> {
    let validation = Validation::from_json(text).map_err(|e| {
        LoadFailure::new_err(("read", e.to_string(), e.pointer().map(str::to_owned)))
    })?;
    json(&validation.findings)
}

/// The JSON Schema of `report` (every edition) or `findings`, as JSON text.
#[pyfunction]
fn schema(kind: &str) -> PyResult<String> {
    match kind {
        "report" => Ok(ogi_report::schema::report_schema_text()),
        "findings" => Ok(ogi_report::schema::findings_schema_text()),
        other => Err(PyValueError::new_err(format!(
            "kind={other:?}: expected \"report\" or \"findings\""
        ))),
    }
}

/// The crate's version.
#[pyfunction]
fn version() -> &'static str {
    env!("CARGO_PKG_VERSION")
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("LoadFailure", m.py().get_type::<LoadFailure>())?;
    m.add_class::<NativeReport>()?;
    m.add_class::<NativeBatch>()?;
    m.add_function(wrap_pyfunction!(load, m)?)?;
    m.add_function(wrap_pyfunction!(load_path, m)?)?;
    m.add_function(wrap_pyfunction!(check, m)?)?;
    m.add_function(wrap_pyfunction!(schema, m)?)?;
    m.add_function(wrap_pyfunction!(findings_from_json, m)?)?;
    m.add_function(wrap_pyfunction!(version, m)?)?;
    Ok(())
}
