//! Shared widgets: notices, facet lists, search box, source links, toggles.

use atlas_core::dataset::{Grade, Source};
use atlas_core::facets::{facet_lines, FacetColumn, FacetSpec, Selected, Values};
use atlas_core::query::Warning;

use crate::dataset;
use crate::router::{use_location, use_navigate, Nav};
use gloo::storage::Storage;
use leptos::prelude::*;

use crate::i18n::t;
use crate::url_state::{current_href, use_common, with_param};

/// Whether the interface is in Chinese, from the URL.
pub fn use_zh() -> Signal<bool> {
    let common = use_common();
    Signal::derive(move || common.get().lang_zh)
}

/// `lang="en"` for a data text shown in the Chinese edition when it is English (the dataset's
/// texts are written in English), so that screen readers read it with an English voice; no
/// attribute in the English edition or for a text with Chinese characters.
pub fn english_in_zh(zh: Signal<bool>, text: &str) -> impl Fn() -> Option<&'static str> + Copy {
    let english = !text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    move || (english && zh.get()).then_some("en")
}

/// Tells the reader which parts of the URL were ignored or reset.
#[component]
pub fn Notices(#[prop(into)] warnings: Signal<Vec<Warning>>) -> impl IntoView {
    let zh = use_zh();
    let dismissed = RwSignal::new(false);
    // A new set of warnings (a new URL) shows again.
    Effect::new(move |_| {
        warnings.track();
        dismissed.set(false);
    });
    view! {
        <Show when=move || !dismissed.get() && !warnings.with(Vec::is_empty)>
            <div class="notices" role="status" data-testid="notices">
                <p class="notices__title">{move || t(zh.get(), "notices")}</p>
                <ul>
                    {move || warnings.get().into_iter().map(|w| view! { <li>{crate::i18n::warning(zh.get(), &w)}</li> }).collect_view()}
                </ul>
                <button type="button" class="button button--small" on:click=move |_| dismissed.set(true)>
                    {move || t(zh.get(), "dismiss")}
                </button>
            </div>
        </Show>
    }
}

/// One value of a facet with its count.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FacetOption {
    pub value: String,
    pub label: String,
    pub count: usize,
    /// Records with this value in the whole dataset (ranks long facets).
    pub total: usize,
    pub selected: bool,
}

/// The options of one facet of a view's table (`atlas_core::spec`), labels in the reader's
/// language.
pub fn facet_options(
    zh: bool,
    spec: &'static FacetSpec,
    column: &'static FacetColumn,
    counts: &[u32],
    selected: &[String],
) -> Vec<FacetOption> {
    facet_lines(dataset(), spec, column, counts, selected)
        .into_iter()
        .map(|line| {
            let label = match spec.values {
                Values::Flag => t(zh, if line.token == "1" { "yes" } else { "no" }).to_string(),
                Values::Fixed { i18n, .. } => {
                    crate::i18n::label(zh, i18n, &line.token, &line.label).to_string()
                }
                // Data values (cities, countries, organisations) in Chinese where the table
                // has them; names without an entry stay as the data writes them.
                // Organisations (models' `org`, events' `co`) by their Chinese names.
                Values::Data { .. } if matches!(spec.key, "org" | "co") => {
                    dataset().company_name_in(&line.token, zh).to_string()
                }
                Values::Data { .. } => {
                    crate::i18n::label(zh, spec.key, &line.token, &line.label).to_string()
                }
            };
            FacetOption {
                value: line.token,
                label,
                count: line.count as usize,
                total: line.total as usize,
                selected: line.selected,
            }
        })
        .collect()
}

