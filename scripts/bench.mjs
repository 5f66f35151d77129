#!/usr/bin/env node
// `npm run bench`: performance figures, printed and written to bench-results/bench.json.
// Benchmarks are never part of `npm test`; tests do not assert on wall-clock time.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { largeSnapshot, pptxBenchmark, reportBenchmark } from './bench-reports.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const median = (values) => quantile(values, 0.5);
const round = (n) => Math.round(n * 100) / 100;

function startHost(dataDir) {
  const child = spawn(process.execPath, [join(root, 'out', 'main', 'host.js')], {
    env: { ...process.env, CAUSEWAY_DATA_DIR: dataDir, CAUSEWAY_PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (c) => {
      out += c;
      const m = out.match(/CAUSEWAY_READY (\S+)/);
      if (m) resolve({ child, url: m[1] });
    });
    child.on('exit', (code) => reject(new Error(`host exited ${code}`)));
  });
}

const stop = (child) => new Promise((resolve) => (child.once('exit', resolve), child.kill('SIGTERM')));

async function coldStart(browser, runs = 5) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const dataDir = mkdtempSync(join(tmpdir(), 'causeway-bench-'));
    const context = await browser.newContext();
    const page = await context.newPage();
    const t0 = performance.now();
    const { child, url } = await startHost(dataDir);
    await page.goto(url);
    await page.locator('body[data-ready="engagements"]').waitFor({ state: 'attached' });
    times.push(performance.now() - t0);
    await context.close();
    await stop(child);
    rmSync(dataDir, { recursive: true, force: true });
  }
  return { runs, medianMs: round(median(times)), minMs: round(Math.min(...times)), maxMs: round(Math.max(...times)) };
}

