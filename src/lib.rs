//! China AI Atlas: the Leptos shell, routes, and the embedded dataset.
//!
//! The dataset is parsed and validated once at start-up from the files compiled into the
//! binary; views read it as `&'static` data outside the reactive graph. Only view state is
//! reactive, and it lives in the URL (see [`url_state`]).
#![recursion_limit = "256"]

pub mod i18n;
pub mod router;
pub mod share;
mod takeover;
pub mod url_state;
pub mod views;
pub mod widgets;
pub mod zh_texts;

use std::sync::OnceLock;

use atlas_core::Dataset;
use leptos::prelude::*;
use router::Page;

static DATASET: OnceLock<Result<Dataset, String>> = OnceLock::new();
static STARTUP_MS: OnceLock<f64> = OnceLock::new();

/// The dataset, validated and encoded at build time by `build.rs` (in a `synthetic` benchmark
/// build, a generated one). Start-up only decodes and indexes it; that step is timed.
static DATASET_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/dataset.bin"));

/// The companies' slice of the same dataset (`atlas_core::wire::encode_companies`): all the
/// companies bundle embeds.
static COMPANIES_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/companies.bin"));

/// The whole dataset.
fn whole_dataset() -> Result<Dataset, String> {
    atlas_core::wire::decode(DATASET_BYTES)
}

/// The companies' slice.
fn companies_slice() -> Result<Dataset, String> {
    atlas_core::wire::decode_companies(COMPANIES_BYTES)
}

fn load_dataset(decode: fn() -> Result<Dataset, String>) -> Result<Dataset, String> {
    let started = now_ms();
    let loaded = decode();
    let _ = STARTUP_MS.set(now_ms() - started);
    loaded
}

/// Loads the dataset a bundle embeds (once; [`start`] does it first thing, component tests
/// before they mount anything).
pub fn load_bundle_data(bundle: &'static Bundle) -> Result<&'static Dataset, &'static str> {
    DATASET
        .get_or_init(|| load_dataset(bundle.data))
        .as_ref()
        .map_err(String::as_str)
}

/// The validated dataset: in the browser, the one the running bundle embeds ([`start`] loads
/// it); natively (pre-rendering, tests), the whole dataset.
pub fn dataset() -> &'static Dataset {
    let loaded = DATASET.get_or_init(|| {
        #[cfg(target_arch = "wasm32")]
        {
            Err("dataset() called before start()".to_string())
        }
        #[cfg(not(target_arch = "wasm32"))]
        {
            load_dataset(whole_dataset)
        }
    });
    match loaded {
        Ok(dataset) => dataset,
        Err(error) => panic!("dataset() called although the dataset failed to load: {error}"),
    }
}

/// Milliseconds spent parsing and indexing the dataset at start-up.
pub fn startup_ms() -> f64 {
    STARTUP_MS.get().copied().unwrap_or_default()
}

/// The browser window, or `None` when the app is rendered natively at build time (the
/// post-build step pre-renders every page with the `ssr` feature, where web-sys would panic).
pub fn browser_window() -> Option<web_sys::Window> {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        None
    }
}

/// The base path the build-time renderer uses (`--public-url` of the build), since there is
/// no `<base>` element to read natively.
#[cfg(not(target_arch = "wasm32"))]
pub static PRERENDER_BASE: OnceLock<String> = OnceLock::new();

fn now_ms() -> f64 {
    crate::browser_window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or_default()
}

/// Entry point: installs the panic fallback, loads the dataset, mounts the app.
/// Local-storage key of the language the reader last chose with the language switch.
pub const LANGUAGE_KEY: &str = "atlas-lang";

/// A reader who chose Chinese gets it again on a link without a language (a new tab, a
/// bookmark): `lang=zh` is added to the address before the app reads it. A link that names a
/// language (`lang=en`) wins.
fn remembered_language() {
    let Some(window) = crate::browser_window() else {
        return;
    };
    let remembered = window
        .local_storage()
        .ok()
        .flatten()
        .and_then(|s| s.get_item(LANGUAGE_KEY).ok().flatten());
    if remembered.as_deref() != Some("zh") {
        return;
    }
    let location = window.location();
    let (Ok(path), Ok(search), Ok(hash)) =
        (location.pathname(), location.search(), location.hash())
    else {
        return;
    };
    let names_language = search
        .trim_start_matches('?')
        .split('&')
        .any(|p| p.split('=').next() == Some("lang"));
    if !names_language {
        let href = url_state::with_param(&format!("{path}{search}"), "lang", Some("zh"));
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(
                &wasm_bindgen::JsValue::NULL,
                "",
                Some(&format!("{href}{hash}")),
            );
        }
    }
}

