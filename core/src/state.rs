//! Typed view state for each view, decoded from and encoded to the URL query.
//!
//! `decode` never fails: it returns the state and the warnings to show. `encode` is canonical:
//! keys in a fixed order, defaults omitted, sets sorted. `decode(encode(s)) == s` for any state
//! `decode` can produce.

use std::collections::BTreeSet;

use crate::dataset::Verdict;
use crate::date::PartialDate;
use crate::facets::{read_facets, write_facets, Selected};
use crate::query::{shorten, Code, QueryReader, QueryWriter, Warning};
use crate::spec::{COMPANY_FACETS, EVENT_FACETS, MODEL_FACETS};
use crate::Dataset;

/// Keys every view understands.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Common {
    /// Interface language: `zh` for Simplified Chinese, otherwise English.
    pub lang_zh: bool,
    /// Compact embed mode without header and footer.
    pub embed: bool,
}

impl Common {
    /// Reads only the common keys from a query, ignoring everything else.
    pub fn from_query(query: &str) -> Common {
        let mut reader = QueryReader::from_query(query);
        Common::read(&mut reader)
    }

    fn read(reader: &mut QueryReader) -> Common {
        let lang_zh = match reader.get("lang").as_deref() {
            None | Some("en") => false,
            Some("zh") => true,
            Some(other) => {
                let message = format!(
                    "Unknown language '{}' was ignored (use en or zh).",
                    shorten(other, 20)
                );
                reader.warn("lang", Code::UnknownLang, other, message);
                false
            }
        };
        let embed = reader.flag("embed", "embed").unwrap_or(false);
        Common { lang_zh, embed }
    }

    fn write(&self, writer: &mut QueryWriter) {
        if self.lang_zh {
            writer.raw("lang", "zh");
        }
        if self.embed {
            writer.raw("embed", "1");
        }
    }
}

/// An inclusive numeric range with optional ends: `7..700`, `7..`, `..700`.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct NumberRange {
    pub min: Option<f64>,
    pub max: Option<f64>,
}

impl NumberRange {
    pub fn is_open(&self) -> bool {
        self.min.is_none() && self.max.is_none()
    }
    pub fn contains(&self, value: f64) -> bool {
        self.min.is_none_or(|m| value >= m) && self.max.is_none_or(|m| value <= m)
    }
    pub fn parse(text: &str) -> Option<NumberRange> {
        let (low, high) = text.split_once("..")?;
        let end = |t: &str| -> Option<Option<f64>> {
            let t = t.trim();
            if t.is_empty() {
                return Some(None);
            }
            let v: f64 = t.parse().ok()?;
            (v.is_finite() && v >= 0.0).then_some(Some(v))
        };
        let range = NumberRange {
            min: end(low)?,
            max: end(high)?,
        };
        if let (Some(a), Some(b)) = (range.min, range.max) {
            if a > b {
                return None;
            }
        }
        (!range.is_open()).then_some(range)
    }
    /// The range with an end replaced by what a field now holds (`Some(None)`: the field was
    /// cleared; `None`: that end is unchanged); a range whose ends are inverted becomes open.
    pub fn with_ends(self, min: Option<Option<f64>>, max: Option<Option<f64>>) -> NumberRange {
        let range = NumberRange {
            min: min.unwrap_or(self.min),
            max: max.unwrap_or(self.max),
        };
        NumberRange::parse(&range.token()).unwrap_or_default()
    }
    pub fn token(&self) -> String {
        let show = |v: Option<f64>| v.map(|v| format!("{v}")).unwrap_or_default();
        if self.is_open() {
            String::new()
        } else {
            format!("{}..{}", show(self.min), show(self.max))
        }
    }
}

/// An inclusive date range with optional ends at any precision: `2024-01..2025-06`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DateRange {
    pub from: Option<PartialDate>,
    pub to: Option<PartialDate>,
}

