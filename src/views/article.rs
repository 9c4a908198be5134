//! `/article`: the seed article's claims in order, each with a verdict, explanation and sources.

use crate::Link;
use atlas_core::dataset::Verdict;
use atlas_core::state::SimpleState;
use leptos::prelude::*;

use crate::dataset;
use crate::i18n::t;
use crate::share::{Exports, ShareBar};
use crate::url_state::use_view_query;
use crate::widgets::{use_zh, ExternalLink, FacetGroup, FacetOption, Notices};
use atlas_core::export;

fn decode(query: &str, _: &atlas_core::Dataset) -> (SimpleState, Vec<atlas_core::query::Warning>) {
    SimpleState::decode(query)
}

#[component]
pub fn ArticleView() -> impl IntoView {
    let data = dataset();
    let zh = use_zh();
    let query = use_view_query("/article", decode, SimpleState::encode);
    let state = query.state;
    super::set_title(|| "The article, checked".to_string());
    let shown = Memo::new(move |_| {
        state.with(|s| {
            data.claims
                .iter()
                .enumerate()
                .filter(|(_, c)| s.verdicts.is_empty() || s.verdicts.contains(&c.verdict))
                .map(|(i, _)| i)
                .collect::<Vec<_>>()
        })
    });
    let options = Signal::derive(move || {
        let selected = state.with(|s| s.verdicts.clone());
        Verdict::ALL
            .into_iter()
            .map(|v| {
                let count = data.claims.iter().filter(|c| c.verdict == v).count();
                FacetOption {
                    value: v.as_str().to_string(),
                    label: crate::i18n::label(zh.get(), "verdict", v.as_str(), v.label())
                        .to_string(),
                    count,
                    total: count,
                    selected: selected.contains(&v),
                }
            })
            .collect::<Vec<_>>()
    });
    let on_toggle = Callback::new(move |value: String| {
        query.update(false, |s| {
            let v = Verdict::parse(&value).unwrap();
            if !s.verdicts.remove(&v) {
                s.verdicts.insert(v);
            }
        })
    });
    view! {
        <div class="view view--article">
            <h1>{move || t(zh.get(), "article")}</h1>
            <ShareBar
                href=Signal::derive(move || state.with(|s| query.href_for(s)))
                title=Signal::derive(|| "The article, checked".to_string())
                exports=Exports::new(
                    "claims",
                    Signal::derive(move || shown.get()),
                    move |rows| export::claims_csv(data, rows),
                    |data, i| &data.claims[i],
                )
            />
            <Notices warnings=query.warnings />
            <p class="lede" data-testid="article-credit">
                {move || crate::i18n::tr(zh.get(), "The claims below are quoted from")} " “" {data.header.article.title.clone()} "”, "
                {move || crate::i18n::tr(zh.get(), "the news article this atlas grew from. China AI Atlas checks each claim against sources; quoting it is not an endorsement.")}
            </p>
            <div class="layout">
                <aside class="layout__filters" aria-label="Filters">
                    <FacetGroup key="verdict" title=Signal::derive(move || t(zh.get(), "verdict").to_string()) options=options on_toggle=on_toggle />
                </aside>
                <div class="layout__results" id="results" tabindex="-1">
                    <p class="result-count" aria-live="polite" data-testid="result-count">
                        {move || shown.with(Vec::len)} " " {move || t(zh.get(), "of")} " " {data.claims.len()} " " {move || t(zh.get(), "claims-count")}
                    </p>
                    <ol class="claims" data-testid="claims">
                        <For each=move || shown.get() key=|i| *i let:index>
                            <ClaimItem index=index />
                        </For>
                    </ol>
                </div>
            </div>
        </div>
    }
}

#[component]
fn ClaimItem(index: usize) -> impl IntoView {
    let data = dataset();
    let zh = use_zh();
    let claim = &data.claims[index];
    view! {
        <li class=format!("claim claim--{}", claim.verdict.as_str()) data-id=claim.id.clone() data-verdict=claim.verdict.as_str()>
            <blockquote class="claim__quote">"“" {claim.quote.clone()} "”"</blockquote>
            <p class="claim__verdict"><span class=format!("verdict verdict--{}", claim.verdict.as_str())>{move || crate::i18n::label(zh.get(), "verdict", claim.verdict.as_str(), claim.verdict.label())}</span></p>
            <p class="claim__explanation">{claim.explanation.clone()}</p>
            <p class="claim__links">
                {claim.companies.iter().map(|c| view! { <Link href=format!("/company/{c}") attr:class="chip">{data.company_name(c).to_string()}</Link> " " }).collect_view()}
                {claim.models.iter().map(|m| view! { <Link href=format!("/model/{m}") attr:class="chip chip--model">{data.model(m).map_or(m.clone(), |x| x.name.clone())}</Link> " " }).collect_view()}
                {claim.events.iter().map(|e| view! { <Link href=format!("/event/{e}") attr:class="chip chip--event">{data.event(e).map_or(e.clone(), |x| x.title.clone())}</Link> " " }).collect_view()}
            </p>
            {(!claim.sources.is_empty()).then(|| view! {
                <ul class="claim__sources">
                    {claim.sources.iter().map(|s| view! { <li><crate::widgets::GradeBadge grade=s.grade /> " " <ExternalLink href=s.url.clone()>{s.title.clone()}</ExternalLink></li> }).collect_view()}
                </ul>
            })}
        </li>
    }
}
