//! The end-to-end harness: a static file server for `dist/`, one ChromeDriver, and a
//! headless Chromium session per test, with helpers that wait for what a reader would see.

use std::net::TcpListener as StdListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

pub mod peer;

/// The repository root (parent of `tests/`).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn free_port() -> u16 {
    StdListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Starts (once) a static file server on 127.0.0.1 serving `dist/` at `/` and
/// `dist-atlas/` at `/atlas/`, with no rewrite rules, like a plain static host.
pub fn server() -> u16 {
    static PORT: OnceLock<u16> = OnceLock::new();
    *PORT.get_or_init(|| spawn_server(Arc::new(AtomicBool::new(false)), no_hold()))
}

fn no_hold() -> Arc<AtomicBool> {
    Arc::new(AtomicBool::new(false))
}

/// A separate static server for `dist/` that holds back the app's wasm while the flag is set,
/// so a test can look at the pre-rendered page before the app starts, then let it start.
pub fn held_server() -> (u16, Arc<AtomicBool>) {
    let hold = Arc::new(AtomicBool::new(true));
    (
        spawn_server(Arc::new(AtomicBool::new(false)), hold.clone()),
        hold,
    )
}

/// A separate static server for `dist/` whose "network" can be switched off: while offline
/// it drops every connection, as an unreachable host would.
pub fn switchable_server() -> (u16, Arc<AtomicBool>) {
    let offline = Arc::new(AtomicBool::new(false));
    (spawn_server(offline.clone(), no_hold()), offline)
}

/// Runs a static server on its own thread and runtime; returns its port once it listens.
fn spawn_server(offline: Arc<AtomicBool>, hold_wasm: Arc<AtomicBool>) -> u16 {
    let port = free_port();
    let (ready_tx, ready_rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::bind(("127.0.0.1", port))
                .await
                .unwrap();
            ready_tx.send(()).unwrap();
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    continue;
                };
                if offline.load(Ordering::SeqCst) {
                    drop(stream);
                    continue;
                }
                tokio::spawn(serve_connection(stream, hold_wasm.clone()));
            }
        });
    });
    ready_rx.recv().unwrap();
    port
}

/// Serves requests on one connection (keep-alive) until the client closes it.
async fn serve_connection(mut stream: tokio::net::TcpStream, hold_wasm: Arc<AtomicBool>) {
    let mut buffer = Vec::new();
    loop {
        let mut chunk = [0u8; 4096];
        let Ok(n) = stream.read(&mut chunk).await else {
            return;
        };
        if n == 0 {
            return;
        }
        buffer.extend_from_slice(&chunk[..n]);
        while let Some(end) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&buffer[..end]).to_string();
            buffer.drain(..end + 4);
            let target = head.split_whitespace().nth(1).unwrap_or("/").to_string();
            let accepts = head
                .lines()
                .find(|l| l.to_ascii_lowercase().starts_with("accept-encoding:"))
                .map(|l| l.to_ascii_lowercase())
                .unwrap_or_default();
            if target.contains(".wasm") {
                while hold_wasm.load(Ordering::SeqCst) {
                    tokio::time::sleep(Duration::from_millis(20)).await;
                }
            }
            let (status, content_type, body, encoding) = respond(&target, &accepts).await;
            let encoding = encoding
                .map(|e| format!("Content-Encoding: {e}\r\nVary: Accept-Encoding\r\n"))
                .unwrap_or_default();
            let header = format!(
                "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n{encoding}Cache-Control: no-store\r\n\r\n",
                body.len()
            );
            if stream.write_all(header.as_bytes()).await.is_err()
                || stream.write_all(&body).await.is_err()
            {
                return;
            }
        }
    }
}

/// The files a cold first visit of an entry page of `dist/` fetches: the page, its scripts and
/// styles, the wasm bundle `boot.js` picks for it, and the service worker (registered once the
/// app runs; it precaches only files the page already loaded).
pub fn first_load_files(entry: &str, bundle: &str) -> Vec<String> {
    let mut files = vec![entry.to_string()];
    files.extend(["theme.js", "boot.js"].map(String::from));
    files.push(format!("{bundle}.js"));
    files.push(format!("{bundle}_bg.wasm"));
    files.extend(["main.css", "components.css", "views.css", "sw.js"].map(String::from));
    files
}

