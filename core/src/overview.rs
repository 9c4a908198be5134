//! "The race in numbers": the figures the overview draws, computed from the dataset (never typed
//! by hand), so that every sentence under a chart changes when the data does.

use crate::dataset::{Model, Verdict};
use crate::date::PartialDate;
use crate::Dataset;

/// The two countries the article compares; every other country is "other".
pub const CHINA: &str = "China";
pub const US: &str = "United States";

/// Open-weight releases per year with a known release date: (year, China, US, other).
pub fn open_releases_per_year(dataset: &Dataset) -> Vec<(i32, u32, u32, u32)> {
    let mut years: Vec<(i32, u32, u32, u32)> = Vec::new();
    for m in dataset.models.iter().filter(|m| m.open_weights) {
        let Some(date) = m.released else { continue };
        let position = match years.iter().position(|y| y.0 == date.year) {
            Some(p) => p,
            None => {
                years.push((date.year, 0, 0, 0));
                years.len() - 1
            }
        };
        let row = &mut years[position];
        match m.country.as_str() {
            CHINA => row.1 += 1,
            US => row.2 += 1,
            _ => row.3 += 1,
        }
    }
    years.sort_by_key(|y| y.0);
    years
}

/// A quarter of a year: (year, 1–4).
pub type Quarter = (i32, u8);

/// Open-weight releases per quarter, every quarter from the first release to the last (empty
/// ones included, so the bars keep time): ((year, quarter), China, US, other), and how many
/// open-weight models are dated only by their year (they fall in no quarter).
pub fn open_releases_per_quarter(dataset: &Dataset) -> (Vec<(Quarter, u32, u32, u32)>, u32) {
    let mut year_only = 0;
    let mut dated: Vec<(Quarter, &str)> = Vec::new();
    for m in dataset.models.iter().filter(|m| m.open_weights) {
        match m.released {
            Some(d) if d.month >= 1 => dated.push(((d.year, (d.month - 1) / 3 + 1), &m.country)),
            Some(_) => year_only += 1,
            None => {}
        }
    }
    let (Some(first), Some(last)) = (
        dated.iter().map(|d| d.0).min(),
        dated.iter().map(|d| d.0).max(),
    ) else {
        return (Vec::new(), year_only);
    };
    let mut quarters = Vec::new();
    let mut q = first;
    while q <= last {
        let here = dated.iter().filter(|d| d.0 == q);
        let count = |country: &str| here.clone().filter(|d| d.1 == country).count() as u32;
        let other = here.clone().filter(|d| d.1 != CHINA && d.1 != US).count() as u32;
        quarters.push((q, count(CHINA), count(US), other));
        q = if q.1 == 4 {
            (q.0 + 1, 1)
        } else {
            (q.0, q.1 + 1)
        };
    }
    (quarters, year_only)
}

/// One step of a frontier: from `date` on, `value` (by model `index`) was the best so far.
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    pub date: PartialDate,
    pub value: f64,
    pub index: usize,
}

/// The best value so far, over time, among one country's models: each step is a model that
/// beat every earlier one. `value` reads the model's value (a score, a size); models without a
/// date or a value are left out.
pub fn frontier(
    dataset: &Dataset,
    country: &str,
    value: impl Fn(&Model) -> Option<f64>,
) -> Vec<Step> {
    let mut points: Vec<(PartialDate, f64, usize)> = dataset
        .models
        .iter()
        .enumerate()
        .filter(|(_, m)| m.country == country)
        .filter_map(|(i, m)| Some((m.released?, value(m)?, i)))
        .collect();
    points.sort_by(|a, b| {
        a.0.first_day_key()
            .cmp(&b.0.first_day_key())
            .then(b.1.total_cmp(&a.1))
    });
    let mut steps: Vec<Step> = Vec::new();
    for (date, value, index) in points {
        if steps.last().is_none_or(|s| value > s.value) {
            steps.push(Step { date, value, index });
        }
    }
    steps
}

/// How many claims of the article have each verdict, in the verdicts' order.
pub fn verdict_counts(dataset: &Dataset) -> Vec<(Verdict, u32)> {
    Verdict::ALL
        .iter()
        .map(|&v| {
            let n = dataset.claims.iter().filter(|c| c.verdict == v).count() as u32;
            (v, n)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dataset() -> Dataset {
        Dataset::embedded().expect("embedded dataset")
    }

    #[test]
    fn releases_per_year_count_every_dated_open_model_once() {
        let d = dataset();
        let years = open_releases_per_year(&d);
        let total: u32 = years.iter().map(|y| y.1 + y.2 + y.3).sum();
        let expected = d
            .models
            .iter()
            .filter(|m| m.open_weights && m.released.is_some())
            .count() as u32;
        assert_eq!(total, expected);
        assert!(years.windows(2).all(|w| w[0].0 < w[1].0));
        let y2025 = years.iter().find(|y| y.0 == 2025).unwrap();
        let china_2025 = d
            .models
            .iter()
            .filter(|m| {
                m.open_weights && m.country == CHINA && m.released.is_some_and(|r| r.year == 2025)
            })
            .count() as u32;
        assert_eq!(y2025.1, china_2025);
    }

    #[test]
    fn releases_per_quarter_keep_time_and_count_each_model_once() {
        let d = dataset();
        let (quarters, year_only) = open_releases_per_quarter(&d);
        let total: u32 = quarters.iter().map(|q| q.1 + q.2 + q.3).sum();
        let dated = d
            .models
            .iter()
            .filter(|m| m.open_weights && m.released.is_some())
            .count() as u32;
        assert_eq!(total + year_only, dated);
        // Consecutive quarters, no gaps.
        for w in quarters.windows(2) {
            let next = if w[0].0 .1 == 4 {
                (w[0].0 .0 + 1, 1)
            } else {
                (w[0].0 .0, w[0].0 .1 + 1)
            };
            assert_eq!(w[1].0, next);
        }
        // DeepSeek-R1 (20 January 2025) is a Chinese release of 2025 Q1.
        let q1 = quarters.iter().find(|q| q.0 == (2025, 1)).unwrap();
        assert!(q1.1 >= 1);
    }

    #[test]
    fn a_frontier_only_rises_and_ends_at_the_best() {
        let d = dataset();
        let score = |m: &Model| m.best_score("GPQA Diamond").map(|b| b.score);
        for country in [CHINA, US] {
            let steps = frontier(&d, country, score);
            assert!(!steps.is_empty(), "{country}");
            assert!(steps.windows(2).all(|w| w[0].value < w[1].value));
            assert!(steps
                .windows(2)
                .all(|w| w[0].date.first_day_key() <= w[1].date.first_day_key()));
            let best = d
                .models
                .iter()
                .filter(|m| m.country == country && m.released.is_some())
                .filter_map(score)
                .fold(f64::MIN, f64::max);
            assert_eq!(steps.last().unwrap().value, best);
        }
    }

    #[test]
    fn verdicts_add_up_to_the_claims() {
        let d = dataset();
        let counts = verdict_counts(&d);
        assert_eq!(
            counts.iter().map(|c| c.1).sum::<u32>() as usize,
            d.claims.len()
        );
    }
}
