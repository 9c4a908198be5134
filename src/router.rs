//! The app's own router: the History API, one location signal and a table of pages.
//!
//! It replaces `leptos_router`, whose route matching, `<A>` links and navigation machinery
//! cost about a tenth of the wasm for an app with nine fixed paths. What the app needs from a
//! router is small: the current address as signals, a page chosen from the path, clicks on
//! in-app links turned into history entries, Back and Forward read back, and
//! programmatic navigation. A page that the running bundle does not hold (see
//! [`crate::Bundle`]) is left to the browser: its link loads the pre-rendered page and the
//! bundle that serves it.

use leptos::prelude::*;

/// The pages of the app, chosen from the path without the base path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Page {
    Overview,
    Companies,
    Models,
    Timeline,
    Article,
    Company(String),
    Model(String),
    Event(String),
    /// `/debug/panic`, which fails on purpose (tests of the error page).
    Panic,
    NotFound,
}

impl Page {
    /// The page at an in-app path (`/models`, `/company/deepseek`; a trailing slash, as
    /// static hosts add for a folder's `index.html`, is ignored).
    pub fn at(path: &str) -> Page {
        let path = path.split(['?', '#']).next().unwrap_or_default();
        let trimmed = path.trim_end_matches('/');
        let segments: Vec<&str> = trimmed.split('/').skip(1).collect();
        match segments.as_slice() {
            [] => Page::Overview,
            ["companies"] => Page::Companies,
            ["models"] => Page::Models,
            ["timeline"] => Page::Timeline,
            ["article"] => Page::Article,
            ["company", id] if !id.is_empty() => Page::Company(percent_decode(id)),
            ["model", id] if !id.is_empty() => Page::Model(percent_decode(id)),
            ["event", id] if !id.is_empty() => Page::Event(percent_decode(id)),
            ["debug", "panic"] => Page::Panic,
            _ => Page::NotFound,
        }
    }

    /// The in-app path of a page without an id (`/companies`), which [`Page::at`] reads
    /// back; `None` for entity pages and the not-found page.
    pub fn fixed_path(&self) -> Option<&'static str> {
        Some(match self {
            Page::Overview => "/",
            Page::Companies => "/companies",
            Page::Models => "/models",
            Page::Timeline => "/timeline",
            Page::Article => "/article",
            Page::Panic => "/debug/panic",
            Page::Company(_) | Page::Model(_) | Page::Event(_) | Page::NotFound => return None,
        })
    }

    /// The entity id of an entity page.
    pub fn id(&self) -> Option<&str> {
        match self {
            Page::Company(id) | Page::Model(id) | Page::Event(id) => Some(id),
            _ => None,
        }
    }
}

/// `%xx` escapes decoded; an escape that does not decode to UTF-8 leaves the text as it was.
fn percent_decode(text: &str) -> String {
    if !text.contains('%') {
        return text.to_string();
    }
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (bytes[i], bytes.get(i + 1), bytes.get(i + 2)) {
            (b'%', Some(&h), Some(&l)) if hex(h).is_some() && hex(l).is_some() => {
                out.push((hex(h).unwrap_or(0) * 16 + hex(l).unwrap_or(0)) as u8);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| text.to_string())
}

/// The address being shown: the browser's path (with the base path) and query (without `?`).
#[derive(Clone, Copy)]
pub struct Location {
    pub pathname: RwSignal<String>,
    pub search: RwSignal<String>,
    /// The page at `pathname`, changed only when the page changes (not on a new query).
    pub page: Memo<Page>,
    /// The running bundle: a link to a page it does not hold loads that page.
    bundle: &'static crate::Bundle,
}

/// The address the build-time renderer pre-renders (an in-app path with base and query), in
/// context, since there is no browser location natively.
#[derive(Clone)]
pub struct RequestUrl(pub String);

/// The browser's path and query (without `?`), or the pre-rendered one natively.
fn address() -> (String, String) {
    if let Some(location) = crate::browser_window().map(|w| w.location()) {
        let pathname = location.pathname().unwrap_or_default();
        let search = location.search().unwrap_or_default();
        return (pathname, search.trim_start_matches('?').to_string());
    }
    let url = use_context::<RequestUrl>().map(|u| u.0).unwrap_or_default();
    let url = url.split('#').next().unwrap_or_default();
    match url.split_once('?') {
        Some((path, query)) => (path.to_string(), query.to_string()),
        None => (url.to_string(), String::new()),
    }
}

/// Creates the location (once, in the app's root) and starts listening to Back and Forward
/// and to clicks on in-app links, for the pages `bundle` holds.
pub fn provide_location(bundle: &'static crate::Bundle) -> Location {
    let (pathname, search) = address();
    let pathname = RwSignal::new(pathname);
    let search = RwSignal::new(search);
    let page = Memo::new(move |_| pathname.with(|p| Page::at(&crate::strip_base(p))));
    let location = Location {
        pathname,
        search,
        page,
        bundle,
    };
    provide_context(location);
    if crate::browser_window().is_some() {
        let popstate = window_event_listener(leptos::ev::popstate, move |_| {
            let (path, query) = address();
            location.pathname.set(path);
            location.search.set(query);
        });
        let click = window_event_listener(leptos::ev::click, move |ev| follow_link(ev, location));
        on_cleanup(move || {
            popstate.remove();
            click.remove();
        });
    }
    location
}

/// The location for a part of the app shown on its own (component tests), for every page.
#[component]
pub fn Router(children: Children) -> impl IntoView {
    provide_location(&crate::ALL);
    children()
}

/// The current location (provided by the app's root).
pub fn use_location() -> Location {
    expect_context::<Location>()
}

/// How a navigation writes history: `replace` keeps the entry (typing, switching language),
/// `scroll` goes to the top of the new page (or to its `#fragment`).
#[derive(Clone, Copy, Debug, Default)]
pub struct Nav {
    pub replace: bool,
    pub scroll: bool,
}

/// A function that navigates to an in-app href (path without the base path, query, fragment).
pub fn use_navigate() -> impl Fn(&str, Nav) + Clone + Send + Sync + 'static {
    let location = use_location();
    move |href: &str, nav: Nav| navigate(location, href, nav)
}