/// Raw, gzip and brotli bytes of a file of `dist/` (the compressed sizes from its sidecars).
pub fn file_sizes(file: &str) -> (usize, usize, usize) {
    let path = root().join("dist").join(file);
    let size = |p: std::path::PathBuf| {
        std::fs::metadata(&p)
            .unwrap_or_else(|e| panic!("{}: {e} (run trunk build --release)", p.display()))
            .len() as usize
    };
    let sidecar = |extension: &str| {
        path.with_file_name(format!(
            "{}.{extension}",
            path.file_name().unwrap().to_string_lossy()
        ))
    };
    (size(path.clone()), size(sidecar("gz")), size(sidecar("br")))
}

/// The response to a GET: status, type, body and, when a precompressed sidecar (`.br`, `.gz`)
/// is served because the client accepts it, its encoding — as hosts with `brotli_static` do.
async fn respond(
    target: &str,
    accepts: &str,
) -> (&'static str, &'static str, Vec<u8>, Option<&'static str>) {
    let path = target.split(['?', '#']).next().unwrap_or("/");
    // `/atlas/…` serves dist-atlas (the sub-path build), `/bench-N/…` serves dist-bench-N
    // (synthetic benchmark builds), `/peer-N/…` serves dist-peer-N (the peer table pages of
    // `peer`); everything else serves dist.
    let trimmed = path.trim_start_matches('/');
    let (first, after) = trimmed.split_once('/').unwrap_or((trimmed, ""));
    let (dir, rest) = if first == "atlas" {
        ("dist-atlas".to_string(), after)
    } else if (first.starts_with("bench-") && first[6..].bytes().all(|b| b.is_ascii_digit()))
        || (first.starts_with("peer-") && first[5..].bytes().all(|b| b.is_ascii_digit()))
    {
        (format!("dist-{first}"), after)
    } else {
        ("dist".to_string(), trimmed)
    };
    if rest.split('/').any(|part| part == "..") {
        return ("400 Bad Request", "text/plain", b"bad path".to_vec(), None);
    }
    let mut file = root().join(&dir).join(rest);
    if file.is_dir() {
        file = file.join("index.html");
    }
    for (encoding, extension) in [("br", "br"), ("gzip", "gz")] {
        if !accepts.contains(encoding) {
            continue;
        }
        let mut name = file.clone().into_os_string();
        name.push(".");
        name.push(extension);
        if let Ok(body) = tokio::fs::read(&name).await {
            return ("200 OK", content_type_of(&file), body, Some(encoding));
        }
    }
    match tokio::fs::read(&file).await {
        Ok(body) => ("200 OK", content_type_of(&file), body, None),
        // Like GitHub Pages and most static hosts: unknown paths get the site's 404.html.
        Err(_) => match tokio::fs::read(root().join(&dir).join("404.html")).await {
            Ok(body) => ("404 Not Found", "text/html; charset=utf-8", body, None),
            Err(_) => ("404 Not Found", "text/plain", b"not found".to_vec(), None),
        },
    }
}

fn content_type_of(file: &Path) -> &'static str {
    match file.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css",
        Some("json") => "application/json",
        _ => "application/octet-stream",
    }
}

/// Starts (once) ChromeDriver on a free port; a watchdog ends it when the tests end.
pub fn chromedriver() -> u16 {
    static PORT: OnceLock<u16> = OnceLock::new();
    *PORT.get_or_init(|| {
        let port = free_port();
        let script = format!(
            "chromedriver --port={port} >/dev/null 2>&1 & driver=$!; while kill -0 {} 2>/dev/null; do sleep 1; done; kill $driver",
            std::process::id()
        );
        let mut watchdog = Command::new("sh").arg("-c").arg(script).stdin(Stdio::null()).spawn().expect("start chromedriver");
        // Reap the watchdog when it ends so it never lingers as a zombie.
        std::thread::spawn(move || watchdog.wait());
        let deadline = Instant::now() + Duration::from_secs(20);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "chromedriver did not start");
            std::thread::sleep(Duration::from_millis(100));
        }
        port
    })
}

