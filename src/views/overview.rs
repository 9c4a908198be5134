//! `/`: what the atlas holds, with counts and a way into each view.

use crate::Link;
use atlas_core::dataset::Model;
use atlas_core::overview;
use leptos::prelude::*;

use super::models::day_number;

use crate::dataset;
use crate::i18n::t;
use crate::widgets::use_zh;

#[component]
pub fn Overview() -> impl IntoView {
    let data = dataset();
    let zh = use_zh();
    super::set_title(|zh| t(zh, "overview").to_string());
    let chinese_open = data
        .models
        .iter()
        .filter(|m| m.country == "China" && m.open_weights)
        .count();
    let cards = [
        ("/companies", "companies", data.companies.len(), "Labs, big tech, chip makers and robot makers, with founders, listings and sources."),
        ("/models", "models", data.models.len(), "Open-weight models from Chinese labs compared with Western ones: size, context, licence, release."),
        ("/timeline", "timeline", data.events().len(), "From ChatGPT's launch to DeepSeek, the sell-off, export controls and the Hong Kong IPOs."),
        ("/article", "article", data.claims.len(), "Each claim and prediction of the article the atlas grew from, with a verdict and sources."),
    ];
    view! {
        <section class="overview">
            <h1>{move || t(zh.get(), "brand")}</h1>
            <p class="lede">
                {move || crate::i18n::tr(zh.get(), "A sourced fact explorer about China's AI ecosystem. Filter anything, then share exactly what you see by copying the address.")}
            </p>
            <p data-testid="overview-counts">
                {data.companies.len()} " " {move || t(zh.get(), "companies-count")} " · " {data.models.len()} " " {move || t(zh.get(), "models-count")}
                {move || if zh.get() { format!("（其中 {chinese_open} 个为中国的开放权重模型）· ") } else { format!(" ({chinese_open} of them open-weight models from China) · ") }} {data.events().len()} " " {move || t(zh.get(), "events-count")} " · "
                {data.claims.len()} " " {move || t(zh.get(), "claims-count")}
            </p>
            <RaceInNumbers />
            <ul class="overview__cards">
                {cards
                    .into_iter()
                    .map(|(href, key, count, blurb)| {
                        let blurb = move || crate::i18n::tr(zh.get(), blurb);
                        view! {
                            <li class="overview__card">
                                <Link href=href>
                                    <span class="overview__count">{count}</span>
                                    <span class="overview__name">{move || t(zh.get(), key)}</span>
                                </Link>
                                <p>{blurb}</p>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}

const W: f64 = 320.0;
const H: f64 = 150.0;
const PAD_L: f64 = 34.0;
const PAD_B: f64 = 20.0;

/// "The race in numbers": four small charts computed from the dataset, each with one sentence
/// computed from the same numbers and a link to the view that shows the models behind it.
#[component]
fn RaceInNumbers() -> impl IntoView {
    let zh = use_zh();
    let tr = move |en: &'static str| move || crate::i18n::tr(zh.get(), en);
    view! {
        <section class="race" data-testid="race">
            <h2>{tr("The race in numbers")}</h2>
            <p class="race__note">{tr("Among the models in this atlas: open-weight models and a few closed reference points. The closed US frontier models are not in it, so the US lines show open models only.")}</p>
            // One key for every chart of the section: bars and lines share the colours.
            <p class="race__legend" data-testid="race-legend">
                <span class="race__key race__key--china">{move || crate::i18n::label(zh.get(), "country", overview::CHINA, "China")}</span>
                <span class="race__key race__key--us">{move || crate::i18n::label(zh.get(), "country", overview::US, "United States")}</span>
                <span class="race__key race__key--other">{tr("Other countries (releases only)")}</span>
            </p>
            <div class="race__grid">
                <ReleasesChart />
                <FrontierChart benchmark="GPQA Diamond" href="/models?view=chart&y=gpqa-diamond" />
                <FrontierChart benchmark="SWE-bench Verified" href="/models?view=chart&y=swe-bench-verified" />
                <LargestChart />
                <VerdictChart />
            </div>
        </section>
    }
}

fn country_class(country: &str) -> &'static str {
    match country {
        overview::CHINA => "china",
        overview::US => "us",
        _ => "other",
    }
}

/// Open-weight releases per quarter, stacked: China, then the US, then others.
#[component]
fn ReleasesChart() -> impl IntoView {
    let zh = use_zh();
    let years = overview::open_releases_per_year(dataset());
    let (quarters, year_only) = overview::open_releases_per_quarter(dataset());
    let max = quarters
        .iter()
        .map(|q| q.1 + q.2 + q.3)
        .max()
        .unwrap_or(1)
        .max(1) as f64;
    let slot = (W - PAD_L) / quarters.len().max(1) as f64;
    let height = move |n: u32| n as f64 / max * (H - PAD_B - 10.0);
    // The sentence is about the last full year with releases (not the year the data ends in).
    let last_full = years
        .iter()
        .rev()
        .find(|y| y.0 < dataset().header.as_of.year)
        .copied();
    let bars = quarters
        .iter()
        .enumerate()
        .flat_map(|(i, &((year, quarter), china, us, other))| {
            let x = PAD_L + i as f64 * slot + 1.0;
            let mut base = H - PAD_B;
            [
                (china, "china", "China", "中国"),
                (us, "us", "the US", "美国"),
                (other, "other", "other countries", "其他国家"),
            ]
            .into_iter()
            .filter(|(n, ..)| *n > 0)
            .map(move |(n, class, en, cn)| {
                let h = height(n);
                base -= h;
                let title = move || {
                    if zh.get() {
                        format!("{year}年第{quarter}季度：{cn} {n} 个")
                    } else {
                        format!("{year} Q{quarter}: {n} from {en}")
                    }
                };
                view! {
                    <rect class=format!("race__bar race__bar--{class}") x=x y=base width=(slot - 2.0).max(1.0) height=h>
                        <title>{title}</title>
                    </rect>
                }
            })
                .collect::<Vec<_>>()
        })
        .collect_view();
    // A year label under each year's first quarter.
    let labels = quarters
        .iter()
        .enumerate()
        .filter(|(i, q)| q.0 .1 == 1 || *i == 0)
        .map(|(i, q)| {
            view! { <text x=PAD_L + i as f64 * slot y=H - 5.0 text-anchor="start">{q.0 .0}</text> }
        })
        .collect_view();
    let note = move || {
        (year_only > 0).then(|| {
            if zh.get() {
                format!("另有 {year_only} 个仅知发布年份的模型未绘出。")
            } else {
                format!("{year_only} models dated only by year are not drawn.")
            }
        })
    };
    let sentence = move || {
        match last_full {
        Some((year, china, us, _)) if zh.get() => {
            format!("{year}年，本图谱收录中国实验室发布的开放权重模型 {china} 个，美国实验室 {us} 个。")
        }
        Some((year, china, us, _)) => format!(
            "In {year} Chinese labs released {china} open-weight models in this atlas; US labs {us}."
        ),
        None => String::new(),
    }
    };
    view! {
        <figure class="race__chart" data-testid="race-releases">
            <Link href="/models?open=1">
                <span class="race__title">{move || crate::i18n::tr(zh.get(), "Open-weight releases per quarter")}</span>
                <svg viewBox=format!("0 0 {W} {H}") class="race__svg" aria-hidden="true">
                    <line class="race__axis" x1=PAD_L x2=W y1=H - PAD_B y2=H - PAD_B />
                    {bars}
                    {labels}
                </svg>
            </Link>
            <figcaption data-testid="race-sentence">{sentence}</figcaption>
            <p class="race__note" data-testid="race-releases-note">{note}</p>
        </figure>
    }
}

/// Step lines of the best value so far for China and the US, over release dates.
fn frontier_svg(
    lines: &[(&'static str, Vec<overview::Step>)],
    unit: fn(f64) -> String,
    log: bool,
) -> impl IntoView {
    let all: Vec<&overview::Step> = lines.iter().flat_map(|(_, s)| s.iter()).collect();
    let days: Vec<f64> = all.iter().map(|s| day_number(s.date)).collect();
    let t = |v: f64| if log { v.max(1e-3).log10() } else { v };
    let values: Vec<f64> = all.iter().map(|s| t(s.value)).collect();
    let (d0, d1) = bounds(&days);
    let (v0, v1) = bounds(&values);
    let (v0, v1) = if log {
        (v0.floor(), v1.ceil().max(v0.floor() + 1.0))
    } else {
        (v0 - 2.0, v1 + 2.0)
    };
    let x = move |d: f64| PAD_L + (d - d0) / (d1 - d0).max(1.0) * (W - PAD_L - 8.0);
    let y = move |v: f64| H - PAD_B - (t(v) - v0) / (v1 - v0).max(1e-9) * (H - PAD_B - 10.0);
    let end = d1;
    let paths = lines
        .iter()
        .map(|(country, steps)| {
            let mut d = String::new();
            for (k, s) in steps.iter().enumerate() {
                let (sx, sy) = (x(day_number(s.date)), y(s.value));
                if k == 0 {
                    d.push_str(&format!("M{sx:.1},{sy:.1}"));
                } else {
                    d.push_str(&format!(" H{sx:.1} V{sy:.1}"));
                }
            }
            if !steps.is_empty() {
                d.push_str(&format!(" H{:.1}", x(end)));
            }
            let class = format!("race__line race__line--{}", country_class(country));
            let dots = steps
                .iter()
                .map(|s| view! { <circle class=class.clone() cx=x(day_number(s.date)) cy=y(s.value) r=2.5 /> })
                .collect_view();
            view! { <path class=class.clone() d=d /> {dots} }
        })
        .collect_view();
    let first_year = (d0 / 365.25 + 1970.0).ceil() as i32;
    let last_year = (d1 / 365.25 + 1970.0).floor() as i32;
    let years = (first_year..=last_year)
        .map(|year| {
            let xx = x(day_number(atlas_core::date::PartialDate {
                year,
                month: 1,
                day: 1,
            }));
            view! { <text x=xx y=H - 5.0 text-anchor="middle">{year}</text> }
        })
        .collect_view();
    let top = if log { 10f64.powf(v1) } else { v1 };
    let bottom = if log { 10f64.powf(v0) } else { v0 };
    view! {
        <svg viewBox=format!("0 0 {W} {H}") class="race__svg" aria-hidden="true">
            <line class="race__axis" x1=PAD_L x2=W y1=H - PAD_B y2=H - PAD_B />
            <text x=PAD_L - 4.0 y=14.0 text-anchor="end">{unit(top)}</text>
            <text x=PAD_L - 4.0 y=H - PAD_B text-anchor="end">{unit(bottom)}</text>
            {paths}
            {years}
        </svg>
    }
}

fn bounds(values: &[f64]) -> (f64, f64) {
    super::models::min_max(values).unwrap_or((0.0, 1.0))
}

/// The frontier of a value for China and for the US.
fn china_and_us(
    value: impl Fn(&Model) -> Option<f64> + Copy,
) -> Vec<(&'static str, Vec<overview::Step>)> {
    [overview::CHINA, overview::US]
        .into_iter()
        .map(|c| (c, overview::frontier(dataset(), c, value)))
        .collect()
}

/// "China {v} (model, date); United States {w} (model, date)": the last step of each line, or
/// "United States: none in this atlas" for a line without steps (the chart draws no line).
fn leaders(
    zh: bool,
    lines: &[(&'static str, Vec<overview::Step>)],
    unit: fn(f64) -> String,
) -> String {
    let data = dataset();
    lines
        .iter()
        .map(|(country, steps)| {
            let country = crate::i18n::label(zh, "country", country, country);
            let Some(s) = steps.last() else {
                return if zh {
                    format!("{country}：本图谱中暂无")
                } else {
                    format!("{country}: none in this atlas")
                };
            };
            let m = &data.models[s.index];
            if zh {
                format!(
                    "{country} {}（{}，{}）",
                    unit(s.value),
                    m.name,
                    crate::i18n::date(true, s.date)
                )
            } else {
                format!(
                    "{country} {} ({}, {})",
                    unit(s.value),
                    m.name,
                    crate::i18n::date(false, s.date)
                )
            }
        })
        .collect::<Vec<_>>()
        .join(if zh { "；" } else { "; " })
}

/// A chart of the best value so far, China against the US, with its title, its sentence
/// (`sentence` gets the language and the [`leaders`] text) and a link to the view behind it.
fn step_chart(
    testid: &'static str,
    href: &'static str,
    value: impl Fn(&Model) -> Option<f64> + Copy,
    (unit, log): (fn(f64) -> String, bool),
    title: impl Fn(bool) -> String + Send + Sync + 'static,
    sentence: impl Fn(bool, &str) -> String + Send + Sync + 'static,
) -> impl IntoView {
    let zh = use_zh();
    let lines = china_and_us(value);
    let svg = frontier_svg(&lines, unit, log);
    view! {
        <figure class="race__chart" data-testid=testid>
            <Link href=href>
                <span class="race__title">{move || title(zh.get())}</span>
                {svg}
            </Link>
            <figcaption data-testid="race-sentence">
                {move || sentence(zh.get(), &leaders(zh.get(), &lines, unit))}
            </figcaption>
        </figure>
    }
}

/// The best published score on a benchmark over time, China vs the US.
#[component]
fn FrontierChart(benchmark: &'static str, href: &'static str) -> impl IntoView {
    step_chart(
        "race-frontier",
        href,
        move |m| m.best_score(benchmark).map(|b| b.score),
        (|v| format!("{v}"), false),
        move |zh| {
            if zh {
                format!("{benchmark} 最高成绩的变化：中国与美国")
            } else {
                format!("Best {benchmark} score so far: China vs US")
            }
        },
        move |zh, leaders| {
            if zh {
                format!("本图谱中 {benchmark} 的最高成绩：{leaders}。")
            } else {
                format!("Best {benchmark} score in this atlas: {leaders}.")
            }
        },
    )
}

/// The largest open-weight model so far, China vs the US.
#[component]
fn LargestChart() -> impl IntoView {
    step_chart(
        "race-largest",
        "/models?open=1&view=chart",
        |m| m.open_weights.then_some(m.total_params_b).flatten(),
        (atlas_core::format::params, true),
        |zh| crate::i18n::tr(zh, "Largest open-weight model so far (log scale)").to_string(),
        |zh, leaders| {
            if zh {
                format!("本图谱中最大的开放权重模型（总参数）：{leaders}。")
            } else {
                format!("Largest open-weight model in this atlas (total parameters): {leaders}.")
            }
        },
    )
}

/// The article's claims by verdict.
#[component]
fn VerdictChart() -> impl IntoView {
    let zh = use_zh();
    let counts = overview::verdict_counts(dataset());
    let total: u32 = counts.iter().map(|c| c.1).sum();
    let max = counts.iter().map(|c| c.1).max().unwrap_or(1).max(1) as f64;
    let row = (H - 10.0) / counts.len().max(1) as f64;
    let bars = {
        let counts = counts.clone();
        move || {
            let zh = zh.get();
            counts
                .iter()
                .enumerate()
                .map(|(i, (v, n))| {
                    let yy = 5.0 + i as f64 * row;
                    let w = *n as f64 / max * (W - 175.0);
                    view! {
                        <text x=140.0 y=yy + row * 0.65 text-anchor="end">{crate::i18n::label(zh, "verdict", v.as_str(), v.label()).to_string()}</text>
                        <rect class=format!("race__bar race__bar--{}", v.as_str()) x=146.0 y=yy + 2.0 width=w height=row - 5.0 />
                        <text x=150.0 + w y=yy + row * 0.65>{*n}</text>
                    }
                })
                .collect_view()
        }
    };
    let sentence = move || {
        let zh = zh.get();
        let parts: Vec<String> = counts
            .iter()
            .map(|(v, n)| {
                format!(
                    "{} {n}",
                    crate::i18n::label(zh, "verdict", v.as_str(), v.label()).to_lowercase()
                )
            })
            .collect();
        if zh {
            format!("文章的 {total} 条陈述中：{}。", parts.join("，"))
        } else {
            format!("Of the article's {total} claims: {}.", parts.join(", "))
        }
    };
    view! {
        <figure class="race__chart" data-testid="race-verdicts">
            <Link href="/article">
                <span class="race__title">{move || crate::i18n::tr(zh.get(), "The article's claims by verdict")}</span>
                <svg viewBox=format!("0 0 {W} {H}") class="race__svg" aria-hidden="true">{bars}</svg>
            </Link>
            <figcaption data-testid="race-sentence">{sentence}</figcaption>
        </figure>
    }
}
