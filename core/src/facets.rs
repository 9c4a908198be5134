//! Faceted filtering as Datasette does it — OR within a facet, AND across facets, and for each
//! facet value the count it would give with every *other* current filter applied — driven by
//! the declarative facet tables in [`crate::spec`].
//!
//! At load every facet's values are interned as small integers ([`FacetColumn`]); a query
//! then filters and counts all facets in one pass over integer ids into `Vec<u32>` counters.
//! The URL side ([`Selected`], [`read_facets`], [`write_facets`]) is derived from the same
//! tables, so adding a facet is one entry in `spec.rs`.

use crate::query::{QueryReader, QueryWriter};
use crate::Dataset;

/// Calls the sink once per value record `index` has for a facet.
pub type Read = fn(&Dataset, usize, &mut dyn FnMut(&str));

/// Where a facet's values come from.
#[derive(Clone, Copy)]
pub enum Values {
    /// A fixed set of `(URL token, English label)` pairs, in display and URL order; `i18n` is
    /// the kind under which the interface translates their labels.
    Fixed {
        all: fn() -> Vec<(&'static str, &'static str)>,
        i18n: &'static str,
    },
    /// Whatever the records hold, listed by label. `valid` says which tokens a URL may name
    /// (it may accept values no record has, e.g. a company without models); `label` names one.
    Data {
        valid: for<'a> fn(&'a Dataset, &'a str) -> bool,
        label: for<'a> fn(&'a Dataset, &'a str) -> &'a str,
    },
    /// Yes or no: the tokens `1` and `0`, at most one selected.
    Flag,
}

/// A fixed set of values (the dataset's enums), listed by [`Values::Fixed`] through [`fixed`].
pub trait FixedSet: Copy + 'static {
    const ALL: &'static [Self];
    /// The URL token.
    fn token(self) -> &'static str;
    /// The English label.
    fn english(self) -> &'static str;
}

/// Every value of a fixed set as `(URL token, English label)`, in the set's order.
pub fn fixed<T: FixedSet>() -> Vec<(&'static str, &'static str)> {
    T::ALL.iter().map(|v| (v.token(), v.english())).collect()
}

/// One facet of a view: one entry of a table in [`crate::spec`].
pub struct FacetSpec {
    /// URL key, test id and chip key.
    pub key: &'static str,
    /// i18n key of the facet's heading (also the chip's label).
    pub title: &'static str,
    /// What one value is called in a warning: "Unknown {noun} 'x' was ignored."
    pub noun: &'static str,
    pub values: Values,
    pub read: Read,
}

/// Tokens of a yes/no facet and the i18n keys of their labels.
const FLAG: [(&str, &str); 2] = [("1", "yes"), ("0", "no")];

/// A facet's values interned as integers, and every record's value ids. Built at build time
/// for the models (shipped in the app's binary dataset, see `wire.rs`), at start-up otherwise.
#[derive(Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FacetColumn {
    /// URL tokens by id, in display order.
    pub tokens: Vec<String>,
    /// Labels by id: English for fixed sets, i18n keys (`yes`/`no`) for flags, the data's
    /// own label otherwise.
    pub labels: Vec<String>,
    /// Records holding each value, over the whole dataset.
    pub totals: Vec<u32>,
    #[serde(skip)]
    lookup: rustc_hash::FxHashMap<String, u32>,
    /// Record `r`'s value ids are `ids[starts[r]..starts[r + 1]]`.
    starts: Vec<u32>,
    ids: Vec<u32>,
}

