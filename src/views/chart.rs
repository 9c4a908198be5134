//! The models chart: any two number or date columns against each other, coloured by country
//! or licence family, with a title that says what the filters show, a source line, labels on
//! the notable points, a tooltip (hover, focus, or a first tap), and SVG/PNG downloads that
//! carry the title and source line. In embed mode it is all the page shows.

use std::collections::HashMap;

use atlas_core::dataset::{LicenseFamily, Model};
use atlas_core::format;
use atlas_core::state::{ChartColor, ModelColumn, ModelsState};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::dataset;
use crate::i18n::tr;
use crate::url_state::ViewQuery;
use crate::widgets::use_zh;

/// The plot's size in SVG units and its margins. Narrow screens get a narrower plot, so that
/// the same text and markers are larger once it is scaled to the screen.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Frame {
    width: f64,
    height: f64,
    left: f64,
    right: f64,
    top: f64,
    bottom: f64,
    radius: f64,
    font: f64,
}

const WIDE: Frame = Frame {
    width: 900.0,
    height: 440.0,
    left: 64.0,
    right: 24.0,
    top: 16.0,
    bottom: 40.0,
    radius: 5.5,
    font: 12.0,
};

const NARROW: Frame = Frame {
    width: 420.0,
    height: 420.0,
    left: 56.0,
    right: 14.0,
    top: 14.0,
    bottom: 40.0,
    radius: 7.0,
    font: 15.0,
};

/// Below this width (CSS pixels) the chart uses the narrow frame.
const NARROW_BELOW: f64 = 600.0;

impl Frame {
    fn x(&self, unit: f64) -> f64 {
        self.left + unit * (self.width - self.left - self.right)
    }
    fn y(&self, unit: f64) -> f64 {
        self.height - self.bottom - unit * (self.height - self.bottom - self.top)
    }
    /// Roughly how wide `text` is drawn at `font` px: CJK characters are square, Latin ones
    /// a little over half as wide.
    fn text_width(text: &str, font: f64) -> f64 {
        text.chars()
            .map(|c| if c as u32 >= 0x2E80 { 1.0 } else { 0.62 })
            .sum::<f64>()
            * font
    }
}

pub(crate) fn axis_value(model: &Model, axis: ModelColumn) -> Option<f64> {
    match axis {
        ModelColumn::Released => model.released.map(super::models::day_number),
        ModelColumn::Params => model.total_params_b,
        ModelColumn::Active => model.active_params_b,
        ModelColumn::Context => model.context_tokens.map(|c| c as f64),
        ModelColumn::Score(_) => axis
            .benchmark()
            .and_then(|b| model.best_score(b.name))
            .map(|b| b.score),
        _ => None,
    }
}

/// A value as the axis writes it.
fn axis_text(axis: ModelColumn, value: f64) -> String {
    match axis {
        ModelColumn::Released => format!("{}", (value / 365.25 + 1970.0).floor()),
        ModelColumn::Params | ModelColumn::Active => format::params(value),
        ModelColumn::Context => format::context(value as u64),
        _ => format!("{value}"),
    }
}

/// A model's value on an axis as its cell writes it.
fn axis_cell(model: &Model, axis: ModelColumn, zh: bool) -> String {
    match axis {
        ModelColumn::Released => model
            .released
            .map_or_else(String::new, |d| crate::i18n::date(zh, d)),
        ModelColumn::Score(_) => {
            axis_value(model, axis).map_or_else(String::new, |v| v.to_string())
        }
        _ => axis_value(model, axis).map_or_else(String::new, |v| axis_text(axis, v)),
    }
}

/// What an axis measures, as a title names it.
fn axis_noun(axis: ModelColumn, zh: bool) -> String {
    let noun = match axis {
        ModelColumn::Released => tr(zh, "release date"),
        ModelColumn::Params => tr(zh, "total parameters"),
        ModelColumn::Active => tr(zh, "active parameters"),
        ModelColumn::Context => tr(zh, "context length"),
        other => {
            return if zh {
                format!("{}成绩", other.label())
            } else {
                format!("{} score", other.label())
            }
        }
    };
    noun.to_string()
}

/// The chart's title: what is plotted against what.
fn chart_title(ax: ModelColumn, ay: ModelColumn, zh: bool) -> String {
    let (x, y) = (axis_noun(ax, zh), axis_noun(ay, zh));
    if zh {
        return format!("{y}与{x}");
    }
    let mut chars = y.chars();
    let first = chars.next().map(|c| c.to_uppercase().to_string());
    format!("{}{} by {x}", first.unwrap_or_default(), chars.as_str())
}

/// An axis: the range drawn (log10 of it on a log axis) and its ticks (value, label).
#[derive(Clone, PartialEq)]
struct Scale {
    min: f64,
    max: f64,
    log: bool,
    ticks: Vec<(f64, String)>,
}

