//! `/timeline`: events grouped by year and month, filters with counts, a density strip with
//! a keyboard-operable date range, and focus deep links.

use crate::Link;
use atlas_core::date::PartialDate;
use atlas_core::spec::{EVENT_FACETS, EVENT_PANEL_ORDER};
use atlas_core::state::{DateRange, TimelineState};
use atlas_core::timeline::{group_by_month, month_histogram, query_events};
use leptos::prelude::*;

use crate::dataset;
use crate::i18n::t;
use crate::share::{Exports, ShareBar};
use crate::url_state::{use_view_query, ViewQuery};
use crate::widgets::{
    facet_chips, remove_facet_chip, use_zh, Chip, ExternalLink, FacetPanel, FilterChips, Notices,
    SearchBox,
};
use atlas_core::export;

/// The chips of every active filter of the Timeline.
fn event_chips(zh: bool, s: &TimelineState) -> Vec<Chip> {
    let data = dataset();
    let mut chips: Vec<Chip> = Chip::search(zh, &s.q).into_iter().collect();
    chips.extend(facet_chips(
        zh,
        &EVENT_FACETS,
        data.event_facets(),
        &s.facets,
    ));
    chips.extend(Chip::dates(zh, "dates", &s.range));
    chips
}

fn remove_event_chip(s: &mut TimelineState, chip: &Chip) {
    if remove_facet_chip(&EVENT_FACETS, &mut s.facets, chip) {
        return;
    }
    match chip.key {
        "q" => s.q.clear(),
        "date" => s.range = DateRange::default(),
        _ => {}
    }
}

#[component]
pub fn TimelineView() -> impl IntoView {
    let data = dataset();
    let zh = use_zh();
    let query = use_view_query("/timeline", TimelineState::decode, TimelineState::encode);
    let state = query.state;
    let results = Memo::new(move |_| state.with(|s| query_events(data, s)));
    super::set_title(|| "Timeline".to_string());
    let counts = Memo::new(move |_| results.with(|r| r.counts.clone()));
    let on_facet = Callback::new(move |(f, v): (usize, String)| {
        query.update(false, |s| s.facets.toggle(&EVENT_FACETS, f, &v))
    });
    let on_search = Callback::new(move |q: String| query.type_live(|s| s.q = q.trim().to_string()));
    let clear = move |_| {
        query.update(false, |s| {
            *s = TimelineState {
                common: s.common.clone(),
                newest_first: s.newest_first,
                ..Default::default()
            }
        })
    };

    // Scroll the focused event into view once it is rendered.
    Effect::new(move |_| {
        if let Some(id) = state.with(|s| s.focus.clone()) {
            request_animation_frame(move || {
                if let Some(element) = crate::browser_window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id(&format!("event-{id}")))
                {
                    let options = web_sys::ScrollIntoViewOptions::new();
                    options.set_block(web_sys::ScrollLogicalPosition::Center);
                    element.scroll_into_view_with_scroll_into_view_options(&options);
                }
            });
        }
    });

    view! {
        <div class="view view--timeline">
            <h1>{move || t(zh.get(), "timeline")}</h1>
            <ShareBar
                href=Signal::derive(move || state.with(|s| query.href_for(s)))
                title=Signal::derive(|| "Timeline".to_string())
                exports=Exports::new(
                    "events",
                    Signal::derive(move || results.with(|r| r.items.clone())),
                    move |rows| export::events_csv(data, rows),
                    |data, i| &data.events[i],
                )
            />
            <Notices warnings=query.warnings />
            <DensityStrip query=query />
            <div class="layout">
                <aside class="layout__filters" aria-label="Filters">
                    <FacetPanel
                        specs=&EVENT_FACETS
                        columns=data.event_facets()
                        order=&EVENT_PANEL_ORDER
                        selected=Signal::derive(move || state.with(|s| s.facets.clone()))
                        counts=counts
                        on_toggle=on_facet
                    />

                </aside>
                <div class="layout__results" id="results" tabindex="-1">
                    <div class="toolbar">
                        <crate::widgets::FiltersJump />
                        <SearchBox
                            value=Signal::derive(move || state.with(|s| s.q.clone()))
                            on_search=on_search
                            placeholder=Signal::derive(move || t(zh.get(), "search-events"))
                            label=Signal::derive(move || t(zh.get(), "search"))
                        />
                        <label>
                            {move || t(zh.get(), "order")} " "
                            <select data-testid="order" on:change=move |ev| { let desc = event_target_value(&ev) == "desc"; query.update(false, |s| s.newest_first = desc) }>
                                <option value="asc" selected=move || !state.with(|s| s.newest_first)>{move || t(zh.get(), "oldest-first")}</option>
                                <option value="desc" selected=move || state.with(|s| s.newest_first)>{move || t(zh.get(), "newest-first")}</option>
                            </select>
                        </label>
                    </div>
                    <p class="result-count" aria-live="polite" data-testid="result-count">
                        {move || results.with(|r| r.items.len())} " " {move || t(zh.get(), "of")} " " {data.events.len()} " " {move || t(zh.get(), "events-count")}
                        <Show when=move || !state.with(TimelineState::is_unfiltered)>
                            " · " <button type="button" class="link-button" data-testid="clear-all" on:click=clear>{move || t(zh.get(), "clear-all")}</button>
                        </Show>
                    </p>
                    <FilterChips
                        chips=Signal::derive(move || state.with(|s| event_chips(zh.get(), s)))
                        on_remove=Callback::new(move |chip: Chip| query.update(false, |s| remove_event_chip(s, &chip)))
                    />
                    <crate::widgets::DidYouMean
                        query=Signal::derive(move || state.with(|s| s.q.clone()))
                        empty=Signal::derive(move || results.with(|r| r.items.is_empty()))
                        names=data.companies.iter().map(|c| c.name_en.as_str()).chain(data.models.iter().map(|m| m.name.as_str())).collect()
                        on_pick=Callback::new(move |name: String| query.type_live(|s| s.q = name))
                    />
                    <EventList query=query items=Signal::derive(move || results.with(|r| r.items.clone())) />
                </div>
            </div>
        </div>
    }
}

