#!/usr/bin/env node
// `node scripts/layout-compare.mjs` (after `npm run build`): the map's own layout against elkjs,
// the layout it replaced (elkjs stays a dev dependency for this and the tests only): time in Node
// and edge crossings as drawn, on the demo and on the 1,000-node benchmark map. Printed and
// written to bench-results/layout.json. Not part of `npm test`; tests do not assert on time.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const load = async (path) => (await runnerImport(join(root, path), { root, configFile: false, logLevel: 'error' })).module;
const { buildGraph, countCrossings, layoutMap } = await load('src/shared/domain/index.ts');
const { generateEngagement } = await load('src/renderer/src/bench/generate.ts');
const { elkLayout } = await load('tests/support/elkLayout.ts');

/** The demo as the app builds it: through the built browser-mode host, like scripts/bench.mjs. */
async function demoEngagement() {
  const dataDir = mkdtempSync(join(tmpdir(), 'causeway-layout-'));
  const child = spawn(process.execPath, [join(root, 'out', 'main', 'host.js')], {
    env: { ...process.env, CAUSEWAY_DATA_DIR: dataDir, CAUSEWAY_PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const url = await new Promise((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (c) => {
        out += c;
        const m = out.match(/CAUSEWAY_READY (\S+)/);
        if (m) resolve(m[1]);
      });
      child.on('exit', (code) => reject(new Error(`host exited ${code} (run npm run build first)`)));
    });
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
    return await post('engagement.open', { id: (await post('demo.open', {})).id });
  } finally {
    await new Promise((resolve) => (child.once('exit', resolve), child.kill('SIGTERM')));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const round = (n) => Math.round(n * 10) / 10;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function compare(name, graph, runs) {
  const ours = [];
  let positions;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    positions = layoutMap(graph);
    ours.push(performance.now() - t0);
  }
  const t0 = performance.now();
  const elk = await elkLayout(graph);
  const elkMs = performance.now() - t0;
  return {
    name,
    nodes: graph.nodes.length,
    edges: graph.edges.length,
    ours: { crossings: countCrossings(graph, positions), firstMs: round(ours[0]), medianMs: round(median(ours)), runs },
    elk: { crossings: countCrossings(graph, elk), ms: round(elkMs) },
  };
}

const results = {
  date: new Date().toISOString(),
  machine: { cores: cpus().length, node: process.version },
  demo: await compare('demo', buildGraph(await demoEngagement()), 5),
  bench: await compare('bench', buildGraph(generateEngagement(1000, 1500)), 5),
};
mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results', 'layout.json'), JSON.stringify(results, null, 2));
console.log('Map layout in Node, ours vs elkjs 0.12 (crossings as drawn; ours: first run, median of 5):');
for (const r of [results.demo, results.bench])
  console.log(
    `  ${r.name} (${r.nodes} nodes, ${r.edges} edges): ours ${r.ours.crossings} crossings, ${r.ours.firstMs} ms / ${r.ours.medianMs} ms; ELK ${r.elk.crossings} crossings, ${r.elk.ms} ms`,
  );
console.log('Written to bench-results/layout.json');