impl DateRange {
    pub fn is_open(&self) -> bool {
        self.from.is_none() && self.to.is_none()
    }
    /// A date matches when the span it covers overlaps the range: `2025-04` is inside
    /// `2025-04-15..` because part of April is.
    pub fn contains(&self, date: PartialDate) -> bool {
        self.from
            .is_none_or(|f| date.last_day_key() >= f.first_day_key())
            && self
                .to
                .is_none_or(|t| date.first_day_key() <= t.last_day_key())
    }
    pub fn parse(text: &str) -> Option<DateRange> {
        let (low, high) = text.split_once("..")?;
        let end = |t: &str| -> Option<Option<PartialDate>> {
            let t = t.trim();
            if t.is_empty() {
                Some(None)
            } else {
                t.parse().ok().map(Some)
            }
        };
        let range = DateRange {
            from: end(low)?,
            to: end(high)?,
        };
        if let (Some(a), Some(b)) = (range.from, range.to) {
            if a.first_day_key() > b.last_day_key() {
                return None;
            }
        }
        (!range.is_open()).then_some(range)
    }
    pub fn token(&self) -> String {
        let show = |d: Option<PartialDate>| d.map(|d| d.to_string()).unwrap_or_default();
        if self.is_open() {
            String::new()
        } else {
            format!("{}..{}", show(self.from), show(self.to))
        }
    }
}

fn read_number_range(reader: &mut QueryReader, key: &str) -> NumberRange {
    let Some(text) = reader.get(key) else {
        return NumberRange::default();
    };
    NumberRange::parse(&text).unwrap_or_else(|| {
        reader.warn(
            key,
            Code::BadNumberRange,
            &text,
            format!(
                "'{}' is not a valid range for {key} (use 7..700, 7.. or ..700); it was ignored.",
                shorten(&text, 40)
            ),
        );
        NumberRange::default()
    })
}

fn read_date_range(reader: &mut QueryReader, key: &str) -> DateRange {
    let Some(text) = reader.get(key) else {
        return DateRange::default();
    };
    DateRange::parse(&text).unwrap_or_else(|| {
        reader.warn(key, Code::BadDateRange, &text, format!("'{}' is not a valid date range (use 2024-01..2025-06, 2024.. or ..2025-06); it was ignored.", shorten(&text, 40)));
        DateRange::default()
    })
}

fn sorted_strs<T: Copy + Ord>(
    set: &BTreeSet<T>,
    as_str: fn(T) -> &'static str,
) -> Vec<&'static str> {
    set.iter().map(|v| as_str(*v)).collect()
}

// ---------------------------------------------------------------- Companies

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum CompanySortKey {
    #[default]
    Name,
    Founded,
    Models,
}

impl CompanySortKey {
    pub const ALL: [CompanySortKey; 3] = [
        CompanySortKey::Name,
        CompanySortKey::Founded,
        CompanySortKey::Models,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            CompanySortKey::Name => "name",
            CompanySortKey::Founded => "founded",
            CompanySortKey::Models => "models",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            CompanySortKey::Name => "Name",
            CompanySortKey::Founded => "Founded",
            CompanySortKey::Models => "Number of models",
        }
    }
}

/// A sort key with a direction; the token is the key, prefixed by `-` for descending.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct SortBy<K> {
    pub key: K,
    pub descending: bool,
}

