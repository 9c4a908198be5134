//! `/companies`: filterable company cards with facet counts, search and sort.

use crate::Link;
use atlas_core::companies::query_companies;
use atlas_core::dataset::{Company, ListingStatus};
use atlas_core::state::{CompaniesState, CompanySortKey, SortBy};
use leptos::prelude::*;

use crate::dataset;
use crate::i18n::t;
use crate::share::{Exports, ShareBar};
use crate::url_state::use_view_query;
use crate::widgets::{
    facet_chips, remove_facet_chip, use_zh, Chip, FacetPanel, FilterChips, Notices, SearchBox,
};
use atlas_core::export;
use atlas_core::spec::COMPANY_FACETS;

#[component]
pub fn CompaniesView() -> impl IntoView {
    let data = dataset();
    let zh = use_zh();
    let drawer = crate::widgets::provide_filters_drawer();
    let query = use_view_query("/companies", CompaniesState::decode, CompaniesState::encode);
    let state = query.state;
    let results = Memo::new(move |_| state.with(|s| query_companies(data, s)));
    // Very long result sets (synthetic benchmarks) render in pages of cards.
    let limit = RwSignal::new(crate::widgets::PAGE);
    super::set_title(|zh| t(zh, "companies").to_string());

    let counts = Memo::new(move |_| results.with(|r| r.counts.clone()));
    let on_facet = Callback::new(move |(f, v): (usize, String)| {
        query.update(false, |s| s.facets.toggle(&COMPANY_FACETS, f, &v))
    });
    let on_search = Callback::new(move |q: String| query.type_live(|s| s.q = q.trim().to_string()));
    let clear = move |_| {
        query.update(false, |s| {
            *s = CompaniesState {
                common: s.common.clone(),
                sort: s.sort,
                ..Default::default()
            }
        })
    };

    let sort_value = move || {
        state.with(|s| {
            format!(
                "{}{}",
                if s.sort.descending { "-" } else { "" },
                s.sort.key.as_str()
            )
        })
    };
    let on_sort = move |ev| {
        let value = event_target_value(&ev);
        let (descending, name) = match value.strip_prefix('-') {
            Some(rest) => (true, rest.to_string()),
            None => (false, value.clone()),
        };
        if let Some(key) = CompanySortKey::ALL.into_iter().find(|k| k.as_str() == name) {
            query.update(false, |s| s.sort = SortBy { key, descending });
        }
    };

    view! {
        <div class="view view--companies">
            <h1>{move || t(zh.get(), "companies")}</h1>
            <ShareBar
                href=Signal::derive(move || state.with(|s| query.href_for(s)))
                title=Signal::derive(move || t(zh.get(), "companies").to_string())
                exports=Exports::new(
                    "companies",
                    Signal::derive(move || results.with(|r| r.items.clone())),
                    move |rows| export::companies_csv(data, rows),
                    |data, i| &data.companies[i],
                )
            />
            <Notices warnings=query.warnings />
            <div class="layout">
                <aside class="layout__filters" id="filters" class:layout__filters--open=move || drawer.get() aria-label=move || t(zh.get(), "filters")>
                    <crate::widgets::DrawerHead />
                    <FacetPanel
                        specs=&COMPANY_FACETS
                        columns=data.company_facets()
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
                            placeholder=Signal::derive(move || t(zh.get(), "search-companies"))
                            label=Signal::derive(move || t(zh.get(), "search"))
                        />
                        <label class="toolbar__sort">
                            {move || t(zh.get(), "sort-by")}
                            " "
                            <select data-testid="sort" on:change=on_sort prop:value=sort_value>
                                {CompanySortKey::ALL
                                    .into_iter()
                                    .flat_map(|k| {
                                        [
                                            (k.as_str().to_string(), format!("{} ↑", crate::i18n::label(zh.get_untracked(), "sort", k.as_str(), k.label()))),
                                            (format!("-{}", k.as_str()), format!("{} ↓", crate::i18n::label(zh.get_untracked(), "sort", k.as_str(), k.label()))),
                                        ]
                                    })
                                    .map(|(value, label)| view! { <option value=value.clone() selected=move || sort_value() == value>{label}</option> })
                                    .collect_view()}
                            </select>
                        </label>
                    </div>
                    <p class="result-count" aria-live="polite" data-testid="result-count">
                        {move || results.with(|r| r.items.len())} " " {move || t(zh.get(), "of")} " " {data.companies.len()} " "
                        {move || t(zh.get(), "companies-count")}
                        <Show when=move || !state.with(CompaniesState::is_unfiltered)>
                            " · "
                            <button type="button" class="link-button" data-testid="clear-all" on:click=clear>
                                {move || t(zh.get(), "clear-all")}
                            </button>
                        </Show>
                    </p>
                    <FilterChips
                        chips=Signal::derive(move || state.with(|s| company_chips(zh.get(), s)))
                        on_remove=Callback::new(move |chip: Chip| query.update(false, |s| remove_company_chip(s, &chip)))
                    />
                    <crate::widgets::DidYouMean
                        query=Signal::derive(move || state.with(|s| s.q.clone()))
                        empty=Signal::derive(move || results.with(|r| r.items.is_empty()))
                        names=data.companies.iter().map(|c| c.name_en.as_str()).chain(data.companies.iter().flat_map(|c| c.aliases.iter().map(String::as_str))).collect()
                        on_pick=Callback::new(move |name: String| query.type_live(|s| s.q = name))
                    />
                    <Show when=move || results.with(|r| r.items.is_empty())>
                        <EmptyCompanies state=state clear=Callback::new(move |key: &'static str| query.update(false, |s| clear_key(s, key))) />
                    </Show>
                    <ul class="cards" data-testid="cards">
                        <For each=move || results.with(|r| r.items.iter().take(limit.get()).copied().collect::<Vec<_>>()) key=|i| *i let:index>
                            <CompanyCard company=&data.companies[index] index=index />
                        </For>
                    </ul>
                    <crate::widgets::ShowMore total=Signal::derive(move || results.with(|r| r.items.len())) limit=limit />
                </div>
            </div>
        </div>
    }
}

/// The chips of every active filter of the Companies view.
fn company_chips(zh: bool, s: &CompaniesState) -> Vec<Chip> {
    let mut chips: Vec<Chip> = Chip::search(zh, &s.q).into_iter().collect();
    chips.extend(facet_chips(
        zh,
        &COMPANY_FACETS,
        dataset().company_facets(),
        &s.facets,
    ));
    chips
}

fn remove_company_chip(s: &mut CompaniesState, chip: &Chip) {
    if !remove_facet_chip(&COMPANY_FACETS, &mut s.facets, chip) {
        clear_key(s, chip.key);
    }
}

fn clear_key(state: &mut CompaniesState, key: &str) {
    match COMPANY_FACETS.iter().position(|spec| spec.key == key) {
        Some(f) => state.facets.set(&COMPANY_FACETS, f, Vec::new()),
        None if key == "q" => state.q.clear(),
        None => {}
    }
}

/// Says why nothing matched and offers to clear each active filter.
#[component]
fn EmptyCompanies(state: Memo<CompaniesState>, clear: Callback<&'static str>) -> impl IntoView {
    let zh = use_zh();
    let active = move || {
        state.with(|s| {
            let mut keys: Vec<(&'static str, String)> = Vec::new();
            let zh = zh.get();
            if !s.q.is_empty() {
                keys.push(("q", format!("{} “{}”", t(zh, "search"), s.q)));
            }
            for (f, spec) in COMPANY_FACETS.iter().enumerate() {
                if !s.facets.get(f).is_empty() {
                    keys.push((spec.key, t(zh, spec.title).to_string()));
                }
            }
            keys
        })
    };
    view! {
        <div class="empty" data-testid="empty">
            <p>{move || t(zh.get(), "no-results")}</p>
            <ul>
                {move || {
                    active()
                        .into_iter()
                        .map(|(key, label)| {
                            view! {
                                <li>
                                    <button type="button" class="link-button" on:click=move |_| clear.run(key)>
                                        {move || crate::i18n::tr(zh.get(), "Clear the filter:")} " " {label.clone()}
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </div>
    }
}

/// The listing line: exchange and ticker, or the status (in the reader's language).
pub fn listing_text(zh: bool, company: &Company) -> String {
    let listing = &company.listing;
    match (listing.status, &listing.exchange, &listing.ticker) {
        (ListingStatus::Listed, Some(exchange), Some(ticker)) => format!("{exchange}: {ticker}"),
        (ListingStatus::Listed, Some(exchange), None) => exchange.clone(),
        (status, _, _) => {
            crate::i18n::label(zh, "listed", status.as_str(), status.label()).to_string()
        }
    }
}

/// A city's name in the reader's language (the data stores the English name).
pub fn city_name(zh: bool, city: &str) -> &str {
    crate::i18n::label(zh, "city", city, city)
}

#[component]
fn CompanyCard(company: &'static Company, index: usize) -> impl IntoView {
    let data = dataset();
    let zh = use_zh();
    let model_count = data.company_model_count(index);
    let event_count = data.company_event_count(index);
    let id = &company.id;
    // `Link` keeps the reader's language and embed mode.
    let page = format!("/company/{id}");
    let models_href = format!("/models?org={id}");
    let events_href = format!("/timeline?co={id}");
    let zh_name = company.name_zh.clone();
    view! {
        <li class="card" data-id=company.id.clone()>
            <h2 class="card__title">
                <Link href=page>
                    {move || {
                        match (&zh_name, zh.get()) {
                            (Some(cn), true) => view! { <span lang="zh-Hans">{cn.clone()}</span> " " <span class="card__alt">{company.name_en.clone()}</span> }.into_any(),
                            (Some(cn), false) => view! { {company.name_en.clone()} " " <span class="card__alt" lang="zh-Hans">{cn.clone()}</span> }.into_any(),
                            (None, _) => view! { {company.name_en.clone()} }.into_any(),
                        }
                    }}
                </Link>
            </h2>
            <p class="card__meta">
                <span class="tag">{move || crate::i18n::label(zh.get(), "cat", company.category.as_str(), company.category.label())}</span>
                {company.city.as_deref().map(|c| view! { <span>{move || city_name(zh.get(), c).to_string()}</span> })}
                {company.founded.map(|f| view! { <span>{move || t(zh.get(), "founded")} " " {f}</span> })}
                <span data-testid="listing">{move || listing_text(zh.get(), company)}</span>
            </p>
            <p class="card__badges">
                {company.open_weight_publisher.then(|| view! { <span class="badge badge--open">{move || t(zh.get(), "open-weight-publisher")}</span> })}
                {company.in_article.then(|| view! { <span class="badge badge--article">{move || t(zh.get(), "in-article")}</span> })}
            </p>
            <p class="card__description"><crate::zh_texts::DataText kind=atlas_core::translation::TextKind::Company id=company.id.clone() field="description" en=company.description.clone() /></p>
            <p class="card__links">
                <Link href=models_href attr:data-testid="card-models">{model_count} " " {move || t(zh.get(), if model_count == 1 { "see-model" } else { "see-models" })}</Link>
                " · "
                <Link href=events_href attr:data-testid="card-events">{event_count} " " {move || t(zh.get(), if event_count == 1 { "see-event" } else { "see-events" })}</Link>
            </p>
        </li>
    }
}
