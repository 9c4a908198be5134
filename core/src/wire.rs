//! The dataset as the browser receives it: validated at build time (`build.rs` of the app
//! runs [`crate::validate::load`] on `data/*.json`), then encoded with postcard, so the app
//! does no JSON parsing and no validation at start-up — it decodes and indexes.
//!
//! postcard is not self-describing: every field is written and read in declaration order,
//! so the record types must not skip fields conditionally (`skip_serializing_if`).

use serde::{Deserialize, Serialize};

use crate::dataset::{Claim, Company, DatasetHeader, Event, Model};
use crate::date::PartialDate;
use crate::facets::FacetColumn;
use crate::index::IdIndex;
use crate::text::SearchKeys;
use crate::{Dataset, Prebuilt};

#[derive(Serialize)]
struct WireRef<'a> {
    header: &'a DatasetHeader,
    as_of: PartialDate,
    companies: &'a [Company],
    models: &'a [Model],
    events: Bytes<'a>,
    claims: &'a [Claim],
    company_index: &'a IdIndex,
    model_index: &'a IdIndex,
    models_by_company: &'a [Vec<usize>],
    model_search: &'a SearchKeys,
    model_facets: &'a [FacetColumn],
}

/// Bytes written as one postcard byte string (length, then the bytes), which decoding borrows.
struct Bytes<'a>(&'a [u8]);

impl Serialize for Bytes<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_bytes(self.0)
    }
}

#[derive(Deserialize)]
struct Wire<'a> {
    header: DatasetHeader,
    /// "Data as of" needs every table, events included; computed at build time.
    as_of: PartialDate,
    #[serde(deserialize_with = "exact")]
    companies: Vec<Company>,
    #[serde(deserialize_with = "exact")]
    models: Vec<Model>,
    /// The events, encoded on their own so that start-up can leave them for later.
    events: &'a [u8],
    #[serde(deserialize_with = "exact")]
    claims: Vec<Claim>,
    /// The indexes, built at build time (Pagefind-style): start-up decodes them instead of
    /// hashing every id, normalising every model's text and interning every facet value.
    company_index: IdIndex,
    model_index: IdIndex,
    models_by_company: Vec<Vec<usize>>,
    model_search: SearchKeys,
    model_facets: Vec<FacetColumn>,
}

thread_local! {
    /// The size of the input being decoded: no table can hold more records than it has bytes.
    static INPUT_LEN: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// A record table allocated once at the length the encoding states (serde's default grows it
/// from a cautious guess, copying the table ~7 times at 100,000 records). The stated length is
/// capped by the input's size, so corrupt input cannot ask for a huge allocation.
fn exact<'de, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    struct Table<T>(std::marker::PhantomData<T>);
    impl<'de, T: Deserialize<'de>> serde::de::Visitor<'de> for Table<T> {
        type Value = Vec<T>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a table of records")
        }
        fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
            let stated = seq.size_hint().unwrap_or(0);
            let mut records = Vec::with_capacity(stated.min(INPUT_LEN.get()));
            while let Some(record) = seq.next_element()? {
                records.push(record);
            }
            Ok(records)
        }
    }
    deserializer.deserialize_seq(Table(std::marker::PhantomData))
}

/// Encodes a dataset that passed validation.
pub fn encode(dataset: &Dataset) -> Vec<u8> {
    let events = postcard::to_allocvec(&EventsRef {
        events: dataset.events(),
    })
    .expect("events always encode");
    postcard::to_allocvec(&WireRef {
        header: &dataset.header,
        as_of: dataset.header.as_of,
        companies: &dataset.companies,
        models: &dataset.models,
        events: Bytes(&events),
        claims: &dataset.claims,
        company_index: &dataset.company_index,
        model_index: &dataset.model_index,
        models_by_company: &dataset.models_by_company,
        model_search: &dataset.model_search,
        model_facets: &dataset.model_facets,
    })
    .expect("a dataset always encodes")
}

/// The companies' slice: what `/companies` shows and filters on — the companies, their id
/// index, and per company the number of models and events that name it — without the model,
/// event and claim records (about a fifth of the dataset's bytes).
#[derive(Serialize)]
struct CompaniesRef<'a> {
    header: &'a DatasetHeader,
    as_of: PartialDate,
    companies: &'a [Company],
    company_index: &'a IdIndex,
    counts: Vec<[u32; 2]>,
}

#[derive(Deserialize)]
struct CompaniesWire {
    header: DatasetHeader,
    as_of: PartialDate,
    #[serde(deserialize_with = "exact")]
    companies: Vec<Company>,
    company_index: IdIndex,
    counts: Vec<[u32; 2]>,
}