#[component]
fn EventList(
    query: ViewQuery<TimelineState>,
    #[prop(into)] items: Signal<Vec<usize>>,
) -> impl IntoView {
    let data = dataset();
    let zh = use_zh();
    let state = query.state;
    // Very long timelines (synthetic benchmarks) render in pages of events.
    let limit = RwSignal::new(crate::widgets::PAGE);
    let groups = Memo::new(move |_| {
        let limit = limit.get();
        items.with(|items| {
            group_by_month(data, &items[..items.len().min(limit)])
                .into_iter()
                .map(|g| (g.year, g.month, g.items))
                .collect::<Vec<_>>()
        })
    });
    // Arrow keys move between events; Home and End jump to the ends.
    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        let key = ev.key();
        if !matches!(key.as_str(), "ArrowDown" | "ArrowUp" | "Home" | "End") {
            return;
        }
        let Some(document) = crate::browser_window().and_then(|w| w.document()) else {
            return;
        };
        let Ok(list) = document.query_selector_all(".event") else {
            return;
        };
        let n: u32 = list.length();
        if n == 0 {
            return;
        }
        let active = document.active_element();
        let mut current = None;
        for i in 0..n {
            if let (Some(node), Some(active)) = (list.item(i), active.as_ref()) {
                let element: &web_sys::Node = active.as_ref();
                if node.contains(Some(element)) {
                    current = Some(i);
                }
            }
        }
        let next = match (key.as_str(), current) {
            ("Home", _) => 0,
            ("End", _) => n - 1,
            ("ArrowDown", Some(i)) => (i + 1).min(n - 1),
            ("ArrowUp", Some(i)) => i.saturating_sub(1u32),
            (_, None) => 0,
            _ => return,
        };
        ev.prevent_default();
        if let Some(node) = list.item(next) {
            use wasm_bindgen::JsCast;
            if let Ok(element) = node.dyn_into::<web_sys::HtmlElement>() {
                let _ = element.focus();
            }
        }
    };
    view! {
        <div class="events" data-testid="events" on:keydown=on_keydown>
            <Show when=move || items.with(Vec::is_empty)>
                <div class="empty" data-testid="empty"><p>"No events match these filters. Clear a filter or widen the date range."</p></div>
            </Show>
            <For each=move || groups.get() key=|g| g.clone() let:group>
                {
                    let (year, month, events) = group;
                    let heading = match (year, month) {
                        (None, _) => t(zh.get_untracked(), "date-unknown").to_string(),
                        (Some(y), 0) => format!("{y} ({})", t(zh.get_untracked(), "month-unknown")),
                        (Some(y), m) => crate::i18n::month_heading(zh.get_untracked(), y, m),
                    };
                    view! {
                        <section class="events__group" data-year=year.map(|y| y.to_string()).unwrap_or_default()>
                            <h2 class="events__heading">{heading}</h2>
                            <ol class="events__list">
                                {events.into_iter().map(|i| view! { <EventItem index=i focused=Signal::derive(move || state.with(|s| s.focus.as_deref() == Some(data.events[i].id.as_str()))) /> }).collect_view()}
                            </ol>
                        </section>
                    }
                }
            </For>
            <crate::widgets::ShowMore total=Signal::derive(move || items.with(Vec::len)) limit=limit />
        </div>
    }
}

