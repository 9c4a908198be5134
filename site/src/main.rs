//! Post-build step (run by Trunk's `post_build` hook): writes an entry file for every route —
//! the overview, views and every company, model and event page — each with its own `<title>`
//! and `<meta name="description">`, so typing any URL works on a plain static file server, at
//! the root or under a sub-path. Each entry file holds the page itself, rendered by the app's
//! own Leptos components (compiled natively with the `ssr` feature) for the default URL
//! state, so the content is on screen and readable before — or without — the wasm.
//!
//! Usage: `atlas-site <dist-dir>` (defaults to `$TRUNK_STAGING_DIR`); the base path comes from
//! `$TRUNK_PUBLIC_URL` (or a second argument).

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use atlas_core::Dataset;
use leptos::prelude::*;

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
    let base = std::env::args()
        .nth(2)
        .or_else(|| std::env::var("TRUNK_PUBLIC_URL").ok())
        .unwrap_or_default();
    let base = base.trim_end_matches('/').to_string();
    let _ = china_ai_atlas::PRERENDER_BASE.set(base.clone());
    let template = fs::read_to_string(dir.join("index.html")).unwrap_or_else(|error| {
        eprintln!("cannot read {}/index.html: {error}", dir.display());
        std::process::exit(1)
    });
    write_bundle_lists(&dir);
    minify_scripts(&dir);
    china_ai_atlas::zh_texts::install(write_chinese_texts(&dir, &dataset));
    stamp_service_worker(&dir);
    let pages = pages(&dataset);
    let started = std::time::Instant::now();
    // Every page in English, then its Chinese edition, rendered with the Chinese texts
    // (`theme.js` puts it on screen in place of the English one when the address asks for
    // `lang=zh`). Pages are independent: they are rendered on every core.
    let editions: Vec<(&Page, bool)> = pages
        .iter()
        .map(|page| (page, false))
        .chain(pages.iter().filter(|p| p.path.is_some()).map(|p| (p, true)))
        .collect();
    in_parallel(&editions, |&(page, chinese)| match (&page.path, chinese) {
        (path, false) => {
            let body = path
                .as_deref()
                .map(|path| prerender(&format!("{base}{path}")));
            write_page(&dir, &template, &base, page, body.as_deref());
        }
        (Some(path), true) => {
            let body = prerender(&format!("{base}{path}?lang=zh"));
            write_chinese_page(&dir, &template, page, &body);
        }
        (None, true) => {}
    });
    let rendered = started.elapsed();
    let compressed = write_sidecars(&dir);
    println!(
        "atlas-site: wrote {} entry pages ({:.1} s) and {compressed} .gz/.br sidecar pairs ({:.1} s) in {}",
        pages.len(),
        rendered.as_secs_f64(),
        (started.elapsed() - rendered).as_secs_f64(),
        dir.display()
    );
}

/// Runs `work` on every item, spread over the machine's cores (each thread takes the next
/// item not yet taken).
fn in_parallel<T: Sync>(items: &[T], work: impl Fn(&T) + Sync) {
    use std::sync::atomic::{AtomicUsize, Ordering};
    let next = AtomicUsize::new(0);
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                while let Some(item) = items.get(next.fetch_add(1, Ordering::Relaxed)) {
                    work(item);
                }
            });
        }
    });
}

/// Writes `file.gz` (gzip -9) and `file.br` (brotli 11) beside every HTML, JS, CSS and wasm
/// file, for static hosts that serve precompressed files (nginx `gzip_static`/`brotli_static`,
/// Netlify, Cloudflare Pages, …). Returns how many files got sidecars.
fn write_sidecars(dir: &Path) -> usize {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(folder) = stack.pop() {
        let Ok(entries) = fs::read_dir(&folder) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let compressible = path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
                matches!(e, "html" | "js" | "css" | "wasm" | "json" | "svg" | "bin")
            });
            if compressible {
                files.push(path);
            }
        }
    }
    // The largest files first, so that no core is left with a wasm bundle at the end.
    files.sort_by_cached_key(|path| std::cmp::Reverse(fs::metadata(path).map_or(0, |m| m.len())));
    in_parallel(&files, |path| {
        let bytes = fs::read(path).expect("read built file");
        fs::write(sidecar(path, "gz"), gzip(&bytes)).expect("write .gz");
        fs::write(sidecar(path, "br"), brotli(&bytes)).expect("write .br");
    });
    files.len()
}