impl<K: Copy> SortBy<K> {
    fn token(&self, as_str: fn(K) -> &'static str) -> String {
        format!(
            "{}{}",
            if self.descending { "-" } else { "" },
            as_str(self.key)
        )
    }
    fn parse(text: &str, keys: &[K], as_str: fn(K) -> &'static str) -> Option<SortBy<K>> {
        let (descending, name) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        keys.iter()
            .find(|k| as_str(**k) == name)
            .map(|&key| SortBy { key, descending })
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct CompaniesState {
    pub common: Common,
    pub q: String,
    /// Selected values of [`COMPANY_FACETS`].
    pub facets: Selected,
    pub sort: SortBy<CompanySortKey>,
}

impl CompaniesState {
    pub fn decode(query: &str, dataset: &Dataset) -> (CompaniesState, Vec<Warning>) {
        let mut reader = QueryReader::from_query(query);
        let common = Common::read(&mut reader);
        let q = reader.text("q");
        let facets = read_facets(&mut reader, &COMPANY_FACETS, dataset);
        let sort = match reader.get("sort") {
            None => SortBy::default(),
            Some(text) => SortBy::parse(&text, &CompanySortKey::ALL, CompanySortKey::as_str)
                .unwrap_or_else(|| {
                    reader.warn(
                        "sort",
                        Code::UnknownSort,
                        &text,
                        format!(
                            "Unknown sort '{}' was ignored; sorted by name.",
                            shorten(&text, 40)
                        ),
                    );
                    SortBy::default()
                }),
        };
        let state = CompaniesState {
            common,
            q,
            facets,
            sort,
        };
        (state, reader.finish())
    }

    pub fn encode(&self) -> String {
        let mut w = QueryWriter::new();
        w.text("q", &self.q);
        write_facets(&mut w, &COMPANY_FACETS, &self.facets);
        if self.sort != SortBy::default() {
            w.raw("sort", &self.sort.token(CompanySortKey::as_str));
        }
        self.common.write(&mut w);
        w.finish()
    }

    /// True when no filter is applied (search, facets).
    pub fn is_unfiltered(&self) -> bool {
        self.q.is_empty() && self.facets.is_empty()
    }
}

// ---------------------------------------------------------------- Models

/// A column of the models table; also the sort keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ModelColumn {
    Name,
    Organisation,
    Country,
    Released,
    Params,
    Active,
    Architecture,
    Context,
    License,
    LicenseFamily,
    OpenWeights,
    Modality,
    Reasoning,
    Benchmarks,
    /// The best score of a benchmark column (`benchmarks::BENCHMARKS[i]`, `column: true`).
    Score(u8),
}

impl ModelColumn {
    pub const ALL: [ModelColumn; 21] = [
        ModelColumn::Name,
        ModelColumn::Organisation,
        ModelColumn::Country,
        ModelColumn::Released,
        ModelColumn::Params,
        ModelColumn::Active,
        ModelColumn::Architecture,
        ModelColumn::Context,
        ModelColumn::License,
        ModelColumn::LicenseFamily,
        ModelColumn::OpenWeights,
        ModelColumn::Modality,
        ModelColumn::Reasoning,
        ModelColumn::Benchmarks,
        ModelColumn::Score(0),
        ModelColumn::Score(1),
        ModelColumn::Score(2),
        ModelColumn::Score(3),
        ModelColumn::Score(4),
        ModelColumn::Score(5),
        ModelColumn::Score(6),
    ];
    /// Columns shown when `cols` is absent.
    pub const DEFAULT_VISIBLE: [ModelColumn; 11] = [
        ModelColumn::Name,
        ModelColumn::Organisation,
        ModelColumn::Country,
        ModelColumn::Released,
        ModelColumn::Params,
        ModelColumn::Active,
        ModelColumn::Architecture,
        ModelColumn::Context,
        ModelColumn::LicenseFamily,
        ModelColumn::OpenWeights,
        ModelColumn::Reasoning,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            ModelColumn::Name => "name",
            ModelColumn::Organisation => "org",
            ModelColumn::Country => "country",
            ModelColumn::Released => "released",
            ModelColumn::Params => "params",
            ModelColumn::Active => "active",
            ModelColumn::Architecture => "arch",
            ModelColumn::Context => "context",
            ModelColumn::License => "license",
            ModelColumn::LicenseFamily => "lic",
            ModelColumn::OpenWeights => "open",
            ModelColumn::Modality => "mod",
            ModelColumn::Reasoning => "reason",
            ModelColumn::Benchmarks => "bench",
            ModelColumn::Score(i) => crate::benchmarks::BENCHMARKS[i as usize].key,
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            ModelColumn::Name => "Model",
            ModelColumn::Organisation => "Organisation",
            ModelColumn::Country => "Country",
            ModelColumn::Released => "Released",
            ModelColumn::Params => "Parameters",
            ModelColumn::Active => "Active",
            ModelColumn::Architecture => "Architecture",
            ModelColumn::Context => "Context",
            ModelColumn::License => "Licence",
            ModelColumn::LicenseFamily => "Licence family",
            ModelColumn::OpenWeights => "Open weights",
            ModelColumn::Modality => "Modality",
            ModelColumn::Reasoning => "Reasoning",
            ModelColumn::Benchmarks => "Benchmarks",
            ModelColumn::Score(i) => crate::benchmarks::BENCHMARKS[i as usize].name,
        }
    }
    pub fn parse(text: &str) -> Option<ModelColumn> {
        Self::ALL.into_iter().find(|c| c.as_str() == text)
    }
    /// Whether the chart can plot the column on an axis (a number or a date).
    pub fn is_axis(self) -> bool {
        matches!(
            self,
            ModelColumn::Released
                | ModelColumn::Params
                | ModelColumn::Active
                | ModelColumn::Context
                | ModelColumn::Score(_)
        )
    }
    /// Whether the chart draws the axis on a log scale (sizes span orders of magnitude).
    pub fn log_scale(self) -> bool {
        matches!(
            self,
            ModelColumn::Params | ModelColumn::Active | ModelColumn::Context
        )
    }
    /// The benchmark of a score column.
    pub fn benchmark(self) -> Option<&'static crate::benchmarks::BenchmarkSpec> {
        match self {
            ModelColumn::Score(i) => crate::benchmarks::BENCHMARKS.get(i as usize),
            _ => None,
        }
    }
    /// Benchmarks are several values per model and are not sortable.
    pub fn sortable(self) -> bool {
        self != ModelColumn::Benchmarks
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ModelsView {
    #[default]
    Table,
    Chart,
    Compare,
}

impl ModelsView {
    pub fn as_str(self) -> &'static str {
        match self {
            ModelsView::Table => "table",
            ModelsView::Chart => "chart",
            ModelsView::Compare => "compare",
        }
    }
}

