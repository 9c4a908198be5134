// Sets the colour theme before the first paint — the reader's stored choice, else the system's —
// so a pre-rendered page never flashes light before the app starts. A classic script in <head>
// (the CSP forbids inline scripts); the app's theme toggle takes over from here.
(function () {
  try {
    var stored = localStorage.getItem("atlas-theme");
    var dark = stored ? stored === "dark" : matchMedia("(prefers-color-scheme: dark)").matches;
    document.documentElement.setAttribute("data-theme", dark ? "dark" : "light");
  } catch (error) {
    // Storage blocked: the app decides once it starts.
  }
})();
