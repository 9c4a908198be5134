//! `/models`: the comparison table with multi-column sort, filters, column chooser,
//! pick-and-compare, and a release chart.

use crate::Link;
use atlas_core::dataset::Model;
use atlas_core::format;
use atlas_core::input;
use atlas_core::models::query_models;
use atlas_core::spec::MODEL_FACETS;
use atlas_core::state::{
    DateRange, ModelColumn, ModelsState, ModelsView as ViewKind, NumberRange, MAX_PICKED,
};
use leptos::prelude::*;

use crate::dataset;
use crate::i18n::t;
use crate::share::{Exports, ShareBar};
use crate::url_state::{use_view_query, ViewQuery};
use crate::widgets::{
    facet_chips, remove_facet_chip, use_zh, Chip, FacetPanel, FilterChips, Notices, SearchBox,
    SourceLinks,
};
use atlas_core::export;

#[component]
pub fn ModelsView() -> impl IntoView {
    let data = dataset();
    let zh = use_zh();
    let drawer = crate::widgets::provide_filters_drawer();
    let query = use_view_query("/models", ModelsState::decode, ModelsState::encode);
    let state = query.state;
    let results = Memo::new(move |_| state.with(|s| query_models(data, s)));
    super::set_title(|zh| t(zh, "models").to_string());
    let counts = Memo::new(move |_| results.with(|r| r.counts.clone()));
    // One copy of the result list per change, not one per reader (the table reads it thrice).
    let items = Memo::new(move |_| results.with(|r| r.items.clone()));
    let on_facet = Callback::new(move |(f, v): (usize, String)| {
        query.update(false, |s| s.facets.toggle(&MODEL_FACETS, f, &v))
    });
    let on_search = Callback::new(move |q: String| query.type_live(|s| s.q = q.trim().to_string()));
    let clear = move |_| {
        query.update(false, |s| {
            *s = ModelsState {
                common: s.common.clone(),
                sort: s.sort.clone(),
                columns: s.columns.clone(),
                picked: s.picked.clone(),
                view: s.view,
                ..Default::default()
            }
        })
    };
    let view_kind = Memo::new(move |_| state.with(|s| s.view));
    // Embedded, the chart is all the page shows (its title, plot and source line).
    let common = crate::url_state::use_common();
    let chart_alone =
        Memo::new(move |_| common.with(|c| c.embed) && view_kind.get() == ViewKind::Chart);

    view! {
        <Show
            when=move || !chart_alone.get()
            fallback=move || view! {
                <div class="view view--models view--chart-alone">
                    <Notices warnings=query.warnings />
                    <super::chart::ReleaseChart query=query items=items embed=true />
                </div>
            }
        >
        <div class="view view--models">
            <h1>{move || t(zh.get(), "models")}</h1>
            <ShareBar
                href=Signal::derive(move || state.with(|s| query.href_for(s)))
                title=Signal::derive(move || t(zh.get(), "models").to_string())
                exports=Exports::new(
                    "models",
                    // What is on screen: the compared models in the comparison, else the results.
                    Signal::derive(move || {
                        if view_kind.get() == ViewKind::Compare {
                            state.with(|s| s.picked.iter().filter_map(|id| data.model_position(id)).collect())
                        } else {
                            results.with(|r| r.items.clone())
                        }
                    }),
                    move |rows| {
                        let columns: Vec<ModelColumn> = state.with_untracked(|s| ModelColumn::ALL.into_iter().filter(|c| s.columns.contains(c)).collect());
                        export::models_csv(data, rows, &columns)
                    },
                    |data, i| &data.models[i],
                )
            />
            <Notices warnings=query.warnings />
            // In the comparison, the filters, search and columns do not apply: they are hidden
            // (and kept in the URL for the table).
            <div class="layout" class:layout--compare=move || view_kind.get() == ViewKind::Compare>
                <aside class="layout__filters" id="filters" class:layout__filters--open=move || drawer.get() aria-label=move || t(zh.get(), "filters")>
                    <crate::widgets::DrawerHead />
                    <RangeFilters query=query />
                    <FacetPanel
                        specs=&MODEL_FACETS
                        columns=&data.model_facets
                        selected=Signal::derive(move || state.with(|s| s.facets.clone()))
                        counts=counts
                        on_toggle=on_facet
                    />
                    <crate::widgets::DrawerFoot count=Signal::derive(move || results.with(|r| r.items.len())) />
                </aside>
                <div class="layout__results" id="results" tabindex="-1">
                    <div class="toolbar">
                        <crate::widgets::FiltersJump />
                        <SearchBox
                            value=Signal::derive(move || state.with(|s| s.q.clone()))
                            on_search=on_search
                            placeholder=Signal::derive(move || t(zh.get(), "search-models"))
                            label=Signal::derive(move || t(zh.get(), "search"))
                        />
                        <ViewSwitch query=query />
                        <ColumnChooser query=query />
                    </div>
                    <p class="result-count" aria-live="polite" data-testid="result-count">
                        {move || results.with(|r| r.items.len())} " " {move || t(zh.get(), "of")} " " {data.models.len()} " " {move || t(zh.get(), "models-count")}
                        <Show when=move || !state.with(ModelsState::is_unfiltered)>
                            " · "
                            <button type="button" class="link-button" data-testid="clear-all" on:click=clear>{move || t(zh.get(), "clear-all")}</button>
                        </Show>
                        {move || {
                            let picked = state.with(|s| s.picked.len());
                            (picked > 0).then(|| view! { " · " <span data-testid="picked-count">{picked} " picked"</span> })
                        }}
                    </p>
                    <FilterChips
                        chips=Signal::derive(move || state.with(|s| model_chips(zh.get(), s)))
                        on_remove=Callback::new(move |chip: Chip| query.update(false, |s| remove_chip(s, &chip)))
                    />
                    <crate::widgets::DidYouMean
                        query=Signal::derive(move || state.with(|s| s.q.clone()))
                        empty=Signal::derive(move || results.with(|r| r.items.is_empty()))
                        names=data.models.iter().map(|m| m.name.as_str()).chain(data.companies.iter().map(|c| c.name_en.as_str())).collect()
                        on_pick=Callback::new(move |name: String| query.type_live(|s| s.q = name))
                    />
                    <Show when=move || results.with(|r| r.items.is_empty()) && view_kind.get() != ViewKind::Compare>
                        <div class="empty" data-testid="empty">
                            <p>{move || t(zh.get(), "no-results")}</p>
                            <button type="button" class="link-button" on:click=clear>{move || t(zh.get(), "clear-all")}</button>
                        </div>
                    </Show>
                    // Only a change of view kind rebuilds this part; filtering and typing update
                    // the table in place (its rows, header and focus survive).
                    {move || match view_kind.get() {
                        ViewKind::Table => view! { <ModelTable query=query items=items /> }.into_any(),
                        ViewKind::Chart => view! { <super::chart::ReleaseChart query=query items=items /> }.into_any(),
                        ViewKind::Compare => view! { <CompareView query=query /> }.into_any(),
                    }}
                </div>
            </div>
        </div>
        </Show>
    }
}

