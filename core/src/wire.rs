//! The dataset as the browser receives it: validated at build time (`build.rs` of the app
//! runs [`crate::validate::load`] on `data/*.json`), then encoded with postcard, so the app
//! does no JSON parsing and no validation at start-up — it decodes and indexes.
//!
//! postcard is not self-describing: every field is written and read in declaration order,
//! so the record types must not skip fields conditionally (`skip_serializing_if`).

use serde::{Deserialize, Serialize};

use crate::dataset::{Claim, Company, DatasetHeader, Event, Model};
use crate::Dataset;

#[derive(Serialize)]
struct WireRef<'a> {
    header: &'a DatasetHeader,
    companies: &'a [Company],
    models: &'a [Model],
    events: &'a [Event],
    claims: &'a [Claim],
}

#[derive(Deserialize)]
struct Wire {
    header: DatasetHeader,
    companies: Vec<Company>,
    models: Vec<Model>,
    events: Vec<Event>,
    claims: Vec<Claim>,
}

/// Encodes a dataset that passed validation.
pub fn encode(dataset: &Dataset) -> Vec<u8> {
    postcard::to_allocvec(&WireRef {
        header: &dataset.header,
        companies: &dataset.companies,
        models: &dataset.models,
        events: &dataset.events,
        claims: &dataset.claims,
    })
    .expect("a dataset always encodes")
}

/// Decodes what [`encode`] wrote and builds the indexes.
pub fn decode(bytes: &[u8]) -> Result<Dataset, String> {
    let wire: Wire = postcard::from_bytes(bytes).map_err(|e| e.to_string())?;
    let mut header = wire.header;
    header.as_of = crate::validate::newest_record_date(&wire.companies, &wire.models, &wire.events);
    Ok(Dataset::new(
        header,
        wire.companies,
        wire.models,
        wire.events,
        wire.claims,
    ))
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_embedded_dataset_survives_the_round_trip() {
        let dataset = crate::Dataset::embedded().expect("valid");
        let decoded = super::decode(&super::encode(&dataset)).expect("decodes");
        assert_eq!(decoded.header, dataset.header);
        assert_eq!(decoded.companies, dataset.companies);
        assert_eq!(decoded.models, dataset.models);
        assert_eq!(decoded.events, dataset.events);
        assert_eq!(decoded.claims, dataset.claims);
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        assert!(super::decode(&[0xff, 0x01, 0x02]).is_err());
        assert!(super::decode(&[]).is_err());
    }
}
