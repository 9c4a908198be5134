//! `/article`: the seed article's claims in order, each with a verdict, explanation and sources.

use crate::Link;
use atlas_core::dataset::Verdict;
use atlas_core::state::SimpleState;
use leptos::prelude::*;

use crate::dataset;
use crate::i18n::t;
use crate::share::{Exports, ShareBar};
use crate::url_state::use_view_query;
use crate::widgets::{
    use_zh, Chip, ExternalLink, FacetGroup, FacetOption, FilterChips, Notices, SearchBox,
};
use atlas_core::export;

fn decode(query: &str, _: &atlas_core::Dataset) -> (SimpleState, Vec<atlas_core::query::Warning>) {
    SimpleState::decode(query)
}

#[component]
pub fn ArticleView() -> impl IntoView {
    let data = dataset();
    let zh = use_zh();
    let drawer = crate::widgets::provide_filters_drawer();
    let query = use_view_query("/article", decode, SimpleState::encode);
    let state = query.state;
    super::set_title(|zh| t(zh, "article").to_string());
    // The claims shown, and per verdict how many the search leaves (core: `query_claims`).
    let queried = Memo::new(move |_| state.with(|st| data.query_claims(st)));
    let shown = Memo::new(move |_| queried.with(|(shown, _)| shown.clone()));
    let on_search = Callback::new(move |q: String| query.type_live(|s| s.q = q.trim().to_string()));
    let chips = Signal::derive(move || {
        state.with(|s| {
            let zh = zh.get();
            let mut chips: Vec<Chip> = Chip::search(zh, &s.q).into_iter().collect();
            chips.extend(s.verdicts.iter().map(|v| Chip {
                key: "verdict",
                value: v.as_str().to_string(),
                label: format!(
                    "{}: {}",
                    t(zh, "verdict"),
                    crate::i18n::label(zh, "verdict", v.as_str(), v.label())
                ),
            }));
            chips
        })
    });
    let on_remove_chip = Callback::new(move |chip: Chip| {
        query.update(false, |s| match chip.key {
            "q" => s.q.clear(),
            _ => {
                if let Some(v) = Verdict::parse(&chip.value) {
                    s.verdicts.remove(&v);
                }
            }
        })
    });
    let options = Signal::derive(move || {
        let selected = state.with(|s| s.verdicts.clone());
        let counts = queried.with(|(_, counts)| counts.clone());
        Verdict::ALL
            .into_iter()
            .zip(counts)
            .map(|(v, count)| {
                let total = data.claims.iter().filter(|c| c.verdict == v).count();
                FacetOption {
                    value: v.as_str().to_string(),
                    label: crate::i18n::label(zh.get(), "verdict", v.as_str(), v.label())
                        .to_string(),
                    count,
                    total,
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
                title=Signal::derive(move || t(zh.get(), "article").to_string())
                exports=Exports::new(
                    "claims",
                    Signal::derive(move || shown.get()),
                    move |rows| export::claims_csv(data, rows),
                    |data, i| &data.claims[i],
                )
            />
            <Notices warnings=query.warnings />
            <p class="lede" data-testid="article-credit">
                {move || crate::i18n::tr(zh.get(), "The claims below are quoted from")} " “" <cite lang="en">{data.header.article.title.clone()}</cite> {move || if zh.get() { "”，" } else { "”, " }}
                {move || crate::i18n::tr(zh.get(), "the news article this atlas grew from. China AI Atlas checks each claim against sources; quoting it is not an endorsement.")}
            </p>
            <ArticleCitation />
            <div class="layout">
                <aside class="layout__filters" id="filters" class:layout__filters--open=move || drawer.get() aria-label=move || t(zh.get(), "filters")>
                    <crate::widgets::DrawerHead />
                    <FacetGroup key="verdict" title=Signal::derive(move || t(zh.get(), "verdict").to_string()) options=options on_toggle=on_toggle />
                    <VerdictKey />
                    <crate::widgets::DrawerFoot count=Signal::derive(move || shown.with(Vec::len)) />
                </aside>
                <div class="layout__results" id="results" tabindex="-1">
                    <div class="toolbar">
                        <crate::widgets::FiltersJump />
                        <SearchBox
                            value=Signal::derive(move || state.with(|s| s.q.clone()))
                            on_search=on_search
                            placeholder=Signal::derive(move || crate::i18n::tr(zh.get(), "Search the claims (all words must match)"))
                            label=Signal::derive(move || t(zh.get(), "search"))
                        />
                    </div>
                    <p class="result-count" aria-live="polite" data-testid="result-count">
                        {move || shown.with(Vec::len)} " " {move || t(zh.get(), "of")} " " {data.claims.len()} " " {move || t(zh.get(), "claims-count")}
                    </p>
                    <FilterChips chips=chips on_remove=on_remove_chip />
                    <Show when=move || shown.with(Vec::is_empty)>
                        <div class="empty" data-testid="empty">
                            <p>{move || t(zh.get(), "no-results")}</p>
                            <button type="button" class="link-button" on:click=move |_| query.update(false, |s| { s.q.clear(); s.verdicts.clear(); })>
                                {move || t(zh.get(), "clear-all")}
                            </button>
                        </div>
                    </Show>
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
        <li class=format!("claim claim--{}", claim.verdict.as_str()) id=claim.id.clone() data-id=claim.id.clone() data-verdict=claim.verdict.as_str()>
            <blockquote class="claim__quote" lang=crate::widgets::english_in_zh(zh, &claim.quote)>"“" {claim.quote.clone()} "”"</blockquote>
            // The article's words stay as quoted; the Chinese edition adds a rendering beside them.
            {
                let id = claim.id.clone();
                move || crate::zh_texts::chinese(zh, atlas_core::translation::TextKind::Claim, &id, "quote").map(|text| view! {
                    <p class="claim__rendering" data-testid="quote-rendering">"“" {text} "”" <span class="tr-mark" data-testid="translated" title="译自英文原文（translated from the English original）">"译"</span></p>
                })
            }
            <p class="claim__verdict"><span class=format!("verdict verdict--{}", claim.verdict.as_str())>{move || crate::i18n::label(zh.get(), "verdict", claim.verdict.as_str(), claim.verdict.label())}</span>
                " "
                <span class="claim__permalink">
                    <Link href=format!("/article#{}", claim.id)>
                        {move || crate::i18n::tr(zh.get(), "Link to this claim")}
                    </Link>
                </span>
            </p>
            <p class="claim__explanation"><crate::zh_texts::DataText kind=atlas_core::translation::TextKind::Claim id=claim.id.clone() field="explanation" en=claim.explanation.clone() /></p>
            <p class="claim__links">
                {claim.companies.iter().map(|c| view! { <Link href=format!("/company/{c}") attr:class="chip">{move || data.company_name_in(c, zh.get()).to_string()}</Link> " " }).collect_view()}
                {claim.models.iter().map(|m| view! { <Link href=format!("/model/{m}") attr:class="chip chip--model">{data.model(m).map_or(m.clone(), |x| x.name.clone())}</Link> " " }).collect_view()}
                {claim.events.iter().map(|e| view! { <Link href=format!("/event/{e}") attr:class="chip chip--event"><crate::zh_texts::DataText kind=atlas_core::translation::TextKind::Event id=e.clone() field="title" en=data.event(e).map_or(e.clone(), |x| x.title.clone()) /></Link> " " }).collect_view()}
            </p>
            {(!claim.sources.is_empty()).then(|| view! {
                <ul class="claim__sources">
                    {claim.sources.iter().map(|s| view! { <li><crate::widgets::GradeBadge grade=s.grade /> " " <ExternalLink href=s.url.clone()><span lang=crate::widgets::english_in_zh(zh, &s.title)>{s.title.clone()}</span></ExternalLink></li> }).collect_view()}
                </ul>
            })}
        </li>
    }
}

/// What each verdict means, beside the filter that uses them.
#[component]
fn VerdictKey() -> impl IntoView {
    let zh = use_zh();
    view! {
        <details class="verdict-key" data-testid="verdict-key">
            <summary>{move || crate::i18n::tr(zh.get(), "What the verdicts mean")}</summary>
            <dl>
                {Verdict::ALL.into_iter().map(|v| view! {
                    <dt><span class=format!("verdict verdict--{}", v.as_str())>{move || crate::i18n::label(zh.get(), "verdict", v.as_str(), v.label())}</span></dt>
                    <dd>{move || crate::i18n::tr(zh.get(), verdict_meaning(v))}</dd>
                }).collect_view()}
            </dl>
        </details>
    }
}

fn verdict_meaning(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Confirmed => "The sources cited confirm the claim as the article states it.",
        Verdict::Corrected => "The claim is right in substance, but a detail (a number, a date, a name) differs from the sources; the explanation gives the sourced value.",
        Verdict::Disputed => "The sources cited contradict the claim, or credible sources disagree about it.",
        Verdict::Unverified => "No source found confirms or refutes the claim.",
        Verdict::Opinion => "A judgement or a prediction, not a fact that can be checked today.",
    }
}

/// Who published the article, when and where — or, while no source confirms them, that they
/// are not recorded (never a guess).
#[component]
fn ArticleCitation() -> impl IntoView {
    let zh = use_zh();
    let article = &dataset().header.article;
    let unknown = move || crate::i18n::tr(zh.get(), "not recorded");
    view! {
        <dl class="article-citation" data-testid="article-citation">
            <dt>{move || crate::i18n::tr(zh.get(), "Outlet")}</dt>
            <dd>{match &article.outlet { Some(o) => view! { {o.clone()} }.into_any(), None => view! { {unknown} }.into_any() }}</dd>
            <dt>{move || crate::i18n::tr(zh.get(), "Published")}</dt>
            <dd>{match article.published { Some(d) => view! { {d.display()} }.into_any(), None => view! { {unknown} }.into_any() }}</dd>
            <dt>{move || crate::i18n::tr(zh.get(), "Address")}</dt>
            <dd>{match &article.url { Some(u) => view! { <ExternalLink href=u.clone()>{u.clone()}</ExternalLink> }.into_any(), None => view! { {unknown} }.into_any() }}</dd>
        </dl>
        {(article.outlet.is_none() || article.published.is_none() || article.url.is_none()).then(|| view! {
            <p class="hint">{move || crate::i18n::tr(zh.get(), "The article reached this project as plain text, without its outlet, date or address; they stay blank until a source confirms them.")}</p>
        })}
    }
}