#[component]
fn EventItem(index: usize, #[prop(into)] focused: Signal<bool>) -> impl IntoView {
    let data = dataset();
    let zh = use_zh();
    let event = &data.events[index];
    view! {
        <li class="event" id=format!("event-{}", event.id) data-id=event.id.clone() tabindex="0" class:event--focused=move || focused.get()>
            <p class="event__meta">
                <time datetime=event.date.map(|d| d.to_string()).unwrap_or_default() class="event__date">{move || event.date.map_or_else(|| t(zh.get(), "date-unknown").to_string(), |d| d.display())}</time>
                " "
                <span class=format!("category category--{}", event.category.as_str())>{move || crate::i18n::label(zh.get(), "event", event.category.as_str(), event.category.label())}</span>
                {event.in_article.then(|| view! { " " <span class="badge badge--article">{move || t(zh.get(), "in-article")}</span> })}
            </p>
            <h3 class="event__title"><Link href=format!("/event/{}", event.id)>{event.title.clone()}</Link></h3>
            <p class="event__summary">{event.summary.clone()}</p>
            <p class="event__links">
                {event.companies.iter().map(|c| view! { <Link href=format!("/company/{c}") attr:class="chip">{data.company_name(c).to_string()}</Link> " " }).collect_view()}
                {event.models.iter().map(|m| view! { <Link href=format!("/model/{m}") attr:class="chip chip--model">{data.model(m).map_or(m.clone(), |x| x.name.clone())}</Link> " " }).collect_view()}
            </p>
            <p class="event__sources">
                {event.sources.iter().take(3).enumerate().map(|(i, s)| view! { {(i > 0).then_some(" · ")} <ExternalLink href=s.url.clone() title=s.title.clone()>{s.title.clone()}</ExternalLink> }).collect_view()}
            </p>
        </li>
    }
}