pub fn start(bundle: &'static Bundle) {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_fatal_error(&format!(
            "The app stopped because of an internal error: {info}"
        ));
    }));
    remembered_language();
    let loaded = load_bundle_data(bundle);
    if let Some(body) = crate::browser_window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
    {
        let _ = body.set_attribute("data-parse-ms", &format!("{:.2}", startup_ms()));
    }
    match loaded {
        // The Chinese edition's first frame needs the Chinese texts (`zh.bin`): the page
        // stays the pre-rendered one until they have arrived.
        Ok(_) if address_is_chinese() => wasm_bindgen_futures::spawn_local(async move {
            zh_texts::preload().await;
            mount(bundle);
        }),
        Ok(_) => mount(bundle),
        Err(error) => {
            show_fatal_error(&format!("The embedded dataset could not be read: {error}"));
        }
    }
}

/// Whether the address asks for the Chinese edition (after [`remembered_language`]).
fn address_is_chinese() -> bool {
    crate::browser_window()
        .and_then(|w| w.location().search().ok())
        .is_some_and(|search| {
            search
                .trim_start_matches('?')
                .split('&')
                .find(|p| p.split('=').next() == Some("lang"))
                == Some("lang=zh")
        })
}

/// Replaces the pre-rendered page with the running app.
fn mount(bundle: &'static Bundle) {
    {
        {
            // The entry page holds the page pre-rendered at build time for the default URL
            // state; the app replaces it in the same task, so no frame shows an empty body.
            let document = crate::browser_window().and_then(|w| w.document());
            let focused = document.as_ref().and_then(takeover::focused_control);
            if let Some(body) = document.as_ref().and_then(|d| d.body()) {
                body.set_text_content(None);
            }
            url_state::flush_url_before_clicks();
            leptos::mount::mount_to_body(move || view! { <BundleApp bundle=bundle /> });
            if let (Some(focused), Some(document)) = (focused, &document) {
                focused.restore(document);
            }
            // Tests and benchmarks wait for this: the app, not the pre-rendered page, is live.
            if let Some(root) = crate::browser_window()
                .and_then(|w| w.document())
                .and_then(|d| d.document_element())
            {
                let _ = root.set_attribute("data-app", "ready");
                // theme.js hides the page while it fetches the Chinese pre-render; the app is
                // the page now.
                let _ = root.class_list().remove_1("zh-pending");
            }
            // Benchmarks read this mark: the first view is in the DOM and about to paint.
            request_animation_frame(|| {
                if let Some(performance) = crate::browser_window().and_then(|w| w.performance()) {
                    let _ = performance.mark("atlas-rendered");
                }
            });
        }
    }
}

/// Replaces the page with a plain message built from text nodes only (never HTML), with a
/// reload link and the address to report. Works even when Leptos is not running.
pub fn show_fatal_error(message: &str) {
    let Some(document) = crate::browser_window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = document.body() else { return };
    let Ok(panel) = document.create_element("div") else {
        return;
    };
    let _ = panel.set_attribute("role", "alert");
    let _ = panel.set_attribute("class", "fatal");
    let _ = panel.set_attribute("id", "fatal-error");
    let heading = document.create_element("h1").ok();
    if let Some(h) = &heading {
        h.set_text_content(Some("Sorry, China AI Atlas hit an error"));
        let _ = panel.append_child(h);
    }
    if let Ok(p) = document.create_element("pre") {
        p.set_text_content(Some(message));
        let _ = panel.append_child(&p);
    }
    let href = crate::browser_window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    if let Ok(p) = document.create_element("p") {
        p.set_text_content(Some(&format!("Page address to report: {href}")));
        let _ = panel.append_child(&p);
    }
    if let Ok(a) = document.create_element("a") {
        let _ = a.set_attribute("href", &href);
        a.set_text_content(Some("Reload the page"));
        let _ = panel.append_child(&a);
    }
    body.set_text_content(None);
    let _ = body.append_child(&panel);
}

/// The site's base path under which it is served (`""` at the root, `/atlas` under a
/// sub-path), read from the `<base href>` Trunk writes.
pub fn base_path() -> String {
    #[cfg(not(target_arch = "wasm32"))]
    if let Some(base) = PRERENDER_BASE.get() {
        return base.trim_end_matches('/').to_string();
    }
    let base = crate::browser_window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("base").ok().flatten())
        .and_then(|b| b.get_attribute("href"))
        .unwrap_or_default();
    let trimmed = base.trim_end_matches('/');
    if trimmed.starts_with('/') {
        trimmed.to_string()
    } else {
        String::new()
    }
}