impl Scale {
    fn new(axis: ModelColumn, values: &[f64]) -> Scale {
        let (lo, hi) = super::models::min_max(values).unwrap_or((0.0, 1.0));
        if axis.log_scale() {
            let lmin = lo.max(1e-3).log10().floor();
            let lmax = hi.max(1e-3).log10().ceil().max(lmin + 1.0);
            let ticks = (lmin as i32..=lmax as i32)
                .map(|e| {
                    let v = 10f64.powi(e);
                    (v, axis_text(axis, v))
                })
                .collect();
            return Scale {
                min: lmin,
                max: lmax,
                log: true,
                ticks,
            };
        }
        if axis == ModelColumn::Released {
            let (min, max) = (lo - 30.0, hi + 30.0);
            let first = (min / 365.25 + 1970.0).ceil() as i32;
            let last = (max / 365.25 + 1970.0).floor() as i32;
            let ticks = (first..=last)
                .map(|year| {
                    let d = super::models::day_number(atlas_core::date::PartialDate {
                        year,
                        month: 1,
                        day: 1,
                    });
                    (d, year.to_string())
                })
                .collect();
            return Scale {
                min,
                max,
                log: false,
                ticks,
            };
        }
        // Scores: whole tens around the data.
        let min = ((lo / 10.0).floor() * 10.0).max(0.0);
        let max = ((hi / 10.0).ceil() * 10.0).max(min + 10.0);
        let step = if max - min > 50.0 { 20.0 } else { 10.0 };
        let mut ticks = Vec::new();
        let mut v = min;
        while v <= max + 1e-9 {
            ticks.push((v, format!("{v}")));
            v += step;
        }
        Scale {
            min,
            max,
            log: false,
            ticks,
        }
    }

    /// Where `value` falls between 0 (min) and 1 (max).
    fn unit(&self, value: f64) -> f64 {
        let v = if self.log {
            value.max(1e-3).log10()
        } else {
            value
        };
        (v - self.min) / (self.max - self.min).max(1e-9)
    }
}

/// The chart's axis choices: the columns with numbers or dates.
fn axis_choices() -> impl Iterator<Item = ModelColumn> {
    ModelColumn::ALL.into_iter().filter(|c| c.is_axis())
}

/// A model's colour classes: one per colouring; the plot's class picks which one applies.
fn colour_classes(model: &Model) -> String {
    let country = match model.country.as_str() {
        "China" => "china",
        "United States" => "us",
        _ => "other",
    };
    let family = model.license_family.map_or("none", LicenseFamily::as_str);
    format!("chart__point--{country} chart__point--lic-{family}")
}

/// The legend's entries under a colouring: class suffix and label.
fn legend(color: ChartColor, zh: bool) -> Vec<(&'static str, String)> {
    match color {
        ChartColor::Country => vec![
            ("china", tr(zh, "China").to_string()),
            ("us", tr(zh, "United States").to_string()),
            ("other", tr(zh, "Other").to_string()),
        ],
        ChartColor::License => LicenseFamily::ALL
            .into_iter()
            .map(|f| {
                let class = match f {
                    LicenseFamily::Permissive => "lic-permissive",
                    LicenseFamily::Restricted => "lic-restricted",
                    LicenseFamily::Proprietary => "lic-proprietary",
                };
                (
                    class,
                    crate::i18n::label(zh, "lic", f.as_str(), f.label()).to_string(),
                )
            })
            .chain([("lic-none", tr(zh, "Licence not recorded").to_string())])
            .collect(),
    }
}

/// A label placed next to a point: text, anchor point and `text-anchor`.
#[derive(Clone, Debug, PartialEq)]
struct Label {
    text: String,
    x: f64,
    y: f64,
    anchor: &'static str,
}

/// Places labels for `notable` points (in priority order) where they overlap neither another
/// label nor a point and stay inside the plot; a label with no free place is left out.
fn place_labels(notable: &[(String, f64, f64)], points: &[(f64, f64)], frame: Frame) -> Vec<Label> {
    let mut placed: Vec<(f64, f64, f64, f64)> = Vec::new();
    let mut labels = Vec::new();
    let h = frame.font;
    // Room for a picked point's larger marker.
    let gap = frame.radius + 6.0;
    for (text, px, py) in notable {
        let w = Frame::text_width(text, frame.font);
        // (left, top) of the box and the text's anchor for: right, left, above, below.
        let options = [
            (px + gap, py - h / 2.0, "start"),
            (px - gap - w, py - h / 2.0, "end"),
            (px - w / 2.0, py - gap - h, "middle"),
            (px - w / 2.0, py + gap, "middle"),
        ];
        let free = options.iter().find(|(l, t, _)| {
            let (r, b) = (l + w, t + h);
            let inside = *l >= frame.left
                && r <= frame.width - 2.0
                && *t >= 0.0
                && b <= frame.height - frame.bottom;
            let clear_of_labels = placed
                .iter()
                .all(|(l2, t2, r2, b2)| r <= *l2 || *l >= *r2 || b <= *t2 || *t >= *b2);
            let clear_of_points = points.iter().all(|(x, y)| {
                (x, y) == (px, py)
                    || *x < l - frame.radius
                    || *x > r + frame.radius
                    || *y < t - frame.radius
                    || *y > b + frame.radius
            });
            inside && clear_of_labels && clear_of_points
        });
        if let Some(&(l, t, anchor)) = free {
            placed.push((l, t, l + w, t + h));
            let x = match anchor {
                "start" => l,
                "end" => l + w,
                _ => l + w / 2.0,
            };
            labels.push(Label {
                text: text.clone(),
                x,
                y: t + h * 0.82,
                anchor,
            });
        }
    }
    labels
}

