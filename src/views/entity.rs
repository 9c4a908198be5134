//! Entity pages: `/company/<id>`, `/model/<id>`, `/event/<id>`. Every value carries its source.

use crate::Link;
use atlas_core::dataset::{sources_for, Company, Event, Model, Source};
use atlas_core::format;
use atlas_core::text::Terms;
use atlas_core::translation::TextKind;
use leptos::prelude::*;

use crate::dataset;
use crate::i18n::t;
use crate::share::ShareBar;

use crate::widgets::{use_zh, ExternalLink, SourceLinks, SourceList};

fn id_param() -> Memo<String> {
    let location = crate::router::use_location();
    Memo::new(move |_| {
        location
            .page
            .with(|p| p.id().unwrap_or_default().to_string())
    })
}

/// Sources backing one field.
fn backing(sources: &[Source], field: &str) -> Vec<Source> {
    sources_for(sources, field).cloned().collect()
}

/// A labelled fact row with its sources.
#[component]
fn Fact(
    #[prop(into)] label: Signal<&'static str>,
    value: AnyView,
    sources: Vec<Source>,
) -> impl IntoView {
    view! {
        <div class="fact">
            <dt>{move || label.get()}</dt>
            <dd>{value} <SourceLinks sources=sources /></dd>
        </div>
    }
}

fn not_published() -> AnyView {
    view! { <span class="unknown" title="not published">"—"</span> }.into_any()
}

/// Unknown id: says so and suggests records whose names resemble it.
#[component]
fn Unknown(kind: &'static str, id: String, suggestions: Vec<(String, String)>) -> impl IntoView {
    let zh = use_zh();
    view! {
        <section class="not-found" data-testid="not-found">
            <h1>{move || if zh.get() {
                format!("没有名为“{id}”的{}", crate::i18n::label(true, "kind", kind, kind))
            } else {
                format!("No {kind} called “{id}”")
            }}</h1>
            {if suggestions.is_empty() {
                let all = format!("{kind}s");
                view! { <p>{move || crate::i18n::tr(zh.get(), "Nothing similar was found. Browse all")} " " <Link href=format!("/{kind}s")>{move || crate::i18n::label(zh.get(), "kinds", kind, &all).to_string()}</Link> "."</p> }.into_any()
            } else {
                view! {
                    <p>{move || crate::i18n::tr(zh.get(), "Did you mean:")}</p>
                    <ul data-testid="suggestions">
                        {suggestions.into_iter().map(|(href, name)| view! { <li><Link href=href>{name}</Link></li> }).collect_view()}
                    </ul>
                }
                .into_any()
            }}
        </section>
    }
}

/// Suggestions: records whose search key contains any word-piece of the unknown id.
fn suggest(
    id: &str,
    keys: &atlas_core::text::SearchKeys,
    name: impl Fn(usize) -> (String, String),
) -> Vec<(String, String)> {
    // Each piece of the unknown id is a search prepared once, not once per record.
    let pieces: Vec<Terms> = id
        .split(|c: char| !c.is_alphanumeric())
        .filter(|p| p.len() >= 2)
        .map(Terms::new)
        .collect();
    (0..keys.len())
        .filter(|&i| pieces.iter().any(|p| p.matches(&keys[i])))
        .take(8)
        .map(name)
        .collect()
}

#[component]
pub fn CompanyPage() -> impl IntoView {
    let id = id_param();
    let data = dataset();
    super::set_title(move |zh| {
        id.with(|id| match data.company(id) {
            Some(_) => data.company_name_in(id, zh).to_string(),
            None => crate::i18n::t(zh, "not-found").into(),
        })
    });
    move || {
        let id = id.get();
        match data.company_position(&id) {
            Some(index) => {
                view! { <CompanyDetail company=&data.companies[index] index=index /> }.into_any()
            }
            None => {
                let suggestions = suggest(&id, data.company_search(), |i| {
                    (
                        format!("/company/{}", data.companies[i].id),
                        data.companies[i].name_en.clone(),
                    )
                });
                view! { <Unknown kind="company" id=id suggestions=suggestions /> }.into_any()
            }
        }
    }
}