/// Encodes the companies' slice of a dataset that passed validation.
pub fn encode_companies(dataset: &Dataset) -> Vec<u8> {
    let counts = (0..dataset.companies.len())
        .map(|i| {
            [
                dataset.company_model_count(i) as u32,
                dataset.company_event_count(i) as u32,
            ]
        })
        .collect();
    postcard::to_allocvec(&CompaniesRef {
        header: &dataset.header,
        as_of: dataset.header.as_of,
        companies: &dataset.companies,
        company_index: &dataset.company_index,
        counts,
    })
    .expect("a dataset always encodes")
}

/// Decodes what [`encode_companies`] wrote: a dataset with the companies only
/// ([`Dataset::is_companies_slice`]).
pub fn decode_companies(bytes: &'static [u8]) -> Result<Dataset, String> {
    INPUT_LEN.set(bytes.len());
    let wire: CompaniesWire = postcard::from_bytes(bytes).map_err(|e| e.to_string())?;
    let companies = wire.companies.len();
    if wire.counts.len() != companies {
        return Err("the company counts do not match the records".to_string());
    }
    let mut header = wire.header;
    header.as_of = wire.as_of;
    let prebuilt = Prebuilt {
        company_index: wire.company_index.checked(companies)?,
        model_index: IdIndex::build(0, |_| ""),
        models_by_company: vec![Vec::new(); companies],
        model_search: SearchKeys::build(std::iter::empty::<&Model>(), |_, _| {}),
        model_facets: Vec::new(),
    };
    let mut dataset = Dataset::new(
        header,
        wire.companies,
        Vec::new(),
        crate::Events::Records(Vec::new()),
        Vec::new(),
        Some(prebuilt),
    );
    dataset.company_counts = Some(wire.counts);
    Ok(dataset)
}

#[derive(Serialize)]
struct EventsRef<'a> {
    events: &'a [Event],
}

#[derive(Deserialize)]
struct Events {
    #[serde(deserialize_with = "exact")]
    events: Vec<Event>,
}

/// The events [`encode`] wrote apart (see [`Dataset::events`]).
pub(crate) fn decode_events(bytes: &[u8]) -> Result<Vec<Event>, String> {
    INPUT_LEN.set(bytes.len());
    let events: Events = postcard::from_bytes(bytes).map_err(|e| e.to_string())?;
    Ok(events.events)
}

/// Decodes what [`encode`] wrote and builds the indexes; the events are decoded on first use
/// ([`Dataset::events`]), from the same bytes, which therefore live as long as the program.
pub fn decode(bytes: &'static [u8]) -> Result<Dataset, String> {
    INPUT_LEN.set(bytes.len());
    let wire: Wire = postcard::from_bytes(bytes).map_err(|e| e.to_string())?;
    let mut header = wire.header;
    header.as_of = wire.as_of;
    let models = wire.models.len();
    if wire.model_facets.len() != crate::spec::MODEL_FACETS.len() {
        return Err("the facet columns do not match the facet table".to_string());
    }
    let linked = wire.models_by_company.len() == wire.companies.len()
        && wire.models_by_company.iter().flatten().all(|&m| m < models);
    if !linked {
        return Err("the company links do not match the records".to_string());
    }
    let prebuilt = Prebuilt {
        company_index: wire.company_index.checked(wire.companies.len())?,
        model_index: wire.model_index.checked(models)?,
        models_by_company: wire.models_by_company,
        model_search: wire.model_search.checked(models)?,
        model_facets: wire
            .model_facets
            .into_iter()
            .map(|c| c.restored(models))
            .collect::<Result<_, _>>()?,
    };
    Ok(Dataset::new(
        header,
        wire.companies,
        wire.models,
        crate::Events::Encoded(wire.events),
        wire.claims,
        Some(prebuilt),
    ))
}

#[cfg(test)]
mod tests {
    use crate::index::IdIndex;
    use crate::text::SearchKeys;

