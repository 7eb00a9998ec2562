//! The integration tests, in one binary: a 2-core machine links once. `support` holds what
//! they share; `reference` the seed reports built by hand.
//!
//! `tests/no_alloc.rs` stays a binary of its own: it installs a counting global allocator.

mod reference;
mod support;

mod aggregate;
mod builder;
mod builder_editions;
mod catalogue;
mod compare;
mod conformance;
mod converter;
mod crawled;
mod encoding;
mod fees;
mod generated;
mod layers;
mod limits;
mod load;
mod metrics;
mod parse;
mod read_errors;
mod real;
mod render;
mod rules_doc;
mod schema;
mod seeds;
mod settle;
mod text;
mod validate;
