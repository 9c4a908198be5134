//! Faceted filtering as Datasette does it: OR within a facet, AND across facets, and for each
//! facet value the count it would give with every *other* current filter applied.

use std::collections::BTreeMap;

/// Calls the sink once per value an item (by position) has for a facet.
pub type FacetValues<'a> = Box<dyn Fn(usize, &mut dyn FnMut(&str)) + 'a>;

/// One facet: its selected values and how to read an item's values.
pub struct Facet<'a> {
    pub key: &'static str,
    /// Selected values; empty means the facet does not filter.
    pub selected: Vec<String>,
    /// Calls the sink once per value the item has for this facet.
    pub values: FacetValues<'a>,
}

impl Facet<'_> {
    fn passes(&self, item: usize) -> bool {
        if self.selected.is_empty() {
            return true;
        }
        let mut hit = false;
        (self.values)(item, &mut |value| {
            if !hit && self.selected.iter().any(|s| s == value) {
                hit = true;
            }
        });
        hit
    }
}

/// What a facet search returns.
#[derive(Debug, Default, PartialEq)]
pub struct FacetResult {
    /// Items passing the base predicate and every facet, in input order.
    pub items: Vec<usize>,
    /// Per facet (same order as given): value → count with the other facets applied.
    pub counts: Vec<BTreeMap<String, usize>>,
}

/// Filters `candidates` (already passing search and ranges) through the facets and counts.
pub fn facet_filter(candidates: &[usize], facets: &[Facet<'_>]) -> FacetResult {
    let mut counts = vec![BTreeMap::new(); facets.len()];
    let mut items = Vec::new();
    let mut passes = vec![false; facets.len()];
    for &item in candidates {
        let mut failing = 0;
        for (f, facet) in facets.iter().enumerate() {
            passes[f] = facet.passes(item);
            if !passes[f] {
                failing += 1;
            }
        }
        if failing == 0 {
            items.push(item);
        }
        for (f, facet) in facets.iter().enumerate() {
            // Counted for facet f when every other facet passes.
            let others_pass = failing == 0 || (failing == 1 && !passes[f]);
            if others_pass {
                let count_map: &mut BTreeMap<String, usize> = &mut counts[f];
                (facet.values)(item, &mut |value| {
                    if let Some(c) = count_map.get_mut(value) {
                        *c += 1;
                    } else {
                        count_map.insert(value.to_string(), 1);
                    }
                });
            }
        }
    }
    FacetResult { items, counts }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Items: 0 = (red, small), 1 = (red, large), 2 = (blue, small), 3 = (green, small)
    const COLOURS: [&str; 4] = ["red", "red", "blue", "green"];
    const SIZES: [&str; 4] = ["small", "large", "small", "small"];

    fn facets(colours: &[&str], sizes: &[&str]) -> Vec<Facet<'static>> {
        vec![
            Facet {
                key: "colour",
                selected: colours.iter().map(|s| s.to_string()).collect(),
                values: Box::new(|i, sink| sink(COLOURS[i])),
            },
            Facet {
                key: "size",
                selected: sizes.iter().map(|s| s.to_string()).collect(),
                values: Box::new(|i, sink| sink(SIZES[i])),
            },
        ]
    }

    #[test]
    fn or_within_and_across_with_counts_from_other_facets() {
        let result = facet_filter(&[0, 1, 2, 3], &facets(&["red", "blue"], &["small"]));
        assert_eq!(result.items, vec![0, 2]);
        // Colour counts apply only the size filter: red 1 (item 0), blue 1, green 1.
        assert_eq!(
            result.counts[0],
            BTreeMap::from([("blue".into(), 1), ("green".into(), 1), ("red".into(), 1)])
        );
        // Size counts apply only the colour filter: small 2 (0, 2), large 1 (1).
        assert_eq!(
            result.counts[1],
            BTreeMap::from([("large".into(), 1), ("small".into(), 2)])
        );
    }

    #[test]
    fn no_selection_counts_everything() {
        let result = facet_filter(&[0, 1, 2, 3], &facets(&[], &[]));
        assert_eq!(result.items, vec![0, 1, 2, 3]);
        assert_eq!(result.counts[0]["red"], 2);
    }
}
