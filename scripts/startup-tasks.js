// The main-thread tasks of a cold page load, from the moment the page asks for its app bundle:
// per run, the longest task and a Lighthouse-like blocking time (the sum of 4 × duration − 50 ms
// over tasks, as the mobile preset's 4× CPU slowdown would see them), once with each task's CPU
// time and once with its wall-clock time; medians over the runs. Used by scripts/startup-tasks.sh.
// Usage: node startup-tasks.js URL BUNDLE RUNS [WIDTH]
const puppeteer = require(process.env.PUPPETEER || "puppeteer-core");

const [url, bundle, runs = "5", width = "412"] = process.argv.slice(2);

async function once() {
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
    headless: "new",
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: +width, height: 823, isMobile: +width < 800 });
    await page.tracing.start({ categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "toplevel"] });
    await page.goto(url, { waitUntil: "load" });
    await page.waitForFunction(() => document.documentElement.getAttribute("data-app") === "ready", { timeout: 60000 });
    await new Promise((done) => setTimeout(done, 700));
    const events = JSON.parse(Buffer.from(await page.tracing.stop()).toString()).traceEvents;
    // The renderer's main thread: the one that runs the page's scripts.
    const calls = {};
    for (const e of events) if (e.name === "FunctionCall") calls[`${e.pid}:${e.tid}`] = (calls[`${e.pid}:${e.tid}`] || 0) + 1;
    const main = Object.entries(calls).sort((a, b) => b[1] - a[1])[0][0];
    const nested = events
      .filter((e) => (e.name === "RunTask" || e.name === "ThreadControllerImpl::RunTask") && e.dur && `${e.pid}:${e.tid}` === main)
      .sort((a, b) => a.ts - b.ts);
    const tasks = [];
    let end = 0;
    for (const t of nested) if (t.ts >= end) { tasks.push(t); end = t.ts + t.dur; }
    const asked = Math.min(...events
      .filter((e) => e.args && e.args.data && typeof e.args.data.url === "string" && e.args.data.url.includes(`/${bundle}`))
      .map((e) => e.ts));
    const after = tasks.filter((t) => t.ts + t.dur >= asked);
    const measure = (d) => ({
      longest: Math.max(...after.map(d)),
      blocking: after.reduce((sum, t) => sum + Math.max(0, 4 * d(t) - 50), 0),
      busy: after.reduce((sum, t) => sum + d(t), 0),
    });
    return { cpu: measure((t) => (t.tdur || t.dur) / 1000), wall: measure((t) => t.dur / 1000) };
  } finally {
    await browser.close();
  }
}

(async () => {
  const results = [];
  for (let i = 0; i < +runs; i++) results.push(await once());
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
  for (const clock of ["cpu", "wall"]) {
    const pick = (k) => median(results.map((r) => r[clock][k])).toFixed(0);
    console.log(`| ${url.replace(/^https?:\/\/[^/]+/, "")} | ${clock} | ${pick("longest")} | ${pick("blocking")} | ${pick("busy")} |`);
  }
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