    #[test]
    fn the_companies_slice_keeps_what_the_companies_view_reads() {
        let dataset = crate::Dataset::embedded().expect("valid");
        let bytes = super::encode_companies(&dataset).leak();
        let slice = super::decode_companies(bytes).expect("decodes");
        assert!(slice.is_companies_slice() && !dataset.is_companies_slice());
        assert_eq!(slice.header, dataset.header);
        assert_eq!(slice.companies, dataset.companies);
        assert!(slice.models.is_empty() && slice.events().is_empty() && slice.claims.is_empty());
        let mut named = 0;
        for (i, company) in dataset.companies.iter().enumerate() {
            assert_eq!(slice.company(&company.id), Some(company));
            assert_eq!(
                slice.company_model_count(i),
                dataset.models_by_company[i].len()
            );
            assert_eq!(
                slice.company_event_count(i),
                dataset.events_by_company(i).len()
            );
            named += slice.company_event_count(i);
        }
        assert!(named > 0, "the counts are carried, not zero");
        // The view's queries give the same answers on the slice.
        for query in [
            "",
            "sort=-models",
            "q=deep",
            "cat=robotics&open=yes",
            "sort=name",
        ] {
            let (state, _) = crate::state::CompaniesState::decode(query, &dataset);
            let (on_slice, _) = crate::state::CompaniesState::decode(query, &slice);
            assert_eq!(state, on_slice, "{query}");
            assert_eq!(
                crate::companies::query_companies(&dataset, &state).items,
                crate::companies::query_companies(&slice, &on_slice).items,
                "{query}"
            );
        }
        assert_eq!(
            crate::export::companies_csv(
                &dataset,
                &(0..dataset.companies.len()).collect::<Vec<_>>()
            ),
            crate::export::companies_csv(&slice, &(0..slice.companies.len()).collect::<Vec<_>>())
        );
        // A slice whose counts do not match its companies is refused.
        let mut short = super::encode_companies(&dataset);
        short.truncate(short.len() - 2);
        assert!(super::decode_companies(short.leak()).is_err());
    }

    #[test]
    fn the_embedded_dataset_survives_the_round_trip() {
        let dataset = crate::Dataset::embedded().expect("valid");
        let bytes = super::encode(&dataset).leak();
        let decoded = super::decode(bytes).expect("decodes");
        assert_eq!(decoded.header, dataset.header);
        assert_eq!(decoded.companies, dataset.companies);
        assert_eq!(decoded.models, dataset.models);
        assert_eq!(decoded.events(), dataset.events());
        assert_eq!(decoded.header.as_of, dataset.header.as_of);
        for i in 0..dataset.companies.len() {
            assert_eq!(decoded.events_by_company(i), dataset.events_by_company(i));
        }
        for i in 0..dataset.models.len() {
            assert_eq!(decoded.events_by_model(i), dataset.events_by_model(i));
        }
        for event in dataset.events() {
            assert_eq!(decoded.event(&event.id), Some(event));
        }
        assert_eq!(decoded.claims, dataset.claims);
        assert_eq!(decoded.model_search, dataset.model_search);
        assert_eq!(decoded.models_by_company, dataset.models_by_company);
        for model in &dataset.models {
            assert_eq!(decoded.model(&model.id), Some(model));
        }
        for company in &dataset.companies {
            assert_eq!(decoded.company(&company.id), Some(company));
        }
        assert_eq!(decoded.model_facets, dataset.model_facets);
        // The facet lookups were rebuilt, not left empty.
        for column in &decoded.model_facets {
            for (id, token) in column.tokens.iter().enumerate() {
                assert_eq!(column.id(token), Some(id as u32));
            }
        }
    }

    /// The embedded dataset with its prebuilt indexes edited, encoded and decoded again.
    fn decode_edited(edit: impl FnOnce(&mut crate::Dataset)) -> Result<crate::Dataset, String> {
        let mut dataset = crate::Dataset::embedded().expect("valid");
        edit(&mut dataset);
        super::decode(super::encode(&dataset).leak())
    }

    #[test]
    fn prebuilt_indexes_that_do_not_match_the_records_are_errors() {
        let ids: Vec<String> = (0..500).map(|i| format!("m{i}")).collect();
        type Edit<'a> = Box<dyn FnOnce(&mut crate::Dataset) + 'a>;
        let cases: Vec<(&str, Edit)> = vec![
            (
                "an id index pointing past the records",
                Box::new(|d| d.model_index = IdIndex::build(ids.len(), |i| &ids[i])),
            ),
            (
                "search keys for one record too few",
                Box::new(|d| {
                    d.model_search = SearchKeys::build(d.models[1..].iter(), |k, m| k.part(&m.name))
                }),
            ),
            (
                "a facet column with a count missing",
                Box::new(|d| {
                    d.model_facets[0].totals.pop();
                }),
            ),
            (
                "a facet column missing",
                Box::new(|d| {
                    d.model_facets.pop();
                }),
            ),
            (
                "a company linked to a model that does not exist",
                Box::new(|d| d.models_by_company[0].push(d.models.len())),
            ),
            (
                "company links for one company too few",
                Box::new(|d| {
                    d.models_by_company.pop();
                }),
            ),
        ];
        for (case, edit) in cases {
            assert!(decode_edited(edit).is_err(), "{case} was accepted");
        }
        assert!(decode_edited(|_| {}).is_ok());
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        assert!(super::decode(&[0xff, 0x01, 0x02]).is_err());
        assert!(super::decode(&[]).is_err());
    }
}
