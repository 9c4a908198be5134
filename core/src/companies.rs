//! The Companies view's query: search, facets with counts, and sort.

use std::cmp::Ordering;
use std::collections::BTreeMap;

use crate::facets::{facet_filter, Facet};
use crate::state::{CompaniesState, CompanySortKey};
use crate::text::{matches, normalize};
use crate::Dataset;

/// Facet keys in display order; the same strings are the URL keys.
pub const FACETS: [&str; 5] = ["cat", "city", "listed", "open", "seed"];

/// Filtered, sorted companies and the facet counts beside them.
#[derive(Debug, PartialEq)]
pub struct CompanyResults {
    /// Company positions in display order.
    pub items: Vec<usize>,
    /// Per facet in [`FACETS`] order: value → count with the other filters applied.
    pub counts: Vec<BTreeMap<String, usize>>,
}

fn flag(value: bool) -> &'static str {
    if value {
        "1"
    } else {
        "0"
    }
}

pub fn query_companies(dataset: &Dataset, state: &CompaniesState) -> CompanyResults {
    let query = normalize(&state.q);
    let candidates: Vec<usize> = (0..dataset.companies.len())
        .filter(|&i| matches(&dataset.company_search[i], &query))
        .collect();
    let companies = &dataset.companies;
    let one = |v: Option<bool>| v.map(|b| vec![flag(b).to_string()]).unwrap_or_default();
    let facets = vec![
        Facet {
            key: "cat",
            selected: state
                .categories
                .iter()
                .map(|c| c.as_str().to_string())
                .collect(),
            values: Box::new(|i, sink| sink(companies[i].category.as_str())),
        },
        Facet {
            key: "city",
            selected: state.cities.iter().cloned().collect(),
            values: Box::new(|i, sink| {
                if let Some(city) = &companies[i].city {
                    sink(city)
                }
            }),
        },
        Facet {
            key: "listed",
            selected: state
                .listing
                .iter()
                .map(|c| c.as_str().to_string())
                .collect(),
            values: Box::new(|i, sink| sink(companies[i].listing.status.as_str())),
        },
        Facet {
            key: "open",
            selected: one(state.open),
            values: Box::new(|i, sink| sink(flag(companies[i].open_weight_publisher))),
        },
        Facet {
            key: "seed",
            selected: one(state.in_article),
            values: Box::new(|i, sink| sink(flag(companies[i].in_article))),
        },
    ];
    let result = facet_filter(&candidates, &facets);
    let mut items = result.items;
    sort_companies(dataset, &mut items, state);
    CompanyResults {
        items,
        counts: result.counts,
    }
}

/// Sorts by the chosen key; unknown values (no founding year) go last in both directions;
/// ties break by name.
pub fn sort_companies(dataset: &Dataset, items: &mut [usize], state: &CompaniesState) {
    let by_name = |a: usize, b: usize| {
        let (x, y) = (&dataset.companies[a], &dataset.companies[b]);
        x.name_en
            .to_lowercase()
            .cmp(&y.name_en.to_lowercase())
            .then_with(|| x.id.cmp(&y.id))
    };
    let descending = state.sort.descending;
    let directed = |ordering: Ordering| {
        if descending {
            ordering.reverse()
        } else {
            ordering
        }
    };
    items.sort_by(|&a, &b| match state.sort.key {
        CompanySortKey::Name => directed(by_name(a, b)),
        CompanySortKey::Founded => {
            match (dataset.companies[a].founded, dataset.companies[b].founded) {
                (Some(x), Some(y)) => directed(x.cmp(&y)),
                (Some(_), None) => Ordering::Less,
                (None, Some(_)) => Ordering::Greater,
                (None, None) => Ordering::Equal,
            }
            .then_with(|| by_name(a, b))
        }
        CompanySortKey::Models => directed(
            dataset.models_by_company[a]
                .len()
                .cmp(&dataset.models_by_company[b].len()),
        )
        .then_with(|| by_name(a, b)),
    });
}
