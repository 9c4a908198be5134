//! Share, cite, export and embed: the canonical URL of exactly what is shown, a citation,
//! downloads of exactly the rows shown, and an `<iframe>` snippet.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::dataset;
use crate::i18n::t;
use crate::url_state::{current_href, with_param};
use crate::widgets::use_zh;
use atlas_core::export;

/// A file to download: name, MIME type and content.
#[derive(Clone, Debug)]
pub struct Download {
    pub file_name: String,
    pub mime: &'static str,
    pub content: String,
}

/// What a view can export: its rows in display order, and how to write them as CSV and JSON.
/// The share bar names the files (kind, row count, dataset version) and starts the download.
#[derive(Clone, Copy)]
pub struct Exports {
    kind: &'static str,
    rows: Signal<Vec<usize>>,
    csv: Callback<Vec<usize>, String>,
    json: Callback<Vec<usize>, String>,
}

impl Exports {
    /// `kind` names the records (`models`), `rows` are their positions as shown, `csv` writes
    /// them, and `record` finds one record for the JSON export.
    pub fn new<T: serde::Serialize + Sync + 'static>(
        kind: &'static str,
        rows: Signal<Vec<usize>>,
        csv: impl Fn(&[usize]) -> String + Send + Sync + 'static,
        record: fn(&'static atlas_core::Dataset, usize) -> &'static T,
    ) -> Exports {
        let data = dataset();
        Exports {
            kind,
            rows,
            csv: Callback::new(move |rows: Vec<usize>| csv(&rows)),
            json: Callback::new(move |rows: Vec<usize>| {
                let records = rows.iter().map(|&i| record(data, i)).collect();
                export::records_json(data, kind, records)
            }),
        }
    }

    fn file(&self, extension: &str) -> Download {
        let rows = self.rows.get_untracked();
        let (mime, content) = if extension == "csv" {
            ("text/csv", self.csv.run(rows.clone()))
        } else {
            ("application/json", self.json.run(rows.clone()))
        };
        Download {
            file_name: export::file_name(dataset(), self.kind, rows.len(), extension),
            mime,
            content,
        }
    }
}

/// The absolute URL of an in-app href on this site.
pub fn absolute_url(href: &str) -> String {
    let origin = crate::browser_window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    format!("{origin}{}", crate::href(href))
}

/// The href without `embed=1`: what a reader shares is the full view.
pub(crate) fn without_embed(href: &str) -> String {
    with_param(href, "embed", None)
}

/// The href in embed mode.
fn embed_href(href: &str) -> String {
    with_param(href, "embed", Some("1"))
}

/// Starts a browser download of generated text (no network involved).
pub fn download(file: &Download) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(&file.content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(file.mime);
    if let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) {
        download_blob(&blob, &file.file_name);
    }
}