/// An in-app path with the site's base path in front (`/models` → `/atlas/models`).
pub fn href(path: &str) -> String {
    static BASE: OnceLock<String> = OnceLock::new();
    format!("{}{}", BASE.get_or_init(base_path), path)
}

/// An in-app link whose absolute `href` is resolved against the site's base path and keeps the
/// reader's language and embed mode (`lang`, `embed`). It is a
/// plain `<a>`: the router handles clicks on same-origin links ([`router`]). The site navigation, which shows the current page, uses [`NavLink`].
#[component]
pub fn Link(#[prop(into)] href: Href, children: Children) -> impl IntoView {
    let common = url_state::use_common();
    view! { <a href=move || crate::href(&url_state::with_common(&href.get(), &common.get()))>{children()}</a> }
}

/// The target of a [`Link`]: a fixed in-app href or one that follows signals.
pub enum Href {
    Fixed(String),
    Live(Box<dyn Fn() -> String + Send + Sync>),
}

impl Href {
    fn get(&self) -> String {
        match self {
            Href::Fixed(href) => href.clone(),
            Href::Live(href) => href(),
        }
    }
}

impl From<&str> for Href {
    fn from(href: &str) -> Self {
        Href::Fixed(href.to_string())
    }
}

impl From<String> for Href {
    fn from(href: String) -> Self {
        Href::Fixed(href)
    }
}

impl<F: Fn() -> String + Send + Sync + 'static> From<F> for Href {
    fn from(href: F) -> Self {
        Href::Live(Box::new(href))
    }
}

/// A navigation link marked `aria-current="page"` on its own page; like
/// [`Link`], it keeps the reader's language and embed mode.
#[component]
pub fn NavLink(href: &'static str, children: Children) -> impl IntoView {
    let common = url_state::use_common();
    let location = router::use_location();
    let current = move || {
        location
            .pathname
            .with(|p| router::is_current(href, &strip_base(p)))
            .then_some("page")
    };
    view! { <a href=move || crate::href(&url_state::with_common(href, &common.get())) aria-current=current>{children()}</a> }
}

/// A router pathname without the site's base path (`/atlas/models` → `/models`).
pub fn strip_base(pathname: &str) -> String {
    let base = base_path();
    let rest = pathname.strip_prefix(base.as_str()).unwrap_or(pathname);
    if rest.is_empty() {
        "/".to_string()
    } else {
        rest.to_string()
    }
}

/// One wasm bundle of the site. The site ships one bundle per list view and one for all other
/// pages, so that a first visit loads only its page's code; `boot.js` picks the bundle from the
/// path, and a link to a page another bundle holds loads that page's pre-rendered entry file.
pub struct Bundle {
    /// The names of its files (`{name}.js`, `{name}_bg.wasm`) and of its cargo bin, as in
    /// [`SHIPPED`].
    pub name: &'static str,
    pub shows: Shows,
    /// The dataset it embeds (the companies bundle: the companies' slice).
    pub data: fn() -> Result<Dataset, String>,
}

/// The pages a [`Bundle`] shows.
pub enum Shows {
    /// The list view [`SHIPPED`] names for the bundle: its component.
    View(fn() -> AnyView),
    /// Every page no list-view bundle shows (the overview, the article, the entity pages and
    /// the not-found page): how to render one.
    OtherPages(fn(Page) -> AnyView),
    /// Every page (the build-time renderer, component tests): how to render one.
    Every(fn(Page) -> AnyView),
}

/// The bundles the site ships: each one's name (its files, and its cargo bin: `src/bin/{name}.rs`,
/// or src/main.rs for `china-ai-atlas`, which Trunk builds) and the list view it holds (`None`:
/// every other page). The post-build step writes boot.js's and sw.js's lists from it and builds
/// each `src/bin` file; unit tests check that bins, bundles and this list agree.
///
/// Names and pages only: a table of the [`Bundle`]s themselves, read at run time, would link
/// every bundle's views and data into each one.
pub static SHIPPED: [(&str, Option<Page>); 4] = [
    ("china-ai-atlas", None),
    ("companies", Some(Page::Companies)),
    ("models", Some(Page::Models)),
    ("timeline", Some(Page::Timeline)),
];

impl Bundle {
    /// Whether this bundle can show `page` (a link to any other page loads that page).
    pub fn holds(&self, page: &Page) -> bool {
        match &self.shows {
            Shows::View(_) => SHIPPED
                .iter()
                .any(|(name, view)| *name == self.name && view.as_ref() == Some(page)),
            Shows::OtherPages(_) => !SHIPPED.iter().any(|(_, view)| view.as_ref() == Some(page)),
            Shows::Every(_) => true,
        }
    }

