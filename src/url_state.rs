//! The one module that talks to the router: query string in, typed view state out, and
//! changes written back as navigations.
//!
//! Typing replaces the current history entry; switching view or opening something pushes one,
//! so Back and Forward walk through what the reader chose to look at.
//!
//! Typing is live: each keystroke changes the view's state at once (results follow in the same
//! frame) and writes the URL with a plain `history.replaceState`, without a router navigation
//! and its re-decode. The state stays "live" only while the router's location is the one it was
//! typed on; any navigation (a link, Back, Forward) hands the state back to the URL. The URL of
//! each keystroke is written in a task right after its results (a click, a navigation or a
//! reader of the address writes it first), so pressing Back mid-word loses nothing: Forward
//! returns to exactly what was typed.

use crate::router::{use_location, use_navigate, Nav};
use atlas_core::query::Warning;
use atlas_core::state::Common;
use atlas_core::Dataset;
use leptos::prelude::*;

use crate::dataset;

/// Typed state of one view, decoded from the URL, and a way to change it.
pub struct ViewQuery<S: 'static + Send + Sync> {
    pub state: Memo<S>,
    pub warnings: Memo<Vec<Warning>>,
    /// State typed since the router last navigated, with the router search it was typed on.
    live: RwSignal<Option<(S, String)>>,
    search: Memo<String>,
    path: &'static str,
    encode: fn(&S) -> String,
    navigate: Callback<(String, bool)>,
}

impl<S: 'static + Send + Sync> Clone for ViewQuery<S> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<S: 'static + Send + Sync> Copy for ViewQuery<S> {}

impl<S: Clone + PartialEq + Send + Sync + 'static> ViewQuery<S> {
    /// Changes the state and writes it to the URL. `replace` keeps the history entry
    /// (typing, dragging); otherwise a new entry is pushed.
    pub fn update(&self, replace: bool, change: impl FnOnce(&mut S)) {
        let mut next = self.state.get_untracked();
        change(&mut next);
        self.go(&next, replace);
    }

    /// Navigates to the given state.
    pub fn go(&self, next: &S, replace: bool) {
        flush_url();
        let href = self.href_for(next);
        let query = href.split_once('?').map_or("", |(_, q)| q);
        if self.search.with_untracked(|s| s == query) {
            // The router already believes it is at this URL (typing rewrote the address since
            // without telling it), so it would do nothing: show the state and write the URL here.
            self.live
                .set(Some((next.clone(), self.search.get_untracked())));
            write_url(&crate::href(&href), replace);
            return;
        }
        self.live.set(None);
        self.navigate.run((href, replace));
    }

    /// Changes the state at once, as typing does: the view re-renders in this frame and the
    /// URL of the current history entry is rewritten without a router navigation.
    pub fn type_live(&self, change: impl FnOnce(&mut S)) {
        let mut next = self.state.get_untracked();
        change(&mut next);
        if next == self.state.get_untracked() {
            return;
        }
        let href = self.href_for(&next);
        self.live.set(Some((next, self.search.get_untracked())));
        write_url_soon(crate::href(&href));
    }

    /// The in-app href (without base) of this view showing `state`.
    pub fn href_for(&self, state: &S) -> String {
        let query = (self.encode)(state);
        if query.is_empty() {
            self.path.to_string()
        } else {
            format!("{}?{}", self.path, query)
        }
    }
}

/// Decodes the current query for a view at `path` with the core codec.
pub fn use_view_query<S: Clone + PartialEq + Send + Sync + 'static>(
    path: &'static str,
    decode: fn(&str, &Dataset) -> (S, Vec<Warning>),
    encode: fn(&S) -> String,
) -> ViewQuery<S> {
    let location = use_location();
    let search = Memo::new(move |_| location.search.get());
    let decoded = Memo::new(move |_| search.with(|search| decode(search, dataset())));
    let live: RwSignal<Option<(S, String)>> = RwSignal::new(None);
    let state = Memo::new(move |_| {
        let typed = live.with(|live| {
            live.as_ref()
                .filter(|(_, at)| search.with(|s| s == at))
                .map(|(state, _)| state.clone())
        });
        typed.unwrap_or_else(|| decoded.with(|(state, _)| state.clone()))
    });
    // Back and Forward always hand the view back to the URL, even to an entry whose query the
    // router already holds.
    let popstate = window_event_listener(leptos::ev::popstate, move |_| live.set(None));
    on_cleanup(move || popstate.remove());
    let warnings = Memo::new(move |_| decoded.with(|(_, warnings)| warnings.clone()));
    let navigate = use_navigate();
    let navigate = Callback::new(move |(href, replace): (String, bool)| {
        navigate(
            &href,
            Nav {
                replace,
                scroll: false,
            },
        );
    });
    ViewQuery {
        state,
        warnings,
        live,
        search,
        path,
        encode,
        navigate,
    }
}

/// A URL written by typing and not yet in the address bar: the new href, and the address it
/// replaces.
struct PendingUrl {
    href: String,
    replaces: String,
}

thread_local! {
    static PENDING_URL: std::cell::RefCell<Option<PendingUrl>> = const { std::cell::RefCell::new(None) };
}

