//! The Chinese data texts: translations of descriptions, event titles and summaries, claim
//! quotes and explanations and model notes (`data/zh/`, see `atlas_core::translation`). They
//! are not in the wasm: the post-build step writes them to `zh.bin`, fetched the first time the
//! reader chooses Chinese, so the English edition's first load carries none of them.

use std::sync::OnceLock;

use atlas_core::translation::{TextKind, ZhTexts};
use leptos::prelude::*;

use crate::widgets::{english_in_zh, use_zh};

static TEXTS: OnceLock<ZhTexts> = OnceLock::new();

/// Whether the texts have arrived (in context: views re-render their data texts then).
#[derive(Clone, Copy)]
struct Arrived(RwSignal<bool>);

/// Starts fetching the texts as soon as the reader is in the Chinese edition (once).
pub fn provide(zh: Signal<bool>) {
    let arrived = RwSignal::new(TEXTS.get().is_some());
    provide_context(Arrived(arrived));
    let started = StoredValue::new(false);
    Effect::new(move |_| {
        if !zh.get() || started.get_value() || TEXTS.get().is_some() {
            return;
        }
        started.set_value(true);
        leptos::task::spawn_local(async move {
            match fetch().await {
                Ok(texts) => {
                    let _ = TEXTS.set(texts);
                    arrived.try_set(true);
                }
                // The English texts stay, marked `lang="en"`; nothing else depends on these.
                Err(error) => leptos::logging::warn!("China AI Atlas: {error}"),
            }
        });
    });
}

/// Fetches the texts before the app first renders in the Chinese edition, so that its first
/// frame matches the pre-rendered Chinese page (no English text flashes in between). A
/// failure is logged and the app starts with the English texts.
pub async fn preload() {
    match fetch().await {
        Ok(texts) => {
            let _ = TEXTS.set(texts);
        }
        Err(error) => leptos::logging::warn!("China AI Atlas: {error}"),
    }
}

/// Installs the texts directly (the build-time renderer of the Chinese pages).
#[cfg(not(target_arch = "wasm32"))]
pub fn install(texts: ZhTexts) {
    let _ = TEXTS.set(texts);
}

async fn fetch() -> Result<ZhTexts, String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let window = crate::browser_window().ok_or("no window")?;
    let url = crate::href("/zh.bin");
    let failed = |what: &str| format!("the Chinese texts ({url}) could not be {what}");
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(&url))
        .await
        .map_err(|_| failed("fetched"))?
        .dyn_into()
        .map_err(|_| failed("fetched"))?;
    if !response.ok() {
        return Err(format!(
            "{} (HTTP {})",
            failed("fetched"),
            response.status()
        ));
    }
    let buffer = JsFuture::from(response.array_buffer().map_err(|_| failed("read"))?)
        .await
        .map_err(|_| failed("read"))?;
    ZhTexts::decode(&js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Whether the reader is in the Chinese edition, tracking both the language and the texts'
/// arrival: a view that builds strings with [`chinese_now`] re-runs when either changes.
pub fn tracked(zh: Signal<bool>) -> bool {
    if let Some(Arrived(a)) = use_context::<Arrived>() {
        a.track();
    }
    zh.get()
}

/// The Chinese text of a record's field if it has arrived (not reactive: see [`tracked`]).
pub fn chinese_now(kind: TextKind, id: &str, field: &str) -> Option<&'static str> {
    TEXTS.get()?.get(kind, id, field)
}

/// The Chinese text of a record's field, when the reader is in the Chinese edition and a
/// current translation has arrived (reactive: re-runs when either changes).
pub fn chinese(zh: Signal<bool>, kind: TextKind, id: &str, field: &str) -> Option<&'static str> {
    tracked(zh).then(|| chinese_now(kind, id, field)).flatten()
}

/// A data text in the reader's language: in the Chinese edition its translation, followed by
/// a small "译" (translated) marker; otherwise — or until the translation arrives, or when
/// there is none — the English, marked `lang="en"` in the Chinese edition.
#[component]
pub fn DataText(
    kind: TextKind,
    #[prop(into)] id: String,
    field: &'static str,
    #[prop(into)] en: String,
) -> impl IntoView {
    let zh = use_zh();
    let lang = english_in_zh(zh, &en);
    move || {
        match chinese(zh, kind, &id, field) {
            Some(text) => view! {
                {text}
                <span class="tr-mark" data-testid="translated" title="译自英文原文（translated from the English original）">"译"</span>
            }
            .into_any(),
            None => view! { <span lang=lang>{en.clone()}</span> }.into_any(),
        }
    }
}