/// Follows whether the window is narrower than [`NARROW_BELOW`].
fn use_narrow() -> Signal<bool> {
    let width = || {
        crate::browser_window()
            .and_then(|w| w.inner_width().ok())
            .and_then(|w| w.as_f64())
            .unwrap_or(1280.0)
    };
    let narrow = RwSignal::new(width() < NARROW_BELOW);
    let listener = window_event_listener(leptos::ev::resize, move |_| {
        let now = width() < NARROW_BELOW;
        if narrow.try_get_untracked() != Some(now) {
            let _ = narrow.try_set(now);
        }
    });
    on_cleanup(move || listener.remove());
    narrow.into()
}

#[component]
pub fn ReleaseChart(
    query: ViewQuery<ModelsState>,
    #[prop(into)] items: Signal<Vec<usize>>,
    /// Embed mode: the chart alone, without its menus and downloads.
    #[prop(optional)]
    embed: bool,
) -> impl IntoView {
    let data = dataset();
    let zh = use_zh();
    let state = query.state;
    let narrow = use_narrow();
    let frame = Memo::new(move |_| if narrow.get() { NARROW } else { WIDE });
    let frame_now = move || frame.try_get().unwrap_or(WIDE);
    // The point whose tooltip is shown.
    let shown: RwSignal<Option<usize>> = RwSignal::new(None);
    let axes = Memo::new(move |_| state.with(|s| (s.x, s.y)));
    let color = Memo::new(move |_| state.with(|s| s.color));
    // Read without panicking once the chart is gone: leaving the view disposes the memo while
    // the points' closures may still run once (the fallback is never drawn).
    let axes_now = move || {
        axes.try_get()
            .unwrap_or((ModelColumn::Released, ModelColumn::Params))
    };
    let label = move |axis: ModelColumn| {
        crate::i18n::label(zh.get(), "col", axis.as_str(), axis.label()).to_string()
    };
    let plotted = Memo::new(move |_| {
        let (ax, ay) = axes.get();
        items.with(|items| {
            items
                .iter()
                .copied()
                .filter(|&i| {
                    let m = &data.models[i];
                    axis_value(m, ax).is_some() && axis_value(m, ay).is_some()
                })
                .collect::<Vec<_>>()
        })
    });
    let scales = Memo::new(move |_| {
        let (ax, ay) = axes.get();
        plotted.with(|ids| {
            let values = |axis| -> Vec<f64> {
                ids.iter()
                    .filter_map(|&i| axis_value(&data.models[i], axis))
                    .collect()
            };
            (Scale::new(ax, &values(ax)), Scale::new(ay, &values(ay)))
        })
    });
    // Where each point is drawn. Points that would fall on the same spot (same month and
    // size, say) are set side by side, a marker's width apart, so that each can be reached.
    let layout = Memo::new(move |_| {
        let f = frame.get();
        let (ax, ay) = axes.get();
        scales.with(|(sx, sy)| {
            let mut taken: HashMap<(i64, i64), u32> = HashMap::new();
            plotted.with(|ids| {
                ids.iter()
                    .map(|&i| {
                        let m = &data.models[i];
                        let cx = f.x(sx.unit(axis_value(m, ax).unwrap_or_default()));
                        let cy = f.y(sy.unit(axis_value(m, ay).unwrap_or_default()));
                        let spot = (
                            (cx / f.radius).round() as i64,
                            (cy / f.radius).round() as i64,
                        );
                        let seen = taken.entry(spot).or_insert(0);
                        let k = *seen;
                        *seen += 1;
                        let step = f64::from(k.div_ceil(2));
                        let side = if k % 2 == 1 { 1.0 } else { -1.0 };
                        (i, (cx + side * step * f.radius * 2.2, cy))
                    })
                    .collect::<HashMap<usize, (f64, f64)>>()
            })
        })
    });
    let at = move |index: usize| {
        layout
            .try_with(|l| l.get(&index).copied())
            .flatten()
            .unwrap_or((0.0, 0.0))
    };
    // Labels: the picked models, then the three highest on the y axis.
    let labels = Memo::new(move |_| {
        let f = frame.get();
        let (_, ay) = axes.get();
        let picked: Vec<String> = state.with(|s| s.picked.clone());
        layout.with(|l| {
            let mut order: Vec<usize> = plotted.get();
            order.sort_by(|&a, &b| {
                let value = |i: usize| axis_value(&data.models[i], ay).unwrap_or_default();
                value(b).total_cmp(&value(a))
            });
            let mut notable: Vec<usize> = order
                .iter()
                .copied()
                .filter(|&i| picked.contains(&data.models[i].id))
                .collect();
            let top: Vec<usize> = order
                .iter()
                .copied()
                .filter(|i| !notable.contains(i))
                .take(3)
                .collect();
            notable.extend(top);
            let notable: Vec<(String, f64, f64)> = notable
                .into_iter()
                .filter_map(|i| l.get(&i).map(|&(x, y)| (data.models[i].name.clone(), x, y)))
                .collect();
            let points: Vec<(f64, f64)> = l.values().copied().collect();
            place_labels(&notable, &points, f)
        })
    });
    let skipped = move || items.with(Vec::len) - plotted.with(Vec::len);
    let navigate = crate::router::use_navigate();
    let navigate_to = Callback::new(move |href: String| {
        navigate(
            &href,
            crate::router::Nav {
                replace: false,
                scroll: true,
            },
        )
    });
    // The chart is one Tab stop: the point last focused (at first, the leftmost) is tabbable,
    // and the arrow keys move between the points from left to right (Home and End to the ends).
    let by_x = Memo::new(move |_| {
        let mut order = plotted.get();
        layout.with(|l| {
            order.sort_by(|a, b| {
                let (pa, pb) = (
                    l.get(a).copied().unwrap_or_default(),
                    l.get(b).copied().unwrap_or_default(),
                );
                pa.0.total_cmp(&pb.0).then(pb.1.total_cmp(&pa.1))
            })
        });
        order
    });
    let active: RwSignal<Option<usize>> = RwSignal::new(None);
    let tabbable = move |index: usize| match active.get() {
        Some(a) if plotted.with(|p| p.contains(&a)) => a == index,
        _ => by_x.with(|o| o.first() == Some(&index)),
    };
    let step = move |from: usize, key: &str| -> Option<usize> {
        by_x.with_untracked(|order| {
            let last = order.len().checked_sub(1)?;
            let at = order.iter().position(|&i| i == from)?;
            let next = match key {
                "ArrowRight" | "ArrowUp" => (at + 1).min(last),
                "ArrowLeft" | "ArrowDown" => at.saturating_sub(1),
                "Home" => 0,
                "End" => last,
                _ => return None,
            };
            Some(order[next])
        })
    };
    let svg_ref: NodeRef<leptos::svg::Svg> = NodeRef::new();
    let focus_point = move |index: usize| {
        let id = &data.models[index].id;
        if let Some(element) = svg_ref
            .get_untracked()
            .and_then(|svg| {
                svg.query_selector(&format!("circle[data-id='{id}']"))
                    .ok()
                    .flatten()
            })
            .and_then(|e| e.dyn_into::<web_sys::SvgElement>().ok())
        {
            let _ = element.focus();
        }
    };
    let choose = move |key: &'static str, value: String| {
        query.update(false, |s| match key {
            "color" => {
                s.color = if value == "license" {
                    ChartColor::License
                } else {
                    ChartColor::Country
                }
            }
            _ => {
                if let Some(column) = ModelColumn::parse(&value).filter(|c| c.is_axis()) {
                    if key == "x" {
                        s.x = column;
                    } else {
                        s.y = column;
                    }
                }
            }
        });
    };
    let axis_select = move |which: &'static str| {
        let current = move || {
            let (ax, ay) = axes_now();
            if which == "x" {
                ax.as_str()
            } else {
                ay.as_str()
            }
        };
        view! {
            <label class="chart__axis">
                {move || tr(zh.get(), if which == "x" { "X axis" } else { "Y axis" })} " "
                <select data-testid=format!("chart-{which}") prop:value=current on:change=move |ev| choose(which, event_target_value(&ev))>
                    {axis_choices().map(|c| view! { <option value=c.as_str() selected=move || current() == c.as_str()>{move || label(c)}</option> }).collect_view()}
                </select>
            </label>
        }
    };
    let color_now = move || color.try_get().unwrap_or_default();
    let description = move || {
        let (ax, ay) = axes_now();
        let log = |a: ModelColumn| {
            if a.log_scale() {
                tr(zh.get(), " (log scale)")
            } else {
                ""
            }
        };
        if zh.get() {
            format!(
                "横轴：{}{}；纵轴：{}{}。",
                label(ax),
                log(ax),
                label(ay),
                log(ay)
            )
        } else {
            format!(
                "X axis: {}{}. Y axis: {}{}.",
                label(ax),
                log(ax),
                label(ay),
                log(ay)
            )
        }
    };
    let title = move || {
        let (ax, ay) = axes_now();
        chart_title(ax, ay, zh.get())
    };
    // What the filters show: how many models are drawn and which filters are on.
    let subtitle = move || {
        let zh = zh.get();
        let drawn = plotted.with(Vec::len);
        let filters: Vec<String> = state.with(|s| {
            super::models::model_chips(zh, s)
                .into_iter()
                .map(|c| c.label)
                .collect()
        });
        let mut text = if zh {
            format!("{drawn} 个模型（两项数值均已公布）")
        } else {
            format!("{drawn} models with both values published")
        };
        if !filters.is_empty() {
            let sep = if zh { "；" } else { "; " };
            text.push_str(if zh { " · 筛选：" } else { " · Filters: " });
            text.push_str(&filters.join(sep));
        } else {
            text.push_str(tr(zh, " · all models in the atlas"));
        }
        text
    };
    let href = Signal::derive(move || state.with(|s| query.href_for(s)));
    let source = move || {
        let zh = zh.get();
        let date = crate::i18n::date(zh, data.header.as_of);
        if zh {
            format!(
                "来源：中国人工智能图谱（China AI Atlas），数据集 {}（数据截至 {date}）",
                data.header.version
            )
        } else {
            format!(
                "Source: China AI Atlas, dataset {} (data as of {date})",
                data.header.version
            )
        }
    };
    let url = move || crate::share::absolute_url(&crate::share::without_embed(&href.get()));
    let legend_now = move || legend(color_now(), zh.get());
    let key_note = move || {
        tr(
            zh.get(),
            "Hollow markers: closed weights. Larger markers: picked models.",
        )
    };
    let download = move |png: bool| {
        let Some(svg) = svg_ref.get_untracked() else {
            return;
        };
        let f = frame_now();
        let (ax, ay) = axes_now();
        let legend_text = legend_now();
        let file = export::Figure {
            plot: &svg,
            frame: f,
            title: &title(),
            subtitle: &subtitle(),
            legend: &legend_text,
            note: key_note(),
            source: &format!("{} · {}", source(), url()),
        };
        let name = format!(
            "china-ai-atlas-chart-{}-by-{}-{}",
            ay.as_str(),
            ax.as_str(),
            data.header.version
        );
        if png {
            export::download_png(file, &format!("{name}.png"));
        } else {
            export::download_svg(file, &format!("{name}.svg"));
        }
    };
    // A tap on a touch screen shows the point's tooltip; a second tap on it opens the model.
    let touch_opens: StoredValue<bool> = StoredValue::new(true);
    let tooltip = move || {
        let index = shown.get()?;
        if !plotted.with(|p| p.contains(&index)) {
            return None;
        }
        let f = frame.get();
        let (x, y) = at(index);
        let (ax, ay) = axes.get();
        let zh = zh.get();
        let m = &data.models[index];
        let (left, top) = (x / f.width * 100.0, y / f.height * 100.0);
        let side = if left > 70.0 {
            "chart__tip--left"
        } else if left < 30.0 {
            "chart__tip--right"
        } else {
            ""
        };
        let below = top < 30.0;
        Some(view! {
            <div
                class=format!("chart__tip {side}")
                class:chart__tip--below=below
                data-testid="chart-tip"
                aria-hidden="true"
                style:left=format!("{left:.2}%")
                style:top=format!("{top:.2}%")
            >
                <strong>{m.name.clone()}</strong>
                <span class="chart__tip-org">{data.company_name_in(&m.company, zh).to_string()}</span>
                <span>{label(ax)} ": " {axis_cell(m, ax, zh)}</span>
                <span>{label(ay)} ": " {axis_cell(m, ay, zh)}</span>
                <span>{tr(zh, if m.open_weights { "open weights" } else { "closed weights" })}</span>
            </div>
        })
    };
    view! {
        <figure class="chart" class:chart--embed=embed data-testid="chart">
            <Show when=move || !embed>
                <div class="chart__controls">
                    {axis_select("x")} {axis_select("y")}
                    <label class="chart__axis">
                        {move || tr(zh.get(), "Colour")} " "
                        <select data-testid="chart-color" prop:value=move || color_now().as_str() on:change=move |ev| choose("color", event_target_value(&ev))>
                            <option value="country" selected=move || color_now() == ChartColor::Country>{move || tr(zh.get(), "by country")}</option>
                            <option value="license" selected=move || color_now() == ChartColor::License>{move || tr(zh.get(), "by licence family")}</option>
                        </select>
                    </label>
                </div>
            </Show>
            <h2 class="chart__title" data-testid="chart-title">{title}</h2>
            <p class="chart__subtitle" data-testid="chart-subtitle">{subtitle}</p>
            <div class="chart__plot">
                <svg
                    node_ref=svg_ref
                    viewBox=move || { let f = frame.get(); format!("0 0 {} {}", f.width, f.height) }
                    role="group"
                    aria-label=description
                    class="chart__svg"
                    class:chart__svg--narrow=narrow
                    class:chart__svg--license=move || color_now() == ChartColor::License
                    on:click=move |_| shown.set(None)
                >
                    {move || {
                        let f = frame.get();
                        scales.with(|(_, sy)| sy.ticks.clone()).into_iter().map(|(v, text)| {
                            let yy = f.y(scales.with(|(_, sy)| sy.unit(v)));
                            view! {
                                <g class="chart__grid">
                                    <line x1=f.left x2=f.width - f.right / 2.0 y1=yy y2=yy />
                                    <text x=f.left - 6.0 y=yy + f.font / 3.0 text-anchor="end">{text}</text>
                                </g>
                            }
                        }).collect_view()
                    }}
                    {move || {
                        let f = frame.get();
                        let ticks = scales.with(|(sx, _)| sx.ticks.clone());
                        // On a narrow plot, every other year when the years crowd.
                        let every = if f.width < 600.0 && ticks.len() > 5 { 2 } else { 1 };
                        ticks.into_iter().enumerate().map(|(n, (v, text))| {
                            let xx = f.x(scales.with(|(sx, _)| sx.unit(v)));
                            view! {
                                <g class="chart__grid">
                                    <line x1=xx x2=xx y1=f.top y2=f.height - f.bottom />
                                    {(n % every == 0).then(|| view! { <text x=xx y=f.height - f.bottom + f.font + 4.0 text-anchor="middle">{text}</text> })}
                                </g>
                            }
                        }).collect_view()
                    }}
                    <For each=move || plotted.get() key=|i| *i let:index>
                        {
                            let model = &data.models[index];
                            let picked = move || state.with(|s| s.picked.contains(&model.id));
                            let point_label = move || {
                                let (ax, ay) = axes_now();
                                let zh = zh.get();
                                format!(
                                    "{}, {}; {}: {}; {}: {}; {}",
                                    model.name,
                                    data.company_name_in(&model.company, zh),
                                    label(ax),
                                    axis_cell(model, ax, zh),
                                    label(ay),
                                    axis_cell(model, ay, zh),
                                    tr(zh, if model.open_weights { "open weights" } else { "closed weights" }),
                                )
                            };
                            let id = model.id.clone();
                            let open = move || navigate_to.run(format!("/model/{id}"));
                            let open_key = open.clone();
                            view! {
                                <circle
                                    class=format!("chart__point {}", colour_classes(model))
                                    class:chart__point--closed=!model.open_weights
                                    class:chart__point--picked=picked
                                    data-id=model.id.clone()
                                    tabindex=move || if tabbable(index) { "0" } else { "-1" }
                                    role="link"
                                    aria-label=point_label
                                    cx=move || at(index).0
                                    cy=move || at(index).1
                                    r=move || { let r = frame_now().radius; if picked() { r + 2.5 } else { r } }
                                    on:mouseenter=move |_| shown.set(Some(index))
                                    on:mouseleave=move |_| shown.set(None)
                                    on:focus=move |_| { shown.set(Some(index)); active.set(Some(index)); }
                                    on:blur=move |_| shown.set(None)
                                    on:pointerdown=move |ev: web_sys::PointerEvent| {
                                        // Decided before the tap's own hover shows the tooltip.
                                        touch_opens.set_value(ev.pointer_type() != "touch" || shown.get_untracked() == Some(index));
                                    }
                                    on:click=move |ev| {
                                        ev.stop_propagation();
                                        if touch_opens.get_value() {
                                            open();
                                        } else {
                                            shown.set(Some(index));
                                            touch_opens.set_value(true);
                                        }
                                    }
                                    on:keydown=move |ev| {
                                        let key = ev.key();
                                        if key == "Enter" {
                                            open_key();
                                        } else if key == "Escape" {
                                            shown.set(None);
                                        } else if let Some(next) = step(index, &key) {
                                            ev.prevent_default();
                                            active.set(Some(next));
                                            focus_point(next);
                                        }
                                    }
                                >
                                    <title>{point_label}</title>
                                </circle>
                            }
                        }
                    </For>
                    {move || labels.get().into_iter().map(|l| view! {
                        <text class="chart__label" x=l.x y=l.y text-anchor=l.anchor aria-hidden="true">{l.text}</text>
                    }).collect_view()}
                </svg>
                {tooltip}
            </div>
            <figcaption>
                <span class="chart__legend" data-testid="chart-legend">
                    {move || legend_now().into_iter().map(|(class, text)| view! {
                        <span class=format!("legend legend--{class}")>"● " {text}</span> " "
                    }).collect_view()}
                </span>
                " · " {key_note} " "
                <span data-testid="chart-axes">{description}</span>
                {move || (skipped() > 0).then(|| view! { " " <span data-testid="chart-skipped">{skipped()} {move || if zh.get() { "" } else { " " }} {move || tr(zh.get(), "filtered models are not drawn because a value on an axis is not published.")}</span> })}
                <span class="chart__source" data-testid="chart-source">
                    {source} " · " <span class="sources__url" lang="en">{url}</span>
                </span>
            </figcaption>
            <Show when=move || !embed>
                <div class="chart__downloads">
                    <button type="button" class="button" data-testid="chart-svg" on:click=move |_| download(false)>{move || tr(zh.get(), "Download SVG")}</button>
                    <button type="button" class="button" data-testid="chart-png" on:click=move |_| download(true)>{move || tr(zh.get(), "Download PNG")}</button>
                </div>
            </Show>
            // In a hidden box: a table is never narrower than its text, so hiding the table
            // itself left it wide enough to make a phone's page scroll sideways.
            <div class="visually-hidden">
            <table>
                <caption>{move || tr(zh.get(), "Models in the chart")}</caption>
                <thead><tr><th scope="col">{move || tr(zh.get(), "Model")}</th><th scope="col">{move || label(axes_now().0)}</th><th scope="col">{move || label(axes_now().1)}</th></tr></thead>
                <tbody>
                    {move || {
                        let (ax, ay) = axes_now();
                        plotted.get().into_iter().map(|i| {
                            let m = &data.models[i];
                            view! { <tr><td>{m.name.clone()}</td><td>{axis_cell(m, ax, zh.get_untracked())}</td><td>{axis_cell(m, ay, zh.get_untracked())}</td></tr> }
                        }).collect_view()
                    }}
                </tbody>
            </table>
            </div>
        </figure>
    }
}