fn navigate(location: Location, href: &str, nav: Nav) {
    let Some(window) = crate::browser_window() else {
        return;
    };
    let full = crate::href(href);
    if !location.bundle.holds(&Page::at(href)) {
        // Another bundle serves that page: the browser loads its pre-rendered entry page.
        let _ = if nav.replace {
            window.location().replace(&full)
        } else {
            window.location().assign(&full)
        };
        return;
    }
    if let Ok(history) = window.history() {
        let _ = if nav.replace {
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&full))
        } else {
            history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&full))
        };
    }
    let (path, query) = address();
    location.pathname.set(path);
    location.search.set(query);
    if nav.scroll {
        let fragment = href.split_once('#').map(|(_, f)| f.to_string());
        // After the new page is in the DOM.
        request_animation_frame(move || scroll_to(fragment.as_deref()));
    }
}

/// Scrolls to the element a fragment names, or to the top.
fn scroll_to(fragment: Option<&str>) {
    let Some(window) = crate::browser_window() else {
        return;
    };
    let target = fragment
        .filter(|f| !f.is_empty())
        .and_then(|f| window.document()?.get_element_by_id(&percent_decode(f)));
    match target {
        Some(element) => element.scroll_into_view(),
        None => window.scroll_to_with_x_and_y(0.0, 0.0),
    }
}

/// Turns a plain left click on a same-site link to a page this bundle holds into a history
/// entry instead of a page load.
fn follow_link(ev: leptos::ev::MouseEvent, location: Location) {
    use wasm_bindgen::JsCast;
    if ev.default_prevented()
        || ev.button() != 0
        || ev.meta_key()
        || ev.ctrl_key()
        || ev.shift_key()
        || ev.alt_key()
    {
        return;
    }
    let Some(anchor) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|e| e.closest("a[href]").ok().flatten())
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        return;
    };
    let target = anchor.target();
    if (!target.is_empty() && target != "_self")
        || anchor.has_attribute("download")
        || anchor.rel().split_whitespace().any(|r| r == "external")
    {
        return;
    }
    let Some(window) = crate::browser_window() else {
        return;
    };
    let here = window.location();
    if anchor.origin() != here.origin().unwrap_or_default() {
        return;
    }
    let (pathname, search, hash) = (anchor.pathname(), anchor.search(), anchor.hash());
    let base = crate::base_path();
    if !(pathname == base || pathname.starts_with(&format!("{base}/"))) {
        return;
    }
    let same_page = pathname == here.pathname().unwrap_or_default()
        && search == here.search().unwrap_or_default();
    if same_page && !hash.is_empty() {
        // A fragment of this page: the browser scrolls to it.
        return;
    }
    let href = format!("{}{search}{hash}", crate::strip_base(&pathname));
    if !location.bundle.holds(&Page::at(&href)) {
        return;
    }
    ev.prevent_default();
    navigate(
        location,
        &href,
        Nav {
            replace: false,
            scroll: true,
        },
    );
}

/// Whether a navigation link's path is the current page or a page under it (the site
/// navigation marks it `aria-current="page"`).
pub fn is_current(link_path: &str, current: &str) -> bool {
    let link = link_path.split(['?', '#']).next().unwrap_or_default();
    let link = link.trim_end_matches('/');
    let current = current.trim_end_matches('/');
    if link.is_empty() {
        return current.is_empty();
    }
    current == link || current.starts_with(&format!("{link}/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_choose_pages() {
        assert_eq!(Page::at("/"), Page::Overview);
        assert_eq!(Page::at(""), Page::Overview);
        assert_eq!(Page::at("/companies"), Page::Companies);
        assert_eq!(Page::at("/companies/"), Page::Companies);
        assert_eq!(Page::at("/models?q=qwen"), Page::Models);
        assert_eq!(Page::at("/article#claim-1"), Page::Article);
        assert_eq!(
            Page::at("/company/deepseek"),
            Page::Company("deepseek".into())
        );
        assert_eq!(Page::at("/model/a%20b/"), Page::Model("a b".into()));
        assert_eq!(Page::at("/event/x%ZZ"), Page::Event("x%ZZ".into()));
        assert_eq!(Page::at("/company/"), Page::NotFound);
        assert_eq!(Page::at("/company/a/b"), Page::NotFound);
        assert_eq!(Page::at("/nope"), Page::NotFound);
        assert_eq!(Page::at("/debug/panic"), Page::Panic);
    }

    #[test]
    fn a_fixed_path_chooses_its_page_again() {
        for page in [
            Page::Overview,
            Page::Companies,
            Page::Models,
            Page::Timeline,
            Page::Article,
            Page::Panic,
        ] {
            let path = page.fixed_path().expect("a page without an id");
            assert_eq!(Page::at(path), page, "{path}");
        }
        assert_eq!(Page::Company("deepseek".into()).fixed_path(), None);
        assert_eq!(Page::NotFound.fixed_path(), None);
    }

    #[test]
    fn a_navigation_link_is_current_on_its_page_and_below() {
        assert!(is_current("/companies", "/companies"));
        assert!(is_current("/companies?lang=zh", "/companies/"));
        assert!(!is_current("/companies", "/company/deepseek"));
        assert!(!is_current("/models", "/"));
        assert!(is_current("/", "/"));
        assert!(!is_current("/", "/models"));
    }
}