impl FacetColumn {
    /// Interns the values of `records` records for one facet.
    pub fn build(dataset: &Dataset, spec: &FacetSpec, records: usize) -> FacetColumn {
        let (mut tokens, mut labels): (Vec<String>, Vec<String>) = match spec.values {
            Values::Fixed { all, .. } => all()
                .into_iter()
                .map(|(t, l)| (t.to_string(), l.to_string()))
                .unzip(),
            Values::Flag => FLAG
                .iter()
                .map(|(t, l)| (t.to_string(), l.to_string()))
                .unzip(),
            Values::Data { .. } => (Vec::new(), Vec::new()),
        };
        let mut lookup: rustc_hash::FxHashMap<String, u32> = tokens
            .iter()
            .enumerate()
            .map(|(i, t)| (t.clone(), i as u32))
            .collect();
        let grows = matches!(spec.values, Values::Data { .. });
        let mut starts = Vec::with_capacity(records + 1);
        let mut ids = Vec::with_capacity(records);
        starts.push(0);
        for record in 0..records {
            (spec.read)(dataset, record, &mut |value| match lookup.get(value) {
                Some(&id) => ids.push(id),
                None if grows => {
                    let id = tokens.len() as u32;
                    tokens.push(value.to_string());
                    lookup.insert(value.to_string(), id);
                    ids.push(id);
                }
                // A value outside a fixed set cannot pass validation; ignore it here.
                None => {}
            });
            starts.push(ids.len() as u32);
        }
        if let Values::Data { label, .. } = spec.values {
            // Data values are listed by label; renumber the ids to that order.
            labels = tokens
                .iter()
                .map(|t| label(dataset, t).to_string())
                .collect();
            let mut order: Vec<u32> = (0..tokens.len() as u32).collect();
            let keys: Vec<String> = labels.iter().map(|l| l.to_lowercase()).collect();
            order.sort_unstable_by(|&a, &b| {
                keys[a as usize]
                    .cmp(&keys[b as usize])
                    .then_with(|| tokens[a as usize].cmp(&tokens[b as usize]))
            });
            let mut new_id = vec![0u32; tokens.len()];
            for (new, &old) in order.iter().enumerate() {
                new_id[old as usize] = new as u32;
            }
            for id in &mut ids {
                *id = new_id[*id as usize];
            }
            tokens = order.iter().map(|&o| tokens[o as usize].clone()).collect();
            labels = order.iter().map(|&o| labels[o as usize].clone()).collect();
            lookup = tokens
                .iter()
                .enumerate()
                .map(|(i, t)| (t.clone(), i as u32))
                .collect();
        }
        let mut totals = vec![0u32; tokens.len()];
        for &id in &ids {
            totals[id as usize] += 1;
        }
        FacetColumn {
            tokens,
            labels,
            totals,
            lookup,
            starts,
            ids,
        }
    }

    /// A column as decoded from the binary dataset, checked against the record count (so a
    /// corrupt binary is an error, not an out-of-bounds panic later), with its lookup rebuilt.
    pub(crate) fn restored(mut self, records: usize) -> Result<FacetColumn, String> {
        let values = self.tokens.len();
        let consistent = self.labels.len() == values
            && self.totals.len() == values
            && self.starts.len() == records + 1
            && self.starts.first() == Some(&0)
            && self.starts.windows(2).all(|w| w[0] <= w[1])
            && self.starts.last().copied() == Some(self.ids.len() as u32)
            && self.ids.iter().all(|&id| (id as usize) < values);
        if !consistent {
            return Err("a facet column does not match the records".to_string());
        }
        self.lookup = self
            .tokens
            .iter()
            .enumerate()
            .map(|(i, t)| (t.clone(), i as u32))
            .collect();
        Ok(self)
    }

    /// The id of a token, if any record or the fixed set has it.
    pub fn id(&self, token: &str) -> Option<u32> {
        self.lookup.get(token).copied()
    }

    /// The count of `token` in a query's counts for this facet (0 when no record has it).
    pub fn count(&self, counts: &[u32], token: &str) -> u32 {
        self.id(token)
            .and_then(|id| counts.get(id as usize).copied())
            .unwrap_or(0)
    }

    fn of(&self, record: usize) -> &[u32] {
        &self.ids[self.starts[record] as usize..self.starts[record + 1] as usize]
    }
}

/// Interns every facet of a table.
pub fn build_columns(dataset: &Dataset, specs: &[FacetSpec], records: usize) -> Vec<FacetColumn> {
    specs
        .iter()
        .map(|spec| FacetColumn::build(dataset, spec, records))
        .collect()
}

/// The selected URL tokens of each facet of a view (same order as its table), each list kept
/// in canonical order: a fixed set's order, ascending text for data values.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Selected(Vec<Vec<String>>);

impl Selected {
    pub fn get(&self, facet: usize) -> &[String] {
        self.0.get(facet).map_or(&[], Vec::as_slice)
    }

    pub fn is_empty(&self) -> bool {
        self.0.iter().all(Vec::is_empty)
    }

    pub fn contains(&self, facet: usize, token: &str) -> bool {
        self.get(facet).iter().any(|t| t == token)
    }

    /// A yes/no facet's choice.
    pub fn flag(&self, facet: usize) -> Option<bool> {
        self.get(facet).first().map(|t| t == "1")
    }

    fn slot(&mut self, facet: usize) -> &mut Vec<String> {
        if self.0.len() <= facet {
            self.0.resize(facet + 1, Vec::new());
        }
        &mut self.0[facet]
    }