/// Every facet of a view's table as a list of checkboxes with counts. `order` lists the
/// table positions in the order shown (all of them, table order when empty).
#[component]
pub fn FacetPanel(
    specs: &'static [FacetSpec],
    columns: &'static [FacetColumn],
    #[prop(optional)] order: &'static [usize],
    #[prop(into)] selected: Signal<Selected>,
    /// Per facet, per value id: counts from the current query.
    #[prop(into)]
    counts: Signal<Vec<Vec<u32>>>,
    /// Called with the facet's table position and the value to toggle.
    on_toggle: Callback<(usize, String)>,
) -> impl IntoView {
    let zh = use_zh();
    let order: Vec<usize> = if order.is_empty() {
        (0..specs.len()).collect()
    } else {
        order.to_vec()
    };
    // The counts are secondary to the results: they follow once the frame with the new
    // results is painted, so a keystroke's results never wait for ~60 counts to be rewritten.
    let counts = after_paint(counts);
    order
        .into_iter()
        .map(|f| {
            let spec = &specs[f];
            let options = Signal::derive(move || {
                counts.with(|c| {
                    selected.with(|s| facet_options(zh.get(), spec, &columns[f], &c[f], s.get(f)))
                })
            });
            view! {
                <FacetGroup
                    key=spec.key
                    title=Signal::derive(move || t(zh.get(), spec.title).to_string())
                    options=options
                    on_toggle=Callback::new(move |value: String| on_toggle.run((f, value)))
                />
            }
        })
        .collect_view()
}

/// A copy of `source` that takes each new value once the next frame has been painted: for
/// secondary information (facet counts) that must not delay what a keystroke is for. Values
/// superseded before they are shown, or equal to what is shown, are skipped; the first value is
/// taken at once (it is the one the pre-rendered page shows).
pub fn after_paint<T>(source: Signal<T>) -> Signal<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let shown = RwSignal::new(source.get_untracked());
    let latest = StoredValue::new(0u64);
    Effect::new(move |_| {
        let value = source.get();
        let generation = latest.get_value() + 1;
        latest.set_value(generation);
        request_animation_frame(move || {
            set_timeout(
                move || {
                    // The view may be gone by then (the reader navigated away): nothing to do.
                    if latest.try_get_value() == Some(generation)
                        && shown.try_with_untracked(|s| *s != value) == Some(true)
                    {
                        shown.try_set(value);
                    }
                },
                std::time::Duration::ZERO,
            )
        });
    });
    shown.into()
}

/// The chips of a view's selected facet values.
pub fn facet_chips(
    zh: bool,
    specs: &'static [FacetSpec],
    columns: &'static [FacetColumn],
    selected: &Selected,
) -> Vec<Chip> {
    let mut chips = Vec::new();
    for (f, spec) in specs.iter().enumerate() {
        if let Values::Flag = spec.values {
            chips.extend(Chip::flag(zh, spec.key, spec.title, selected.flag(f)));
            continue;
        }
        for token in selected.get(f) {
            let shown = match spec.values {
                Values::Data { label, .. } => {
                    crate::i18n::label(zh, spec.key, token, label(dataset(), token)).to_string()
                }
                _ => {
                    let english = columns[f]
                        .id(token)
                        .map_or(token.as_str(), |id| columns[f].labels[id as usize].as_str());
                    match spec.values {
                        Values::Fixed { i18n, .. } => {
                            crate::i18n::label(zh, i18n, token, english).to_string()
                        }
                        _ => english.to_string(),
                    }
                }
            };
            chips.push(Chip::new(zh, spec.key, spec.title, token.clone(), shown));
        }
    }
    chips
}

/// Removes what a facet chip stands for; false when the chip is not a facet's.
pub fn remove_facet_chip(specs: &[FacetSpec], selected: &mut Selected, chip: &Chip) -> bool {
    let Some(f) = specs.iter().position(|s| s.key == chip.key) else {
        return false;
    };
    match specs[f].values {
        Values::Flag => selected.set(specs, f, Vec::new()),
        _ => selected.remove(f, &chip.value),
    }
    true
}