/// Writes a typed URL in a task of its own, right after the keystroke's results (so the
/// history write never delays them); keystrokes that arrive before it coalesce into one write.
fn write_url_soon(href: String) {
    let Some(here) = crate::browser_window().and_then(|w| w.location().href().ok()) else {
        return;
    };
    let schedule = PENDING_URL.with(|pending| {
        let mut pending = pending.borrow_mut();
        match pending.as_mut() {
            Some(p) => {
                p.href = href;
                false
            }
            None => {
                *pending = Some(PendingUrl {
                    href,
                    replaces: here,
                });
                true
            }
        }
    });
    if schedule {
        set_timeout(flush_url, std::time::Duration::ZERO);
    }
}

/// Writes a pending typed URL now. Navigations and readers of the address call it first; a
/// write whose address has meanwhile changed (the reader followed a link or went Back in the
/// same millisecond) is dropped rather than written over the new page's URL.
pub fn flush_url() {
    let Some(p) = PENDING_URL.with(|pending| pending.borrow_mut().take()) else {
        return;
    };
    let here = crate::browser_window().and_then(|w| w.location().href().ok());
    if here.as_deref() == Some(p.replaces.as_str()) {
        write_url(&p.href, true);
    }
}

/// Writes a pending typed URL before any click is handled (capture phase): a link clicked in
/// the same millisecond as a keystroke must not leave the typed page's URL behind.
pub fn flush_url_before_clicks() {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let Some(window) = crate::browser_window() else {
        return;
    };
    let listener = Closure::<dyn Fn()>::new(flush_url);
    let _ = window.add_event_listener_with_callback_and_bool(
        "click",
        listener.as_ref().unchecked_ref(),
        true,
    );
    // Lives as long as the page.
    listener.forget();
}

/// Rewrites the current history entry's URL, or pushes a new entry, (an absolute path with the
/// base) without telling the router; Back and Forward reach the router as usual. Browsers
/// rate-limit history writes (Safari: 100 per 10 s); a refused write is dropped — the next
/// keystroke or navigation writes the state again.
fn write_url(href: &str, replace: bool) {
    if let Some(history) = crate::browser_window().and_then(|w| w.history().ok()) {
        let _ = if replace {
            let state = history.state().unwrap_or(wasm_bindgen::JsValue::NULL);
            history.replace_state_with_url(&state, "", Some(href))
        } else {
            history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(href))
        };
    }
}

/// The keys every view shares (`lang`, `embed`).
pub fn use_common() -> Memo<Common> {
    // One memo for the whole app (provided by the shell), not one per link.
    if let Some(SharedCommon(memo)) = use_context::<SharedCommon>() {
        return memo;
    }
    let location = use_location();
    let memo = Memo::new(move |_| location.search.with(|search| Common::from_query(search)));
    provide_context(SharedCommon(memo));
    memo
}

/// The app-wide memo of the common keys, in context.
#[derive(Clone, Copy)]
struct SharedCommon(Memo<Common>);

/// Appends the common keys (`lang`, `embed`) of the current URL to an in-app href, so that
/// links keep the reader's language and embed mode.
/// Keys the href already has are left as they are, so applying it twice changes nothing.
pub fn with_common(href: &str, common: &Common) -> String {
    // A fragment (`/article#claim-id`) stays last.
    if let Some((before, fragment)) = href.split_once('#') {
        return format!("{}#{fragment}", with_common(before, common));
    }
    let query = href.split_once('?').map_or("", |(_, q)| q);
    let has = |key: &str| query.split('&').any(|p| p.split('=').next() == Some(key));
    let mut extra = Vec::new();
    if common.lang_zh && !has("lang") {
        extra.push("lang=zh");
    }
    if common.embed && !has("embed") {
        extra.push("embed=1");
    }
    if extra.is_empty() {
        href.to_string()
    } else if href.contains('?') {
        format!("{href}&{}", extra.join("&"))
    } else {
        format!("{href}?{}", extra.join("&"))
    }
}

/// `href` with every `key=…` pair removed and, if given, `key=value` appended (the common keys
/// `lang` and `embed` come last in canonical URLs, so appending keeps them canonical).
pub fn with_param(href: &str, key: &str, value: Option<&str>) -> String {
    let (path, query) = href.split_once('?').unwrap_or((href, ""));
    let prefix = format!("{key}=");
    let mut pairs: Vec<String> = query
        .split('&')
        .filter(|p| !p.is_empty() && !p.starts_with(&prefix) && *p != key)
        .map(str::to_string)
        .collect();
    if let Some(value) = value {
        pairs.push(format!("{key}={value}"));
    }
    if pairs.is_empty() {
        path.to_string()
    } else {
        format!("{path}?{}", pairs.join("&"))
    }
}

/// The in-app href of the address in the browser's location bar. It can be newer than the
/// router's location: typing rewrites the address without a router navigation.
pub fn browser_href() -> Option<String> {
    flush_url();
    let location = crate::browser_window()?.location();
    let pathname = location.pathname().ok()?;
    let search = location.search().ok()?;
    Some(current_href(&pathname, search.trim_start_matches('?')))
}

/// The in-app href (path without the base path, plus query) of the page being shown.
pub fn current_href(pathname: &str, search: &str) -> String {
    let path = crate::strip_base(pathname);
    if search.is_empty() {
        path
    } else {
        format!("{path}?{search}")
    }
}