    /// Replaces a facet's selection (put in canonical order).
    pub fn set(&mut self, specs: &[FacetSpec], facet: usize, mut tokens: Vec<String>) {
        canonical(&specs[facet], &mut tokens);
        *self.slot(facet) = tokens;
    }

    /// Adds a value, or removes it if selected. Choosing the other answer of a yes/no facet
    /// replaces the current one.
    pub fn toggle(&mut self, specs: &[FacetSpec], facet: usize, token: &str) {
        let flag = matches!(specs[facet].values, Values::Flag);
        let slot = self.slot(facet);
        if let Some(at) = slot.iter().position(|t| t == token) {
            slot.remove(at);
        } else {
            if flag {
                slot.clear();
            }
            slot.push(token.to_string());
            canonical(&specs[facet], slot);
        }
    }

    pub fn remove(&mut self, facet: usize, token: &str) {
        self.slot(facet).retain(|t| t != token);
    }

    pub fn clear(&mut self) {
        self.0.clear();
    }
}

fn canonical(spec: &FacetSpec, tokens: &mut Vec<String>) {
    match spec.values {
        Values::Fixed { all, .. } => {
            let all = all();
            let rank = |t: &String| all.iter().position(|(a, _)| a == t).unwrap_or(usize::MAX);
            tokens.sort_by_key(rank);
        }
        _ => tokens.sort(),
    }
    tokens.dedup();
}

/// Reads every facet of a table from the URL; unknown values are dropped with a warning.
pub fn read_facets(reader: &mut QueryReader, specs: &[FacetSpec], dataset: &Dataset) -> Selected {
    let mut selected = Selected::default();
    for (f, spec) in specs.iter().enumerate() {
        let tokens: Vec<String> = match spec.values {
            Values::Flag => reader
                .flag(spec.key, spec.noun)
                .map(|b| vec![if b { "1" } else { "0" }.to_string()])
                .unwrap_or_default(),
            Values::Fixed { all, .. } => {
                let all = all();
                reader.list(spec.key, spec.noun, |t| {
                    all.iter().any(|(a, _)| *a == t).then(|| t.to_string())
                })
            }
            Values::Data { valid, .. } => reader.list(spec.key, spec.noun, |t| {
                valid(dataset, t).then(|| t.to_string())
            }),
        };
        if !tokens.is_empty() {
            selected.set(specs, f, tokens);
        }
    }
    selected
}

/// Writes every facet of a table to the URL, in table order.
pub fn write_facets(writer: &mut QueryWriter, specs: &[FacetSpec], selected: &Selected) {
    for (f, spec) in specs.iter().enumerate() {
        let tokens = selected.get(f);
        match spec.values {
            Values::Flag => {
                if let Some(token) = tokens.first() {
                    writer.raw(spec.key, token);
                }
            }
            _ => writer.list(spec.key, tokens.iter().map(String::as_str)),
        }
    }
}

/// What a facet query returns.
#[derive(Debug, Default, PartialEq)]
pub struct FacetResult {
    /// Records passing the candidates' filter and every facet, in candidate order.
    pub items: Vec<usize>,
    /// Per facet, per value id: the count with the other facets applied.
    pub counts: Vec<Vec<u32>>,
}

/// Filters `candidates` (records already passing search and ranges) through the facets and
/// counts every facet's values, in one pass.
pub fn facet_filter(
    columns: &[FacetColumn],
    selected: &Selected,
    candidates: impl Iterator<Item = usize>,
) -> FacetResult {
    // Per facet: whether it filters, and which value ids pass. A selected token no record
    // has (a valid company without models) filters everything out of that facet.
    let active: Vec<bool> = (0..columns.len())
        .map(|f| !selected.get(f).is_empty())
        .collect();
    let masks: Vec<Vec<bool>> = columns
        .iter()
        .enumerate()
        .map(|(f, column)| {
            let mut mask = vec![false; column.tokens.len()];
            for token in selected.get(f) {
                if let Some(id) = column.id(token) {
                    mask[id as usize] = true;
                }
            }
            mask
        })
        .collect();
    let mut counts: Vec<Vec<u32>> = columns.iter().map(|c| vec![0; c.tokens.len()]).collect();
    let mut items = Vec::new();
    let mut passes = vec![true; columns.len()];
    for record in candidates {
        let mut failing = 0;
        for (f, column) in columns.iter().enumerate() {
            passes[f] = !active[f] || column.of(record).iter().any(|&id| masks[f][id as usize]);
            failing += usize::from(!passes[f]);
        }
        if failing == 0 {
            items.push(record);
        } else if failing > 1 {
            continue;
        }
        for (f, column) in columns.iter().enumerate() {
            // Counted for facet f when every other facet passes.
            if failing == 0 || !passes[f] {
                for &id in column.of(record) {
                    counts[f][id as usize] += 1;
                }
            }
        }
    }
    FacetResult { items, counts }
}