/// A facet: a labelled group of checkboxes with counts; zero-count values are disabled, not
/// hidden (unless selected, so they can be cleared).
#[component]
pub fn FacetGroup(
    /// The URL key of the facet, used for test ids.
    key: &'static str,
    /// Visible heading.
    #[prop(into)]
    title: Signal<String>,
    /// Values with counts, recomputed from the current filters.
    #[prop(into)]
    options: Signal<Vec<FacetOption>>,
    /// Called with a value to toggle it.
    on_toggle: Callback<String>,
) -> impl IntoView {
    // Long facets show their most frequent values (over the whole dataset, so the list does not
    // reshuffle while the reader types), with a way to see all; selected values always stay
    // visible so they can be cleared.
    let expanded = RwSignal::new(false);
    let zh = use_zh();
    let total = Signal::derive(move || options.with(Vec::len));
    let shown = Memo::new(move |_| {
        options.with(|all| {
            if expanded.get() || all.len() <= FACET_VALUES_SHOWN {
                return all.clone();
            }
            let mut ranked: Vec<&FacetOption> = all.iter().collect();
            ranked.sort_by_key(|b| std::cmp::Reverse(b.total));
            let keep: std::collections::HashSet<&str> = ranked
                .iter()
                .take(FACET_VALUES_SHOWN)
                .map(|o| o.value.as_str())
                .collect();
            all.iter()
                .filter(|o| o.selected || keep.contains(o.value.as_str()))
                .cloned()
                .collect()
        })
    });
    let by_value = Memo::new(move |_| {
        shown.with(|all| {
            all.iter()
                .map(|o| (o.value.clone(), o.clone()))
                .collect::<std::collections::HashMap<String, FacetOption>>()
        })
    });
    view! {
        <fieldset class="facet" data-facet=key>
            <legend class="facet__title">{move || title.get()}</legend>
            <ul class="facet__list">
                // Keyed by value only: a toggle or a new count updates the row in place, so the
                // checkbox the reader used keeps its focus.
                <For
                    each=move || shown.with(|all| all.iter().map(|o| o.value.clone()).collect::<Vec<_>>())
                    key=|value| value.clone()
                    let:value
                >
                    {
                        let option = {
                            let value = value.clone();
                            move || by_value.with(|m| m.get(&value).cloned()).unwrap_or_default()
                        };
                        let disabled = {
                            let option = option.clone();
                            move || { let o = option(); o.count == 0 && !o.selected }
                        };
                        let selected = { let option = option.clone(); move || option().selected };
                        let label = { let option = option.clone(); move || option().label };
                        let count = move || option().count;
                        let count_label = count.clone();
                        let empty = disabled.clone();
                        let toggled = value.clone();
                        view! {
                            <li class="facet__item" class:facet__item--empty=empty>
                                <label>
                                    <input
                                        type="checkbox"
                                        data-value=value.clone()
                                        prop:checked=selected
                                        disabled=disabled
                                        on:change=move |_| on_toggle.run(toggled.clone())
                                    />
                                    <span class="facet__label">{label}</span>
                                    <span class="facet__count" aria-label=move || if zh.get() { format!("{} 条结果", count_label()) } else { format!("{} results", count_label()) }>
                                        {count}
                                    </span>
                                </label>
                            </li>
                        }
                    }
                </For>
            </ul>
            <Show when=move || { total.get() > FACET_VALUES_SHOWN }>
                <button type="button" class="link-button facet__more" on:click=move |_| expanded.update(|e| *e = !*e)>
                    {move || if expanded.get() { crate::i18n::tr(zh.get(), "Show fewer").to_string() } else { format!("{} {}", crate::i18n::tr(zh.get(), "Show all"), total.get()) }}
                </button>
            </Show>
        </fieldset>
    }
}

/// How many values a facet lists before "Show all".
pub const FACET_VALUES_SHOWN: usize = 40;

/// A search box whose every keystroke goes to `on_search` at once (the view filters in the same
/// frame). External changes (Back, a link, "clear all") update the box unless they echo what
/// was typed (trimmed), so a trailing space being typed is never taken away.
#[component]
pub fn SearchBox(
    /// The query the view currently shows.
    #[prop(into)]
    value: Signal<String>,
    /// Applies a new query (the view writes it to the URL).
    on_search: Callback<String>,
    #[prop(into)] placeholder: Signal<&'static str>,
    #[prop(into)] label: Signal<&'static str>,
) -> impl IntoView {
    let text = RwSignal::new(value.get_untracked());
    let last_sent = StoredValue::new(value.get_untracked());
    Effect::new(move |_| {
        let shown = value.get();
        if shown != last_sent.get_value() {
            last_sent.set_value(shown.clone());
            text.set(shown);
        }
    });
    let input = move |next: String| {
        text.set(next.clone());
        last_sent.set_value(next.trim().to_string());
        on_search.run(next);
    };
    // The box refuses text beyond what a link can carry, and says so at the limit.
    let limit = atlas_core::query::MAX_VALUE_CHARS;
    let full = move || text.with(|t| t.chars().count() >= limit);
    let zh = use_zh();
    view! {
        <label class="search">
            <span class="visually-hidden">{move || label.get()}</span>
            <input
                type="search"
                class="search__input"
                data-testid="search"
                maxlength=limit.to_string()
                placeholder=move || placeholder.get()
                prop:value=move || text.get()
                on:input=move |ev| input(event_target_value(&ev))
            />
        </label>
        <Show when=full>
            <p class="field-error search__limit" role="status" data-testid="search-limit">
                {move || crate::i18n::tr(zh.get(), "The search box holds at most 300 characters.")}
            </p>
        </Show>
    }
}

