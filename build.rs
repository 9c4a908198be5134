//! Validates the dataset and encodes it for the browser (see `core/src/wire.rs`).
//!
//! The app embeds `$OUT_DIR/dataset.bin`: the `data/*.json` files after every validation rule
//! passed, in postcard (the companies bundle embeds `companies.bin`, the companies' slice). A file that breaks a rule fails the build here with every error listed,
//! so the browser never parses JSON nor validates. Benchmark builds (`--features synthetic`)
//! embed a generated dataset of `$ATLAS_SYNTHETIC_MODELS` models instead.

use std::path::Path;

fn main() {
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("dataset.bin");
    println!("cargo:rerun-if-changed=data");
    println!("cargo:rerun-if-env-changed=ATLAS_SYNTHETIC_MODELS");
    let loaded = if std::env::var_os("CARGO_FEATURE_SYNTHETIC").is_some() {
        let models = std::env::var("ATLAS_SYNTHETIC_MODELS")
            .ok()
            .and_then(|n| n.parse().ok())
            .unwrap_or(10_000);
        let files = atlas_core::synthetic::generate(models, 42);
        atlas_core::validate::load(&files.files())
    } else {
        atlas_core::Dataset::embedded()
    };
    match loaded {
        Ok(dataset) => {
            let bytes: &'static [u8] = atlas_core::wire::encode(&dataset).leak();
            // The app decodes the events only when a view first needs them; decode everything
            // here once, so a binary that would not decode fails the build, not a reader.
            let decoded = atlas_core::wire::decode(bytes).expect("the encoded dataset decodes");
            assert!(
                decoded.events() == dataset.events()
                    && decoded.models == dataset.models
                    && decoded.companies == dataset.companies
                    && decoded.claims == dataset.claims,
                "the encoded dataset does not decode to the validated one"
            );
            std::fs::write(&out, bytes).expect("write dataset.bin");
            // The companies bundle embeds only the companies' slice.
            let slice: &'static [u8] = atlas_core::wire::encode_companies(&dataset).leak();
            let decoded =
                atlas_core::wire::decode_companies(slice).expect("the companies' slice decodes");
            assert!(
                decoded.companies == dataset.companies,
                "the companies' slice does not decode to the validated companies"
            );
            std::fs::write(out.with_file_name("companies.bin"), slice).expect("write companies.bin")
        }
        Err(errors) => {
            for error in &errors {
                println!("cargo:warning={error}");
            }
            panic!(
                "the dataset breaks {} validation rule(s); see the warnings above",
                errors.len()
            );
        }
    }
}