/// The chart as a file: the drawn plot wrapped with its title, legend and source line, styled
/// without the page's stylesheet.
mod export {
    use super::Frame;
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;

    /// What the file shows.
    pub struct Figure<'a> {
        pub plot: &'a web_sys::SvgElement,
        pub frame: Frame,
        pub title: &'a str,
        pub subtitle: &'a str,
        /// Class suffix and text of each legend entry.
        pub legend: &'a [(&'static str, String)],
        pub note: &'a str,
        pub source: &'a str,
    }

    /// Light-theme colours as literal values (the file has no page variables).
    const STYLE: &str = "text{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans','Noto Sans CJK SC',sans-serif;fill:#1b1e24}\
.chart__grid line{stroke:#d3d7df;stroke-width:1}.chart__grid text{fill:#4e5563;font-size:12px}\
.chart__svg--narrow .chart__grid text,.chart__svg--narrow .chart__label{font-size:15px}\
.chart__point{stroke-width:2;fill-opacity:.85}\
.chart__point--china{fill:#c62828;stroke:#c62828}.chart__point--us{fill:#1565c0;stroke:#1565c0}.chart__point--other{fill:#6d6d00;stroke:#6d6d00}\
.chart__svg--license .chart__point{fill:#6d6d00;stroke:#6d6d00}\
.chart__svg--license .chart__point--lic-permissive{fill:#146c2e;stroke:#146c2e}.chart__svg--license .chart__point--lic-restricted{fill:#8a4b00;stroke:#8a4b00}.chart__svg--license .chart__point--lic-proprietary{fill:#5b3fa6;stroke:#5b3fa6}\
.chart__svg .chart__point.chart__point--closed{fill:#fff}.chart__point--picked{stroke:#1b1e24;stroke-width:3}\
.chart__label{font-size:12px;font-weight:600}\
.legend--china{fill:#c62828}.legend--us{fill:#1565c0}.legend--other{fill:#6d6d00}\
.legend--lic-none{fill:#6d6d00}.legend--lic-permissive{fill:#146c2e}.legend--lic-restricted{fill:#8a4b00}.legend--lic-proprietary{fill:#5b3fa6}\
.t{font-size:20px;font-weight:700}.s{font-size:13px;fill:#4e5563}.f{font-size:12px;fill:#4e5563}";

    /// Escapes text for XML content and attribute values.
    fn escape(text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        for c in text.chars() {
            match c {
                '&' => out.push_str("&amp;"),
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '"' => out.push_str("&quot;"),
                _ => out.push(c),
            }
        }
        out
    }

    /// Splits `text` into lines no wider than `width` at `font` px (at spaces when it has
    /// them, else anywhere — Chinese has no spaces).
    pub(super) fn wrap(text: &str, width: f64, font: f64) -> Vec<String> {
        let mut lines = vec![String::new()];
        let words: Vec<&str> = if text.contains(' ') {
            text.split_inclusive(' ').collect()
        } else {
            text.split("").filter(|s| !s.is_empty()).collect()
        };
        for word in words {
            let line = lines.last_mut().expect("one line at least");
            if !line.is_empty() && Frame::text_width(&format!("{line}{word}"), font) > width {
                lines.push(word.trim_start().to_string());
            } else {
                line.push_str(word);
            }
        }
        lines
            .into_iter()
            .map(|l| l.trim_end().to_string())
            .collect()
    }

    /// The whole file and its size in px.
    pub fn svg(figure: &Figure) -> (String, f64, f64) {
        let f = figure.frame;
        let width = f.width;
        let pad = 16.0;
        let mut y = pad;
        let mut body = String::new();
        let lines = |text: &str, class: &str, font: f64, y: &mut f64, body: &mut String| {
            for line in wrap(text, width - 2.0 * pad, font) {
                *y += font * 1.3;
                body.push_str(&format!(
                    "<text class=\"{class}\" x=\"{pad}\" y=\"{y:.1}\">{}</text>",
                    escape(&line)
                ));
            }
        };
        lines(figure.title, "t", 20.0, &mut y, &mut body);
        lines(figure.subtitle, "s", 13.0, &mut y, &mut body);
        y += 8.0;
        // The drawn plot, as the page shows it, placed under the title.
        let plot = figure
            .plot
            .clone_node_with_deep(true)
            .ok()
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok());
        if let Some(plot) = plot {
            let _ = plot.set_attribute("x", "0");
            let _ = plot.set_attribute("y", &format!("{y:.1}"));
            let _ = plot.set_attribute("width", &format!("{}", f.width));
            let _ = plot.set_attribute("height", &format!("{}", f.height));
            if let Ok(serializer) = web_sys::XmlSerializer::new() {
                if let Ok(text) = serializer.serialize_to_string(&plot) {
                    body.push_str(&text);
                }
            }
        }
        y += f.height + 6.0;
        y += 13.0 * 1.3;
        body.push_str(&format!("<text class=\"s\" x=\"{pad}\" y=\"{y:.1}\">"));
        for (class, text) in figure.legend {
            body.push_str(&format!(
                "<tspan class=\"legend--{class}\">● </tspan><tspan>{}  </tspan>",
                escape(text)
            ));
        }
        body.push_str("</text>");
        lines(figure.note, "f", 12.0, &mut y, &mut body);
        lines(figure.source, "f", 12.0, &mut y, &mut body);
        let height = y + pad;
        let svg = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height:.0}\" viewBox=\"0 0 {width} {height:.0}\">\
<title>{title}</title><style>{STYLE}</style><rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>{body}</svg>",
            title = escape(figure.title),
        );
        (svg, width, height)
    }

    pub fn download_svg(figure: Figure, file_name: &str) {
        let (content, _, _) = svg(&figure);
        crate::share::download(&crate::share::Download {
            file_name: file_name.to_string(),
            mime: "image/svg+xml",
            content,
        });
    }

    /// Draws the SVG on a canvas at twice its size and downloads it as PNG (all in the page;
    /// the image is a `data:` URL, which the page's content policy allows).
    pub fn download_png(figure: Figure, file_name: &str) {
        let (content, width, height) = svg(&figure);
        let Ok(image) = web_sys::HtmlImageElement::new() else {
            return;
        };
        let file_name = file_name.to_string();
        let drawn = image.clone();
        let onload = Closure::once_into_js(move || {
            let Some(document) = crate::browser_window().and_then(|w| w.document()) else {
                return;
            };
            let Some(canvas) = document
                .create_element("canvas")
                .ok()
                .and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok())
            else {
                return;
            };
            canvas.set_width((width * 2.0) as u32);
            canvas.set_height((height * 2.0) as u32);
            let Some(context) = canvas
                .get_context("2d")
                .ok()
                .flatten()
                .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
            else {
                return;
            };
            let _ = context.scale(2.0, 2.0);
            let _ = context.draw_image_with_html_image_element(&drawn, 0.0, 0.0);
            let save = Closure::once_into_js(move |blob: Option<web_sys::Blob>| {
                let Some(blob) = blob else {
                    return;
                };
                crate::share::download_blob(&blob, &file_name);
            });
            let _ = canvas.to_blob(save.unchecked_ref());
        });
        image.set_onload(Some(onload.unchecked_ref()));
        let encoded: String = js_sys::encode_uri_component(&content).into();
        image.set_src(&format!("data:image/svg+xml;charset=utf-8,{encoded}"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_avoid_each_other_and_the_edges() {
        let notable = vec![
            ("Alpha".to_string(), 300.0, 200.0),
            ("Beta".to_string(), 302.0, 200.0),
            ("Edge".to_string(), WIDE.width - 30.0, 200.0),
        ];
        let points: Vec<(f64, f64)> = notable.iter().map(|(_, x, y)| (*x, *y)).collect();
        let labels = place_labels(&notable, &points, WIDE);
        assert_eq!(labels.len(), 3, "{labels:?}");
        // The first goes right of its point, the second cannot and goes elsewhere, the one at
        // the right edge goes left.
        assert_eq!(labels[0].anchor, "start");
        assert_ne!(labels[1].anchor, "start");
        assert_eq!(labels[2].anchor, "end");
    }

    #[test]
    fn titles_name_both_axes_in_either_language() {
        assert_eq!(
            chart_title(ModelColumn::Released, ModelColumn::Score(0), false),
            "GPQA Diamond score by release date"
        );
        assert_eq!(
            chart_title(ModelColumn::Params, ModelColumn::Context, false),
            "Context length by total parameters"
        );
        assert_eq!(
            chart_title(ModelColumn::Released, ModelColumn::Params, true),
            "总参数与发布日期"
        );
    }

    #[test]
    fn export_text_wraps_within_the_width() {
        let lines = export::wrap("one two three four five six seven", 60.0, 12.0);
        assert!(lines.len() > 1, "{lines:?}");
        assert!(lines
            .iter()
            .all(|l| Frame::text_width(l, 12.0) <= 60.0 || !l.contains(' ')));
        assert_eq!(lines.join(" "), "one two three four five six seven");
        let zh = export::wrap("中国人工智能图谱数据集版本", 60.0, 12.0);
        assert_eq!(zh.concat(), "中国人工智能图谱数据集版本");
        assert!(zh.len() >= 2);
    }
}