/** Frame times while panning (a drag on empty canvas) and zooming (the wheel), and the JS heap. */
async function panAndZoom(page) {
  await page.evaluate(() => {
    window.__stop = false;
    window.__frames = [];
    let last = performance.now();
    const tick = (t) => {
      window.__frames.push(t - last);
      last = t;
      if (!window.__stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  // A pan starts on the canvas itself: a drag that starts on a node moves the node instead.
  const [x, y] = await page.evaluate(() => {
    for (let y = 450; y < 880; y += 7)
      for (let x = 720; x < 1400; x += 7) if (document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) return [x, y];
    throw new Error('No empty canvas to pan from');
  });
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 0; i < 90; i++) await page.mouse.move(x + Math.sin(i / 10) * 300, y + Math.cos(i / 14) * 200);
  await page.mouse.up();
  for (let i = 0; i < 24; i++) {
    await page.mouse.wheel(0, i < 12 ? -120 : 120);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
  }
  const frames = (await page.evaluate(() => ((window.__stop = true), window.__frames))).slice(2);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  return { frameP50: quantile(frames, 0.5), frameP95: quantile(frames, 0.95), frames: frames.length, heapMB: heap / 1024 / 1024 };
}

/** One load of the map benchmark page: first render, then frame times while panning and zooming. */
async function mapRun(browser, url, mode) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${url}bench.html?mode=${mode}&nodes=1000&edges=1500${process.env.BENCH_MAP_QUERY ?? ''}`);
  await page.waitForFunction(() => window.__bench?.ready || window.__bench?.error, null, { timeout: 120_000 });
  const bench = await page.evaluate(() => window.__bench);
  if (bench.error) throw new Error(bench.error);
  const frames = await panAndZoom(page);
  await page.close();
  return { layoutMs: bench.layoutMs, renderMs: bench.renderMs, nodes: bench.nodes, edges: bench.edges, ...frames };
}

/**
 * The same 1,000-node engagement imported and opened on the map in the real app: from the map's
 * address to every node drawn (data, layout in the worker, render), then pan and zoom.
 */
async function appMapRun(browser, url, runs = 3) {
  const { origin, post } = client(url);
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${origin}bench.html?mode=data&nodes=1000&edges=1500`);
  await page.waitForFunction(() => window.__bench?.ready);
  const generated = await page.evaluate(() => window.__bench.engagement);
  const demo = await post('demo.open', {});
  const file = JSON.parse((await post('export.causeway', { id: demo.id, clientSafe: false })).content);
  const { history: _history, ...records } = generated;
  const content = { ...file, ...records, observations: [], benefits: [], costs: [], intangibles: [], mapPositions: [] };
  const imported = await post('import.causeway', { content: JSON.stringify(content) });
  await page.goto(url);
  await page.locator('body[data-ready="engagements"]').waitFor({ state: 'attached' });
  const all = [];
  for (let i = 0; i < runs; i++) {
    await page.goto(`${origin}#/engagement/${demo.id}/outcome`);
    await page.locator('body[data-ready="engagement"]').waitFor({ state: 'attached' });
    const t0 = await page.evaluate(() => {
      delete document.body.dataset.map;
      return performance.now();
    });
    await page.evaluate((id) => (location.hash = `#/engagement/${id}/map`), imported.id);
    const openMs = await page.evaluate(async (start) => {
      while (document.body.dataset.map !== 'ready' || document.querySelectorAll('.react-flow__node').length < 1000)
        await new Promise((r) => requestAnimationFrame(r));
      return performance.now() - start;
    }, t0);
    all.push({ openMs, ...(await panAndZoom(page)) });
  }
  await page.close();
  const pick = (k) => round(median(all.map((r) => r[k])));
  return {
    nodes:
      generated.outcomes.length +
      generated.behaviours.length +
      generated.causes.length +
      generated.interventions.length +
      generated.measures.length,
    openMs: pick('openMs'),
    frameP50Ms: pick('frameP50'),
    frameP95Ms: pick('frameP95'),
    heapMB: pick('heapMB'),
  };
}

async function mapBenchmark(browser, runs = 3) {
  const dataDir = mkdtempSync(join(tmpdir(), 'causeway-bench-'));
  const { child, url } = await startHost(dataDir);
  const origin = url.replace(/#.*$/, '');
  const result = {};
  for (const mode of ['app', 'bare']) {
    const all = [];
    for (let i = 0; i < runs; i++) all.push(await mapRun(browser, origin, mode));
    const pick = (k) => round(median(all.map((r) => r[k])));
    result[mode] = {
      nodes: all[0].nodes,
      edges: all[0].edges,
      layoutMs: pick('layoutMs'),
      firstRenderMs: pick('renderMs'),
      frameP50Ms: pick('frameP50'),
      frameP95Ms: pick('frameP95'),
      heapMB: pick('heapMB'),
    };
  }
  result.realApp = await appMapRun(browser, url);
  result.overhead = {
    firstRender: round(result.app.firstRenderMs / result.bare.firstRenderMs),
    frameP95: round(result.app.frameP95Ms / result.bare.frameP95Ms),
  };
  await stop(child);
  rmSync(dataDir, { recursive: true, force: true });
  return result;
}

/**
 * The gap analysis for 50 capabilities × 10 roles × 5,000 assessments: from mount to the heatmap
 * painted, the real view against a plain table of the same 500 numbers, loads alternated.
 */
async function capabilitiesBenchmark(browser, runs = 9) {
  const dataDir = mkdtempSync(join(tmpdir(), 'causeway-bench-'));
  const { child, url } = await startHost(dataDir);
  const origin = url.replace(/#.*$/, '');
  const times = { app: [], bare: [] };
  const commits = { app: [], bare: [] };
  let cells = 0;
  for (let i = 0; i < runs; i++)
    for (const [key, mode] of [
      ['app', 'capabilities'],
      ['bare', 'capabilities-bare'],
    ]) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.goto(`${origin}bench.html?mode=${mode}`);
      await page.waitForFunction(() => window.__bench?.ready || window.__bench?.error, null, { timeout: 60_000 });
      const bench = await page.evaluate(() => window.__bench);
      if (bench.error) throw new Error(bench.error);
      times[key].push(bench.renderMs);
      commits[key].push(bench.commitMs);
      cells = bench.cells;
      await page.close();
    }
  await stop(child);
  rmSync(dataDir, { recursive: true, force: true });
  const stats = (key) => ({
    p50Ms: round(quantile(times[key], 0.5)),
    p95Ms: round(quantile(times[key], 0.95)),
    commitP50Ms: round(quantile(commits[key], 0.5)),
  });
  const app = stats('app');
  const bare = stats('bare');
  return { runs, cells, assessments: 5000, app, bare, ratioP50: round(app.p50Ms / bare.p50Ms) };
}

/** A fetch of one procedure on a running host, with the answer's size. */
function client(url) {
  const origin = url.replace(/#.*$/, '');
  const token = url.split('#token=')[1];
  const send = async (procedure, input) => {
    const res = await fetch(`${origin}api/${procedure}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-causeway-token': token },
      body: JSON.stringify(input),
    });
    const text = await res.text();
    const body = JSON.parse(text);
    if (!body.ok) throw new Error(body.error.message);
    return { data: body.data, bytes: Buffer.byteLength(text) };
  };
  return { origin, send, post: async (procedure, input) => (await send(procedure, input)).data };
}

/** The demo, and the report benchmark's large engagement imported beside it. */
async function demoAndLarge(post) {
  const demo = await post('demo.open', {});
  const file = JSON.parse((await post('export.causeway', { id: demo.id, clientSafe: false })).content);
  // The large engagement's records replace the demo's, so benefits and costs let go of the demo's
  // measures and interventions.
  const big = largeSnapshot(file);
  big.causes = big.causes.map((c) => ({ votes: null, ...c }));
  big.benefits = file.benefits.map((b) => ({ ...b, measureId: null }));
  big.costs = file.costs.map((c) => ({ ...c, interventionId: null }));
  const large = await post('import.causeway', { content: JSON.stringify({ ...file, ...big }) });
  return { demo, large, file };
}

/**
 * One saved edit in the real UI, demo against large: the outcome's Owner field is typed into and
 * left (which saves at once), and the time runs until the header says "Saved" and the next frame
 * has painted. Measured inside the page, so the figure is the app's and not Playwright's.
 */
async function savedEditsInUi(browser, edits = 150) {
  const dataDir = mkdtempSync(join(tmpdir(), 'causeway-bench-'));
  const { child, url } = await startHost(dataDir);
  const { origin, post } = client(url);
  const out = {};
  try {
    const { demo, large } = await demoAndLarge(post);
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(url);
    await page.locator('body[data-ready="engagements"]').waitFor({ state: 'attached' });
    for (const [name, id] of [
      ['demo', demo.id],
      ['large', large.id],
    ]) {
      await page.goto(`${origin}#/engagement/${id}/outcome`);
      await page.locator('body[data-ready="engagement"]').waitFor({ state: 'attached' });
      const field = page.getByLabel('Owner', { exact: true }).first();
      await field.waitFor();
      await field.evaluate((el) => (el.dataset.benchField = 'yes'));
      const times = await page.evaluate(async (n) => {
        const input = document.querySelector('[data-bench-field]');
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
        const state = () => document.querySelector('[data-testid="save-state"]')?.getAttribute('data-state');
        const savedAfter = () =>
          new Promise((resolve) => {
            let sawSaving = false;
            const observer = new MutationObserver(() => {
              if (state() === 'saving') sawSaving = true;
              else if (sawSaving && state() === 'saved') {
                observer.disconnect();
                requestAnimationFrame(() => setTimeout(resolve, 0));
              }
            });
            observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
          });
        const times = [];
        for (let i = 0; i < n; i++) {
          input.focus();
          setValue.call(input, `Owner ${i}`);
          input.dispatchEvent(new Event('input', { bubbles: true }));
          const done = savedAfter();
          const t0 = performance.now();
          input.blur();
          await done;
          times.push(performance.now() - t0);
        }
        return times;
      }, edits);
      out[name] = { edits, p50Ms: round(quantile(times, 0.5)), p99Ms: round(quantile(times, 0.99)) };
    }
    out.largeVsDemoP99 = round(out.large.p99Ms / out.demo.p99Ms);
    await page.close();
  } finally {
    await stop(child);
  }
  rmSync(dataDir, { recursive: true, force: true });
  return out;
}

/**
 * The floor for one saved edit, measured beside it: a bare Node HTTP server in this process that
 * commits one row update to SQLite (WAL, synchronous FULL, like the library) in a data directory
 * on the same disk and answers a few bytes, reached with the same fetch.
 */
async function editFloor(edits = 500) {
  const { createServer } = await import('node:http');
  const Database = (await import('better-sqlite3')).default;
  const dataDir = mkdtempSync(join(tmpdir(), 'causeway-bench-'));
  const db = new Database(join(dataDir, 'floor.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('create table t (id integer primary key, owner text)');
  db.prepare('insert into t (id, owner) values (1, ?)').run('');
  const update = db.prepare('update t set owner = ? where id = 1');
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      update.run(JSON.parse(body).owner);
      res.setHeader('content-type', 'application/json');
      res.end('{"ok":true}');
    });
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${server.address().port}/`;
  const times = [];
  for (let i = 0; i < edits; i++) {
    const t0 = performance.now();
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ owner: `Owner ${i}` }),
    });
    await res.text();
    times.push(performance.now() - t0);
  }
  await new Promise((r) => server.close(r));
  db.close();
  rmSync(dataDir, { recursive: true, force: true });
  return { edits, p50Ms: round(quantile(times, 0.5)), p99Ms: round(quantile(times, 0.99)) };
}

/**
 * One saved edit, API only (no browser): a POST of outcome.update to the host, SQLite commit, and
 * the answer (what changed) back, on the demo and on the large generated engagement (imported).
 * Also how big the answer is, next to the whole engagement a mutation used to answer with.
 */
async function editAnswers(edits = 500) {
  const dataDir = mkdtempSync(join(tmpdir(), 'causeway-bench-'));
  const { child, url } = await startHost(dataDir);
  const { send, post } = client(url);
  const out = {};
  try {
    const { demo, large } = await demoAndLarge(post);
    for (const [name, id] of [
      ['demo', demo.id],
      ['large', large.id],
    ]) {
      const opened = await send('engagement.open', { id });
      // What every mutation answered before: the whole engagement, observations included.
      let wholeBytes = opened.bytes;
      for (const m of opened.data.measures) wholeBytes += (await send('observation.list', { measureId: m.id })).bytes;
      const outcomeId = opened.data.outcomes[0].id;
      const times = [];
      let answerBytes = 0;
      for (let i = 0; i < edits; i++) {
        const t0 = performance.now();
        const answer = await send('outcome.update', { id: outcomeId, patch: { owner: `Owner ${i}` } });
        times.push(performance.now() - t0);
        answerBytes = answer.bytes;
      }
      out[name] = {
        edits,
        p50Ms: round(quantile(times, 0.5)),
        p99Ms: round(quantile(times, 0.99)),
        answerBytes,
        openBytes: opened.bytes,
        wholeEngagementBytes: wholeBytes,
      };
    }
  } finally {
    await stop(child);
  }
  rmSync(dataDir, { recursive: true, force: true });
  return out;
}

/** The demo as a snapshot (via a real export), then the report figures. */
async function reports(bench = reportBenchmark) {
  const dataDir = mkdtempSync(join(tmpdir(), 'causeway-bench-'));
  const { child, url } = await startHost(dataDir);
  const { post } = client(url);
  const demo = await post('demo.open', {});
  const file = JSON.parse((await post('export.causeway', { id: demo.id, clientSafe: false })).content);
  const { format: _format, version: _version, exportedAt: _exportedAt, clientSafe: _clientSafe, ...snapshot } = file;
  await stop(child);
  rmSync(dataDir, { recursive: true, force: true });
  return bench(root, snapshot);
}

// A build with the map benchmark page, which the production build leaves out.
execFileSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
  cwd: root,
  env: { ...process.env, CAUSEWAY_BENCH: '1' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
// `node scripts/bench.mjs map` runs only the map part (quicker while tuning).
const only = process.argv[2];
const results = {
  date: new Date().toISOString(),
  machine: { cores: cpus().length, node: process.version },
  coldStart: only && only !== 'start' ? undefined : await coldStart(browser),
  savedEdit: only && only !== 'start' && only !== 'edit' ? undefined : await savedEditsInUi(browser),
  editAnswer: only && only !== 'start' && only !== 'edit' ? undefined : await editAnswers(),
  editFloor: only && only !== 'start' && only !== 'edit' ? undefined : await editFloor(),
  map: only && only !== 'map' ? undefined : await mapBenchmark(browser),
  capabilities: only && only !== 'capabilities' ? undefined : await capabilitiesBenchmark(browser),
  reports: only && only !== 'reports' ? undefined : await reports(),
  pptx: only && only !== 'reports' && only !== 'pptx' ? undefined : await reports(pptxBenchmark),
};
await browser.close();

mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results', 'bench.json'), JSON.stringify(results, null, 2));
if (results.coldStart)
  console.log(
    `Browser-mode cold start (host launch -> engagement list interactive), median of ${results.coldStart.runs}: ${results.coldStart.medianMs} ms (min ${results.coldStart.minMs}, max ${results.coldStart.maxMs})`,
  );
const ui = results.savedEdit;
if (ui)
  console.log(
    `Saved edit in the real UI (type, leave the field, until "Saved" has painted), ${ui.demo.edits} edits: demo p50 ${ui.demo.p50Ms} ms / p99 ${ui.demo.p99Ms} ms; large p50 ${ui.large.p50Ms} ms / p99 ${ui.large.p99Ms} ms -> large p99 ${ui.largeVsDemoP99}x demo (goal <= 1.3x)`,
  );
for (const [name, e] of Object.entries(results.editAnswer ?? {}))
  console.log(
    `One saved edit, API only (${name}, ${e.edits} edits): p50 ${e.p50Ms} ms, p99 ${e.p99Ms} ms (goal <= 5 ms); answer ${e.answerBytes} bytes (the whole engagement, which edits used to answer with: ${e.wholeEngagementBytes} bytes)`,
  );
if (results.editFloor)
  console.log(
    `  the floor beside it (bare Node HTTP + one FULL-sync SQLite commit, same fetch): p50 ${results.editFloor.p50Ms} ms, p99 ${results.editFloor.p99Ms} ms`,
  );
const m = results.map;
if (m) console.log(`Map, ${m.app.nodes} nodes / ${m.app.edges} edges (median of 3 loads):`);
if (m) console.log(`  layout (in a worker): ${m.app.layoutMs} ms`);
if (m)
  console.log(
    `  first render: Causeway ${m.app.firstRenderMs} ms, bare React Flow ${m.bare.firstRenderMs} ms -> overhead ${m.overhead.firstRender}x (goal <= 1.2x)`,
  );
if (m)
  console.log(
    `  frame time while panning and zooming: Causeway p50 ${m.app.frameP50Ms} ms / p95 ${m.app.frameP95Ms} ms; bare p50 ${m.bare.frameP50Ms} / p95 ${m.bare.frameP95Ms} ms (p95 ratio ${m.overhead.frameP95}x, goal <= 1.2x)`,
  );
if (m) console.log(`  JS heap: Causeway ${m.app.heapMB} MB, bare ${m.bare.heapMB} MB`);
if (m)
  console.log(
    `  in the real app, a ${m.realApp.nodes}-node engagement: map open to every node drawn ${m.realApp.openMs} ms (data, layout, render); pan/zoom frame p50 ${m.realApp.frameP50Ms} ms / p95 ${m.realApp.frameP95Ms} ms; heap ${m.realApp.heapMB} MB`,
  );
const cb = results.capabilities;
if (cb)
  console.log(
    `Gap analysis, ${cb.cells} cells from ${cb.assessments} assessments (mount to heatmap painted, ${cb.runs} loads each): Causeway p50 ${cb.app.p50Ms} ms / p95 ${cb.app.p95Ms} ms (goal < 300 ms; React commit p50 ${cb.app.commitP50Ms} ms); plain table of the same numbers p50 ${cb.bare.p50Ms} ms / p95 ${cb.bare.p95Ms} ms -> ${cb.ratioP50}x`,
  );
const r = results.reports;
if (r) {
  console.log('Reports (through the report worker, median of 3, after a first warm-up render):');
  for (const k of ['demoBriefing', 'demoReport', 'largeBriefing', 'largeReport'])
    console.log(`  ${k}: ${r[k].medianMs} ms, ${r[k].pages} pages, ${r[k].kB} KB`);
  console.log(
    `  plain react-pdf text, the floor (median of 3 first renders): ${r.demoReport.pages} pages ${r.demoPlainFloorMs} ms, ${r.largeReport.pages} pages ${r.plainFloorMs} ms`,
  );
  console.log(`  full report vs the floor: demo ${r.demoReportVsFloor}x, large ${r.largeReportVsFloor}x`);
}
const p = results.pptx;
if (p) {
  console.log('PowerPoint briefing (through the report worker, median of 3, after a first warm-up):');
  for (const k of ['demoPptx', 'largePptx']) console.log(`  ${k}: ${p[k].medianMs} ms, ${p[k].slides} slides, ${p[k].kB} KB`);
  console.log(`  large engagement: goal < 2000 ms`);
}
console.log('Written to bench-results/bench.json');