/// What the chart's colours stand for: `color=` (country when absent).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ChartColor {
    #[default]
    Country,
    License,
}

impl ChartColor {
    pub fn as_str(self) -> &'static str {
        match self {
            ChartColor::Country => "country",
            ChartColor::License => "license",
        }
    }
}

/// How many benchmark columns there are (`ModelColumn::Score(0..SCORE_COLUMNS)`).
pub const SCORE_COLUMNS: usize = 7;

/// Most models that can be picked for comparison.
pub const MAX_PICKED: usize = 6;

#[derive(Clone, Debug, PartialEq)]
pub struct ModelsState {
    pub common: Common,
    pub q: String,
    /// Selected values of [`MODEL_FACETS`].
    pub facets: Selected,
    /// Total parameters in billions.
    pub params: NumberRange,
    pub released: DateRange,
    /// Sort keys in priority order.
    pub sort: Vec<SortBy<ModelColumn>>,
    pub columns: BTreeSet<ModelColumn>,
    /// Picked model ids in the order picked.
    pub picked: Vec<String>,
    pub view: ModelsView,
    /// The chart's axes: `x=` and `y=`, any of [`ModelColumn::is_axis`].
    pub x: ModelColumn,
    pub y: ModelColumn,
    /// `color=license` colours the chart by licence family.
    pub color: ChartColor,
    /// A range per benchmark column, keyed by the column's key (`gpqa-diamond=60..`): a model
    /// matches when its best score on that benchmark is inside (no score: no match).
    pub scores: [NumberRange; SCORE_COLUMNS],
}

impl Default for ModelsState {
    fn default() -> Self {
        ModelsState {
            common: Common::default(),
            q: String::new(),
            facets: Selected::default(),
            params: NumberRange::default(),
            released: DateRange::default(),
            sort: Self::default_sort(),
            columns: ModelColumn::DEFAULT_VISIBLE.into_iter().collect(),
            picked: Vec::new(),
            view: ModelsView::Table,
            x: ModelColumn::Released,
            y: ModelColumn::Params,
            color: ChartColor::Country,
            scores: [NumberRange::default(); SCORE_COLUMNS],
        }
    }
}

impl ModelsState {
    pub fn default_sort() -> Vec<SortBy<ModelColumn>> {
        vec![SortBy {
            key: ModelColumn::Released,
            descending: true,
        }]
    }