/// A browser session with helpers; the session ends when `close` is called.
pub struct Browser {
    pub client: Client,
    pub base: String,
    /// Where this session's downloads land.
    pub downloads: PathBuf,
    /// The Chromium profile of this session (removed by [`Browser::close`]).
    profile: PathBuf,
    /// Whether [`Browser::wait_for`] also waits for the app to run: a link to a page of
    /// another wasm bundle loads that page, whose pre-rendered markup is there before its app.
    waits_for_app: bool,
}

impl Browser {
    /// A new headless Chromium window, `width` × 900 pixels.
    pub async fn new(width: u32) -> Browser {
        Browser::launch(width, true, server(), "normal").await
    }

    /// A window on another server of this harness (e.g. [`held_server`]); `goto` returns at
    /// DOMContentLoaded, without waiting for the app's files.
    pub async fn on_server(width: u32, port: u16) -> Browser {
        Browser::launch(width, true, port, "eager").await
    }

    /// A headless Chromium window with JavaScript switched off, as some readers (and crawlers
    /// and link previews) see the site.
    pub async fn without_javascript(width: u32) -> Browser {
        Browser::launch(width, false, server(), "normal").await
    }

    async fn launch(width: u32, javascript: bool, server: u16, page_load: &str) -> Browser {
        let driver = chromedriver();
        let session = format!("{}-{}", std::process::id(), free_port());
        let profile = std::env::temp_dir().join(format!("atlas-e2e-profile-{session}"));
        let downloads = std::env::temp_dir().join(format!("atlas-e2e-downloads-{session}"));
        std::fs::create_dir_all(&downloads).unwrap();
        let capabilities = serde_json::json!({
            "pageLoadStrategy": page_load,
            "goog:chromeOptions": {
                "binary": "/usr/bin/chromium",
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync",
                    format!("--user-data-dir={}", profile.display()),
                    format!("--window-size={width},900"),
                ],
                "prefs": {
                    "download.default_directory": downloads.display().to_string(),
                    "download.prompt_for_download": false,
                    "profile.managed_default_content_settings.javascript": if javascript { 1 } else { 2 }
                }
            }
        });
        let mut capabilities = capabilities.as_object().unwrap().clone();
        // Headless Chromium will not make a window narrower than 500 px: a phone width is
        // emulated (the viewport only — no touch, no mobile user agent).
        if width < 500 {
            capabilities["goog:chromeOptions"]["mobileEmulation"] = serde_json::json!({
                "deviceMetrics": { "width": width, "height": 900, "pixelRatio": 1.0, "touch": false, "mobile": false }
            });
        }
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        let client = ClientBuilder::new(connector)
            .capabilities(capabilities)
            .connect(&format!("http://127.0.0.1:{driver}"))
            .await
            .expect("connect to chromedriver");
        Browser {
            client,
            base: format!("http://127.0.0.1:{server}"),
            downloads,
            profile,
            // Held servers test the page before its app runs.
            waits_for_app: javascript && page_load == "normal",
        }
    }

    /// Opens an app path (e.g. `/models?q=deepseek`) and waits until the app has rendered.
    pub async fn open(&self, path: &str) {
        self.client
            .goto(&format!("{}{}", self.base, path))
            .await
            .unwrap();
        self.wait_for_app().await;
    }

    /// Waits until the app has started (the page is pre-rendered, so `main` exists before the
    /// wasm runs) or its error page shows.
    pub async fn wait_for_app(&self) {
        self.wait_for("html[data-app='ready'] main#main, #fatal-error")
            .await;
    }

    /// Waits up to 10 s for an element matching `css` (in a page whose app has started, see
    /// `waits_for_app`).
    pub async fn wait_for(&self, css: &str) -> Element {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            // The app first, then the element: an element found in the pre-rendered page just
            // before the app replaced it would be stale.
            if !self.waits_for_app || self.app_started().await {
                if let Ok(element) = self.client.find(Locator::Css(css)).await {
                    return element;
                }
            }
            assert!(
                Instant::now() < deadline,
                "timed out waiting for {css} on {}",
                self.url().await
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Whether the page's app is running (or showing its error page), rather than only its
    /// pre-rendered markup.
    async fn app_started(&self) -> bool {
        self.js("return document.documentElement.dataset.app === 'ready' || !!document.getElementById('fatal-error') || !document.querySelector('script[src$=\"boot.js\"]')")
            .await
            == true
    }

    /// Waits up to 10 s until `check` holds, re-evaluating it.
    pub async fn wait_until<F, Fut>(&self, what: &str, mut check: F)
    where
        F: FnMut() -> Fut,
        Fut: std::future::Future<Output = bool>,
    {
        let deadline = Instant::now() + Duration::from_secs(10);
        while !check().await {
            assert!(
                Instant::now() < deadline,
                "timed out waiting until {what} on {}",
                self.url().await
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    pub async fn url(&self) -> String {
        self.client
            .current_url()
            .await
            .map(|u| u.to_string())
            .unwrap_or_default()
    }

    /// The path and query of the current URL, without the origin.
    pub async fn path(&self) -> String {
        self.url().await.trim_start_matches(&self.base).to_string()
    }

    pub async fn text(&self, css: &str) -> String {
        self.wait_for(css).await.text().await.unwrap()
    }

    pub async fn texts(&self, css: &str) -> Vec<String> {
        let mut out = Vec::new();
        for element in self.client.find_all(Locator::Css(css)).await.unwrap() {
            out.push(element.text().await.unwrap());
        }
        out
    }

    /// The attribute of every element matching `css`, read in one script: a snapshot of one
    /// moment (element by element, the app could replace the pre-rendered page in between).
    pub async fn attrs(&self, css: &str, attribute: &str) -> Vec<String> {
        let script = format!(
            "return Array.from(document.querySelectorAll({css:?}), (e) => e.getAttribute({attribute:?}) || '');"
        );
        match self.js(&script).await {
            serde_json::Value::Array(values) => values
                .into_iter()
                .map(|v| v.as_str().unwrap_or_default().to_string())
                .collect(),
            other => panic!("reading {attribute} of {css}: {other}"),
        }
    }

    pub async fn count(&self, css: &str) -> usize {
        self.client.find_all(Locator::Css(css)).await.unwrap().len()
    }

    pub async fn click(&self, css: &str) {
        self.wait_for(css).await.click().await.unwrap();
    }

    /// Runs JavaScript and returns its JSON result.
    pub async fn js(&self, script: &str) -> serde_json::Value {
        self.client.execute(script, vec![]).await.unwrap()
    }

    /// The files this document has fetched since it loaded (or since the last `take`):
    /// each URL and its bytes over the network (0 when it came from a cache). With `take`,
    /// the browser's list is emptied, so the next call returns only newer requests.
    pub async fn resources(&self, take: bool) -> Vec<(String, f64)> {
        let script = format!(
            "const r = performance.getEntriesByType('resource').map(e => [e.name, e.transferSize]); if ({take}) performance.clearResourceTimings(); return r"
        );
        let list = self.js(&script).await;
        list.as_array()
            .expect("a list of resources")
            .iter()
            .map(|r| {
                (
                    r[0].as_str().unwrap_or_default().to_string(),
                    r[1].as_f64().unwrap_or_default(),
                )
            })
            .collect()
    }

    pub async fn back(&self) {
        self.client.back().await.unwrap();
    }

    pub async fn forward(&self) {
        self.client.forward().await.unwrap();
    }

    pub async fn refresh(&self) {
        self.client.refresh().await.unwrap();
        self.wait_for_app().await;
    }

    /// Saves a PNG of the window (for looking at a page as the tests see it).
    pub async fn screenshot(&self, path: &std::path::Path) {
        let png = self.client.screenshot().await.expect("screenshot");
        std::fs::write(path, png).expect("write the screenshot");
    }

    /// Waits for a finished download whose name starts with `prefix`; returns name and text.
    pub async fn downloaded(&self, prefix: &str) -> (String, String) {
        let (name, bytes) = self.downloaded_bytes(prefix).await;
        let text = String::from_utf8(bytes).expect("the download is UTF-8 text");
        (name, text)
    }

    /// Waits for a finished download whose name starts with `prefix`; returns name and bytes.
    pub async fn downloaded_bytes(&self, prefix: &str) -> (String, Vec<u8>) {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Ok(entries) = std::fs::read_dir(&self.downloads) {
                for entry in entries.flatten() {
                    let name = entry.file_name().to_string_lossy().to_string();
                    if name.starts_with(prefix) && !name.ends_with(".crdownload") {
                        // The final name can appear before its bytes are flushed.
                        let bytes = std::fs::read(entry.path()).unwrap_or_default();
                        if !bytes.is_empty() {
                            return (name, bytes);
                        }
                    }
                }
            }
            assert!(
                Instant::now() < deadline,
                "no download starting with {prefix} in {}",
                self.downloads.display()
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Ends the session and removes its profile and downloads (each is a few megabytes; a
    /// test run opens about a hundred sessions).
    pub async fn close(self) {
        let _ = self.client.close().await;
        let _ = std::fs::remove_dir_all(&self.profile);
        let _ = std::fs::remove_dir_all(&self.downloads);
    }
}

/// The median of measurements (sorts them).
pub fn median(values: &mut [f64]) -> f64 {
    values.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let n = values.len();
    if n % 2 == 1 {
        values[n / 2]
    } else {
        (values[n / 2 - 1] + values[n / 2]) / 2.0
    }
}

/// The ids of the models the Models view should list, in order, for a query on `data`
/// (computed with the core's query, independently of the app).
pub fn model_ids(data: &atlas_core::Dataset, query: &str) -> Vec<String> {
    let (state, _) = atlas_core::state::ModelsState::decode(query, data);
    atlas_core::models::query_models(data, &state)
        .items
        .iter()
        .map(|&i| data.models[i].id.clone())
        .collect()
}

/// The embedded dataset, for computing expected results independently of the app.
pub fn dataset() -> &'static atlas_core::Dataset {
    static DATASET: OnceLock<atlas_core::Dataset> = OnceLock::new();
    DATASET.get_or_init(|| atlas_core::Dataset::embedded().expect("dataset is valid"))
}

impl Browser {
    /// The `data-id` of every element matching `css`, in document order.
    pub async fn ids(&self, css: &str) -> Vec<String> {
        self.attrs(css, "data-id").await
    }

    /// The count shown beside a facet value.
    pub async fn facet_count(&self, facet: &str, value: &str) -> usize {
        let script = format!(
            "const i = document.querySelector(\"[data-facet='{facet}'] input[data-value='{value}']\"); return i ? i.closest('label').querySelector('.facet__count').textContent : null;"
        );
        let text = self.js(&script).await;
        text.as_str()
            .unwrap_or_else(|| panic!("no facet value {facet}={value}"))
            .trim()
            .parse()
            .unwrap()
    }

    /// Clicks a facet value's checkbox.
    pub async fn toggle_facet(&self, facet: &str, value: &str) {
        self.click(&format!(
            "[data-facet='{facet}'] input[data-value='{value}']"
        ))
        .await;
    }

    /// Sets an input's value as a user would and fires `input` and `change`.
    pub async fn set_value(&self, css: &str, value: &str) {
        self.wait_for(css).await;
        let script = format!(
            "const e = document.querySelector({css:?}); e.focus(); e.value = {value:?}; e.dispatchEvent(new Event('input', {{bubbles: true}})); e.dispatchEvent(new Event('change', {{bubbles: true}}));"
        );
        self.js(&script).await;
    }

    /// Waits until the current path and query equal `expected`.
    pub async fn wait_for_path(&self, expected: &str) {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let path = self.path().await;
            if path == expected {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "expected URL {expected}, still at {path}"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Waits until the ids of elements matching `css` equal `expected`.
    pub async fn wait_for_ids(&self, css: &str, expected: &[String]) {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let ids = self.ids(css).await;
            if ids == expected {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "expected {expected:?}\n   found {ids:?}"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}
