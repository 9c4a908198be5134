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
    let drawer = crate::widgets::provide_filters_drawer();
    let query = use_view_query("/timeline", TimelineState::decode, TimelineState::encode);
    let state = query.state;
    let results = Memo::new(move |_| state.with(|s| query_events(data, s)));
    super::set_title(|zh| t(zh, "timeline").to_string());
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
                    // Focus moves to the event (for keyboard and screen-reader users), then it
                    // is centred in the window.
                    if !element.has_attribute("tabindex") {
                        let _ = element.set_attribute("tabindex", "-1");
                    }
                    if let Some(element) =
                        wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlElement>(&element)
                    {
                        let _ = element.focus();
                    }
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
                title=Signal::derive(move || t(zh.get(), "timeline").to_string())
                exports=Exports::new(
                    "events",
                    Signal::derive(move || results.with(|r| r.items.clone())),
                    move |rows| export::events_csv(data, rows),
                    |data, i| &data.events()[i],
                )
            />
            <Notices warnings=query.warnings />
            <DensityStrip query=query />
            <div class="layout">
                <aside class="layout__filters" id="filters" class:layout__filters--open=move || drawer.get() aria-label=move || t(zh.get(), "filters")>
                    <crate::widgets::DrawerHead />
                    <FacetPanel
                        specs=&EVENT_FACETS
                        columns=data.event_facets()
                        order=&EVENT_PANEL_ORDER
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
                        {move || results.with(|r| r.items.len())} " " {move || t(zh.get(), "of")} " " {data.events().len()} " " {move || t(zh.get(), "events-count")}
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
                                {events.into_iter().map(|i| view! { <EventItem index=i focused=Signal::derive(move || state.with(|s| s.focus.as_deref() == Some(data.events()[i].id.as_str()))) /> }).collect_view()}
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
    let event = &data.events()[index];
    view! {
        <li class="event" id=format!("event-{}", event.id) data-id=event.id.clone() tabindex="0" class:event--focused=move || focused.get()>
            <p class="event__meta">
                <time datetime=event.date.map(|d| d.to_string()).unwrap_or_default() class="event__date">{move || event.date.map_or_else(|| t(zh.get(), "date-unknown").to_string(), |d| crate::i18n::date(zh.get(), d))}</time>
                " "
                <span class=format!("category category--{}", event.category.as_str())>{move || crate::i18n::label(zh.get(), "event", event.category.as_str(), event.category.label())}</span>
                {event.in_article.then(|| view! { " " <span class="badge badge--article">{move || t(zh.get(), "in-article")}</span> })}
            </p>
            <h3 class="event__title"><Link href=format!("/event/{}", event.id)><crate::zh_texts::DataText kind=atlas_core::translation::TextKind::Event id=event.id.clone() field="title" en=event.title.clone() /></Link></h3>
            <p class="event__summary"><crate::zh_texts::DataText kind=atlas_core::translation::TextKind::Event id=event.id.clone() field="summary" en=event.summary.clone() /></p>
            <p class="event__links">
                {event.companies.iter().map(|c| view! { <Link href=format!("/company/{c}") attr:class="chip">{move || data.company_name_in(c, zh.get()).to_string()}</Link> " " }).collect_view()}
                {event.models.iter().map(|m| view! { <Link href=format!("/model/{m}") attr:class="chip chip--model">{data.model(m).map_or(m.clone(), |x| x.name.clone())}</Link> " " }).collect_view()}
            </p>
            <p class="event__sources">
                {event.sources.iter().take(3).enumerate().map(|(i, s)| view! { {(i > 0).then_some(" · ")} <ExternalLink href=s.url.clone() title=s.title.clone()><span lang=crate::widgets::english_in_zh(zh, &s.title)>{s.title.clone()}</span></ExternalLink> }).collect_view()}
            </p>
        </li>
    }
}