    pub fn decode(query: &str, dataset: &Dataset) -> (ModelsState, Vec<Warning>) {
        let mut r = QueryReader::from_query(query);
        let common = Common::read(&mut r);
        let q = r.text("q");
        let facets = read_facets(&mut r, &MODEL_FACETS, dataset);
        let params = read_number_range(&mut r, "params");
        let released = read_date_range(&mut r, "date");
        let scores: [NumberRange; SCORE_COLUMNS] = std::array::from_fn(|i| {
            read_number_range(&mut r, ModelColumn::Score(i as u8).as_str())
        });
        let mut sort: Vec<SortBy<ModelColumn>> = Vec::new();
        if let Some(text) = r.get("sort") {
            for token in text
                .split('~')
                .filter(|t| !t.is_empty())
                .take(ModelColumn::ALL.len())
            {
                match SortBy::parse(token, &ModelColumn::ALL, ModelColumn::as_str) {
                    Some(s) if s.key.sortable() && !sort.iter().any(|e| e.key == s.key) => {
                        sort.push(s)
                    }
                    Some(s) if sort.iter().any(|e| e.key == s.key) => {}
                    _ => r.warn(
                        "sort",
                        Code::UnknownColumn,
                        token,
                        format!("Unknown sort column '{}' was ignored.", shorten(token, 40)),
                    ),
                }
            }
        }
        if sort.is_empty() {
            sort = Self::default_sort();
        }
        let columns = match r.get("cols") {
            None => ModelColumn::DEFAULT_VISIBLE.into_iter().collect(),
            Some(text) => {
                let mut columns: BTreeSet<ModelColumn> = BTreeSet::new();
                for token in text
                    .split('~')
                    .filter(|t| !t.is_empty())
                    .take(ModelColumn::ALL.len() * 2)
                {
                    match ModelColumn::parse(token) {
                        Some(c) => {
                            columns.insert(c);
                        }
                        None => r.warn(
                            "cols",
                            Code::UnknownColumn,
                            token,
                            format!("Unknown column '{}' was ignored.", shorten(token, 40)),
                        ),
                    }
                }
                // The name column is always shown: without it a row cannot be identified.
                columns.insert(ModelColumn::Name);
                columns
            }
        };
        let mut picked: Vec<String> = Vec::new();
        if let Some(text) = r.get("pick") {
            for id in text.split('~').filter(|t| !t.is_empty()).take(50) {
                if dataset.model(id).is_none() {
                    r.warn(
                        "pick",
                        Code::UnknownModel,
                        id,
                        format!("Unknown model '{}' was not picked.", shorten(id, 40)),
                    );
                } else if picked.len() >= MAX_PICKED {
                    r.warn(
                        "pick",
                        Code::TooManyPicked,
                        id,
                        format!(
                            "At most {MAX_PICKED} models can be compared; '{}' was left out.",
                            shorten(id, 40)
                        ),
                    );
                } else if !picked.iter().any(|p| p == id) {
                    picked.push(id.to_string());
                }
            }
        }
        let view = match r.get("view").as_deref() {
            None | Some("table") => ModelsView::Table,
            Some("chart") => ModelsView::Chart,
            Some("compare") => ModelsView::Compare,
            Some(other) => {
                let message = format!("Unknown view '{}'; the table is shown.", shorten(other, 40));
                r.warn("view", Code::UnknownView, other, message);
                ModelsView::Table
            }
        };
        let mut axis = |key: &str, default: ModelColumn| match r.get(key) {
            None => default,
            Some(text) => match ModelColumn::parse(&text).filter(|c| c.is_axis()) {
                Some(column) => column,
                None => {
                    let message = format!(
                        "Unknown chart axis '{}' was ignored (use released, params, active, context or a benchmark column).",
                        shorten(&text, 40)
                    );
                    r.warn(key, Code::UnknownColumn, &text, message);
                    default
                }
            },
        };
        let x = axis("x", ModelColumn::Released);
        let y = axis("y", ModelColumn::Params);
        let color = match r.get("color").as_deref() {
            None | Some("country") => ChartColor::Country,
            Some("license") => ChartColor::License,
            Some(other) => {
                let message = format!(
                    "Unknown chart colouring '{}' was ignored (use country or license).",
                    shorten(other, 40)
                );
                r.warn("color", Code::UnknownColumn, other, message);
                ChartColor::Country
            }
        };
        let state = ModelsState {
            common,
            q,
            facets,
            params,
            released,
            sort,
            columns,
            picked,
            view,
            x,
            y,
            color,
            scores,
        };
        (state, r.finish())
    }

    pub fn encode(&self) -> String {
        let mut w = QueryWriter::new();
        w.text("q", &self.q);
        write_facets(&mut w, &MODEL_FACETS, &self.facets);
        w.raw("params", &self.params.token());
        w.raw("date", &self.released.token());
        for (i, range) in self.scores.iter().enumerate() {
            w.raw(ModelColumn::Score(i as u8).as_str(), &range.token());
        }
        if self.sort != Self::default_sort() {
            let tokens: Vec<String> = self
                .sort
                .iter()
                .map(|s| s.token(ModelColumn::as_str))
                .collect();
            w.raw("sort", &tokens.join("~"));
        }
        let default_columns: BTreeSet<ModelColumn> =
            ModelColumn::DEFAULT_VISIBLE.into_iter().collect();
        if self.columns != default_columns {
            w.list("cols", self.columns.iter().map(|c| c.as_str()));
        }
        w.list("pick", self.picked.iter().map(String::as_str));
        if self.view != ModelsView::Table {
            w.raw("view", self.view.as_str());
        }
        if self.x != ModelColumn::Released {
            w.raw("x", self.x.as_str());
        }
        if self.y != ModelColumn::Params {
            w.raw("y", self.y.as_str());
        }
        if self.color != ChartColor::Country {
            w.raw("color", self.color.as_str());
        }
        self.common.write(&mut w);
        w.finish()
    }

