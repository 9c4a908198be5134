//! The Companies view's query: search, facets with counts, and sort.

use std::cmp::Ordering;

use crate::facets::facet_filter;
use crate::state::{CompaniesState, CompanySortKey};
use crate::text::Terms;
use crate::Dataset;

/// Filtered, sorted companies and the facet counts beside them.
#[derive(Debug, PartialEq)]
pub struct CompanyResults {
    /// Company positions in display order.
    pub items: Vec<usize>,
    /// Per facet of [`crate::spec::COMPANY_FACETS`], per value id: the count with the other
    /// filters applied.
    pub counts: Vec<Vec<u32>>,
}

pub fn query_companies(dataset: &Dataset, state: &CompaniesState) -> CompanyResults {
    let terms = Terms::new(&state.q);
    let candidates = (0..dataset.companies.len())
        .filter(|&i| terms.is_empty() || terms.matches(&dataset.company_search()[i]));
    let result = facet_filter(dataset.company_facets(), &state.facets, candidates);
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
            dataset
                .company_model_count(a)
                .cmp(&dataset.company_model_count(b)),
        )
        .then_with(|| by_name(a, b)),
    });
}
