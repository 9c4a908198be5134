// Offline support for China AI Atlas: caches the app's own files, nothing else.
// The post-build step (site/src/main.rs) replaces the version below with a hash of the built
// files, so every new build uses a new cache and deletes the old one.
const VERSION = "__ATLAS_BUILD_VERSION__";
const CACHE = `china-ai-atlas-${VERSION}`;
const SCOPE = self.registration.scope;
// The shell only: each page's wasm bundle is cached when a page first loads it, so a first
// visit never fetches the bundles it does not use. The post-build step (site/) writes the
// bundles' names below from `SHIPPED` in src/lib.rs.
const APP_FILES = ["boot.js", "theme.js", "main.css", "components.css", "views.css"];
const BUNDLES = [];
const isBundle = (url) => BUNDLES.some((name) => url.endsWith(`/${name}.js`) || url.endsWith(`/${name}_bg.wasm`));

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(APP_FILES.map((file) => SCOPE + file))).then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith("china-ai-atlas-") && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

// A page names itself and the bundle it started with (boot.js), which it may have fetched
// before this worker controlled it: both are kept for offline use.
self.addEventListener("message", (event) => {
  const files = (event.data && event.data.cache) || [];
  const page = event.data && event.data.page;
  const urls = files.filter((file) => isBundle("/" + file)).map((file) => SCOPE + file);
  if (typeof page === "string" && page.startsWith(SCOPE)) {
    urls.push(page);
  }
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(urls)));
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || !request.url.startsWith(SCOPE)) {
    return;
  }
  if (request.mode === "navigate") {
    // Pages: the network first (fresh titles), the cached page when offline (each page
    // visited is kept).
    event.respondWith(
      fetch(request)
        .then((response) => {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put(request, copy));
          return response;
        })
        .catch(() => caches.match(request)),
    );
    return;
  }
  // App files: the cache first; they only change with a new build, which brings a new cache.
  // The Chinese texts (zh.bin) and the bundles are kept once fetched.
  event.respondWith(
    caches.match(request).then(
      (hit) =>
        hit ||
        fetch(request).then((response) => {
          if (response.ok && (request.url === SCOPE + "zh.bin" || isBundle(request.url))) {
            const copy = response.clone();
            caches.open(CACHE).then((cache) => cache.put(request, copy));
          }
          return response;
        }),
    ),
  );
});