    /// Each kind of bundle renders through its own function pointer, so that a bundle links
    /// only its own views (one `match` calling every view would link them all into each).
    fn render(&self, page: Page) -> AnyView {
        match &self.shows {
            Shows::Every(render) => render(page),
            Shows::View(view) if self.holds(&page) => view(),
            Shows::OtherPages(render) if self.holds(&page) => render(page),
            // A page another bundle holds, which `boot.js` never asks of this one (a browser
            // test opens every kind of page): the not-found page rather than a reload that
            // would pick it again.
            _ => not_found(),
        }
    }
}

/// The list views' paths (`companies`: without the base path and slashes) and their bundles'
/// names, as `boot.js` chooses a bundle; every other path starts the first of [`SHIPPED`].
pub fn bundle_paths() -> Vec<(&'static str, &'static str)> {
    SHIPPED
        .iter()
        .filter_map(|(name, view)| Some((view.as_ref()?.fixed_path()?.trim_matches('/'), *name)))
        .collect()
}

/// `/companies`.
pub static COMPANIES: Bundle = Bundle {
    name: "companies",
    shows: Shows::View(|| view! { <views::companies::CompaniesView /> }.into_any()),
    data: companies_slice,
};

/// `/models`.
pub static MODELS: Bundle = Bundle {
    name: "models",
    shows: Shows::View(|| view! { <views::models::ModelsView /> }.into_any()),
    data: whole_dataset,
};

/// `/timeline`.
pub static TIMELINE: Bundle = Bundle {
    name: "timeline",
    shows: Shows::View(|| view! { <views::timeline::TimelineView /> }.into_any()),
    data: whole_dataset,
};

/// The overview, the article, the entity pages and the not-found page.
pub static PAGES: Bundle = Bundle {
    name: "china-ai-atlas",
    shows: Shows::OtherPages(render_page),
    data: whole_dataset,
};

/// The shipped bundles (only [`ALL`] reads this: a bundle that did would link them all).
const BUNDLES: [&Bundle; 4] = [&PAGES, &COMPANIES, &MODELS, &TIMELINE];

/// Every page (the build-time renderer, component tests); not shipped.
pub static ALL: Bundle = Bundle {
    name: "all",
    shows: Shows::Every(|page| {
        let bundle = BUNDLES
            .into_iter()
            .find(|bundle| bundle.holds(&page))
            .unwrap_or(&PAGES);
        bundle.render(page)
    }),
    data: whole_dataset,
};

fn render_page(page: Page) -> AnyView {
    match page {
        Page::Overview => view! { <views::overview::Overview /> }.into_any(),
        Page::Article => view! { <views::article::ArticleView /> }.into_any(),
        Page::Company(_) => view! { <views::entity::CompanyPage /> }.into_any(),
        Page::Model(_) => view! { <views::entity::ModelPage /> }.into_any(),
        Page::Event(_) => view! { <views::entity::EventPage /> }.into_any(),
        Page::Panic => view! { <views::not_found::PanicTrigger /> }.into_any(),
        _ => not_found(),
    }
}

fn not_found() -> AnyView {
    view! { <views::not_found::NotFound /> }.into_any()
}

/// Every page, as the build-time renderer pre-renders them.
#[component]
pub fn App() -> impl IntoView {
    view! { <BundleApp bundle=&ALL /> }
}

/// The app with the pages of one bundle.
#[component]
pub fn BundleApp(bundle: &'static Bundle) -> impl IntoView {
    let location = router::provide_location(bundle);
    view! { <Shell>{move || bundle.render(location.page.get())}</Shell> }
}

/// Moves focus to the results of a view (the search box first), or to the main content.
fn skip_to_results(ev: leptos::ev::MouseEvent) {
    use wasm_bindgen::JsCast;
    let Some(document) = browser_window().and_then(|w| w.document()) else {
        return;
    };
    let target = ["#results [data-testid='search']", "#results", "#main"]
        .into_iter()
        .find_map(|css| document.query_selector(css).ok().flatten());
    if let Some(element) = target.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        ev.prevent_default();
        let _ = element.focus();
        element.scroll_into_view();
    }
}