/// A text field read leniently: what it understands applies at once (`on_apply(Some(canonical))`),
/// an empty field clears (`None`), anything else is marked invalid (`aria-invalid`, a message
/// saying what works) and also clears, so the field never looks applied when it is not. On
/// leaving the field, an understood value is shown in its canonical form.
#[component]
pub fn LooseField(
    #[prop(into)] testid: String,
    #[prop(into)] label: Signal<&'static str>,
    #[prop(into)] placeholder: String,
    inputmode: &'static str,
    hint: &'static str,
    read: fn(&str) -> Option<String>,
    /// The value the view applies now, canonical ("" when open).
    #[prop(into)]
    applied: Signal<String>,
    on_apply: Callback<Option<String>>,
) -> impl IntoView {
    let text = RwSignal::new(applied.get_untracked());
    let invalid = RwSignal::new(false);
    let last_sent = StoredValue::new(applied.get_untracked());
    Effect::new(move |_| {
        let shown = applied.get();
        if shown != last_sent.get_value() {
            last_sent.set_value(shown.clone());
            invalid.set(false);
            text.set(shown);
        }
    });
    let on_input = move |typed: String| {
        text.set(typed.clone());
        let understood = if typed.trim().is_empty() {
            invalid.set(false);
            None
        } else {
            let read = read(&typed);
            invalid.set(read.is_none());
            read
        };
        last_sent.set_value(understood.clone().unwrap_or_default());
        on_apply.run(understood);
    };
    let on_leave = move |_| {
        if !invalid.get_untracked() {
            text.set(applied.get_untracked());
        }
    };
    let error_id = format!("{testid}-error");
    let zh = use_zh();
    view! {
        <label class="loose-field">
            {move || label.get()}
            <input
                type="text"
                inputmode=inputmode
                placeholder=placeholder
                size="9"
                data-testid=testid.clone()
                aria-invalid=move || invalid.get().to_string()
                aria-describedby=error_id.clone()
                prop:value=move || text.get()
                on:input=move |ev| on_input(event_target_value(&ev))
                on:change=on_leave
            />
        </label>
        <span class="field-error" id=error_id role="status" data-testid=format!("{testid}-error")>
            {move || invalid.get().then(|| crate::i18n::tr(zh.get(), hint))}
        </span>
    }
}

/// One active filter shown as a removable chip: the facet's URL key, the value, and what the
/// reader reads ("Organisation: AgiBot").
#[derive(Clone, Debug, PartialEq)]
pub struct Chip {
    pub key: &'static str,
    pub value: String,
    pub label: String,
}

impl Chip {
    /// A chip reading "Title: shown" (the title is an interface key).
    pub fn new(
        zh: bool,
        key: &'static str,
        title: &'static str,
        value: impl Into<String>,
        shown: impl AsRef<str>,
    ) -> Chip {
        Chip {
            key,
            value: value.into(),
            label: format!("{}: {}", t(zh, title), shown.as_ref()),
        }
    }

    /// The chip of a search, if there is one (key `q`).
    pub fn search(zh: bool, q: &str) -> Option<Chip> {
        (!q.is_empty()).then(|| Chip {
            key: "q",
            value: q.to_string(),
            label: format!("{}: “{q}”", crate::i18n::tr(zh, "Search")),
        })
    }