fn sidecar(path: &Path, extension: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".");
    name.push(extension);
    PathBuf::from(name)
}

pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).expect("gzip in memory");
    encoder.finish().expect("gzip in memory")
}

pub fn brotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params).expect("brotli in memory");
    out
}

/// Writes the shipped bundles (`china_ai_atlas::SHIPPED`) into the two scripts that choose and
/// cache them: `boot.js`'s list-view paths and `sw.js`'s bundle names.
fn write_bundle_lists(dir: &Path) {
    let paths: Vec<String> = china_ai_atlas::bundle_paths()
        .into_iter()
        .map(|(path, name)| format!("{path:?}: {name:?}"))
        .collect();
    let names: Vec<String> = china_ai_atlas::SHIPPED
        .iter()
        .map(|(name, _)| format!("{name:?}"))
        .collect();
    for (file, empty, list) in [
        (
            "boot.js",
            "const BUNDLES = {};",
            format!("const BUNDLES = {{ {} }};", paths.join(", ")),
        ),
        (
            "sw.js",
            "const BUNDLES = [];",
            format!("const BUNDLES = [{}];", names.join(", ")),
        ),
    ] {
        let path = dir.join(file);
        let text = fs::read_to_string(&path).unwrap_or_else(|error| {
            eprintln!("atlas-site: cannot read {}: {error}", path.display());
            std::process::exit(1)
        });
        if !text.contains(empty) {
            eprintln!("atlas-site: {file} has no `{empty}` to fill in");
            std::process::exit(1)
        }
        fs::write(&path, text.replacen(empty, &list, 1)).expect("write the bundle list");
    }
}

/// Minifies the wasm-bindgen glue and the two loader scripts in place with terser (npm,
/// installed into `tools/` by scripts/setup.sh); Trunk leaves them as written. Without terser,
/// or if it fails, the scripts stay as they are and a warning says so.
fn minify_scripts(dir: &Path) {
    let terser = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tools/node_modules/.bin/terser");
    let glue = china_ai_atlas::SHIPPED
        .iter()
        .map(|(name, _)| (format!("{name}.js"), true));
    let loaders = [
        ("boot.js".to_string(), true),
        ("theme.js".to_string(), false),
    ];
    for (file, module) in glue.chain(loaders) {
        let path = dir.join(&file);
        if !path.exists() {
            continue;
        }
        let mut command = std::process::Command::new(&terser);
        command
            .arg(&path)
            .args(["--compress", "--mangle", "--output"])
            .arg(&path);
        if module {
            command.arg("--module");
        }
        match command.status() {
            Ok(status) if status.success() => {}
            outcome => eprintln!("atlas-site: left {file} unminified (terser: {outcome:?})"),
        }
    }
}

/// Writes `zh.bin`: the current Chinese translations of the data texts (`data/zh/`), which the
/// app fetches only when the reader chooses Chinese. A stale translation (its English changed)
/// is left out with a warning, so the English shows instead; `cargo test -p atlas-core` fails
/// on it.
fn write_chinese_texts(dir: &Path, dataset: &Dataset) -> atlas_core::translation::ZhTexts {
    let files = atlas_core::translation::embedded_files();
    let (texts, problems) = atlas_core::translation::load(dataset, &files);
    for problem in &problems {
        eprintln!("atlas-site: warning: {problem}");
    }
    fs::write(dir.join("zh.bin"), texts.encode()).expect("write zh.bin");
    texts
}

