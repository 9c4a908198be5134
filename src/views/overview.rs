//! `/`: what the atlas holds, with counts and a way into each view.

use crate::Link;
use leptos::prelude::*;

use crate::dataset;
use crate::i18n::t;
use crate::widgets::use_zh;

#[component]
pub fn Overview() -> impl IntoView {
    let data = dataset();
    let zh = use_zh();
    super::set_title(|zh| t(zh, "overview").to_string());
    let chinese_open = data
        .models
        .iter()
        .filter(|m| m.country == "China" && m.open_weights)
        .count();
    let cards = [
        ("/companies", "companies", data.companies.len(), "Labs, big tech, chip makers and robot makers, with founders, listings and sources."),
        ("/models", "models", data.models.len(), "Open-weight models from Chinese labs compared with Western ones: size, context, licence, release."),
        ("/timeline", "timeline", data.events().len(), "From ChatGPT's launch to DeepSeek, the sell-off, export controls and the Hong Kong IPOs."),
        ("/article", "article", data.claims.len(), "Each claim and prediction of the article the atlas grew from, with a verdict and sources."),
    ];
    view! {
        <section class="overview">
            <h1>{move || t(zh.get(), "brand")}</h1>
            <p class="lede">
                {move || crate::i18n::tr(zh.get(), "A sourced fact explorer about China's AI ecosystem. Filter anything, then share exactly what you see by copying the address.")}
            </p>
            <p data-testid="overview-counts">
                {data.companies.len()} " " {move || t(zh.get(), "companies-count")} " · " {data.models.len()} " " {move || t(zh.get(), "models-count")}
                {move || if zh.get() { format!("（其中中国开放权重模型 {chinese_open} 个）· ") } else { format!(" ({chinese_open} open-weight, Chinese) · ") }} {data.events().len()} " " {move || t(zh.get(), "events-count")} " · "
                {data.claims.len()} " " {move || t(zh.get(), "claims-count")}
            </p>
            <ul class="overview__cards">
                {cards
                    .into_iter()
                    .map(|(href, key, count, blurb)| {
                        let blurb = move || crate::i18n::tr(zh.get(), blurb);
                        view! {
                            <li class="overview__card">
                                <Link href=href>
                                    <span class="overview__count">{count}</span>
                                    <span class="overview__name">{move || t(zh.get(), key)}</span>
                                </Link>
                                <p>{blurb}</p>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}
