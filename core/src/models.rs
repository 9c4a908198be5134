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
    let matches = |i: usize| {
        let m = &models[i];
        (terms.is_empty() || terms.matches(&dataset.model_search[i]))
            && (state.params.is_open()
                || m.total_params_b.is_some_and(|p| state.params.contains(p)))
            && (state.released.is_open() || m.released.is_some_and(|d| state.released.contains(d)))
            && state.scores.iter().enumerate().all(|(column, range)| {
                range.is_open()
                    || m.best_score(crate::benchmarks::BENCHMARKS[column].name)
                        .is_some_and(|b| range.contains(b.score))
            })
    };
    // Which records match, in record order (the search keys are read front to back); then
    // the matches are visited in display order, so the results need no sort of their own.
    let matched: Vec<bool> = (0..models.len()).map(matches).collect();
    let order = sorted_order(dataset, &state.sort);
    let candidates = order.iter().map(|&i| i as usize).filter(|&i| matched[i]);
    let result = facet_filter(&dataset.model_facets, &state.facets, candidates);
    ModelResults {
        items: result.items,
        counts: result.counts,
    }
}

/// Every model in display order under one sort, kept for the next query.
#[derive(Debug)]
pub(crate) struct SortedOrder {
    sort: Vec<SortBy<ModelColumn>>,
    order: std::sync::Arc<Vec<u32>>,
}

/// All models in the order `sort` shows them, computed once per sort (typing and filtering
/// reuse it). Under the default order, records resting on weak evidence never lead:
/// low-confidence models follow the others (each group keeps its order); a sort the reader
/// chose is exact.
pub fn sorted_order(dataset: &Dataset, sort: &[SortBy<ModelColumn>]) -> std::sync::Arc<Vec<u32>> {
    let mut cached = dataset
        .model_order
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some(SortedOrder { sort: s, order }) = cached.as_ref() {
        if s == sort {
            return order.clone();
        }
    }
    let mut items: Vec<usize> = (0..dataset.models.len()).collect();
    sort_models(dataset, &mut items, sort);
    if sort == ModelsState::default_sort() {
        let (solid, weak): (Vec<usize>, Vec<usize>) = items
            .iter()
            .partition(|&&i| dataset.models[i].confidence != "low");
        items = solid.into_iter().chain(weak).collect();
    }
    let order = std::sync::Arc::new(items.into_iter().map(|i| i as u32).collect::<Vec<u32>>());
    *cached = Some(SortedOrder {
        sort: sort.to_vec(),
        order: order.clone(),
    });
    order
}

/// A sortable cell value; `None` is unknown and sorts last in both directions.
#[derive(Debug, PartialEq, PartialOrd)]
enum Key<'a> {
    Number(f64),
    Date(u32, u8),
    Text(Folded<'a>),
}

/// Text compared without case (`deepseek` = `DeepSeek`), as `to_lowercase` would compare it
/// but without allocating a lower-cased copy of every name: ASCII byte by byte, the rest by
/// lower-cased characters.
#[derive(Debug, Clone, Copy)]
pub struct Folded<'a>(pub &'a str);

impl Ord for Folded<'_> {
    fn cmp(&self, other: &Self) -> Ordering {
        let (a, b) = (self.0, other.0);
        if a.is_ascii() && b.is_ascii() {
            let (x, y) = (a.as_bytes(), b.as_bytes());
            for (p, q) in x.iter().zip(y) {
                let (p, q) = (p.to_ascii_lowercase(), q.to_ascii_lowercase());
                if p != q {
                    return p.cmp(&q);
                }
            }
            x.len().cmp(&y.len())
        } else {
            a.chars()
                .flat_map(char::to_lowercase)
                .cmp(b.chars().flat_map(char::to_lowercase))
        }
    }
}

impl PartialOrd for Folded<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for Folded<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Folded<'_> {}

/// The sort key of model `index` for a column, borrowed from precomputed data (no allocation).
fn key(dataset: &Dataset, index: usize, column: ModelColumn) -> Option<Key<'_>> {
    let model: &Model = &dataset.models[index];
    match column {
        ModelColumn::Name => Some(Key::Text(Folded(&model.name))),
        ModelColumn::Organisation => Some(Key::Text(Folded(
            dataset
                .company(&model.company)
                .map_or(model.company.as_str(), |c| c.name_en.as_str()),
        ))),
        ModelColumn::Country => Some(Key::Text(Folded(&model.country))),
        // A month sorts before the days inside it (see `date`), which keeps order total.
        ModelColumn::Released => model
            .released
            .map(|d| Key::Date(d.first_day_key(), d.precision() as u8)),
        ModelColumn::Params => model.total_params_b.map(Key::Number),
        ModelColumn::Active => model.active_params_b.map(Key::Number),
        ModelColumn::Architecture => model.architecture.map(|a| Key::Text(Folded(a.as_str()))),
        ModelColumn::Context => model.context_tokens.map(|c| Key::Number(c as f64)),
        ModelColumn::License => model.license.as_deref().map(|l| Key::Text(Folded(l))),
        ModelColumn::LicenseFamily => model.license_family.map(|l| Key::Number(l as u8 as f64)),
        ModelColumn::OpenWeights => Some(Key::Number(if model.open_weights { 1.0 } else { 0.0 })),
        ModelColumn::Modality => Some(Key::Text(Folded(model.modality.as_str()))),
        ModelColumn::Reasoning => model
            .reasoning
            .map(|r| Key::Number(if r { 1.0 } else { 0.0 })),
        ModelColumn::Benchmarks => None,
        ModelColumn::Score(_) => column
            .benchmark()
            .and_then(|b| model.best_score(b.name))
            .map(|b| Key::Number(b.score)),
    }
}