    /// The chip of a date range filter (URL key `date`), if it is set.
    pub fn dates(
        zh: bool,
        title: &'static str,
        range: &atlas_core::state::DateRange,
    ) -> Option<Chip> {
        let end =
            |d: Option<atlas_core::date::PartialDate>| d.map(|d| d.display()).unwrap_or_default();
        (!range.is_open()).then(|| {
            Chip::new(
                zh,
                "date",
                title,
                "",
                format!("{}–{}", end(range.from), end(range.to)),
            )
        })
    }

    /// The chip of a yes/no filter, if it is set.
    pub fn flag(
        zh: bool,
        key: &'static str,
        title: &'static str,
        value: Option<bool>,
    ) -> Option<Chip> {
        value.map(|v| {
            Chip::new(
                zh,
                key,
                title,
                "",
                crate::i18n::tr(zh, if v { "Yes" } else { "No" }),
            )
        })
    }
}

/// Every active filter of a view — including ones with no visible facet value, such as an
/// organisation without models reached from a company card — as a chip that removes it.
#[component]
pub fn FilterChips(
    #[prop(into)] chips: Signal<Vec<Chip>>,
    on_remove: Callback<Chip>,
) -> impl IntoView {
    let zh = use_zh();
    // A chip is keyed by its text, so a keystroke in the search box replaces the search chip:
    // that follows the frame with the results.
    let chips = after_paint(chips);
    view! {
        <Show when=move || chips.with(|c| !c.is_empty())>
            <ul class="filter-chips" data-testid="filter-chips" aria-label=move || t(zh.get(), "active-filters")>
                <For each=move || chips.get() key=|c| (c.key, c.value.clone(), c.label.clone()) let:chip>
                    {
                        let label = chip.label.clone();
                        let key = chip.key;
                        let value = chip.value.clone();
                        view! {
                            <li class="filter-chip" data-key=key data-value=value>
                                <span>{label.clone()}</span>
                                <button type="button" class="filter-chip__remove" aria-label=move || format!("{} {}", crate::i18n::tr(zh.get(), "Remove the filter"), label) on:click=move |_| on_remove.run(chip.clone())>"×"</button>
                            </li>
                        }
                    }
                </For>
            </ul>
        </Show>
    }
}

/// When a search finds nothing, offers the name a typo away ("Did you mean DeepSeek?").
#[component]
pub fn DidYouMean(
    /// The search text.
    #[prop(into)]
    query: Signal<String>,
    /// True when the view shows no results.
    #[prop(into)]
    empty: Signal<bool>,
    /// Names the view can find (built once from the data).
    names: Vec<&'static str>,
    /// Searches for the suggested name.
    on_pick: Callback<String>,
) -> impl IntoView {
    let zh = use_zh();
    let suggestion = Memo::new(move |_| {
        if !empty.get() {
            return None;
        }
        query.with(|q| atlas_core::text::suggest(q, names.iter().copied()))
    });
    move || {
        suggestion.get().map(|name| {
            view! {
                <p class="did-you-mean" data-testid="did-you-mean">
                    {move || crate::i18n::tr(zh.get(), "Did you mean")} " "
                    <button type="button" class="link-button" on:click=move |_| on_pick.run(name.to_string())>{name}</button>
                    "?"
                </p>
            }
        })
    }
}

/// The interface key naming a source's grade (`source` when ungraded).
fn grade_key(grade: Option<Grade>) -> &'static str {
    match grade {
        Some(Grade::Primary) => "grade-primary",
        Some(Grade::Secondary) => "grade-secondary",
        Some(Grade::Tertiary) => "grade-tertiary",
        None => "source",
    }
}

/// A superscript link to each source of a value, opening the cited page; the link text
/// names the source's grade (primary, secondary, tertiary).
#[component]
pub fn SourceLinks(sources: Vec<Source>) -> impl IntoView {
    let zh = use_zh();
    sources
        .into_iter()
        .map(|source| {
            let title = source.title.clone();
            let grade = source.grade.map_or("none", Grade::as_str);
            // The outlet is visible, not only in the hover title (touch has no hover).
            let outlet = atlas_core::format::outlet(&source.url).to_string();
            view! {
                <sup class=format!("source-link source-link--{grade}") data-grade=grade>
                    <ExternalLink href=source.url title=title>
                        {move || format!("[{} · {}]", outlet, t(zh.get(), grade_key(source.grade)))}
                    </ExternalLink>
                </sup>
            }
        })
        .collect_view()
}