/// Header, main landmark and footer around every route; hidden in embed mode.
#[component]
fn Shell(children: Children) -> impl IntoView {
    let common = url_state::use_common();
    let embed = move || common.get().embed;
    let zh = move || common.get().lang_zh;
    zh_texts::provide(Signal::derive(zh));
    Effect::new(move |_| {
        let lang = if zh() { "zh-Hans" } else { "en" };
        if let Some(root) = crate::browser_window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.set_attribute("lang", lang);
        }
    });
    let data = dataset();
    view! {
        // The first Tab stop: past the header and the filters, straight to the search box and
        // results of a view (or to the page content elsewhere).
        <a class="skip-link" href="#main" data-testid="skip-link" on:click=skip_to_results>
            {move || i18n::t(zh(), "skip-to-results")}
        </a>
        <Show when=move || !embed()>
            <header class="site-header">
                <Link href="/" attr:class="site-header__brand">
                    {move || i18n::t(zh(), "brand")}
                </Link>
                <nav class="site-nav" aria-label=move || i18n::t(zh(), "nav-label")>
                    <NavLink href="/companies">{move || i18n::t(zh(), "companies")}</NavLink>
                    <NavLink href="/models">{move || i18n::t(zh(), "models")}</NavLink>
                    <NavLink href="/timeline">{move || i18n::t(zh(), "timeline")}</NavLink>
                    <NavLink href="/article">{move || i18n::t(zh(), "article")}</NavLink>
                </nav>
                <div class="site-header__tools">
                    <widgets::LanguageSwitch />
                    <widgets::ThemeToggle />
                </div>
            </header>
        </Show>
        <main id="main" class="site-main" tabindex="-1" class:site-main--embed=embed>
            <Show when=embed>
                <share::OpenFullView />
            </Show>
            {children()}
        </main>
        <Show when=move || !embed()>
            <footer class="site-footer">
                <p>
                    {move || i18n::t(zh(), "dataset")}
                    " "
                    <span data-testid="dataset-version">{data.header.version.clone()}</span>
                    " · "
                    {move || i18n::t(zh(), "data-as-of")}
                    " "
                    <time datetime=data.header.as_of.to_string()>{move || i18n::date(zh(), data.header.as_of)}</time>
                    " · "
                    {move || i18n::t(zh(), "footer-note")}
                </p>
            </footer>
        </Show>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The bundles cargo builds (`src/main.rs` and `src/bin/*.rs`, which scripts/post-build.sh
    /// lists) are the shipped ones, each starting its own [`Bundle`].
    #[test]
    fn every_shipped_bundle_has_its_cargo_bin_and_no_other_bin_exists() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut bins: Vec<String> = std::fs::read_dir(root.join("src/bin"))
            .expect("src/bin")
            .map(|entry| {
                entry
                    .expect("a file")
                    .file_name()
                    .to_string_lossy()
                    .into_owned()
            })
            .collect();
        bins.push("../main.rs".into());
        bins.sort();
        let mut expected: Vec<String> = SHIPPED
            .iter()
            .map(|(name, _)| match *name {
                "china-ai-atlas" => "../main.rs".to_string(),
                name => format!("{name}.rs"),
            })
            .collect();
        expected.sort();
        assert_eq!(bins, expected);
        // Each bin starts the bundle of its name.
        assert_eq!(
            BUNDLES.map(|bundle| bundle.name),
            SHIPPED.each_ref().map(|(name, _)| *name)
        );
        for bundle in BUNDLES {
            let file = match bundle.name {
                "china-ai-atlas" => root.join("src/main.rs"),
                name => root.join("src/bin").join(format!("{name}.rs")),
            };
            let source = std::fs::read_to_string(&file).expect("the bin's source");
            let name = match bundle.name {
                "china-ai-atlas" => "PAGES".to_string(),
                name => name.to_uppercase(),
            };
            assert!(
                source.contains(&format!("start(&china_ai_atlas::{name})")),
                "{} starts {name}",
                file.display()
            );
        }
    }

    #[test]
    fn each_page_is_held_by_exactly_one_shipped_bundle() {
        for path in [
            "/",
            "/companies",
            "/models/",
            "/timeline",
            "/article",
            "/company/deepseek",
            "/model/deepseek-v3",
            "/event/x",
            "/debug/panic",
            "/nope",
        ] {
            let page = Page::at(path);
            let holders: Vec<&str> = BUNDLES
                .iter()
                .filter(|bundle| bundle.holds(&page))
                .map(|bundle| bundle.name)
                .collect();
            assert_eq!(holders.len(), 1, "{path}: {holders:?}");
            assert!(ALL.holds(&page));
        }
        assert_eq!(
            bundle_paths(),
            [
                ("companies", "companies"),
                ("models", "models"),
                ("timeline", "timeline")
            ]
        );
    }
}