/// Replaces the service worker's version placeholder with a hash of the built app files, so
/// a new build gets a new cache.
fn stamp_service_worker(dir: &Path) {
    let worker = dir.join("sw.js");
    let Ok(text) = fs::read_to_string(&worker) else {
        return;
    };
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let bundles = china_ai_atlas::SHIPPED
        .iter()
        .flat_map(|(name, _)| [format!("{name}_bg.wasm"), format!("{name}.js")]);
    let shell = [
        "boot.js",
        "theme.js",
        "main.css",
        "components.css",
        "views.css",
        "zh.bin",
    ];
    for file in bundles.chain(shell.map(String::from)) {
        for byte in fs::read(dir.join(file)).unwrap_or_default() {
            hash = (hash ^ byte as u64).wrapping_mul(0x0100_0000_01b3);
        }
    }
    let stamped = text.replace("__ATLAS_BUILD_VERSION__", &format!("{hash:016x}"));
    fs::write(worker, stamped).expect("write sw.js");
}

/// One entry file: its route (without leading slash), head text, and the app path rendered
/// into its body (`None` leaves the body as the template has it).
struct Page {
    route: String,
    title: String,
    /// The title of the Chinese edition.
    title_zh: String,
    description: String,
    path: Option<String>,
}

/// The app's markup for an in-app path (with the base path), as the browser app renders it
/// for that path with no query: same components, same data.
fn prerender(path: &str) -> String {
    let owner = Owner::new_root(Some(Arc::new(hydration_context::SsrSharedContext::new())));
    let html = owner.with(|| {
        provide_context(china_ai_atlas::router::RequestUrl(path.to_string()));
        view! { <china_ai_atlas::App /> }.to_html()
    });
    drop(owner);
    html
}