/// Starts a browser download of a blob made in the page.
pub fn download_blob(blob: &web_sys::Blob, file_name: &str) {
    let Some(document) = crate::browser_window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(blob) else {
        return;
    };
    if let Ok(anchor) = document
        .create_element("a")
        .map(|e| e.unchecked_into::<web_sys::HtmlAnchorElement>())
    {
        anchor.set_href(&url);
        anchor.set_download(file_name);
        anchor.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

fn today() -> String {
    let iso: String = js_sys::Date::new_0().to_iso_string().into();
    iso.chars().take(10).collect()
}

/// The share bar on every view: copy link, cite, embed, and optional downloads.
#[component]
pub fn ShareBar(
    /// The in-app href (path and canonical query, without the base path) of what is shown.
    #[prop(into)]
    href: Signal<String>,
    /// The view's title, for the citation.
    #[prop(into)]
    title: Signal<String>,
    /// The rows shown and how to export them, if the view has rows.
    #[prop(optional)]
    exports: Option<Exports>,
) -> impl IntoView {
    let zh = use_zh();
    let data = dataset();
    let copied = RwSignal::new(None::<bool>);
    // What the bar shows follows the view once its frame is painted (the link, citation and
    // embed code are rewritten on every keystroke otherwise); a copy reads the live address.
    let live = href;
    let href = crate::widgets::after_paint(href);
    let url = Signal::derive(move || absolute_url(&without_embed(&href.get())));
    let copy = move |_| {
        let text = absolute_url(&without_embed(&live.get_untracked()));
        let clipboard = crate::browser_window().map(|w| w.navigator().clipboard());
        match clipboard {
            Some(clipboard) => {
                let promise = clipboard.write_text(&text);
                leptos::task::spawn_local(async move {
                    let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
                    copied.set(Some(ok));
                });
            }
            None => copied.set(Some(false)),
        }
    };
    let citation = Signal::derive(move || {
        if zh.get() {
            format!(
                "中国人工智能图谱（China AI Atlas），“{}”，数据集版本 {}（数据截至{}）。{}（访问日期：{}）。",
                title.get(),
                data.header.version,
                crate::i18n::date(true, data.header.as_of),
                url.get(),
                today()
            )
        } else {
            format!(
                "China AI Atlas, “{}”, dataset version {} (data as of {}). {} (accessed {}).",
                title.get(),
                data.header.version,
                data.header.as_of.display(),
                url.get(),
                today()
            )
        }
    });
    let iframe = Signal::derive(move || {
        format!(
            "<iframe src=\"{}\" title=\"{}: {}\" width=\"100%\" height=\"640\" loading=\"lazy\"></iframe>",
            absolute_url(&embed_href(&href.get())),
            t(zh.get(), "brand"),
            title.get().replace('"', "&quot;")
        )
    });
    view! {
        <p class="print-only">{move || t(zh.get(), "printed-from")} ": " {move || url.get()}</p>
        <div class="share" data-testid="share">
            <label class="share__url">
                <span class="visually-hidden">{move || crate::i18n::tr(zh.get(), "Link to this view")}</span>
                <input type="text" readonly data-testid="share-url" prop:value=move || url.get() on:focus=move |ev| {
                    if let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                        input.select();
                    }
                } />
            </label>
            <button type="button" class="button button--small" data-testid="copy-link" on:click=copy>
                {move || t(zh.get(), "copy-link")}
            </button>
            <span class="share__status" class:share__status--idle=move || copied.get().is_none() role="status" data-testid="copy-status">
                {move || match copied.get() {
                    Some(true) => t(zh.get(), "copied"),
                    Some(false) => crate::i18n::tr(zh.get(), "Select the link to copy it"),
                    None => "",
                }}
            </span>
            {exports.map(|exports| view! {
                <button type="button" class="button button--small" data-testid="download-csv" on:click=move |_| download(&exports.file("csv"))>{move || t(zh.get(), "download-csv")}</button>
                <button type="button" class="button button--small" data-testid="download-json" on:click=move |_| download(&exports.file("json"))>{move || t(zh.get(), "download-json")}</button>
            })}
            <details class="share__more">
                <summary>{move || t(zh.get(), "cite-embed")}</summary>
                <label>{move || t(zh.get(), "citation")} <textarea readonly rows="3" data-testid="citation" prop:value=move || citation.get()></textarea></label>
                <label>{move || t(zh.get(), "embed-view")} <textarea readonly rows="3" data-testid="embed-snippet" prop:value=move || iframe.get()></textarea></label>
            </details>
        </div>
    }
}

/// In embed mode, a link that opens the same view, with the same state, in full.
#[component]
pub fn OpenFullView() -> impl IntoView {
    let location = crate::router::use_location();
    let zh = use_zh();
    let full = move || {
        let here = current_href(&location.pathname.get(), &location.search.get());
        crate::href(&without_embed(&here))
    };
    view! {
        <p class="embed-bar">
            <a href=full target="_blank" rel="noopener" data-testid="open-full-view" on:click=move |ev| {
                // The address may hold typing the router has not seen: open exactly that.
                if let (Some(here), Some(anchor)) = (
                    crate::url_state::browser_href(),
                    ev.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()),
                ) {
                    let _ = anchor.set_attribute("href", &crate::href(&without_embed(&here)));
                }
            }>{move || crate::i18n::tr(zh.get(), "Open full view in China AI Atlas ↗")}</a>
        </p>
    }
}
