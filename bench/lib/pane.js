/**
 * What the task pane's benches share (bench/pane.js, bench/exitPane.js, bench/ocf.js): a static
 * server for a build, the median, and one real keystroke timed to its painted frame, to the
 * page's own "settled" state and to the charts drawn.
 */
const fs = require("fs");
const http = require("http");
const path = require("path");

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Serves the build in `dist` on 127.0.0.1 (a free port); resolves to the server. */
function serveDist(dist) {
  const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".json": "application/json", ".png": "image/png" };
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url || "/", "http://x").pathname).replace(/^\/+/, "") || "taskpane.html";
    const file = path.resolve(dist, rel);
    if (!file.startsWith(dist + path.sep) || !fs.existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { "content-type": types[path.extname(file)] || "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/**
 * One real keystroke (CDP key events) into a field: keydown → the next painted frame (Event
 * Timing), → the next task, → the page settled for it, → the tab's charts drawn. The page defines
 * `window.__nextFrame`, `window.__chartsFinal`, `window.__keyEvents`, and what settled means:
 * `window.__snapshot()` before the key, `window.__settled(snapshot)` polled after it.
 */
async function keystroke(page, id, key) {
  await page.focus(`#${id}`);
  await page.evaluate((id) => {
    const el = document.getElementById(id);
    const before = window.__snapshot();
    window.__key = new Promise((resolve) => {
      const onDown = () => {
        performance.mark(`key:${id}:start`);
        el.addEventListener(
          "input",
          async () => {
            await window.__nextFrame();
            performance.mark(`key:${id}:afterFrame`);
            while (!window.__settled(before)) await window.__nextFrame();
            performance.mark(`key:${id}:settled`);
            while (!window.__chartsFinal()) await window.__nextFrame();
            performance.mark(`key:${id}:charts`);
            // the Event Timing entry of the keydown arrives after its frame (a frame more to be sure)
            await window.__nextFrame();
            resolve({
              painted: window.__keyEvents.length ? Math.max(...window.__keyEvents) : 16,
              afterFrame: performance.measure(`key:${id}`, `key:${id}:start`, `key:${id}:afterFrame`).duration,
              settled: performance.measure(`key:${id}:s`, `key:${id}:start`, `key:${id}:settled`).duration,
              charts: performance.measure(`key:${id}:c`, `key:${id}:start`, `key:${id}:charts`).duration,
            });
          },
          { once: true },
        );
      };
      window.__keyEvents.length = 0;
      el.addEventListener("keydown", onDown, { once: true, capture: true });
    });
  }, id);
  await page.keyboard.press(key);
  return page.evaluate(() => window.__key);
}

module.exports = { median, serveDist, keystroke };
