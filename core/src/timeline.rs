//! The Timeline view's query: filters with counts, grouping by year and month, and the
//! per-month histogram behind the density strip.

use std::collections::BTreeMap;

use crate::facets::facet_filter;
use crate::state::TimelineState;
use crate::text::Terms;
use crate::Dataset;

#[derive(Debug, PartialEq)]
pub struct EventResults {
    /// Event positions in display order (undated events last).
    pub items: Vec<usize>,
    /// Per facet of [`crate::spec::EVENT_FACETS`], per value id.
    pub counts: Vec<Vec<u32>>,
}

pub fn query_events(dataset: &Dataset, state: &TimelineState) -> EventResults {
    let terms = Terms::new(&state.q);
    let events = &dataset.events();
    let candidates = (0..events.len()).filter(|&i| {
        (terms.is_empty() || terms.matches(&dataset.event_search()[i]))
            && (state.range.is_open() || events[i].date.is_some_and(|d| state.range.contains(d)))
    });
    let result = facet_filter(dataset.event_facets(), &state.facets, candidates);
    let mut items = result.items;
    sort_events(dataset, &mut items, state.newest_first);
    EventResults {
        items,
        counts: result.counts,
    }
}

/// Date order (a month before the days inside it), undated events last, ties by title.
pub fn sort_events(dataset: &Dataset, items: &mut [usize], newest_first: bool) {
    items.sort_by(|&a, &b| {
        let (x, y) = (&dataset.events()[a], &dataset.events()[b]);
        match (x.date, y.date) {
            (Some(p), Some(q)) => {
                let o = p.cmp(&q);
                if newest_first {
                    o.reverse()
                } else {
                    o
                }
            }
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        }
        .then_with(|| x.title.cmp(&y.title))
    });
}

/// A heading group: a year, then months within it; a year-only date has month 0.
#[derive(Debug, PartialEq, Eq)]
pub struct Group {
    /// `None` for undated events.
    pub year: Option<i32>,
    pub month: u8,
    pub items: Vec<usize>,
}

/// Groups already-sorted events under year and month headings, keeping their order.
pub fn group_by_month(dataset: &Dataset, items: &[usize]) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    for &i in items {
        let date = dataset.events()[i].date;
        let (year, month) = (date.map(|d| d.year), date.map_or(0, |d| d.month));
        match groups.last_mut() {
            Some(g) if g.year == year && g.month == month => g.items.push(i),
            _ => groups.push(Group {
                year,
                month,
                items: vec![i],
            }),
        }
    }
    groups
}

/// Events per month from the first to the last dated event (months with none included, so
/// the strip has no gaps). Year-only dates are not placed in a month and are not counted.
pub fn month_histogram(dataset: &Dataset, items: &[usize]) -> Vec<((i32, u8), usize)> {
    let months: Vec<(i32, u8)> = items
        .iter()
        .filter_map(|&i| dataset.events()[i].date.and_then(|d| d.year_month()))
        .collect();
    let (Some(&first), Some(&last)) = (months.iter().min(), months.iter().max()) else {
        return Vec::new();
    };
    let mut counts: BTreeMap<(i32, u8), usize> = BTreeMap::new();
    let (mut y, mut m) = first;
    while (y, m) <= last {
        counts.insert((y, m), 0);
        m += 1;
        if m > 12 {
            m = 1;
            y += 1;
        }
    }
    for month in months {
        *counts.entry(month).or_default() += 1;
    }
    counts.into_iter().collect()
}
