//! The Models view's query: search, facets, ranges, and multi-column sort with nulls last.

use std::cmp::Ordering;

use crate::dataset::Model;
use crate::facets::facet_filter;
use crate::state::{ModelColumn, ModelsState, SortBy};
use crate::text::Terms;
use crate::Dataset;

#[derive(Debug, PartialEq)]
pub struct ModelResults {
    pub items: Vec<usize>,
    /// Per facet of [`crate::spec::MODEL_FACETS`], per value id.
    pub counts: Vec<Vec<u32>>,
}

pub fn query_models(dataset: &Dataset, state: &ModelsState) -> ModelResults {
    let terms = Terms::new(&state.q);
    let models = &dataset.models;
    let candidates = (0..models.len()).filter(|&i| {
        let m = &models[i];
        (terms.is_empty() || terms.matches(&dataset.model_search[i]))
            && (state.params.is_open()
                || m.total_params_b.is_some_and(|p| state.params.contains(p)))
            && (state.released.is_open() || m.released.is_some_and(|d| state.released.contains(d)))
    });
    let result = facet_filter(&dataset.model_facets, &state.facets, candidates);
    let mut items = result.items;
    sort_models(dataset, &mut items, &state.sort);
    // Under the default order, records resting on weak evidence never lead: low-confidence
    // models follow the others (each group keeps its order). A sort the reader chose is exact.
    if state.sort == ModelsState::default_sort() {
        let (solid, weak): (Vec<usize>, Vec<usize>) = items
            .iter()
            .partition(|&&i| dataset.models[i].confidence != "low");
        items = solid.into_iter().chain(weak).collect();
    }
    ModelResults {
        items,
        counts: result.counts,
    }
}

/// A sortable cell value; `None` is unknown and sorts last in both directions.
#[derive(Debug, PartialEq, PartialOrd)]
enum Key<'a> {
    Number(f64),
    Date(u32, u8),
    Text(&'a str),
}

/// The sort key of model `index` for a column, borrowed from precomputed data (no allocation).
fn key(dataset: &Dataset, index: usize, column: ModelColumn) -> Option<Key<'_>> {
    let model: &Model = &dataset.models[index];
    match column {
        ModelColumn::Name => Some(Key::Text(&dataset.model_sort_name[index])),
        ModelColumn::Organisation => Some(Key::Text(&dataset.model_sort_company[index])),
        ModelColumn::Country => Some(Key::Text(&model.country)),
        // A month sorts before the days inside it (see `date`), which keeps order total.
        ModelColumn::Released => model
            .released
            .map(|d| Key::Date(d.first_day_key(), d.precision() as u8)),
        ModelColumn::Params => model.total_params_b.map(Key::Number),
        ModelColumn::Active => model.active_params_b.map(Key::Number),
        ModelColumn::Architecture => model.architecture.map(|a| Key::Text(a.as_str())),
        ModelColumn::Context => model.context_tokens.map(|c| Key::Number(c as f64)),
        ModelColumn::License => model
            .license
            .as_ref()
            .map(|_| Key::Text(&dataset.model_sort_license[index])),
        ModelColumn::LicenseFamily => model.license_family.map(|l| Key::Number(l as u8 as f64)),
        ModelColumn::OpenWeights => Some(Key::Number(if model.open_weights { 1.0 } else { 0.0 })),
        ModelColumn::Modality => Some(Key::Text(model.modality.as_str())),
        ModelColumn::Reasoning => model
            .reasoning
            .map(|r| Key::Number(if r { 1.0 } else { 0.0 })),
        ModelColumn::Benchmarks => None,
    }
}

/// Multi-key sort: keys in priority order, unknown values last in both directions, then a
/// stable tie-break by name and id.
pub fn sort_models(dataset: &Dataset, items: &mut [usize], sort: &[SortBy<ModelColumn>]) {
    items.sort_by(|&a, &b| {
        for s in sort {
            let ordering = match (key(dataset, a, s.key), key(dataset, b, s.key)) {
                (Some(p), Some(q)) => {
                    let o = p.partial_cmp(&q).unwrap_or(Ordering::Equal);
                    if s.descending {
                        o.reverse()
                    } else {
                        o
                    }
                }
                (Some(_), None) => Ordering::Less,
                (None, Some(_)) => Ordering::Greater,
                (None, None) => Ordering::Equal,
            };
            if ordering != Ordering::Equal {
                return ordering;
            }
        }
        dataset.model_sort_name[a]
            .cmp(&dataset.model_sort_name[b])
            .then_with(|| dataset.models[a].id.cmp(&dataset.models[b].id))
    });
}