fn pages(dataset: &Dataset) -> Vec<Page> {
    use china_ai_atlas::i18n::t;
    let page = |route: &str, title: &str, description: &str| Page {
        route: route.to_string(),
        title: format!("{title} · China AI Atlas"),
        title_zh: format!("{title} · {}", t(true, "brand")),
        description: description.to_string(),
        path: Some(format!("/{}", route.trim_end_matches(".html"))),
    };
    let view = |route: &str, key: &'static str, description: &str| Page {
        title_zh: format!("{} · {}", t(true, key), t(true, "brand")),
        ..page(route, t(false, key), description)
    };
    let mut pages = vec![
        Page {
            route: "index.html".into(),
            title: "China AI Atlas".into(),
            title_zh: t(true, "brand").into(),
            description: "A sourced fact explorer about China's AI ecosystem: companies, open-weight models, events and the claims of the article it grew from.".into(),
            path: Some("/".into()),
        },
        view("companies", "companies", "Chinese AI labs, big tech, chip and robot makers: founders, listings, models and events, every fact sourced."),
        view("models", "models", "Open-weight models from Chinese labs compared with Western ones: parameters, context, licence and release date."),
        view("timeline", "timeline", "China's AI story from ChatGPT's launch to DeepSeek, export controls and the Hong Kong IPOs."),
        view("article", "article", "Each claim of the article 'China's AI Ambitions Reach New Heights' with a verdict and sources."),
        // Fails on purpose once the app runs; nothing to pre-render.
        Page {
            path: None,
            ..page("debug/panic", "Error test", "A page that fails on purpose to test the error message.")
        },
        // Static hosts that serve `404.html` for unknown paths show the app's not-found page.
        Page {
            path: None,
            ..view("404.html", "not-found", "This page does not exist in China AI Atlas.")
        },
    ];
    for c in &dataset.companies {
        pages.push(Page {
            title_zh: format!(
                "{} · {}",
                c.name_zh.as_deref().unwrap_or(&c.name_en),
                t(true, "brand")
            ),
            ..page(&format!("company/{}", c.id), &c.name_en, &c.description)
        });
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
    for e in dataset.events() {
        let title_zh = china_ai_atlas::zh_texts::chinese_now(
            atlas_core::translation::TextKind::Event,
            &e.id,
            "title",
        )
        .unwrap_or(&e.title);
        pages.push(Page {
            title_zh: format!("{title_zh} · {}", t(true, "brand")),
            ..page(&format!("event/{}", e.id), &e.title, &e.summary)
        });
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

fn write_page(dir: &Path, template: &str, base: &str, page: &Page, body: Option<&str>) {
    let mut html = render_page(template, page);
    if let (Some(path), Some(origin)) = (&page.path, site_origin()) {
        html = with_alternates(&html, &format!("{origin}{base}"), path);
    }
    if let Some(body) = body {
        html = with_body(&html, body);
    }
    if page.route.ends_with(".html") {
        fs::write(dir.join(&page.route), html).expect("write entry page");
        return;
    }
    let target = dir.join(&page.route);
    fs::create_dir_all(&target).expect("create route directory");
    fs::write(target.join("index.html"), html).expect("write entry page");
}

/// The site's origin for absolute links (`ATLAS_SITE_URL=https://atlas.example.org` at build
/// time), if given. `hreflang` alternates must be absolute URLs (search engines ignore relative
/// ones and Lighthouse fails the page's SEO audit for them), so without it there are none.
fn site_origin() -> Option<String> {
    std::env::var("ATLAS_SITE_URL")
        .ok()
        .map(|url| url.trim().trim_end_matches('/').to_string())
        .filter(|url| url.starts_with("https://") && !url.contains(['"', '<', '>', ' ']))
}

/// `hreflang` alternates: the English and the Chinese edition of the same page (the English is
/// the default), as absolute URLs under `prefix` (origin and base path).
fn with_alternates(html: &str, base: &str, path: &str) -> String {
    let href = escape(&format!("{base}{path}"));
    let links = format!(
        "<link rel=\"alternate\" hreflang=\"en\" href=\"{href}\">\n    <link rel=\"alternate\" hreflang=\"zh-Hans\" href=\"{href}?lang=zh\">\n    <link rel=\"alternate\" hreflang=\"x-default\" href=\"{href}\">\n</head>"
    );
    html.replacen("</head>", &links, 1)
}

/// The Chinese edition of a page, beside its English entry file (`index.zh.html`): the page's
/// Chinese title, `lang="zh-Hans"` and the markup rendered for `?lang=zh`, with a marker naming
/// the route so that `theme.js` never shows it for another page.
fn write_chinese_page(dir: &Path, template: &str, page: &Page, body: &str) {
    let route = page.route.trim_end_matches("index.html");
    let zh_page = Page {
        route: page.route.clone(),
        title: page.title_zh.clone(),
        title_zh: page.title_zh.clone(),
        description: page.description.clone(),
        path: None,
    };
    let html = render_page(template, &zh_page)
        .replacen("<html lang=\"en\">", "<html lang=\"zh-Hans\">", 1)
        .replacen(
            "</head>",
            &format!(
                "<meta name=\"atlas-page\" content=\"{}\">\n</head>",
                escape(route)
            ),
            1,
        );
    let html = with_body(&html, body);
    let file = if route.is_empty() {
        dir.join("index.zh.html")
    } else {
        fs::create_dir_all(dir.join(route)).expect("create route directory");
        dir.join(route).join("index.zh.html")
    };
    fs::write(file, html).expect("write Chinese entry page");
}

/// The page with `markup` as the content of `<body>`, followed by a note for readers without
/// JavaScript. The markup is the renderer's output, which escapes all data text.
fn with_body(html: &str, markup: &str) -> String {
    let note = "<noscript><p class=\"noscript-note\">Search, filters and sorting need JavaScript; everything else on this page works without it.</p></noscript>";
    let Some(open) = html.find("<body>").map(|i| i + "<body>".len()) else {
        return html.to_string();
    };
    let Some(close) = html.rfind("</body>") else {
        return html.to_string();
    };
    format!("{}{markup}{note}{}", &html[..open], &html[close..])
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
            title_zh: String::new(),
            description: "d'e".into(),
            path: None,
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
            7 + dataset.companies.len() + dataset.models.len() + dataset.events().len()
        );
        assert!(pages
            .iter()
            .any(|p| p.route == "company/deepseek" && p.title == "DeepSeek · China AI Atlas"));
    }
}