/// The chips of every active filter of the Models view.
pub(crate) fn model_chips(zh: bool, s: &ModelsState) -> Vec<Chip> {
    let data = dataset();
    let mut chips: Vec<Chip> = Chip::search(zh, &s.q).into_iter().collect();
    chips.extend(facet_chips(
        zh,
        &MODEL_FACETS,
        &data.model_facets,
        &s.facets,
    ));
    if !s.params.is_open() {
        let end = |v: Option<f64>| v.map(format::params).unwrap_or_default();
        chips.push(Chip::new(
            zh,
            "params",
            "parameters",
            "",
            format!("{}–{}", end(s.params.min), end(s.params.max)),
        ));
    }
    chips.extend(Chip::dates(zh, "released", &s.released));
    for (i, range) in s.scores.iter().enumerate() {
        if !range.is_open() {
            let column = ModelColumn::Score(i as u8);
            let end = |v: Option<f64>| v.map(|v| v.to_string()).unwrap_or_default();
            chips.push(Chip {
                key: column.as_str(),
                value: String::new(),
                label: format!("{}: {}–{}", column.label(), end(range.min), end(range.max)),
            });
        }
    }
    chips
}

/// Removes what a chip stands for.
fn remove_chip(s: &mut ModelsState, chip: &Chip) {
    if remove_facet_chip(&MODEL_FACETS, &mut s.facets, chip) {
        return;
    }
    match chip.key {
        "q" => s.q.clear(),
        "params" => s.params = NumberRange::default(),
        "date" => s.released = DateRange::default(),
        key => {
            if let Some(ModelColumn::Score(i)) = ModelColumn::parse(key) {
                s.scores[i as usize] = NumberRange::default();
            }
        }
    }
}

/// Parameter and release-date ranges. They apply as the reader types, read what people write
/// (`0.5T`, `Jan 2025`, `202501`, …) and mark anything else invalid on the field — an invalid
/// end is not applied and leaves the URL.
#[component]
fn RangeFilters(query: ViewQuery<ModelsState>) -> impl IntoView {
    let zh = use_zh();
    let state = query.state;
    let number = |v: Option<f64>| v.map(|v| v.to_string()).unwrap_or_default();
    let date =
        |v: Option<atlas_core::date::PartialDate>| v.map(|d| d.to_string()).unwrap_or_default();
    let read_params = |text: &str| input::parse_params(text).map(|v| v.to_string());
    let read_date = |text: &str| input::parse_date(text).map(|d| d.to_string());
    // A field's text (canonical, or None when cleared) as a number.
    let end = |v: Option<Option<String>>| v.map(|v| v.and_then(|v| v.parse::<f64>().ok()));
    let set_params = move |min: Option<Option<String>>, max: Option<Option<String>>| {
        query.type_live(|s| s.params = s.params.with_ends(end(min), end(max)))
    };
    let set_dates = move |from: Option<Option<String>>, to: Option<Option<String>>| {
        query.type_live(|s| {
            let mut r = s.released;
            if let Some(f) = from {
                r.from = f.and_then(|f| f.parse().ok());
            }
            if let Some(t) = to {
                r.to = t.and_then(|t| t.parse().ok());
            }
            s.released = DateRange::parse(&r.token()).unwrap_or_default();
        })
    };
    // A range per benchmark column that is shown (or already filtered).
    let score_columns = Memo::new(move |_| {
        state.with(|s| {
            (0..atlas_core::state::SCORE_COLUMNS)
                .filter(|&i| {
                    s.columns.contains(&ModelColumn::Score(i as u8)) || !s.scores[i].is_open()
                })
                .collect::<Vec<_>>()
        })
    });
    let read_score = |text: &str| input::parse_score(text).map(|v| v.to_string());
    let set_score = move |i: usize, min: Option<Option<String>>, max: Option<Option<String>>| {
        query.type_live(move |s| s.scores[i] = s.scores[i].with_ends(end(min), end(max)))
    };
    let score_fields = move || {
        score_columns
            .get()
            .into_iter()
            .map(|i| {
                let key = ModelColumn::Score(i as u8).as_str();
                let name = ModelColumn::Score(i as u8).label();
                view! {
                    <fieldset class="facet" data-testid=format!("score-range-{key}")>
                        <legend class="facet__title">{name}</legend>
                        <div class="range">
                            <crate::widgets::LooseField testid=format!("{key}-min") label=Signal::derive(move || t(zh.get(), "from")) placeholder="60" inputmode="decimal" hint=input::SCORE_HINT read=read_score
                                applied=Signal::derive(move || number(state.with(|s| s.scores[i].min))) on_apply=Callback::new(move |v| set_score(i, Some(v), None)) />
                            <crate::widgets::LooseField testid=format!("{key}-max") label=Signal::derive(move || t(zh.get(), "to")) placeholder="100" inputmode="decimal" hint=input::SCORE_HINT read=read_score
                                applied=Signal::derive(move || number(state.with(|s| s.scores[i].max))) on_apply=Callback::new(move |v| set_score(i, None, Some(v))) />
                        </div>
                    </fieldset>
                }
            })
            .collect_view()
    };
    view! {
        <fieldset class="facet">
            <legend class="facet__title">{move || t(zh.get(), "parameters")}</legend>
            <div class="range">
                <crate::widgets::LooseField testid="params-min" label=Signal::derive(move || t(zh.get(), "from")) placeholder="7B" inputmode="decimal" hint=input::PARAMS_HINT read=read_params
                    applied=Signal::derive(move || number(state.with(|s| s.params.min))) on_apply=Callback::new(move |v| set_params(Some(v), None)) />
                <crate::widgets::LooseField testid="params-max" label=Signal::derive(move || t(zh.get(), "to")) placeholder="1.6T" inputmode="decimal" hint=input::PARAMS_HINT read=read_params
                    applied=Signal::derive(move || number(state.with(|s| s.params.max))) on_apply=Callback::new(move |v| set_params(None, Some(v))) />
            </div>
        </fieldset>
        <fieldset class="facet">
            <legend class="facet__title">{move || t(zh.get(), "released")}</legend>
            <div class="range">
                <crate::widgets::LooseField testid="date-from" label=Signal::derive(move || t(zh.get(), "from")) placeholder="2024-01" inputmode="numeric" hint=input::DATE_HINT read=read_date
                    applied=Signal::derive(move || date(state.with(|s| s.released.from))) on_apply=Callback::new(move |v| set_dates(Some(v), None)) />
                <crate::widgets::LooseField testid="date-to" label=Signal::derive(move || t(zh.get(), "to")) placeholder="2025-12" inputmode="numeric" hint=input::DATE_HINT read=read_date
                    applied=Signal::derive(move || date(state.with(|s| s.released.to))) on_apply=Callback::new(move |v| set_dates(None, Some(v))) />
            </div>
        </fieldset>
        {score_fields}
    }
}