/// One line of a facet's list, ready to show.
#[derive(Clone, Debug, PartialEq)]
pub struct FacetLine {
    pub token: String,
    /// English label, data label, or for flags the i18n key (`yes`/`no`).
    pub label: String,
    pub count: u32,
    /// Records with this value in the whole dataset.
    pub total: u32,
    pub selected: bool,
}

/// The lines of facet `f`: every value some record has (or a fixed set's, flags' both
/// answers), plus selected values no record has so that they can be cleared.
pub fn facet_lines(
    dataset: &Dataset,
    spec: &FacetSpec,
    column: &FacetColumn,
    counts: &[u32],
    selected: &[String],
) -> Vec<FacetLine> {
    let is_selected = |t: &str| selected.iter().any(|s| s == t);
    let flag = matches!(spec.values, Values::Flag);
    let mut lines: Vec<FacetLine> = (0..column.tokens.len())
        .filter(|&id| flag || column.totals[id] > 0 || is_selected(&column.tokens[id]))
        .map(|id| FacetLine {
            token: column.tokens[id].clone(),
            label: column.labels[id].clone(),
            count: counts.get(id).copied().unwrap_or(0),
            total: column.totals[id],
            selected: is_selected(&column.tokens[id]),
        })
        .collect();
    if let Values::Data { label, .. } = spec.values {
        for token in selected.iter().filter(|t| column.id(t).is_none()) {
            lines.push(FacetLine {
                token: token.clone(),
                label: label(dataset, token).to_string(),
                count: 0,
                total: 0,
                selected: true,
            });
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    // The engine on the fixture's companies is tested in core/tests/queries.rs; here, the
    // counting rule itself on a tiny hand-made column pair.
    fn column(values: &[&str], tokens: &[&str]) -> FacetColumn {
        let lookup = tokens
            .iter()
            .enumerate()
            .map(|(i, t)| (t.to_string(), i as u32))
            .collect::<rustc_hash::FxHashMap<_, _>>();
        let ids: Vec<u32> = values.iter().map(|v| lookup[*v]).collect();
        let mut totals = vec![0; tokens.len()];
        for &id in &ids {
            totals[id as usize] += 1;
        }
        FacetColumn {
            tokens: tokens.iter().map(|t| t.to_string()).collect(),
            labels: tokens.iter().map(|t| t.to_string()).collect(),
            totals,
            lookup,
            starts: (0..=values.len() as u32).collect(),
            ids,
        }
    }

    // Items: 0 = (red, small), 1 = (red, large), 2 = (blue, small), 3 = (green, small)
    fn columns() -> Vec<FacetColumn> {
        vec![
            column(&["red", "red", "blue", "green"], &["red", "blue", "green"]),
            column(&["small", "large", "small", "small"], &["small", "large"]),
        ]
    }

    fn selected(colours: &[&str], sizes: &[&str]) -> Selected {
        let list = |v: &[&str]| v.iter().map(|s| s.to_string()).collect();
        Selected(vec![list(colours), list(sizes)])
    }

    #[test]
    fn or_within_and_across_with_counts_from_other_facets() {
        let result = facet_filter(&columns(), &selected(&["red", "blue"], &["small"]), 0..4);
        assert_eq!(result.items, vec![0, 2]);
        // Colour counts apply only the size filter: red 1 (item 0), blue 1, green 1.
        assert_eq!(result.counts[0], vec![1, 1, 1]);
        // Size counts apply only the colour filter: small 2 (0, 2), large 1 (1).
        assert_eq!(result.counts[1], vec![2, 1]);
    }

    #[test]
    fn no_selection_counts_everything() {
        let result = facet_filter(&columns(), &Selected::default(), 0..4);
        assert_eq!(result.items, vec![0, 1, 2, 3]);
        assert_eq!(result.counts[0], vec![2, 1, 1]);
    }

    #[test]
    fn a_value_no_record_has_filters_everything_out() {
        let result = facet_filter(&columns(), &selected(&["purple"], &[]), 0..4);
        assert!(result.items.is_empty());
        // The colour facet's own counts ignore its selection.
        assert_eq!(result.counts[0], vec![2, 1, 1]);
    }
}
