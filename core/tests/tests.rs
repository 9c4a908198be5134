//! Integration tests of the core: one binary, one module per concern.

mod codec;
mod data;
mod fixtures;
mod queries;
mod translation;
mod validation;