#[component]
fn ViewSwitch(query: ViewQuery<ModelsState>) -> impl IntoView {
    let zh = use_zh();
    let state = query.state;
    let button = move |kind: ViewKind, key: &'static str| {
        view! {
            <button
                type="button"
                class="segmented__button"
                data-testid=format!("view-{}", kind.as_str())
                aria-pressed=move || (state.with(|s| s.view) == kind).to_string()
                on:click=move |_| query.update(false, |s| s.view = kind)
            >
                {move || t(zh.get(), key)}
            </button>
        }
    };
    view! {
        <div class="segmented" role="group" aria-label=move || crate::i18n::tr(zh.get(), "View")>
            {button(ViewKind::Table, "table")}
            {button(ViewKind::Chart, "chart")}
            {button(ViewKind::Compare, "compare")}
        </div>
    }
}

#[component]
fn ColumnChooser(query: ViewQuery<ModelsState>) -> impl IntoView {
    let zh = use_zh();
    let state = query.state;
    view! {
        <details class="column-chooser" data-testid="column-chooser">
            <summary>{move || t(zh.get(), "columns")}</summary>
            <ul>
                {ModelColumn::ALL
                    .into_iter()
                    .filter(|c| *c != ModelColumn::Name)
                    .map(|column| {
                        view! {
                            <li>
                                <label>
                                    <input
                                        type="checkbox"
                                        data-column=column.as_str()
                                        prop:checked=move || state.with(|s| s.columns.contains(&column))
                                        on:change=move |_| query.update(false, |s| crate::views::toggle(&mut s.columns, column))
                                    />
                                    " " {move || crate::i18n::label(zh.get(), "col", column.as_str(), column.label())}
                                </label>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </details>
    }
}

/// Above this many models in the dataset the table is virtualised — whatever the filters
/// leave, so that a search never switches modes (building 200 full rows when a query drops
/// below the threshold cost 78 ms per keystroke at 1,000 models).
const VIRTUAL_FROM: usize = 200;
/// Row height in virtual mode, in CSS pixels (style/components.css fixes it).
const ROW_HEIGHT: f64 = 40.0;
/// Rows rendered beyond each edge of the viewport.
const OVERSCAN: usize = 3;

fn unknown() -> AnyView {
    view! { <span class="unknown" title="not published">"—"</span> }.into_any()
}

/// What one table cell shows. Both renderers read it: the pre-rendered page builds the cell with
/// `view!` ([`cell_view`]); the browser writes it into the DOM directly and, when the row shows
/// another model, changes only what differs ([`RowCells`]).
#[derive(Clone, PartialEq)]
struct CellSpec {
    /// The cell element's class (`col-…`); the name cell is a row header (`<th scope="row">`).
    class: &'static str,
    /// The column's name, which a phone's card writes before the value (`data-label`).
    label: &'static str,
    content: CellContent,
}

#[derive(Clone, PartialEq)]
enum CellContent {
    /// A link, and for the name a "low confidence" badge (label, hint).
    Link {
        href: String,
        text: String,
        badge: Option<(&'static str, &'static str)>,
    },
    /// A date in `<time>`; `None` when not published.
    Date(Option<(String, String)>),
    /// Benchmark scores (text, setting); empty when none is recorded.
    Scores(Vec<(String, String)>),
    /// A benchmark column's best score, linked to its source, with how it was measured in the
    /// title (shown on hover and, by the style sheet, on focus).
    Score {
        href: String,
        text: String,
        title: String,
    },
    /// Plain text in a `<span>` with an optional class and title; `None` when not published.
    Text {
        class: String,
        title: Option<String>,
        text: Option<String>,
    },
}

const NOT_PUBLISHED: &str = "not published";

fn cell_spec(
    model: &Model,
    column: ModelColumn,
    zh: bool,
    common: &atlas_core::state::Common,
) -> CellSpec {
    let link = |path: String| crate::href(&crate::url_state::with_common(&path, common));
    let content = match column {
        ModelColumn::Name => CellContent::Link {
            href: link(format!("/model/{}", model.id)),
            text: model.name.clone(),
            badge: (model.confidence == "low")
                .then(|| (t(zh, "low-confidence"), t(zh, "low-confidence-hint"))),
        },
        ModelColumn::Organisation => CellContent::Link {
            href: link(format!("/company/{}", model.company)),
            text: dataset().company_name_in(&model.company, zh).to_string(),
            badge: None,
        },
        ModelColumn::Released => CellContent::Date(
            model
                .released
                .map(|d| (d.to_string(), crate::i18n::date(zh, d))),
        ),
        ModelColumn::Benchmarks => CellContent::Scores(
            model
                .benchmarks
                .iter()
                .map(|b| {
                    (
                        format!("{} {}", b.name, b.score),
                        b.setting.clone().unwrap_or_default(),
                    )
                })
                .collect(),
        ),
        ModelColumn::Score(_) => {
            let name = column.benchmark().map_or("", |b| b.name);
            let scores: Vec<_> = model.scores(name).collect();
            match scores.first() {
                Some(best) => CellContent::Score {
                    href: best.source_url.clone(),
                    text: format!(
                        "{}{}{}",
                        best.score,
                        if best.caveat().is_some() { "†" } else { "" },
                        if scores.len() > 1 { "*" } else { "" }
                    ),
                    title: score_title(best, scores.len() - 1, zh),
                },
                None => CellContent::Text {
                    class: String::new(),
                    title: Some(t(zh, "not-published").to_string()),
                    text: None,
                },
            }
        }
        _ => {
            let text = cell_text(model, column, zh);
            let title = match (column, model.context_tokens) {
                _ if text.is_none() => Some(t(zh, "not-published").to_string()),
                (ModelColumn::Context, Some(c)) if zh => {
                    Some(format!("{} 个词元", format::thousands(c)))
                }
                (ModelColumn::Context, Some(c)) => Some(format!("{} tokens", format::thousands(c))),
                _ => None,
            };
            let class = match (column, model.license_family) {
                (ModelColumn::LicenseFamily, Some(l)) => format!("lic lic--{}", l.as_str()),
                _ => String::new(),
            };
            CellContent::Text { class, title, text }
        }
    };
    let class = match column {
        ModelColumn::Name => "col-name",
        ModelColumn::Organisation => "col-org",
        ModelColumn::Country => "col-country",
        ModelColumn::Released => "col-released",
        ModelColumn::Params => "col-params",
        ModelColumn::Active => "col-active",
        ModelColumn::Architecture => "col-arch",
        ModelColumn::Context => "col-context",
        ModelColumn::License => "col-license",
        ModelColumn::LicenseFamily => "col-lic",
        ModelColumn::OpenWeights => "col-open",
        ModelColumn::Modality => "col-mod",
        ModelColumn::Reasoning => "col-reason",
        ModelColumn::Benchmarks => "col-bench",
        ModelColumn::Score(_) => "col-score",
    };
    let label = crate::i18n::label(zh, "col", column.as_str(), column.label());
    CellSpec {
        class,
        label,
        content,
    }
}

/// How a score was measured, for its cell's title: setting, variant, who reported it and when,
/// and how many other scores of the benchmark the model has (other variants or settings).
fn score_title(score: &atlas_core::dataset::Benchmark, others: usize, zh: bool) -> String {
    let mut parts: Vec<String> = Vec::new();
    parts.extend(
        score
            .caveat()
            .map(|c| format!("† {}", crate::i18n::tr(zh, c.note()))),
    );
    parts.extend(score.setting.clone());
    parts.extend(score.variant.clone());
    let by = score.reported_by.as_deref().unwrap_or("lab");
    parts.push(match (by, zh) {
        ("lab", false) => "reported by the lab".into(),
        ("lab", true) => "发布方自报".into(),
        (other, false) => format!("measured by {other}"),
        (other, true) => format!("由 {other} 测得"),
    });
    if let Some(date) = score.date {
        parts.push(crate::i18n::date(zh, date));
    }
    if others > 0 {
        parts.push(if zh {
            format!("* 另有 {others} 个成绩（其他变体或设置），见模型页面")
        } else {
            format!("* {others} more on the model's page (other variants or settings)")
        });
    }
    parts.join(" · ")
}

/// A cell built with `view!` (the pre-rendered page, and the first render of a row).
fn cell_view(spec: CellSpec) -> AnyView {
    let inner = match spec.content {
        CellContent::Link { href, text, badge } => view! {
            <a href=href>{text}</a>
            {badge.map(|(label, hint)| view! { " " <span class="low-confidence" data-testid="low-confidence" title=hint>{label}</span> })}
        }
        .into_any(),
        CellContent::Date(Some((datetime, text))) => view! { <time datetime=datetime>{text}</time> }.into_any(),
        CellContent::Date(None) => view! { <time class="unknown" title=NOT_PUBLISHED>"—"</time> }.into_any(),
        CellContent::Scores(scores) if scores.is_empty() => unknown(),
        CellContent::Scores(scores) => scores
            .into_iter()
            .map(|(text, title)| view! { <span class="bench" title=title>{text}</span> })
            .collect_view()
            .into_any(),
        CellContent::Score { href, text, title } => {
            view! { <a class="score" href=href title=title rel="noopener noreferrer">{text}</a> }.into_any()
        }
        CellContent::Text { class, title, text } => {
            let unknown = text.is_none();
            view! { <span class=class class:unknown=unknown title=title>{text.unwrap_or_else(|| "—".to_string())}</span> }.into_any()
        }
    };
    if spec.class == "col-name" {
        view! { <th scope="row" class=spec.class>{inner}</th> }.into_any()
    } else {
        view! { <td class=spec.class data-label=spec.label>{inner}</td> }.into_any()
    }
}

/// Keeps a row's data cells in step with the model its slot shows: the cells are built with
/// `view!` ([`row_cell_views`]) when the row or the set of columns is new; when the row shows
/// another model (a keystroke, a sort) or the language changes, one synchronous effect per row
/// changes only the text and attributes that differ. A reactive closure per cell cost more
/// than the change itself (`docs/performance.md`, session 5).
#[cfg(not(feature = "ssr"))]
fn row_cells(tr: web_sys::Element, (index, columns): (Memo<usize>, Memo<Vec<ModelColumn>>)) {
    let zh = use_zh();
    let common = crate::url_state::use_common();
    let data = dataset();
    let effect = RenderEffect::new(move |prev: Option<(Vec<ModelColumn>, Vec<CellSpec>)>| {
        let model = &data.models[index.get()];
        let (zh, common) = (zh.get(), common.get());
        let columns = columns.get();
        let specs: Vec<CellSpec> = columns
            .iter()
            .map(|&c| cell_spec(model, c, zh, &common))
            .collect();
        if let Some((old_columns, old_specs)) = prev.filter(|(old, _)| *old == columns) {
            // The first child is the pick cell.
            let cells = tr.children();
            for (k, (old, new)) in old_specs.iter().zip(&specs).enumerate() {
                if old != new {
                    if let Some(cell) = cells.item(k as u32 + 1) {
                        dom::update(&cell, &old.content, &new.content);
                        if old.label != new.label {
                            let _ = cell.set_attribute("data-label", new.label);
                        }
                    }
                }
            }
            debug_assert_eq!(old_columns, columns);
        }
        // Otherwise the cells are new: `row_cell_views` built them from these very specs.
        (columns, specs)
    });
    StoredValue::new_local(effect);
}

/// DOM writes for [`row_cells`]: the same markup as [`cell_view`].
#[cfg(not(feature = "ssr"))]
mod dom {
    use super::{CellContent, NOT_PUBLISHED};
    use web_sys::Element;

    fn document() -> web_sys::Document {
        leptos::prelude::document()
    }

    fn element(tag: &str) -> Element {
        document().create_element(tag).expect("create element")
    }

    fn set_opt(el: &Element, name: &str, value: Option<&str>) {
        match value {
            Some(v) => {
                if el.get_attribute(name).as_deref() != Some(v) {
                    let _ = el.set_attribute(name, v);
                }
            }
            None => {
                let _ = el.remove_attribute(name);
            }
        }
    }

    /// Replaces the cell's content.
    fn fill(el: &Element, content: &CellContent) {
        el.set_text_content(None);
        match content {
            CellContent::Link { href, text, badge } => {
                let a = element("a");
                let _ = a.set_attribute("href", href);
                a.set_text_content(Some(text));
                let _ = el.append_child(&a);
                if let Some((label, hint)) = badge {
                    let _ = el.append_child(&document().create_text_node(" "));
                    let span = element("span");
                    span.set_class_name("low-confidence");
                    let _ = span.set_attribute("data-testid", "low-confidence");
                    let _ = span.set_attribute("title", hint);
                    span.set_text_content(Some(label));
                    let _ = el.append_child(&span);
                }
            }
            CellContent::Date(date) => {
                let time = element("time");
                set_date(&time, date.as_ref());
                let _ = el.append_child(&time);
            }
            CellContent::Scores(scores) if scores.is_empty() => {
                let span = element("span");
                span.set_class_name("unknown");
                let _ = span.set_attribute("title", NOT_PUBLISHED);
                span.set_text_content(Some("—"));
                let _ = el.append_child(&span);
            }
            CellContent::Scores(scores) => {
                for (text, title) in scores {
                    let span = element("span");
                    span.set_class_name("bench");
                    let _ = span.set_attribute("title", title);
                    span.set_text_content(Some(text));
                    let _ = el.append_child(&span);
                }
            }
            CellContent::Text { .. } => {
                let span = element("span");
                set_text(&span, None, content);
                let _ = el.append_child(&span);
            }
            CellContent::Score { href, text, title } => {
                let a = element("a");
                a.set_class_name("score");
                let _ = a.set_attribute("href", href);
                let _ = a.set_attribute("title", title);
                let _ = a.set_attribute("rel", "noopener noreferrer");
                a.set_text_content(Some(text));
                let _ = el.append_child(&a);
            }
        }
    }

    fn set_date(time: &Element, date: Option<&(String, String)>) {
        set_opt(time, "datetime", date.map(|(d, _)| d.as_str()));
        set_opt(time, "class", date.is_none().then_some("unknown"));
        set_opt(time, "title", date.is_none().then_some(NOT_PUBLISHED));
        time.set_text_content(Some(date.map_or("—", |(_, shown)| shown.as_str())));
    }

    /// Writes a text cell's span; with `old`, only what differs from it.
    fn set_text(span: &Element, old: Option<&CellContent>, new: &CellContent) {
        let CellContent::Text { class, title, text } = new else {
            return;
        };
        let (old_class, old_title, old_text) = match old {
            Some(CellContent::Text { class, title, text }) => {
                (Some(class), Some(title), Some(text))
            }
            _ => (None, None, None),
        };
        if old_class != Some(class)
            || old_text.is_some_and(|t| t.is_none() != text.is_none())
            || old.is_none()
        {
            let class = match (class.is_empty(), text.is_none()) {
                (_, false) => class.to_string(),
                (true, true) => "unknown".to_string(),
                (false, true) => format!("{class} unknown"),
            };
            span.set_class_name(&class);
        }
        if old_title != Some(title) {
            set_opt(span, "title", title.as_deref());
        }
        if old_text != Some(text) {
            span.set_text_content(Some(text.as_deref().unwrap_or("—")));
        }
    }

    /// Changes a cell from `old` to `new` in place where the shape is the same.
    pub fn update(el: &Element, old: &CellContent, new: &CellContent) {
        let first = el.first_element_child();
        match (old, new, first) {
            (
                CellContent::Link {
                    href: h1,
                    text: t1,
                    badge: b1,
                },
                CellContent::Link {
                    href,
                    text,
                    badge: b2,
                },
                Some(a),
            ) if b1 == b2 => {
                if h1 != href {
                    let _ = a.set_attribute("href", href);
                }
                if t1 != text {
                    a.set_text_content(Some(text));
                }
            }
            (CellContent::Date(_), CellContent::Date(date), Some(time)) => {
                set_date(&time, date.as_ref())
            }
            (CellContent::Text { .. }, CellContent::Text { .. }, Some(span)) => {
                set_text(&span, Some(old), new)
            }
            (CellContent::Score { .. }, CellContent::Score { href, text, title }, Some(a)) => {
                set_opt(&a, "href", Some(href));
                set_opt(&a, "title", Some(title));
                if a.text_content().as_deref() != Some(text) {
                    a.set_text_content(Some(text));
                }
            }
            _ => fill(el, new),
        }
    }
}

/// The text of a plain cell, `None` when the value is not published.
fn cell_text(model: &Model, column: ModelColumn, zh: bool) -> Option<String> {
    let yes_no = |b: bool| t(zh, if b { "yes" } else { "no" }).to_string();
    let label = |kind: &str, value: &str, en: &'static str| {
        crate::i18n::label(zh, kind, value, en).to_string()
    };
    match column {
        ModelColumn::Country => {
            Some(crate::i18n::label(zh, "country", &model.country, &model.country).to_string())
        }
        ModelColumn::Params => model.total_params_b.map(format::params),
        // Compact: the column header says "Active" ("37B", not "37B active").
        ModelColumn::Active => model.active_params_b.map(format::params),
        ModelColumn::Architecture => model
            .architecture
            .map(|a| label("arch", a.as_str(), a.label())),
        ModelColumn::Context => model.context_tokens.map(format::context),
        ModelColumn::License => model.license.clone(),
        ModelColumn::LicenseFamily => model
            .license_family
            .map(|l| label("lic", l.as_str(), l.label())),
        ModelColumn::OpenWeights => Some(yes_no(model.open_weights)),
        ModelColumn::Modality => Some(label(
            "mod",
            model.modality.as_str(),
            model.modality.label(),
        )),
        ModelColumn::Reasoning => model.reasoning.map(yes_no),
        _ => None,
    }
}

/// A row's data cells built with `view!`: in the pre-rendered page, and in the browser when a
/// row or the set of columns is new ([`row_cells`] changes them afterwards).
fn row_cell_views(index: Memo<usize>, columns: Memo<Vec<ModelColumn>>) -> impl IntoView {
    let zh = use_zh();
    let common = crate::url_state::use_common();
    move || {
        let columns = columns.get();
        untrack(|| {
            let (zh, common) = (zh.get(), common.get());
            let model = &dataset().models[index.get()];
            columns
                .into_iter()
                .map(|c| cell_view(cell_spec(model, c, zh, &common)))
                .collect_view()
        })
    }
}

/// In the pre-rendered page the cells are built once by `row_cell_views`.
#[cfg(feature = "ssr")]
fn row_cells(_: web_sys::Element, _: (Memo<usize>, Memo<Vec<ModelColumn>>)) {}

#[component]
fn ModelTable(
    query: ViewQuery<ModelsState>,
    #[prop(into)] items: Signal<Vec<usize>>,
) -> impl IntoView {
    let data = dataset();
    let zh = use_zh();
    let state = query.state;
    let columns = Memo::new(move |_| {
        state.with(|s| {
            ModelColumn::ALL
                .into_iter()
                .filter(|c| s.columns.contains(c))
                .collect::<Vec<_>>()
        })
    });
    let picked = Memo::new(move |_| state.with(|s| s.picked.clone()));
    // Large result sets are virtualised: only the rows near the viewport are in the DOM, with
    // spacer rows standing in for the rest (rows have a fixed height in this mode).
    let scroll_y = RwSignal::new(0.0f64);
    let viewport = RwSignal::new(
        crate::browser_window()
            .and_then(|w| w.inner_height().ok())
            .and_then(|h| h.as_f64())
            .unwrap_or(900.0),
    );
    // Where the table body starts on the page. Measured when the reader scrolls, never while
    // the results change: reading layout there forced a synchronous reflow on every keystroke.
    let body_ref: NodeRef<leptos::html::Tbody> = NodeRef::new();
    let body_top = RwSignal::new(0.0f64);
    let scroll_listener = window_event_listener(leptos::ev::scroll, move |_| {
        let y = window().scroll_y().unwrap_or(0.0);
        if let Some(body) = body_ref.get_untracked() {
            body_top.set(body.get_bounding_client_rect().top() + y);
        }
        scroll_y.set(y);
    });
    let resize_listener = window_event_listener(leptos::ev::resize, move |_| {
        viewport.set(
            window()
                .inner_height()
                .ok()
                .and_then(|h| h.as_f64())
                .unwrap_or(900.0),
        );
    });
    on_cleanup(move || {
        scroll_listener.remove();
        resize_listener.remove();
    });
    let virtual_mode = dataset().models.len() > VIRTUAL_FROM;
    let range = Memo::new(move |_| {
        let total = items.with(Vec::len);
        if !virtual_mode {
            return (0, total);
        }
        let y = scroll_y.get();
        let first = ((y - body_top.get()) / ROW_HEIGHT).floor().max(0.0) as usize;
        let shown = (viewport.get() / ROW_HEIGHT).ceil() as usize;
        let start = first.saturating_sub(OVERSCAN).min(total);
        let end = (first + shown + OVERSCAN).min(total);
        (start, end)
    });
    let visible = Memo::new(move |_| {
        let (start, end) = range.get();
        items.with(|items| items[start..end].to_vec())
    });
    let slots = Memo::new(move |_| visible.with(Vec::len));
    let spacer = move |height: f64| format!("{height}px");
    // Whether the table is wider than its box. When it fits, the box does not clip, so the
    // header row stays at the top of the window as the reader scrolls down (a box that scrolls
    // sideways would hold the sticky header); when it does not, the reader is told it scrolls.
    let scroll_ref: NodeRef<leptos::html::Div> = NodeRef::new();
    let overflows = RwSignal::new(true);
    let measure = move || {
        // The frame may come after the table is gone (the reader left the view): then the
        // reference and the signal are disposed and there is nothing to measure.
        request_animation_frame(move || {
            if let Some(Some(scroll)) = scroll_ref.try_get_untracked() {
                let table_width = scroll
                    .first_element_child()
                    .map_or(0, |table| table.scroll_width());
                overflows.try_set(table_width > scroll.client_width() + 1);
            }
        })
    };
    Effect::new(move |_| {
        columns.track();
        measure();
    });
    let measure_listener = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || measure_listener.remove());
    view! {
        // The cue keeps its space when hidden, so the page does not move when the app measures.
        <p class="hint">
            {move || t(zh.get(), "sort-hint")} " "
            // Touch screens have no Shift key: the hint is for pointers that hover.
            <span class="hint--hover">{move || t(zh.get(), "sort-hint-shift")} " "</span>
            {move || columns.with(|c| c.iter().any(|c| c.benchmark().is_some())).then(|| view! {
                <span data-testid="score-hint">{move || crate::i18n::tr(zh.get(), "Benchmark columns show each model's best comparable score (a single attempt, no tools, unless the benchmark is agentic). † measured differently, when no comparable score is published; * more scores on the model's page. Hover or focus a score for its setting.")} " "</span>
            })}
            <span class="table-scroll__cue" class:table-scroll__cue--off=move || !overflows.get() data-testid="scroll-cue">
                {move || crate::i18n::tr(zh.get(), "The table is wider than the window: scroll it sideways for more columns.")}
            </span>
        </p>
        <div class="table-scroll" class:table-scroll--fits=move || !overflows.get() node_ref=scroll_ref>
            <table class="model-table" class:model-table--virtual=virtual_mode data-testid="model-table">
                <thead>
                    <tr>
                        <th scope="col" class="col-pick"><span class="visually-hidden">{move || crate::i18n::tr(zh.get(), "Pick")}</span></th>
                        <For each=move || columns.get() key=|c| *c let:column>
                            <SortHeader query=query column=column />
                        </For>
                    </tr>
                </thead>
                <tbody node_ref=body_ref>
                    <Show when=move || virtual_mode>
                        <tr class="spacer" aria-hidden="true" data-testid="spacer-top" style:height=move || spacer(range.get().0 as f64 * ROW_HEIGHT)><td colspan="99"></td></tr>
                    </Show>
                    // Rows are keyed by their position in the window, not by model: a new search
                    // or sort rewrites the text of the rows on screen instead of building new ones.
                    <For each=move || 0..slots.get() key=|slot| *slot let:slot>
                        {
                            let index = Memo::new(move |_| visible.with(|v| v.get(slot).copied().unwrap_or(0)));
                            let model = move || &data.models[index.get()];
                            // A memo: the row's checkbox and class are touched only when the answer changes.
                            let is_picked = Memo::new(move |_| picked.with(|p| p.contains(&model().id)));
                            let full = move || picked.with(|p| p.len() >= MAX_PICKED);
                            view! {
                                <tr data-id=move || model().id.clone() class:picked=is_picked use:row_cells=(index, columns)>
                                    <td class="col-pick">
                                        <input
                                            type="checkbox"
                                            aria-label=move || if zh.get() { format!("选择 {} 以对比", model().name) } else { format!("Pick {} to compare", model().name) }
                                            data-testid="pick"
                                            prop:checked=is_picked
                                            disabled=move || full() && !is_picked.get()
                                            on:change=move |_| {
                                                let id = data.models[index.get_untracked()].id.clone();
                                                query.update(false, move |s| {
                                                    if let Some(i) = s.picked.iter().position(|p| *p == id) {
                                                        s.picked.remove(i);
                                                    } else if s.picked.len() < MAX_PICKED {
                                                        s.picked.push(id);
                                                    }
                                                })
                                            }
                                        />
                                    </td>
                                    // Built when the row or the columns are new; `row_cells` keeps them current.
                                    {row_cell_views(index, columns)}
                                </tr>
                            }
                        }
                    </For>
                    <Show when=move || virtual_mode>
                        <tr class="spacer" aria-hidden="true" data-testid="spacer-bottom" style:height=move || spacer((items.with(Vec::len) - range.get().1) as f64 * ROW_HEIGHT)><td colspan="99"></td></tr>
                    </Show>
                </tbody>
            </table>
        </div>
        <p>
            <button
                type="button"
                class="button"
                data-testid="compare-button"
                disabled=move || picked.with(Vec::is_empty)
                on:click=move |_| {
                    query.update(false, |s| s.view = ViewKind::Compare);
                    // This button leaves with the table: focus goes to the view switch's
                    // "Compare", which stays.
                    crate::widgets::focus_later("[data-testid='view-compare']");
                }
            >
                {move || if zh.get() { format!("对比已选的 {} 个", picked.with(Vec::len)) } else { format!("Compare {} picked", picked.with(Vec::len)) }}
            </button>
        </p>
    }
}

#[component]
fn SortHeader(query: ViewQuery<ModelsState>, column: ModelColumn) -> impl IntoView {
    let state = query.state;
    let zh = use_zh();
    let position = move || {
        state.with(|s| {
            s.sort
                .iter()
                .position(|k| k.key == column)
                .map(|i| (i, s.sort[i].descending, s.sort.len()))
        })
    };
    let aria = move || match position() {
        Some((0, true, _)) => "descending",
        Some((0, false, _)) => "ascending",
        _ => "none",
    };
    let indicator = move || match position() {
        Some((i, descending, n)) => format!(
            "{}{}",
            if descending { "↓" } else { "↑" },
            if n > 1 {
                (i + 1).to_string()
            } else {
                String::new()
            }
        ),
        None => String::new(),
    };
    let class = match column {
        ModelColumn::Score(_) => format!("col-{} col-score", column.as_str()),
        _ => format!("col-{}", column.as_str()),
    };
    if !column.sortable() {
        return view! { <th scope="col" class=class>{move || crate::i18n::label(zh.get(), "col", column.as_str(), column.label())}</th> }.into_any();
    }
    view! {
        <th scope="col" class=class aria-sort=aria data-column=column.as_str()>
            <button type="button" class="sort-button" on:click=move |ev| query.update(false, |s| s.click_sort(column, ev.shift_key()))>
                {move || crate::i18n::label(zh.get(), "col", column.as_str(), column.label())} " " <span class="sort-indicator" aria-hidden="true">{indicator}</span>
            </button>
        </th>
    }
    .into_any()
}

/// Side-by-side comparison of the picked models, every field with its sources, differences
/// highlighted.
#[component]
fn CompareView(query: ViewQuery<ModelsState>) -> impl IntoView {
    let data = dataset();
    let zh = use_zh();
    let state = query.state;
    let body = move || {
        let picked: Vec<&'static Model> =
            state.with(|s| s.picked.iter().filter_map(|id| data.model(id)).collect());
        let headers = picked.clone();
        let benchmark_cells = picked.clone();
        if picked.is_empty() {
            return view! {
                <div class="empty" data-testid="compare-empty">
                    <p>{move || crate::i18n::tr(zh.get(), "No models picked yet. Tick up to six models in the table, then choose Compare.")}</p>
                    <button type="button" class="button" on:click=move |_| query.update(false, |s| s.view = ViewKind::Table)>"Back to the table"</button>
                </div>
            }
            .into_any();
        }
        let fields: Vec<Vec<(&'static str, String, Vec<atlas_core::dataset::Source>)>> = picked
            .iter()
            .map(|m| super::entity::model_fields(m, crate::zh_texts::tracked(zh)))
            .collect();
        let labels: Vec<&'static str> = fields[0]
            .iter()
            .map(|f| f.0)
            .filter(|l| *l != "Benchmark" && *l != "Training compute")
            .collect();
        view! {
            <div class="table-scroll">
                <table class="compare-table" data-testid="compare-table">
                    <thead>
                        <tr>
                            <th scope="col">{move || crate::i18n::tr(zh.get(), "Field")}</th>
                            {headers.into_iter().map(|m| {
                                let id = m.id.clone();
                                view! {
                                    <th scope="col" data-id=m.id.clone()>
                                        <Link href=format!("/model/{}", m.id)>{m.name.clone()}</Link>
                                        " "
                                        <button type="button" class="link-button remove-button" aria-label=if zh.get_untracked() { format!("移除 {}", m.name) } else { format!("Remove {}", m.name) } on:click=move |_| { let id = id.clone(); query.update(false, move |s| s.picked.retain(|p| *p != id)) }>"×"</button>
                                    </th>
                                }
                            }).collect_view()}
                        </tr>
                    </thead>
                    <tbody>
                        {labels.into_iter().map(|label| {
                            let values: Vec<(String, Vec<atlas_core::dataset::Source>)> = fields.iter().map(|f| f.iter().find(|x| x.0 == label).map(|x| (x.1.clone(), x.2.clone())).unwrap_or_default()).collect();
                            let differs = KIND_FIELDS.contains(&label) && values.iter().any(|v| v.0 != values[0].0);
                            view! {
                                <tr class:differs=differs>
                                    <th scope="row">{move || crate::i18n::tr(zh.get(), label)}</th>
                                    {values.into_iter().map(|(value, sources)| view! { <td>{if value == "—" { unknown() } else { view! { {value} }.into_any() }} <SourceLinks sources=sources /></td> }).collect_view()}
                                </tr>
                            }
                        }).collect_view()}
                        {benchmark_rows(&benchmark_cells)}
                    </tbody>
                </table>
            </div>
            <p class="hint">{move || crate::i18n::tr(zh.get(), "Highlighted: rows where the models differ in kind (organisation, country, architecture, licence, weights, modality, reasoning).")}</p>
        }
        .into_any()
    };
    // Outside the comparison's closure, so that adding a model keeps the field (and focus).
    view! {
        {body}
        <AddToCompare query=query />
    }
}

/// A search inside the comparison: up to eight models whose names match, each a button that
/// adds it (while fewer than [`MAX_PICKED`] are compared). Focus returns to the field.
#[component]
fn AddToCompare(query: ViewQuery<ModelsState>) -> impl IntoView {
    let data = dataset();
    let zh = use_zh();
    let state = query.state;
    let text = RwSignal::new(String::new());
    let input_ref: NodeRef<leptos::html::Input> = NodeRef::new();
    let full = Memo::new(move |_| state.with(|s| s.picked.len() >= MAX_PICKED));
    let matches = Memo::new(move |_| {
        let terms = atlas_core::text::Terms::new(&text.get());
        if terms.is_empty() {
            return Vec::new();
        }
        state.with(|s| {
            data.model_search
                .iter()
                .enumerate()
                .filter(|&(i, key)| terms.matches(key) && !s.picked.contains(&data.models[i].id))
                .map(|(i, _)| i)
                .take(8)
                .collect::<Vec<_>>()
        })
    });
    let add = move |index: usize| {
        let id = data.models[index].id.clone();
        query.update(false, move |s| {
            if s.picked.len() < MAX_PICKED && !s.picked.contains(&id) {
                s.picked.push(id);
            }
        });
        text.set(String::new());
        if let Some(input) = input_ref.get_untracked() {
            let _ = input.focus();
        }
    };
    view! {
        <div class="compare-add" data-testid="compare-add">
            <label class="compare-add__label">
                {move || crate::i18n::tr(zh.get(), "Add a model to the comparison")}
                <input
                    type="search"
                    node_ref=input_ref
                    data-testid="compare-add-input"
                    disabled=move || full.get()
                    placeholder=move || if full.get() { crate::i18n::tr(zh.get(), "Six models are compared: remove one to add another") } else { "" }
                    prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))
                />
            </label>
            <ul class="compare-add__matches">
                <For each=move || matches.get() key=|i| *i let:index>
                    <li>
                        <button type="button" class="button button--small" data-id=data.models[index].id.clone() on:click=move |_| add(index)>
                            "+ " {data.models[index].name.clone()}
                        </button>
                    </li>
                </For>
            </ul>
        </div>
    }
}

/// Fields whose difference changes what a model is (not its size or date): the comparison
/// highlights only these, so a highlight means something.
const KIND_FIELDS: [&str; 7] = [
    "Organisation",
    "Country",
    "Architecture",
    "Licence family",
    "Open weights",
    "Modality",
    "Reasoning",
];

/// One row per benchmark any compared model reports, in the same (alphabetical) order for
/// every model; each score with its variant and setting and a link to its source.
fn benchmark_rows(models: &[&'static Model]) -> impl IntoView {
    let mut names: Vec<&'static str> = models
        .iter()
        .flat_map(|m| m.benchmarks.iter().map(|b| b.name.as_str()))
        .collect();
    names.sort_unstable_by_key(|n| n.to_lowercase());
    names.dedup();
    let models = models.to_vec();
    names
        .into_iter()
        .map(|name| {
            let cells = models
                .iter()
                .map(|m| {
                    let scores: Vec<&'static atlas_core::dataset::Benchmark> =
                        m.benchmarks.iter().filter(|b| b.name == name).collect();
                    if scores.is_empty() {
                        return view! { <td>{unknown()}</td> }.into_any();
                    }
                    view! {
                        <td>
                            {scores.into_iter().map(|b| {
                                let detail: Vec<&str> = [b.variant.as_deref(), b.setting.as_deref()].into_iter().flatten().collect();
                                let source = atlas_core::dataset::Source {
                                    title: format!("{} score", b.name),
                                    url: b.source_url.clone(),
                                    supports: None,
                                    kind: None,
                                    grade: None,
                                };
                                view! {
                                    <span class="bench-score">
                                        {b.score.to_string()}
                                        {(!detail.is_empty()).then(|| view! { <span class="bench-score__setting" lang="en">{format!(" ({})", detail.join(", "))}</span> })}
                                        <SourceLinks sources=vec![source] />
                                    </span>
                                }
                            }).collect_view()}
                        </td>
                    }
                    .into_any()
                })
                .collect_view();
            view! {
                <tr data-benchmark=name>
                    <th scope="row">{name}</th>
                    {cells}
                </tr>
            }
        })
        .collect_view()
}

/// Days since 1970-01-01 of a date's first day (for the chart's x axis).
pub(crate) fn day_number(date: atlas_core::date::PartialDate) -> f64 {
    let key = date.first_day_key();
    let (y, m, d) = (
        (key / 10_000) as f64,
        ((key / 100) % 100) as f64,
        (key % 100) as f64,
    );
    (y - 1970.0) * 365.25 + (m - 1.0) * 30.44 + (d - 1.0)
}

pub(crate) fn min_max(values: &[f64]) -> Option<(f64, f64)> {
    let min = values.iter().copied().fold(f64::INFINITY, f64::min);
    let max = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    (min.is_finite() && max.is_finite()).then_some((min, max))
}