/// A source's grade as a small labelled badge.
#[component]
pub fn GradeBadge(grade: Option<Grade>) -> impl IntoView {
    let zh = use_zh();
    let name = grade.map_or("none", Grade::as_str);
    view! {
        <span class=format!("grade grade--{name}") data-grade=name>
            {move || t(zh.get(), grade_key(grade))}
        </span>
    }
}

/// A record whose values rest on weaker evidence says so where it is shown.
#[component]
pub fn LowConfidence() -> impl IntoView {
    let zh = use_zh();
    view! {
        <span class="low-confidence" data-testid="low-confidence" title=move || t(zh.get(), "low-confidence-hint")>
            {move || t(zh.get(), "low-confidence")}
        </span>
    }
}

/// A link to an outside page; only `https:` URLs become links, anything else is plain text.
#[component]
pub fn ExternalLink(
    href: String,
    #[prop(optional, into)] title: String,
    children: Children,
) -> impl IntoView {
    if href.starts_with("https://") {
        view! {
            <a href=href title=title target="_blank" rel="noopener noreferrer" class="external">
                {children()}
            </a>
        }
        .into_any()
    } else {
        view! { <span title=title>{children()}</span> }.into_any()
    }
}

/// The list of a record's sources with titles and full URLs.
#[component]
pub fn SourceList(sources: Vec<Source>) -> impl IntoView {
    let zh = use_zh();
    view! {
        <section class="sources">
            <h2>{move || t(zh.get(), "sources")}</h2>
            <ol class="sources__list">
                {sources
                    .into_iter()
                    .map(|s| {
                        let url = s.url.clone();
                        view! {
                            <li>
                                <GradeBadge grade=s.grade />
                                " "
                                <ExternalLink href=s.url.clone() title=s.title.clone()>
                                    <span lang=english_in_zh(zh, &s.title)>{s.title.clone()}</span>
                                </ExternalLink>
                                <span class="sources__url">{url}</span>
                                {s.supports.map(|fields| {
                                    let labels = move || {
                                        let zh = zh.get();
                                        fields.iter().map(|f| crate::i18n::tr(zh, atlas_core::format::field_label(f))).collect::<Vec<_>>().join(", ")
                                    };
                                    view! { <span class="sources__supports">" — " {labels}</span> }
                                })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </section>
    }
}

/// Switches the interface language by rewriting `lang` in the current URL.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let location = use_location();
    let navigate = use_navigate();
    let zh = use_zh();
    let switch = move |_| {
        // The browser's address, not the router's: it holds what was typed since.
        let here = crate::url_state::browser_href().unwrap_or_else(|| {
            current_href(
                &location.pathname.get_untracked(),
                &location.search.get_untracked(),
            )
        });
        let to_zh = !zh.get_untracked();
        // Remembered for links opened later without a language (new tabs, bookmarks).
        if let Some(storage) =
            crate::browser_window().and_then(|w| w.local_storage().ok().flatten())
        {
            let _ = storage.set_item(crate::LANGUAGE_KEY, if to_zh { "zh" } else { "en" });
        }
        let href = with_param(&here, "lang", to_zh.then_some("zh"));
        navigate(
            &href,
            Nav {
                replace: false,
                scroll: false,
            },
        );
    };
    view! {
        <button type="button" class="button button--small" data-testid="lang-switch" on:click=switch lang=move || if zh.get() { "en" } else { "zh-Hans" }>
            {move || t(zh.get(), "language")}
        </button>
    }
}

/// Dark-mode toggle: follows the system until the reader chooses; the choice is remembered.
#[component]
pub fn ThemeToggle() -> impl IntoView {
    let zh = use_zh();
    let stored = crate::browser_window()
        .and_then(|w| w.local_storage().ok().flatten())
        .and_then(|s| s.get_item("atlas-theme").ok().flatten());
    let system_dark = crate::browser_window()
        .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
        .map(|m| m.matches())
        .unwrap_or(false);
    let dark = RwSignal::new(match stored.as_deref() {
        Some("dark") => true,
        Some("light") => false,
        _ => system_dark,
    });
    Effect::new(move |_| {
        let theme = if dark.get() { "dark" } else { "light" };
        if let Some(root) = crate::browser_window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.set_attribute("data-theme", theme);
        }
    });
    let toggle = move |_| {
        let next = !dark.get_untracked();
        dark.set(next);
        let _ = gloo::storage::LocalStorage::raw()
            .set_item("atlas-theme", if next { "dark" } else { "light" });
    };
    view! {
        <button type="button" class="button button--small" data-testid="theme-toggle" aria-pressed=move || dark.get().to_string() on:click=toggle>
            {move || t(zh.get(), "theme")}
        </button>
    }
}

/// How many cards or events render before "Show more".
pub const PAGE: usize = 500;

/// A "Show more" button for long lists; hidden when everything is shown.
#[component]
pub fn ShowMore(#[prop(into)] total: Signal<usize>, limit: RwSignal<usize>) -> impl IntoView {
    let zh = use_zh();
    view! {
        <Show when=move || { total.get() > limit.get() }>
            <p>
                <button type="button" class="button" data-testid="show-more" on:click=move |_| limit.update(|l| *l += PAGE)>
                    {move || {
                        let (next, left) = (PAGE.min(total.get() - limit.get()), total.get() - limit.get());
                        if zh.get() { format!("再显示 {next} 条（共余 {left} 条）") } else { format!("Show {next} more of {left} remaining") }
                    }}
                </button>
            </p>
        </Show>
    }
}

/// Whether a view's filters are open as a drawer (narrow screens). Each view provides one.
#[derive(Clone, Copy)]
pub struct FiltersDrawer(pub RwSignal<bool>);

/// Provides the drawer state for a view's [`FiltersJump`] and [`DrawerHead`]/[`DrawerFoot`];
/// the view's `<aside>` reads it for its open class.
pub fn provide_filters_drawer() -> RwSignal<bool> {
    let open = RwSignal::new(false);
    provide_context(FiltersDrawer(open));
    open
}

fn drawer() -> RwSignal<bool> {
    use_context::<FiltersDrawer>()
        .map(|d| d.0)
        .unwrap_or_else(|| RwSignal::new(false))
}

/// Moves focus to the first element matching `css`, after the next render.
pub fn focus_later(css: &'static str) {
    request_animation_frame(move || {
        if let Some(element) = crate::browser_window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector(css).ok().flatten())
            .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
        {
            let _ = element.focus();
        }
    });
}

/// On narrow screens the filters are a drawer over the page; this button opens it (on wide
/// screens it is hidden and the filters are beside the results).
#[component]
pub fn FiltersJump() -> impl IntoView {
    let zh = use_zh();
    let open = drawer();
    let show = move |_| {
        open.set(true);
        focus_later(".layout__filters--open .drawer__close");
    };
    view! {
        <button type="button" class="button button--small filters-jump" data-testid="filters-open" aria-controls="filters" aria-expanded=move || open.get().to_string() on:click=show>
            {move || t(zh.get(), "filters")}
        </button>
    }
}

/// The drawer's title bar with a close button (shown only while it is a drawer); Escape
/// closes it too. Focus returns to the button that opened it.
#[component]
pub fn DrawerHead() -> impl IntoView {
    let zh = use_zh();
    let open = drawer();
    let close = move || {
        open.set(false);
        focus_later("[data-testid='filters-open']");
    };
    let escape = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() == "Escape" && open.get_untracked() {
            close();
        }
    });
    on_cleanup(move || escape.remove());
    view! {
        <div class="drawer__head">
            <h2 class="drawer__title">{move || t(zh.get(), "filters")}</h2>
            <button type="button" class="button button--small drawer__close" data-testid="filters-close" aria-label=move || t(zh.get(), "close-filters") on:click=move |_| close()>"×"</button>
        </div>
    }
}

/// The drawer's foot: the live count and a button that closes it and moves to the results.
#[component]
pub fn DrawerFoot(#[prop(into)] count: Signal<usize>) -> impl IntoView {
    let zh = use_zh();
    let open = drawer();
    view! {
        <div class="drawer__foot">
            <button type="button" class="button drawer__show" data-testid="filters-show" on:click=move |_| {
                open.set(false);
                focus_later("#results");
            }>
                {move || t(zh.get(), "show-results")} " (" {move || count.get()} ")"
            </button>
        </div>
    }
}
