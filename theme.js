// Runs in <head> before the first paint (a classic script: the CSP forbids inline scripts).
//
// 1. The colour theme: the reader's stored choice, else the system's, so a pre-rendered page
//    never flashes light before the app starts; the app's theme toggle takes over from here.
// 2. The Chinese edition: every page is pre-rendered in English (index.html) and in Chinese
//    (index.zh.html beside it). When the address asks for `lang=zh` (or names no language and
//    the reader chose Chinese before), the page stays hidden for the one request it takes to
//    fetch the Chinese page, which then replaces the English body, so no English flashes.
//    Without JavaScript the English page shows; on any failure (or after 3 s) the English
//    page shows and the app switches it to Chinese when it starts.
(function () {
  var root = document.documentElement;
  // 3. Scripts run: on narrow screens the page is laid out for the app from the first paint (the
  //    filters as a drawer behind a button, style/main.css), so nothing moves when it starts.
  root.setAttribute("data-js", "");
  try {
    var stored = localStorage.getItem("atlas-theme");
    var dark = stored ? stored === "dark" : matchMedia("(prefers-color-scheme: dark)").matches;
    root.setAttribute("data-theme", dark ? "dark" : "light");
  } catch (error) {
    // Storage blocked: the app decides once it starts.
  }

  var lang = null;
  location.search.slice(1).split("&").forEach(function (pair) {
    if (lang === null && pair.split("=")[0] === "lang") lang = pair.slice(5);
  });
  if (lang === null) {
    try {
      if (localStorage.getItem("atlas-lang") === "zh") lang = "zh";
    } catch (error) {}
  }
  if (lang !== "zh" || !window.fetch || !window.DOMParser) return;

  var base = new URL(document.baseURI);
  var route = location.pathname.slice(base.pathname.length).replace(/\/+$/, "");
  try {
    route = decodeURIComponent(route);
  } catch (error) {
    return;
  }
  root.classList.add("zh-pending");
  var shown = false;
  function show() {
    if (!shown) {
      shown = true;
      root.classList.remove("zh-pending");
    }
  }
  setTimeout(show, 3000);
  var file = new URL((route ? encodeURI(route) + "/" : "") + "index.zh.html", base);
  fetch(file, { credentials: "same-origin" })
    .then(function (response) {
      if (!response.ok) throw new Error(response.status);
      return response.text();
    })
    .then(function (text) {
      // Our own build output (the renderer escapes all data text); parsed inert, never run.
      var page = new DOMParser().parseFromString(text, "text/html");
      var marker = page.querySelector('meta[name="atlas-page"]');
      if (!marker || marker.getAttribute("content") !== route) return;
      function swap() {
        // The app may already be running (it renders the Chinese edition itself).
        if (shown || root.getAttribute("data-app") === "ready" || !document.body) return;
        root.lang = "zh-Hans";
        document.title = page.title;
        document.body.replaceChildren.apply(document.body, Array.prototype.slice.call(page.body.childNodes).map(function (node) {
          return document.adoptNode(node);
        }));
      }
      return new Promise(function (done) {
        if (document.readyState === "loading") {
          document.addEventListener("DOMContentLoaded", function () {
            swap();
            done();
          }, { once: true });
        } else {
          swap();
          done();
        }
      });
    })
    .catch(function () {})
    .then(show, show);
})();