/// Events per month as bars — the events every other filter leaves, so the strip shows where
/// they fall — with the selected range highlighted. Drag across the strip (mouse, pen or touch)
/// to select months, click for one month, Shift-click to extend; with the strip focused, the
/// arrow keys move the range by a month and Shift+arrows widen or narrow it. Two fields set the
/// range as text.
#[component]
fn DensityStrip(query: ViewQuery<TimelineState>) -> impl IntoView {
    let data = dataset();
    let zh = use_zh();
    let state = query.state;
    let all: Vec<usize> = (0..data.events().len()).collect();
    let months: Vec<PartialDate> = month_histogram(data, &all)
        .into_iter()
        .map(|((year, month), _)| PartialDate {
            year,
            month,
            day: 0,
        })
        .collect();
    let n = months.len();
    let stored = StoredValue::new(months.clone());
    let month_at =
        move |i: usize| stored.with_value(|m| m.get(i.min(n.saturating_sub(1))).copied());
    // Events per month under every filter but the dates.
    // The state without its dates: a memo, so dragging the range does not recount.
    let others = Memo::new(move |_| {
        let mut others = state.get();
        others.range = DateRange::default();
        others
    });
    let counts = Memo::new(move |_| {
        let items = others.with(|others| query_events(data, others).items);
        let mut counts = vec![0usize; n];
        stored.with_value(|months| {
            for ((year, month), count) in month_histogram(data, &items) {
                if let Some(i) = months
                    .iter()
                    .position(|d| d.year == year && d.month == month)
                {
                    counts[i] = count;
                }
            }
        });
        counts
    });
    let width = 900.0;
    let height = 60.0;
    let bar = width / n.max(1) as f64;
    let first = months.first().map(|d| d.to_string()).unwrap_or_default();
    let last = months.last().map(|d| d.to_string()).unwrap_or_default();
    // The selected months as indexes (inclusive), if a range is set.
    let selected_span = move |range: DateRange| -> Option<(usize, usize)> {
        if range.is_open() {
            return None;
        }
        stored.with_value(|months| {
            let first = (0..n).find(|&i| range.contains(months[i]))?;
            let last = (0..n).rev().find(|&i| range.contains(months[i]))?;
            Some((first, last))
        })
    };
    let select = move |a: usize, b: usize| {
        let (Some(from), Some(to)) = (month_at(a.min(b)), month_at(a.max(b))) else {
            return;
        };
        query.update(false, move |s| {
            s.range = DateRange::parse(&format!("{from}..{to}")).unwrap_or_default()
        });
    };
    // Dragging: the month under the pointer when it went down, and the one under it now.
    let drag: RwSignal<Option<(usize, usize)>> = RwSignal::new(None);
    let svg_ref: NodeRef<leptos::svg::Svg> = NodeRef::new();
    let index_at = move |client_x: i32| -> Option<usize> {
        let svg = svg_ref.get_untracked()?;
        let rect = svg.get_bounding_client_rect();
        if rect.width() <= 0.0 || n == 0 {
            return None;
        }
        let share = ((client_x as f64 - rect.left()) / rect.width()).clamp(0.0, 0.999_999);
        Some((share * n as f64) as usize)
    };
    let on_down = move |ev: web_sys::PointerEvent| {
        if ev.button() != 0 {
            return;
        }
        let Some(i) = index_at(ev.client_x()) else {
            return;
        };
        if ev.shift_key() {
            if let Some((from, to)) = state.with_untracked(|s| selected_span(s.range)) {
                let anchor = if i < from { to } else { from };
                select(anchor, i);
                return;
            }
        }
        if let Some(svg) = svg_ref.get_untracked() {
            let _ = svg.set_pointer_capture(ev.pointer_id());
        }
        drag.set(Some((i, i)));
    };
    let on_move = move |ev: web_sys::PointerEvent| {
        if let (Some((start, _)), Some(i)) = (drag.get_untracked(), index_at(ev.client_x())) {
            drag.set(Some((start, i)));
        }
    };
    let on_up = move |_: web_sys::PointerEvent| {
        if let Some((start, end)) = drag.get_untracked() {
            drag.set(None);
            select(start, end);
        }
    };
    let on_key = move |ev: web_sys::KeyboardEvent| {
        let step: isize = match ev.key().as_str() {
            "ArrowLeft" => -1,
            "ArrowRight" => 1,
            _ => return,
        };
        ev.prevent_default();
        let last = n.saturating_sub(1) as isize;
        let (from, to) = state
            .with_untracked(|s| selected_span(s.range))
            .map_or((last, last), |(a, b)| (a as isize, b as isize));
        let (from, to) = if ev.shift_key() {
            (from, (to + step).clamp(from, last))
        } else if (step < 0 && from == 0) || (step > 0 && to == last) {
            (from, to)
        } else {
            (from + step, to + step)
        };
        select(from as usize, to as usize);
    };
    let shown_span = Memo::new(move |_| match drag.get() {
        Some((a, b)) => Some((a.min(b), a.max(b))),
        None => state.with(|s| selected_span(s.range)),
    });
    let bars = (0..n)
        .map(|i| {
            let date = months[i];
            let top = move || {
                counts.with(|c| {
                    let max = c.iter().copied().max().unwrap_or(1).max(1) as f64;
                    let h = c[i] as f64 / max * (height - 4.0);
                    height - h.max(if c[i] > 0 { 2.0 } else { 0.5 })
                })
            };
            let selected = move || shown_span.get().is_none_or(|(a, b)| (a..=b).contains(&i));
            view! {
                <rect
                    class="strip__bar"
                    class:strip__bar--selected=selected
                    x=i as f64 * bar
                    y=top
                    width=(bar - 1.0).max(1.0)
                    height=move || height - top()
                    data-month=date.to_string()
                    data-count=move || counts.with(|c| c[i])
                >
                    <title>{move || format!("{} {}: {} events", PartialDate::month_name(date.month), date.year, counts.with(|c| c[i]))}</title>
                </rect>
            }
        })
        .collect_view();
    // A tick at each January (every few years when the strip spans many).
    let years: Vec<(f64, i32)> = months
        .iter()
        .enumerate()
        .filter(|(_, d)| d.month == 1)
        .map(|(i, d)| (i as f64 / n.max(1) as f64 * 100.0, d.year))
        .collect();
    let every = years.len().div_ceil(12).max(1);
    let ticks = years
        .into_iter()
        .enumerate()
        .filter(|(k, _)| k % every == 0)
        // SVG text placed by percentage: no inline style (the CSP forbids it in the pre-rendered
        // page) and no stretching (this SVG has no viewBox).
        .map(|(_, (left, year))| view! { <text class="strip__tick" x=format!("{left:.3}%") y="12">{year}</text> })
        .collect_view();
    let label = move || {
        let zh = zh.get();
        let span = state.with(|s| s.range.token());
        let what = if span.is_empty() {
            crate::i18n::tr(zh, "all dates").to_string()
        } else {
            span.replace("..", " – ")
        };
        format!(
            "{}: {what}. {}",
            crate::i18n::tr(zh, "Events per month"),
            crate::i18n::tr(
                zh,
                "Arrow keys move the range by a month; Shift and an arrow key widen or narrow it."
            )
        )
    };
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
    view! {
        <section class="strip" aria-label=move || crate::i18n::tr(zh.get(), "Events per month")>
            <svg
                viewBox=format!("0 0 {width} {height}")
                preserveAspectRatio="none"
                class="strip__svg"
                role="group"
                tabindex="0"
                aria-label=label
                data-testid="density-strip"
                node_ref=svg_ref
                on:pointerdown=on_down
                on:pointermove=on_move
                on:pointerup=on_up
                on:pointercancel=move |_| drag.set(None)
                on:keydown=on_key
            >
                {bars}
            </svg>
            <svg class="strip__axis" width="100%" height="16" aria-hidden="true">{ticks}</svg>
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