#[component]
fn CompanyDetail(company: &'static Company, index: usize) -> impl IntoView {
    let data = dataset();
    let zh = use_zh();
    let s = &company.sources;
    let id = company.id.clone();
    let listing = move || super::companies::listing_text(zh.get(), company);
    let ipo = move || {
        company
            .listing
            .ipo_date
            .map(|d| {
                format!(
                    " ({} {})",
                    crate::i18n::tr(zh.get(), "listed"),
                    crate::i18n::date(zh.get(), d)
                )
            })
            .unwrap_or_default()
    };
    let models = data.models_by_company[index].clone();
    let mut events = data.events_by_company(index).to_vec();
    atlas_core::timeline::sort_events(data, &mut events, true);
    // `Link` keeps the reader's language and embed mode.
    let models_href = format!("/models?org={id}");
    let events_href = format!("/timeline?co={id}");
    view! {
        <article class="entity" data-testid="company-page">
            <p class="entity__kind"><Link href="/companies">{move || t(zh.get(), "companies")}</Link> " / " {move || crate::i18n::label(zh.get(), "cat", company.category.as_str(), company.category.label())}</p>
            <ShareBar href=Signal::derive({ let id = company.id.clone(); let common = crate::url_state::use_common(); move || crate::url_state::with_common(&format!("/company/{id}"), &common.get()) }) title=Signal::derive({ let (n, nz) = (company.name_en.clone(), company.name_zh.clone()); let zh = use_zh(); move || if zh.get() { nz.clone().unwrap_or_else(|| n.clone()) } else { n.clone() } }) />
            <h1>
                {company.name_en.clone()}
                {company.name_zh.clone().map(|n| view! { " " <span lang="zh-Hans" class="entity__alt">{n}</span> })}
                <SourceLinks sources=backing(s, "name_zh") />
            </h1>
            <p class="entity__lede"><crate::zh_texts::DataText kind=atlas_core::translation::TextKind::Company id=company.id.clone() field="description" en=company.description.clone() /> <SourceLinks sources=backing(s, "description") /></p>
            <dl class="facts">
                <Fact label=Signal::derive(move || t(zh.get(), "headquarters")) value=company.city.as_deref().map_or_else(not_published, |c| view! { {move || super::companies::city_name(zh.get(), c).to_string()} }.into_any()) sources=backing(s, "city") />
                <Fact label=Signal::derive(move || t(zh.get(), "founded")) value=company.founded.map_or_else(not_published, |f| view! { {f} }.into_any()) sources=backing(s, "founded") />
                <Fact
                    label=Signal::derive(move || t(zh.get(), "founders"))
                    value=if company.founders.is_empty() { not_published() } else { view! { {company.founders.join(", ")} }.into_any() }
                    sources=backing(s, "founders")
                />
                <Fact label=Signal::derive(move || t(zh.get(), "listing")) value=view! { {listing} {ipo} }.into_any() sources=backing(s, "listing") />
                <Fact
                    label=Signal::derive(move || t(zh.get(), "flagship"))
                    value=if company.flagship.is_empty() { not_published() } else { view! { {company.flagship.join(", ")} }.into_any() }
                    sources=backing(s, "flagship")
                />
                <Fact
                    label=Signal::derive(move || t(zh.get(), "open-weight-publisher"))
                    value=view! { {move || crate::i18n::tr(zh.get(), if company.open_weight_publisher { "Yes" } else { "No" })} }.into_any()
                    sources=backing(s, "open_weight_publisher")
                />
                <Fact
                    label=Signal::derive(move || t(zh.get(), "website"))
                    value=company.website.clone().map_or_else(not_published, |w| view! { <ExternalLink href=w.clone()>{w.clone()}</ExternalLink> }.into_any())
                    sources=backing(s, "website")
                />
                {(!company.aliases.is_empty()).then(|| view! { <div class="fact"><dt>{move || crate::i18n::tr(zh.get(), "Also known as")}</dt><dd>{company.aliases.join("; ")}</dd></div> })}
            </dl>
            {company.notes.clone().map(|n| view! { <p class="entity__notes"><crate::zh_texts::DataText kind=atlas_core::translation::TextKind::Company id=company.id.clone() field="notes" en=n /></p> })}
            <section>
                <h2>{move || t(zh.get(), "models")} " (" {models.len()} ")"</h2>
                <Link href=models_href attr:data-testid="see-all-models">{move || crate::i18n::tr(zh.get(), "See all in the Models view →")}</Link>
                <ModelMiniTable models=models />
            </section>
            <section>
                <h2>{move || t(zh.get(), "timeline")} " (" {events.len()} ")"</h2>
                <Link href=events_href attr:data-testid="see-all-events">{move || crate::i18n::tr(zh.get(), "See all in the Timeline →")}</Link>
                <EventMiniList events=events />
            </section>
            <SourceList sources=company.sources.clone() />
        </article>
    }
}