/// Position of the name-and-id tie-break in [`Dataset`]'s rank cache.
const TIE_BREAK: usize = ModelColumn::ALL.len();
/// Rank of a model whose value is unknown: last in both directions.
const UNKNOWN: u32 = u32::MAX;

/// Every model's rank for a column, ascending, equal values sharing a rank (built once per
/// column, on first use): sorting then compares integers, not values.
fn ranks(dataset: &Dataset, slot: usize) -> &[u32] {
    dataset.model_ranks[slot].get_or_init(|| {
        let n = dataset.models.len();
        let mut order: Vec<usize> = (0..n).collect();
        let mut ranks = vec![UNKNOWN; n];
        if slot == TIE_BREAK {
            order.sort_unstable_by(|&a, &b| {
                Folded(&dataset.models[a].name)
                    .cmp(&Folded(&dataset.models[b].name))
                    .then_with(|| dataset.models[a].id.cmp(&dataset.models[b].id))
            });
            for (rank, &i) in order.iter().enumerate() {
                ranks[i] = rank as u32;
            }
            return ranks;
        }
        let column = ModelColumn::ALL[slot];
        // Each model's key read once, not twice per comparison.
        let keys: Vec<Option<Key>> = (0..n).map(|i| key(dataset, i, column)).collect();
        order.retain(|&i| keys[i].is_some());
        let compare = |a: usize, b: usize| keys[a].partial_cmp(&keys[b]).unwrap_or(Ordering::Equal);
        order.sort_by(|&a, &b| compare(a, b));
        let mut rank = 0;
        for (position, &i) in order.iter().enumerate() {
            if position > 0 && compare(order[position - 1], i) != Ordering::Equal {
                rank = position as u32;
            }
            ranks[i] = rank;
        }
        ranks
    })
}

/// Multi-key sort: keys in priority order, unknown values last in both directions, then a
/// stable tie-break by name and id.
pub fn sort_models(dataset: &Dataset, items: &mut [usize], sort: &[SortBy<ModelColumn>]) {
    let keys: Vec<(&[u32], bool)> = sort
        .iter()
        .filter(|s| s.key.sortable())
        .map(|s| {
            let slot = ModelColumn::ALL
                .iter()
                .position(|c| *c == s.key)
                .unwrap_or(0);
            (ranks(dataset, slot), s.descending)
        })
        .collect();
    let tie_break = ranks(dataset, TIE_BREAK);
    items.sort_unstable_by(|&a, &b| {
        for &(ranks, descending) in &keys {
            let (x, y) = (ranks[a], ranks[b]);
            if x != y {
                return match (x == UNKNOWN, y == UNKNOWN) {
                    (true, _) => Ordering::Greater,
                    (_, true) => Ordering::Less,
                    _ if descending => y.cmp(&x),
                    _ => x.cmp(&y),
                };
            }
        }
        tie_break[a].cmp(&tie_break[b])
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The comparison the ranks stand for, written out value by value.
    fn reference(dataset: &Dataset, items: &mut [usize], sort: &[SortBy<ModelColumn>]) {
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
            Folded(&dataset.models[a].name)
                .cmp(&Folded(&dataset.models[b].name))
                .then_with(|| dataset.models[a].id.cmp(&dataset.models[b].id))
        });
    }

    #[test]
    fn ranked_sorts_equal_the_value_by_value_sort_for_every_column_and_pair() {
        let dataset = Dataset::embedded().expect("valid");
        let all: Vec<usize> = (0..dataset.models.len()).collect();
        let columns: Vec<ModelColumn> = ModelColumn::ALL
            .into_iter()
            .filter(|c| c.sortable())
            .collect();
        for &first in &columns {
            for second in std::iter::once(None).chain(columns.iter().copied().map(Some)) {
                for (d1, d2) in [(false, false), (true, false), (false, true), (true, true)] {
                    let mut sort = vec![SortBy {
                        key: first,
                        descending: d1,
                    }];
                    if let Some(second) = second.filter(|s| *s != first) {
                        sort.push(SortBy {
                            key: second,
                            descending: d2,
                        });
                    }
                    let (mut ours, mut expected) = (all.clone(), all.clone());
                    sort_models(&dataset, &mut ours, &sort);
                    reference(&dataset, &mut expected, &sort);
                    assert_eq!(ours, expected, "{sort:?}");
                }
            }
        }
    }
}
