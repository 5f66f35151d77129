#!/usr/bin/env node
// `npm run bench`: performance figures, printed and written to bench-results/bench.json.
// Benchmarks are never part of `npm test`; tests do not assert on wall-clock time.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { largeSnapshot, reportBenchmark } from './bench-reports.mjs';

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

async function savedEdits(browser, edits = 1000) {
  const dataDir = mkdtempSync(join(tmpdir(), 'causeway-bench-'));
  const { child, url } = await startHost(dataDir);
  const page = await browser.newPage();
  await page.goto(url);
  await page.locator('body[data-ready="engagements"]').waitFor({ state: 'attached' });
  // The renderer's own path: a POST to the API with the token, answered with what changed.
  const times = await page.evaluate(async (n) => {
    const token = sessionStorage.getItem('causeway.token');
    const post = async (procedure, input) => {
      const res = await fetch(`/api/${procedure}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'x-causeway-token': token },
        body: JSON.stringify(input),
      });
      const body = await res.json();
      if (!body.ok) throw new Error(body.error.message);
      return body.data;
    };
    const demo = await post('demo.open', {});
    const detail = await post('engagement.open', { id: demo.id });
    const outcomeId = detail.outcomes[0].id;
    const out = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      await post('outcome.update', { id: outcomeId, patch: { owner: `Owner ${i}` } });
      out.push(performance.now() - t0);
    }
    return out;
  }, edits);
  await page.close();
  await stop(child);
  rmSync(dataDir, { recursive: true, force: true });
  return { edits, p50Ms: round(quantile(times, 0.5)), p99Ms: round(quantile(times, 0.99)), maxMs: round(Math.max(...times)) };
}

/** One load of the map benchmark page: first render, then frame times while panning and zooming. */
async function mapRun(browser, url, mode) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${url}bench.html?mode=${mode}&nodes=1000&edges=1500${process.env.BENCH_MAP_QUERY ?? ''}`);
  await page.waitForFunction(() => window.__bench?.ready || window.__bench?.error, null, { timeout: 120_000 });
  const bench = await page.evaluate(() => window.__bench);
  if (bench.error) throw new Error(bench.error);
  await page.evaluate(() => {
    window.__frames = [];
    let last = performance.now();
    const tick = (t) => {
      window.__frames.push(t - last);
      last = t;
      if (!window.__stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.mouse.move(720, 450);
  await page.mouse.down();
  for (let i = 0; i < 90; i++) await page.mouse.move(720 + Math.sin(i / 10) * 300, 450 + Math.cos(i / 14) * 200);
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
  await page.close();
  return {
    layoutMs: bench.layoutMs,
    renderMs: bench.renderMs,
    nodes: bench.nodes,
    edges: bench.edges,
    frameP50: quantile(frames, 0.5),
    frameP95: quantile(frames, 0.95),
    frames: frames.length,
    heapMB: heap / 1024 / 1024,
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
  result.overhead = {
    firstRender: round(result.app.firstRenderMs / result.bare.firstRenderMs),
    frameP95: round(result.app.frameP95Ms / result.bare.frameP95Ms),
  };
  await stop(child);
  rmSync(dataDir, { recursive: true, force: true });
  return result;
}

/**
 * One saved edit, API only (no browser): a POST of outcome.update to the host, SQLite commit, and
 * the answer (what changed) back, on the demo and on the large generated engagement (imported).
 * Also how big the answer is, next to the whole engagement a mutation used to answer with.
 */
async function editAnswers(edits = 500) {
  const dataDir = mkdtempSync(join(tmpdir(), 'causeway-bench-'));
  const { child, url } = await startHost(dataDir);
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
  const post = async (procedure, input) => (await send(procedure, input)).data;
  const out = {};
  try {
    const demo = await post('demo.open', {});
    const file = JSON.parse((await post('export.causeway', { id: demo.id, clientSafe: false })).content);
    // The report benchmark's large engagement, made importable: its records replace the demo's, so
    // benefits and costs let go of the demo's measures and interventions.
    const big = largeSnapshot(file);
    big.causes = big.causes.map((c) => ({ votes: null, ...c }));
    big.benefits = file.benefits.map((b) => ({ ...b, measureId: null }));
    big.costs = file.costs.map((c) => ({ ...c, interventionId: null }));
    const large = await post('import.causeway', { content: JSON.stringify({ ...file, ...big }) });
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
async function reports() {
  const dataDir = mkdtempSync(join(tmpdir(), 'causeway-bench-'));
  const { child, url } = await startHost(dataDir);
  const origin = url.replace(/#.*$/, '');
  const token = url.split('#token=')[1];
  const post = async (procedure, input) => {
    const res = await fetch(`${origin}api/${procedure}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-causeway-token': token },
      body: JSON.stringify(input),
    });
    const body = await res.json();
    if (!body.ok) throw new Error(body.error.message);
    return body.data;
  };
  const demo = await post('demo.open', {});
  const file = JSON.parse((await post('export.causeway', { id: demo.id, clientSafe: false })).content);
  const { format: _format, version: _version, exportedAt: _exportedAt, clientSafe: _clientSafe, ...snapshot } = file;
  await stop(child);
  rmSync(dataDir, { recursive: true, force: true });
  return reportBenchmark(root, snapshot);
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
// `node scripts/bench.mjs map` runs only the map part (quicker while tuning).
const only = process.argv[2];
const results = {
  date: new Date().toISOString(),
  machine: { cores: cpus().length, node: process.version },
  coldStart: only && only !== 'start' ? undefined : await coldStart(browser),
  savedEdit: only && only !== 'start' ? undefined : await savedEdits(browser),
  editAnswer: only && only !== 'start' && only !== 'edit' ? undefined : await editAnswers(),
  map: only && only !== 'map' ? undefined : await mapBenchmark(browser),
  reports: only && only !== 'reports' ? undefined : await reports(),
};
await browser.close();

mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results', 'bench.json'), JSON.stringify(results, null, 2));
if (results.coldStart)
  console.log(
    `Browser-mode cold start (host launch -> engagement list interactive), median of ${results.coldStart.runs}: ${results.coldStart.medianMs} ms (min ${results.coldStart.minMs}, max ${results.coldStart.maxMs})`,
  );
if (results.savedEdit)
  console.log(
    `Saved edit (renderer -> API -> SQLite FULL sync -> answer), ${results.savedEdit.edits} edits: p50 ${results.savedEdit.p50Ms} ms, p99 ${results.savedEdit.p99Ms} ms`,
  );
for (const [name, e] of Object.entries(results.editAnswer ?? {}))
  console.log(
    `One saved edit, API only (${name}, ${e.edits} edits): p50 ${e.p50Ms} ms, p99 ${e.p99Ms} ms; answer ${e.answerBytes} bytes (the whole engagement, which edits used to answer with: ${e.wholeEngagementBytes} bytes)`,
  );
const m = results.map;
if (m) console.log(`Map, ${m.app.nodes} nodes / ${m.app.edges} edges (median of 3 loads):`);
if (m) console.log(`  layout (in a worker): ${m.app.layoutMs} ms`);
if (m)
  console.log(
    `  first render: Causeway ${m.app.firstRenderMs} ms, bare React Flow ${m.bare.firstRenderMs} ms -> overhead ${m.overhead.firstRender}x`,
  );
if (m)
  console.log(
    `  frame time while panning and zooming: Causeway p50 ${m.app.frameP50Ms} ms / p95 ${m.app.frameP95Ms} ms; bare p50 ${m.bare.frameP50Ms} / p95 ${m.bare.frameP95Ms} ms (p95 ratio ${m.overhead.frameP95}x)`,
  );
if (m) console.log(`  JS heap: Causeway ${m.app.heapMB} MB, bare ${m.bare.heapMB} MB`);
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
console.log('Written to bench-results/bench.json');