/// Events per month as bars; the selected range is highlighted. Two month inputs set the
/// range from the keyboard; clicking a bar selects that month, shift-click extends.
#[component]
fn DensityStrip(query: ViewQuery<TimelineState>) -> impl IntoView {
    let data = dataset();
    let zh = use_zh();
    let state = query.state;
    let all: Vec<usize> = (0..data.events.len()).collect();
    let histogram = month_histogram(data, &all);
    let max = histogram.iter().map(|(_, c)| *c).max().unwrap_or(1).max(1) as f64;
    let width = 900.0;
    let height = 60.0;
    let bar = width / histogram.len().max(1) as f64;
    let first = histogram
        .first()
        .map(|((y, m), _)| format!("{y:04}-{m:02}"))
        .unwrap_or_default();
    let last = histogram
        .last()
        .map(|((y, m), _)| format!("{y:04}-{m:02}"))
        .unwrap_or_default();
    // Applies as the reader types; the fields read dates as people write them.
    let set_range = move |from: Option<Option<String>>, to: Option<Option<String>>| {
        query.type_live(|s| {
            let mut r = s.range;
            if let Some(f) = from {
                r.from = f.and_then(|f| f.parse().ok());
            }
            if let Some(t) = to {
                r.to = t.and_then(|t| t.parse().ok());
            }
            s.range = DateRange::parse(&r.token()).unwrap_or_default();
        })
    };
    let read_date = |text: &str| atlas_core::input::parse_date(text).map(|d| d.to_string());
    let month_value = |d: Option<PartialDate>| d.map(|d| d.to_string()).unwrap_or_default();
    let (first_hint, last_hint) = (first.clone(), last.clone());
    let bars = histogram
        .iter()
        .enumerate()
        .map(|(i, ((year, month), count))| {
            let date = PartialDate { year: *year, month: *month, day: 0 };
            let h = (*count as f64 / max) * (height - 4.0);
            let selected = move || state.with(|s| s.range.is_open() || s.range.contains(date));
            let token = date.to_string();
            view! {
                <rect
                    class="strip__bar"
                    class:strip__bar--selected=selected
                    x=i as f64 * bar
                    y=height - h.max(if *count > 0 { 2.0 } else { 0.5 })
                    width=(bar - 1.0).max(1.0)
                    height=h.max(if *count > 0 { 2.0 } else { 0.5 })
                    data-month=token.clone()
                    on:click=move |ev: web_sys::MouseEvent| {
                        let token = token.clone();
                        if ev.shift_key() {
                            query.update(false, move |s| {
                                let from = s.range.from.unwrap_or(date);
                                s.range = DateRange::parse(&format!("{}..{}", from.min(date), from.max(date))).unwrap_or_default();
                            })
                        } else {
                            query.update(false, move |s| s.range = DateRange::parse(&format!("{token}..{token}")).unwrap_or_default())
                        }
                    }
                >
                    <title>{format!("{} {}: {} events", PartialDate::month_name(*month), year, count)}</title>
                </rect>
            }
        })
        .collect_view();
    view! {
        <section class="strip" aria-label="Events per month">
            <svg viewBox=format!("0 0 {width} {height}") preserveAspectRatio="none" class="strip__svg" aria-hidden="true" data-testid="density-strip">
                {bars}
            </svg>
            <div class="strip__axis"><span>{first.clone()}</span><span>{last.clone()}</span></div>
            <div class="range strip__range">
                <crate::widgets::LooseField testid="range-from" label=Signal::derive(move || t(zh.get(), "from")) placeholder=first_hint inputmode="numeric" hint=atlas_core::input::DATE_HINT read=read_date
                    applied=Signal::derive(move || month_value(state.with(|s| s.range.from))) on_apply=Callback::new(move |v| set_range(Some(v), None)) />
                <crate::widgets::LooseField testid="range-to" label=Signal::derive(move || t(zh.get(), "to")) placeholder=last_hint inputmode="numeric" hint=atlas_core::input::DATE_HINT read=read_date
                    applied=Signal::derive(move || month_value(state.with(|s| s.range.to))) on_apply=Callback::new(move |v| set_range(None, Some(v))) />
                <Show when=move || !state.with(|s| s.range.is_open())>
                    <button type="button" class="link-button" data-testid="range-clear" on:click=move |_| query.update(false, |s| s.range = DateRange::default())>"All dates"</button>
                </Show>
            </div>
        </section>
    }
}
