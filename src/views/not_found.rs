//! Unknown paths: a helpful page with links, and the debug route that proves the panic fallback.

use crate::router::use_location;
use crate::Link;
use leptos::prelude::*;

use crate::i18n::t;
use crate::widgets::use_zh;

#[component]
pub fn NotFound() -> impl IntoView {
    let location = use_location();
    let zh = use_zh();
    super::set_title(|zh| t(zh, "not-found").to_string());
    view! {
        <section class="not-found" data-testid="not-found">
            <h1>{move || t(zh.get(), "not-found")}</h1>
            <p>{move || crate::i18n::tr(zh.get(), "There is no page at")} " " <code>{move || location.pathname.get()}</code> ". " {move || crate::i18n::tr(zh.get(), "Try one of these:")}</p>
            <ul>
                <li><Link href="/">{move || t(zh.get(), "overview")}</Link></li>
                <li><Link href="/companies">{move || t(zh.get(), "companies")}</Link></li>
                <li><Link href="/models">{move || t(zh.get(), "models")}</Link></li>
                <li><Link href="/timeline">{move || t(zh.get(), "timeline")}</Link></li>
                <li><Link href="/article">{move || t(zh.get(), "article")}</Link></li>
            </ul>
        </section>
    }
}

/// `/debug/panic`: panics on purpose so tests can check the readable error page.
#[component]
pub fn PanicTrigger() -> impl IntoView {
    let trigger = RwSignal::new(false);
    Effect::new(move |_| {
        if trigger.get() {
            panic!("deliberate panic from /debug/panic");
        }
    });
    request_animation_frame(move || trigger.set(true));
    view! { <p>"Triggering a deliberate error…"</p> }
}