#[component]
fn ModelMiniTable(models: Vec<usize>) -> impl IntoView {
    let data = dataset();
    let zh = use_zh();
    let mut models = models;
    atlas_core::models::sort_models(
        data,
        &mut models,
        &atlas_core::state::ModelsState::default_sort(),
    );
    (!models.is_empty()).then(|| {
        view! {
            <table class="mini-table">
                <thead><tr>
                    <th scope="col">{move || crate::i18n::label(zh.get(), "col", "name", "Model")}</th>
                    <th scope="col">{move || crate::i18n::label(zh.get(), "col", "released", "Released")}</th>
                    <th scope="col">{move || crate::i18n::label(zh.get(), "col", "params", "Parameters")}</th>
                    <th scope="col">{move || crate::i18n::label(zh.get(), "col", "open", "Open weights")}</th>
                </tr></thead>
                <tbody>
                    {models
                        .into_iter()
                        .map(|i| {
                            let m = &data.models[i];
                            view! {
                                <tr>
                                    <td><Link href=format!("/model/{}", m.id)>{m.name.clone()}</Link></td>
                                    <td>{move || m.released.map_or_else(|| "—".to_string(), |d| crate::i18n::date(zh.get(), d))}</td>
                                    <td>{m.total_params_b.map_or_else(|| "—".to_string(), format::params)}</td>
                                    <td>{move || t(zh.get(), if m.open_weights { "yes" } else { "no" })}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        }
    })
}

#[component]
fn EventMiniList(events: Vec<usize>) -> impl IntoView {
    let data = dataset();
    let zh = use_zh();
    view! {
        <ol class="mini-timeline">
            {events
                .into_iter()
                .map(|i| {
                    let e = &data.events()[i];
                    view! {
                        <li>
                            <span class="mini-timeline__date">{move || e.date.map_or_else(|| t(zh.get(), "date-unknown").to_string(), |d| crate::i18n::date(zh.get(), d))}</span>
                            " "
                            <Link href=format!("/event/{}", e.id)><crate::zh_texts::DataText kind=atlas_core::translation::TextKind::Event id=e.id.clone() field="title" en=e.title.clone() /></Link>
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}

#[component]
pub fn ModelPage() -> impl IntoView {
    let id = id_param();
    let data = dataset();
    super::set_title(move |zh| {
        id.with(|id| {
            data.model(id).map_or_else(
                || crate::i18n::t(zh, "not-found").into(),
                |m| m.name.clone(),
            )
        })
    });
    move || {
        let id = id.get();
        match data.model_position(&id) {
            Some(index) => {
                view! { <ModelDetail model=&data.models[index] index=index /> }.into_any()
            }
            None => {
                let suggestions = suggest(&id, &data.model_search, |i| {
                    (
                        format!("/model/{}", data.models[i].id),
                        data.models[i].name.clone(),
                    )
                });
                view! { <Unknown kind="model" id=id suggestions=suggestions /> }.into_any()
            }
        }
    }
}

/// Each field of a model as (label, value, sources), the values in the reader's language
/// (`zh`); shared with the compare view. Labels are English keys, translated where shown.
pub fn model_fields(model: &'static Model, zh: bool) -> Vec<(&'static str, String, Vec<Source>)> {
    let data = dataset();
    let s = &model.sources;
    let dash = || "—".to_string();
    let yes_no = |b: bool| t(zh, if b { "yes" } else { "no" }).to_string();
    let label = |kind: &str, value: &str, en: &'static str| {
        crate::i18n::label(zh, kind, value, en).to_string()
    };
    let mut rows = vec![
        (
            "Organisation",
            data.company_name_in(&model.company, zh).to_string(),
            Vec::new(),
        ),
        (
            "Country",
            crate::i18n::label(zh, "country", &model.country, &model.country).to_string(),
            Vec::new(),
        ),
        (
            "Released",
            model
                .released
                .map_or_else(dash, |d| crate::i18n::date(zh, d)),
            backing(s, "released"),
        ),
        (
            "Total parameters",
            model.total_params_b.map_or_else(dash, format::params),
            backing(s, "total_params_b"),
        ),
        (
            "Active parameters",
            model.active_params_b.map_or_else(dash, |a| {
                if zh {
                    format!("激活{}", format::params(a))
                } else {
                    format!("{} active", format::params(a))
                }
            }),
            backing(s, "active_params_b"),
        ),
        (
            "Architecture",
            model
                .architecture
                .map_or_else(dash, |a| label("arch", a.as_str(), a.label())),
            backing(s, "architecture"),
        ),
        (
            "Context length",
            model.context_tokens.map_or_else(dash, |c| {
                let shown = format::context(c);
                match (&model.context_label, model.context_rounded, zh) {
                    (Some(label), true, false) if *label != shown => {
                        format!("{shown} (source: {label})")
                    }
                    (Some(label), true, true) if *label != shown => {
                        format!("{shown}（来源：{label}）")
                    }
                    (_, true, false) => {
                        format!("{shown} (a round figure; the exact count is not published)")
                    }
                    (_, true, true) => format!("{shown}（约数；确切数值未公布）"),
                    (_, false, false) => format!("{shown} ({} tokens)", format::thousands(c)),
                    (_, false, true) => format!("{shown}（{} 个词元）", format::thousands(c)),
                }
            }),
            backing(s, "context_tokens"),
        ),
        (
            "Licence",
            model.license.clone().unwrap_or_else(dash),
            backing(s, "license"),
        ),
        (
            "Licence family",
            model
                .license_family
                .map_or_else(dash, |l| label("lic", l.as_str(), l.label())),
            Vec::new(),
        ),
        (
            "Open weights",
            yes_no(model.open_weights),
            backing(s, "open_weights"),
        ),
        (
            "Modality",
            {
                let modality = label("mod", model.modality.as_str(), model.modality.label());
                let detail = model.modality_detail.as_deref().map(|en| {
                    zh.then(|| {
                        crate::zh_texts::chinese_now(
                            atlas_core::translation::TextKind::Model,
                            &model.id,
                            "modality_detail",
                        )
                    })
                    .flatten()
                    .unwrap_or(en)
                });
                match detail {
                    Some(detail) => format!("{modality} — {detail}"),
                    None => modality,
                }
            },
            backing(s, "modality"),
        ),
        (
            "Reasoning",
            model.reasoning.map_or_else(dash, yes_no),
            backing(s, "reasoning"),
        ),
    ];
    for benchmark in &model.benchmarks {
        let setting = benchmark
            .setting
            .clone()
            .map(|s| format!(" ({s})"))
            .unwrap_or_default();
        rows.push((
            "Benchmark",
            format!("{}: {}{}", benchmark.name, benchmark.score, setting),
            vec![Source {
                title: if zh {
                    format!("{} 得分", benchmark.name)
                } else {
                    format!("{} score", benchmark.name)
                },
                url: benchmark.source_url.clone(),
                supports: None,
                kind: None,
                grade: None,
            }],
        ));
    }
    if let Some(compute) = &model.training_compute {
        rows.push((
            "Training compute",
            compute.value.clone(),
            vec![Source {
                title: crate::i18n::tr(zh, "Training compute").into(),
                url: compute.source_url.clone(),
                supports: None,
                kind: None,
                grade: None,
            }],
        ));
    }
    rows
}

/// A model's benchmark scores, one row each: the score, the variant and setting it was measured
/// with (the source's own words, English in both editions), who reported it, when, and its
/// source one click away.
#[component]
fn ScoreTable(model: &'static Model) -> impl IntoView {
    let zh = use_zh();
    let tr = move |en: &'static str| move || crate::i18n::tr(zh.get(), en);
    (!model.benchmarks.is_empty()).then(|| {
        let mut rows: Vec<&atlas_core::dataset::Benchmark> = model.benchmarks.iter().collect();
        rows.sort_by(|a, b| {
            a.name
                .to_lowercase()
                .cmp(&b.name.to_lowercase())
                .then(b.score.total_cmp(&a.score))
        });
        view! {
            <section class="scores" data-testid="scores">
                <h2>{tr("Benchmark scores")}</h2>
                <div class="table-scroll">
                    <table>
                        <thead>
                            <tr>
                                <th scope="col">{tr("Benchmark")}</th>
                                <th scope="col">{tr("Score")}</th>
                                <th scope="col">{tr("Variant and setting")}</th>
                                <th scope="col">{tr("Reported by")}</th>
                                <th scope="col">{tr("Source")}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {rows.into_iter().map(|b| {
                                let detail: Vec<&str> = [b.variant.as_deref(), b.setting.as_deref()].into_iter().flatten().collect();
                                let by = b.reported_by.clone().unwrap_or_else(|| "lab".into());
                                let date = b.date;
                                let source = Source {
                                    title: b.name.clone(),
                                    url: b.source_url.clone(),
                                    supports: None,
                                    kind: None,
                                    grade: None,
                                };
                                view! {
                                    <tr data-benchmark=b.name.clone()>
                                        <th scope="row">{b.name.clone()}</th>
                                        <td class="num">{b.score.to_string()} {b.caveat().map(|_| "†")}</td>
                                        <td>
                                            {b.caveat().map(|c| view! { <strong class="bench-score__caveat" data-testid="caveat">{move || crate::i18n::tr(zh.get(), c.note())}</strong> " " })}
                                            <span class="bench-score__setting" lang="en">{detail.join("; ")}</span>
                                        </td>
                                        <td>
                                            {move || match (by.as_str(), zh.get()) {
                                                ("lab", false) => "the lab".to_string(),
                                                ("lab", true) => "发布方".to_string(),
                                                (other, _) => other.to_string(),
                                            }}
                                            {date.map(|d| view! { ", " {move || crate::i18n::date(zh.get(), d)} })}
                                        </td>
                                        <td><SourceLinks sources=vec![source] /></td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            </section>
        }
    })
}

#[component]
fn ModelDetail(model: &'static Model, index: usize) -> impl IntoView {
    let data = dataset();
    let zh = use_zh();
    let company = data.company(&model.company);
    let events = data.events_by_model(index).to_vec();
    let compare_href = format!("/models?pick={}&view=compare", model.id);
    view! {
        <article class="entity" data-testid="model-page">
            <p class="entity__kind"><Link href="/models">{move || t(zh.get(), "models")}</Link></p>
            <ShareBar href=Signal::derive({ let id = model.id.clone(); let common = crate::url_state::use_common(); move || crate::url_state::with_common(&format!("/model/{id}"), &common.get()) }) title=Signal::derive({ let n = model.name.clone(); move || n.clone() }) />
            <h1>{model.name.clone()}</h1>
            <p class="entity__lede">
                {move || crate::i18n::tr(zh.get(), "Published by")} {move || if zh.get() { "：" } else { ": " }}
                {company.map(|c| view! { <Link href=format!("/company/{}", c.id) attr:data-testid="company-link">{move || data.company_name_in(&c.id, zh.get()).to_string()}</Link> })}
                {move || if zh.get() { "。" } else { ". " }} {move || crate::i18n::tr(zh.get(), "Confidence in this record:")} {move || if zh.get() { "" } else { " " }} {move || crate::i18n::label(zh.get(), "confidence", &model.confidence, &model.confidence).to_string()} {move || if zh.get() { "。" } else { "." }}
                {(model.confidence == "low").then(|| view! { " " <crate::widgets::LowConfidence /> })}
            </p>
            <p><Link href=compare_href attr:class="button" attr:data-testid="compare-with">{move || crate::i18n::tr(zh.get(), "Compare with other models…")}</Link></p>
            <dl class="facts">
                {move || model_fields(model, crate::zh_texts::tracked(zh))
                    .into_iter()
                    .filter(|(label, _, _)| *label != "Benchmark")
                    .map(|(label, value, sources)| {
                        let value = if value == "—" { not_published() } else { view! { {value} }.into_any() };
                        view! { <Fact label=Signal::derive(move || crate::i18n::tr(zh.get(), label)) value=value sources=sources /> }
                    })
                    .collect_view()}
            </dl>
            <ScoreTable model=model />
            {model.params_note.clone().map(|n| view! { <p class="entity__notes"><crate::zh_texts::DataText kind=atlas_core::translation::TextKind::Model id=model.id.clone() field="params_note" en=n /></p> })}
            {model.notes.clone().map(|n| view! { <p class="entity__notes"><crate::zh_texts::DataText kind=atlas_core::translation::TextKind::Model id=model.id.clone() field="notes" en=n /></p> })}
            // An empty section is not shown.
            {(!events.is_empty()).then(|| view! {
                <section data-testid="related-events">
                    <h2>{move || crate::i18n::tr(zh.get(), "Related events")}</h2>
                    <EventMiniList events=events />
                </section>
            })}
            <SourceList sources=model.sources.clone() />
        </article>
    }
}

#[component]
pub fn EventPage() -> impl IntoView {
    let id = id_param();
    let data = dataset();
    let zh_signal = use_zh();
    super::set_title(move |zh| {
        id.with(|id| match data.event(id) {
            Some(e) => crate::zh_texts::chinese(zh_signal, TextKind::Event, id, "title")
                .map_or_else(|| e.title.clone(), str::to_string),
            None => crate::i18n::t(zh, "not-found").into(),
        })
    });
    move || {
        let id = id.get();
        match data.event(&id) {
            Some(event) => view! { <EventDetail event=event /> }.into_any(),
            None => {
                let suggestions = suggest(&id, data.event_search(), |i| {
                    (
                        format!("/event/{}", data.events()[i].id),
                        data.events()[i].title.clone(),
                    )
                });
                view! { <Unknown kind="event" id=id suggestions=suggestions /> }.into_any()
            }
        }
    }
}

#[component]
fn EventDetail(event: &'static Event) -> impl IntoView {
    let data = dataset();
    let zh = use_zh();
    let timeline_href = format!("/timeline?focus={}", event.id);
    view! {
        <article class="entity" data-testid="event-page">
            <p class="entity__kind">
                <Link href="/timeline">{move || t(zh.get(), "timeline")}</Link>
                " / "
                <span class=format!("category category--{}", event.category.as_str())>{event.category.label()}</span>
                {event.in_article.then(|| view! { " " <span class="badge badge--article">{move || t(zh.get(), "in-article")}</span> })}
            </p>
            <ShareBar href=Signal::derive({ let id = event.id.clone(); let common = crate::url_state::use_common(); move || crate::url_state::with_common(&format!("/event/{id}"), &common.get()) }) title=Signal::derive({ let (id, n) = (event.id.clone(), event.title.clone()); let zh = use_zh(); move || crate::zh_texts::chinese(zh, TextKind::Event, &id, "title").map_or_else(|| n.clone(), str::to_string) }) />
            <h1><crate::zh_texts::DataText kind=atlas_core::translation::TextKind::Event id=event.id.clone() field="title" en=event.title.clone() /></h1>
            <p class="entity__date">
                <time datetime=event.date.map(|d| d.to_string()).unwrap_or_default()>
                    {move || event.date.map_or_else(|| t(zh.get(), "date-unknown").to_string(), |d| crate::i18n::date(zh.get(), d))}
                </time>
                <SourceLinks sources=backing(&event.sources, "date") />
            </p>
            <p class="entity__lede"><crate::zh_texts::DataText kind=atlas_core::translation::TextKind::Event id=event.id.clone() field="summary" en=event.summary.clone() /></p>
            {event.notes.clone().map(|n| view! { <p class="entity__notes"><crate::zh_texts::DataText kind=atlas_core::translation::TextKind::Event id=event.id.clone() field="notes" en=n /></p> })}
            {event.key_figures.clone().map(|figures| view! {
                <dl class="facts">
                    {figures.into_iter().map(|(k, v)| view! { <div class="fact key-figure" lang=move || zh.get().then_some("en")><dt>{k.replace('_', " ")}</dt><dd>{v}</dd></div> }).collect_view()}
                </dl>
            })}
            <dl class="facts">
                <div class="fact">
                    <dt>{move || t(zh.get(), "companies")}</dt>
                    <dd data-testid="event-companies">
                        {if event.companies.is_empty() { view! { "—" }.into_any() } else {
                            event.companies.iter().map(|c| view! { <Link href=format!("/company/{c}")>{move || data.company_name_in(c, zh.get()).to_string()}</Link> " " }).collect_view().into_any()
                        }}
                    </dd>
                </div>
                <div class="fact">
                    <dt>{move || t(zh.get(), "models")}</dt>
                    <dd data-testid="event-models">
                        {if event.models.is_empty() { view! { "—" }.into_any() } else {
                            event.models.iter().map(|m| view! { <Link href=format!("/model/{m}")>{data.model(m).map_or(m.clone(), |m| m.name.clone())}</Link> " " }).collect_view().into_any()
                        }}
                    </dd>
                </div>
                {(!event.products.is_empty()).then(|| view! { <div class="fact"><dt>{move || crate::i18n::tr(zh.get(), "Products")}</dt><dd>{event.products.join(", ")}</dd></div> })}
            </dl>
            <p><Link href=timeline_href>{move || crate::i18n::tr(zh.get(), "Show in the timeline →")}</Link></p>
            <SourceList sources=event.sources.clone() />
        </article>
    }
}