    pub fn is_unfiltered(&self) -> bool {
        self.q.is_empty()
            && self.facets.is_empty()
            && self.params.is_open()
            && self.released.is_open()
            && self.scores.iter().all(NumberRange::is_open)
    }

    /// Clicking a header: a plain click sorts by that column alone (toggling direction if it
    /// already leads); an additive click (shift) appends it or flips it in place.
    pub fn click_sort(&mut self, column: ModelColumn, additive: bool) {
        if !column.sortable() {
            return;
        }
        let position = self.sort.iter().position(|s| s.key == column);
        if additive {
            match position {
                Some(i) => self.sort[i].descending = !self.sort[i].descending,
                None => self.sort.push(SortBy {
                    key: column,
                    descending: false,
                }),
            }
        } else {
            let descending = match position {
                Some(0) => !self.sort[0].descending,
                _ => matches!(
                    column,
                    ModelColumn::Released
                        | ModelColumn::Params
                        | ModelColumn::Active
                        | ModelColumn::Context
                        | ModelColumn::Score(_)
                ),
            };
            self.sort = vec![SortBy {
                key: column,
                descending,
            }];
        }
    }
}

// ---------------------------------------------------------------- Timeline

#[derive(Clone, Debug, Default, PartialEq)]
pub struct TimelineState {
    pub common: Common,
    pub q: String,
    /// Selected values of [`EVENT_FACETS`].
    pub facets: Selected,
    pub range: DateRange,
    /// Newest first when true; the default tells the story oldest first.
    pub newest_first: bool,
    pub focus: Option<String>,
}

impl TimelineState {
    pub fn decode(query: &str, dataset: &Dataset) -> (TimelineState, Vec<Warning>) {
        let mut r = QueryReader::from_query(query);
        let common = Common::read(&mut r);
        let q = r.text("q");
        let facets = read_facets(&mut r, &EVENT_FACETS, dataset);
        let range = read_date_range(&mut r, "date");
        let newest_first = match r.get("order").as_deref() {
            None | Some("asc") => false,
            Some("desc") => true,
            Some(other) => {
                let message = format!(
                    "Unknown order '{}' was ignored (use asc or desc).",
                    shorten(other, 40)
                );
                r.warn("order", Code::UnknownOrder, other, message);
                false
            }
        };
        let focus = match r.get("focus") {
            None => None,
            Some(id) if dataset.event(&id).is_some() => Some(id),
            Some(id) => {
                r.warn(
                    "focus",
                    Code::UnknownEvent,
                    &id,
                    format!("Unknown event '{}' could not be focused.", shorten(&id, 40)),
                );
                None
            }
        };
        let state = TimelineState {
            common,
            q,
            facets,
            range,
            newest_first,
            focus,
        };
        (state, r.finish())
    }

    pub fn encode(&self) -> String {
        let mut w = QueryWriter::new();
        w.text("q", &self.q);
        write_facets(&mut w, &EVENT_FACETS, &self.facets);
        w.raw("date", &self.range.token());
        if self.newest_first {
            w.raw("order", "desc");
        }
        if let Some(focus) = &self.focus {
            w.text("focus", focus);
        }
        self.common.write(&mut w);
        w.finish()
    }

    pub fn is_unfiltered(&self) -> bool {
        self.q.is_empty() && self.facets.is_empty() && self.range.is_open()
    }
}

// ---------------------------------------------------------------- Simple views

/// State of views that only search (overview, entity pages, article).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SimpleState {
    pub common: Common,
    pub q: String,
    /// Verdict filter of the article view.
    pub verdicts: BTreeSet<Verdict>,
}

impl SimpleState {
    pub fn decode(query: &str) -> (SimpleState, Vec<Warning>) {
        let mut r = QueryReader::from_query(query);
        let common = Common::read(&mut r);
        let q = r.text("q");
        let verdicts = r
            .list("verdict", "verdict", Verdict::parse)
            .into_iter()
            .collect();
        (
            SimpleState {
                common,
                q,
                verdicts,
            },
            r.finish(),
        )
    }

    pub fn encode(&self) -> String {
        let mut w = QueryWriter::new();
        w.text("q", &self.q);
        w.list("verdict", sorted_strs(&self.verdicts, Verdict::as_str));
        self.common.write(&mut w);
        w.finish()
    }
}
