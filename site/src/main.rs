//! Post-build step (run by Trunk's `post_build` hook): copies the built `index.html` to an
//! entry file for every route — views and every company, model and event page — each with
//! its own `<title>` and `<meta name="description">`, so typing any URL works on a plain
//! static file server, at the root or under a sub-path.
//!
//! Usage: `atlas-site <dist-dir>` (defaults to `$TRUNK_STAGING_DIR`).

use std::fs;
use std::path::{Path, PathBuf};

use atlas_core::Dataset;

fn main() {
    let dir = std::env::args()
        .nth(1)
        .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok())
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            eprintln!("usage: atlas-site <dist-dir>");
            std::process::exit(2)
        });
    let dataset = match Dataset::embedded() {
        Ok(dataset) => dataset,
        Err(errors) => {
            for error in errors {
                eprintln!("{error}");
            }
            std::process::exit(1)
        }
    };
    let template = fs::read_to_string(dir.join("index.html")).unwrap_or_else(|error| {
        eprintln!("cannot read {}/index.html: {error}", dir.display());
        std::process::exit(1)
    });
    stamp_service_worker(&dir);
    let pages = pages(&dataset);
    for page in &pages {
        write_page(&dir, &template, page);
    }
    println!(
        "atlas-site: wrote {} entry pages in {}",
        pages.len(),
        dir.display()
    );
}

/// Replaces the service worker's version placeholder with a hash of the built app files, so
/// a new build gets a new cache.
fn stamp_service_worker(dir: &Path) {
    let worker = dir.join("sw.js");
    let Ok(text) = fs::read_to_string(&worker) else {
        return;
    };
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for file in [
        "china-ai-atlas_bg.wasm",
        "china-ai-atlas.js",
        "boot.js",
        "main.css",
        "components.css",
        "views.css",
    ] {
        for byte in fs::read(dir.join(file)).unwrap_or_default() {
            hash = (hash ^ byte as u64).wrapping_mul(0x0100_0000_01b3);
        }
    }
    let stamped = text.replace("__ATLAS_BUILD_VERSION__", &format!("{hash:016x}"));
    fs::write(worker, stamped).expect("write sw.js");
}

/// One entry file: its route (without leading slash) and head text.
struct Page {
    route: String,
    title: String,
    description: String,
}

fn pages(dataset: &Dataset) -> Vec<Page> {
    let page = |route: &str, title: &str, description: &str| Page {
        route: route.to_string(),
        title: format!("{title} · China AI Atlas"),
        description: description.to_string(),
    };
    let mut pages = vec![
        page("companies", "Companies", "Chinese AI labs, big tech, chip and robot makers: founders, listings, models and events, every fact sourced."),
        page("models", "Models", "Open-weight models from Chinese labs compared with Western ones: parameters, context, licence and release date."),
        page("timeline", "Timeline", "China's AI story from ChatGPT's launch to DeepSeek, export controls and the Hong Kong IPOs."),
        page("article", "The article, checked", "Each claim of the article 'China's AI Ambitions Reach New Heights' with a verdict and sources."),
        page("debug/panic", "Error test", "A page that fails on purpose to test the error message."),
        // Static hosts that serve `404.html` for unknown paths show the app's not-found page.
        page("404.html", "Page not found", "This page does not exist in China AI Atlas."),
    ];
    for c in &dataset.companies {
        pages.push(page(
            &format!("company/{}", c.id),
            &c.name_en,
            &c.description,
        ));
    }
    for m in &dataset.models {
        let description = format!(
            "{} by {}: released {}, {} parameters, {}.",
            m.name,
            dataset.company_name(&m.company),
            m.released
                .map_or_else(|| "date not published".to_string(), |d| d.display()),
            m.total_params_b
                .map_or_else(|| "unpublished".to_string(), atlas_core::format::params),
            if m.open_weights {
                "open weights"
            } else {
                "closed weights"
            }
        );
        pages.push(page(&format!("model/{}", m.id), &m.name, &description));
    }
    for e in &dataset.events {
        pages.push(page(&format!("event/{}", e.id), &e.title, &e.summary));
    }
    pages
}

/// The template with this page's title and description, escaped.
fn render_page(template: &str, page: &Page) -> String {
    let html = replace_between(template, "<title>", "</title>", &escape(&page.title));
    replace_between(
        &html,
        "<meta name=\"description\" content=\"",
        "\">",
        &escape(&page.description),
    )
}

fn write_page(dir: &Path, template: &str, page: &Page) {
    let html = render_page(template, page);
    if page.route.ends_with(".html") {
        fs::write(dir.join(&page.route), html).expect("write entry page");
        return;
    }
    let target = dir.join(&page.route);
    fs::create_dir_all(&target).expect("create route directory");
    fs::write(target.join("index.html"), html).expect("write entry page");
}

fn replace_between(text: &str, start: &str, end: &str, with: &str) -> String {
    let Some(from) = text.find(start).map(|i| i + start.len()) else {
        return text.to_string();
    };
    let Some(to) = text[from..].find(end).map(|i| i + from) else {
        return text.to_string();
    };
    format!("{}{}{}", &text[..from], with, &text[to..])
}

/// Data text goes into HTML attributes and elements escaped, never as markup.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_and_descriptions_are_replaced_and_escaped() {
        let template = "<title>X</title><meta name=\"description\" content=\"old\">";
        let page = Page {
            route: "r".into(),
            title: "A <b> & \"c\"".into(),
            description: "d'e".into(),
        };
        let html = render_page(template, &page);
        assert_eq!(html, "<title>A &lt;b&gt; &amp; &quot;c&quot;</title><meta name=\"description\" content=\"d&#39;e\">");
    }

    #[test]
    fn every_entity_gets_a_page() {
        let dataset = Dataset::embedded().unwrap();
        let pages = pages(&dataset);
        assert_eq!(
            pages.len(),
            6 + dataset.companies.len() + dataset.models.len() + dataset.events.len()
        );
        assert!(pages
            .iter()
            .any(|p| p.route == "company/deepseek" && p.title == "DeepSeek · China AI Atlas"));
    }
}
