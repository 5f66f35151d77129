// Report rendering figures for `npm run bench`: the demo and a large generated engagement, each
// through the real report worker (out/main/reportWorker.js), and the same page count of plain
// react-pdf text as the floor to compare with.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { join } from 'node:path';
import { createElement as h } from 'react';

const uuid = (n) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/** 50 causes, 30 interventions, 20 measures with a year of daily observations. */
export function largeSnapshot(demo) {
  let n = 1;
  const engagementId = demo.engagement.id;
  const base = { engagementId };
  const outcome = demo.outcomes[0];
  const behaviours = Array.from({ length: 10 }, (_, i) => ({
    ...demo.behaviours[0],
    id: uuid(n++),
    text: `Behaviour ${i + 1}: apply the standard on every case`,
    order: i,
  }));
  const causes = Array.from({ length: 50 }, (_, i) => ({
    ...base,
    id: uuid(n++),
    behaviourId: behaviours[i % 10].id,
    order: i,
    text: `Cause ${i + 1}: something in the way of doing it right, described in a full sentence`,
    cell: 1 + (i % 6),
    weight: 1 + (i % 5),
    evidenceState: ['hypothesis', 'supported', 'confirmed', 'ruled_out'][i % 4],
    raisedBy: 'Interviews',
  }));
  const evidence = causes.flatMap((c, i) =>
    Array.from({ length: 2 }, (_, j) => ({
      ...base,
      id: uuid(n++),
      causeId: c.id,
      source: 'interview',
      date: '2026-02-01',
      note: `Evidence ${i}.${j}: what was seen or heard, in a sentence or two of detail.`,
      strength: 'moderate',
      person: `Person ${i}`,
      confidential: j === 0,
    })),
  );
  const interventions = Array.from({ length: 30 }, (_, i) => ({
    ...demo.interventions[0],
    id: uuid(n++),
    name: `Intervention ${i + 1}`,
    order: i,
    cost: 1000 * (i + 1),
    effort: 1 + (i % 5),
  }));
  const links = interventions.flatMap((iv, i) =>
    [causes[i % 50], causes[(i + 17) % 50]].map((c) => ({ ...base, id: uuid(n++), interventionId: iv.id, causeId: c.id })),
  );
  const measures = Array.from({ length: 20 }, (_, i) => ({
    ...demo.measures[0],
    id: uuid(n++),
    name: `Measure ${i + 1}`,
    order: i,
    level: 1 + (i % 4),
    outcomeId: i % 4 === 3 ? outcome.id : null,
    interventionId: i % 4 === 3 ? null : interventions[i].id,
    baseline: 50,
    target: 70,
  }));
  const start = Date.parse('2026-01-01T00:00:00Z');
  const observations = measures.flatMap((m, i) =>
    Array.from({ length: 365 }, (_, d) => ({
      ...base,
      id: uuid(n++),
      measureId: m.id,
      date: new Date(start + d * 86_400_000).toISOString().slice(0, 10),
      value: 50 + d / 20 + Math.sin(d / 7 + i) * 2,
      cohort: d % 2 ? 'treatment' : 'control',
    })),
  );
  return { ...demo, behaviours, causes, evidence, interventions, links, measures, observations, mapPositions: [] };
}

function render(worker, kind, snapshot) {
  return new Promise((resolve, reject) => {
    const id = Math.random();
    const t0 = performance.now();
    const onMessage = (m) => {
      if (m.id !== id) return;
      worker.off('message', onMessage);
      if (m.error) reject(new Error(m.error));
      else resolve({ ms: performance.now() - t0, bytes: m.pdf.byteLength, pdf: m.pdf });
    };
    worker.on('message', onMessage);
    worker.postMessage({ id, kind, snapshot, options: { clientSafe: false, generatedAt: new Date().toISOString() } });
  });
}

async function pages(pdf) {
  const text = Buffer.from(pdf).toString('latin1');
  return (text.match(/\/Type \/Page\b/g) ?? []).length;
}

/** One render of plain text, the first in its thread (as the floor has always been measured). */
async function plainFloorOnce(pageCount) {
  const { Document, Page, Text, renderToBuffer } = await import('@react-pdf/renderer');
  const para =
    'Plain text set in the built-in Helvetica, as much as a page holds, to give the floor of what react-pdf needs for the same number of pages. '.repeat(
      6,
    );
  const doc = h(
    Document,
    null,
    Array.from({ length: pageCount }, (_, i) =>
      h(
        Page,
        { key: i, size: 'A4', style: { padding: 48, fontSize: 10 } },
        Array.from({ length: 8 }, (_, j) => h(Text, { key: j, style: { marginBottom: 6 } }, para)),
      ),
    ),
  );
  const t0 = performance.now();
  await renderToBuffer(doc);
  return performance.now() - t0;
}

/** The floor for a page count: the median of three first renders, each in a fresh thread. */
async function plainFloor(pageCount, runs = 3) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const worker = new Worker(new URL(import.meta.url), { workerData: { floorPages: pageCount } });
    times.push(await new Promise((resolve, reject) => worker.once('message', resolve).once('error', reject)));
    await worker.terminate();
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}
if (!isMainThread && workerData?.floorPages) parentPort.postMessage(await plainFloorOnce(workerData.floorPages));

/** The PowerPoint briefing of the demo and the large engagement, through the same worker (goal: large < 2 s). */
export async function pptxBenchmark(root, demoSnapshot, runs = 3) {
  const worker = new Worker(join(root, 'out', 'main', 'reportWorker.js'));
  const out = {};
  await render(worker, 'pptx', demoSnapshot); // the first loads pptxgenjs (cold start)
  for (const [name, snap] of [
    ['demoPptx', demoSnapshot],
    ['largePptx', largeSnapshot(demoSnapshot)],
  ]) {
    const times = [];
    let last;
    for (let i = 0; i < runs; i++) times.push((last = await render(worker, 'pptx', snap)).ms);
    times.sort((a, b) => a - b);
    // Slides are named in the zip's directory: count them without unzipping.
    const slides = new Set(
      Buffer.from(last.pdf)
        .toString('latin1')
        .match(/ppt\/slides\/slide\d+\.xml/g),
    ).size;
    out[name] = { medianMs: Math.round(times[Math.floor(times.length / 2)]), slides, kB: Math.round(last.bytes / 1024) };
  }
  await worker.terminate();
  return out;
}

export async function reportBenchmark(root, demoSnapshot, runs = 3) {
  const worker = new Worker(join(root, 'out', 'main', 'reportWorker.js'));
  const large = largeSnapshot(demoSnapshot);
  const out = {};
  const cases = [
    ['demoBriefing', 'briefing', demoSnapshot],
    ['demoReport', 'report', demoSnapshot],
    ['largeBriefing', 'briefing', large],
    ['largeReport', 'report', large],
  ];
  await render(worker, 'briefing', demoSnapshot); // the first render loads react-pdf and the fonts (cold start, reported separately)
  for (const [name, kind, snap] of cases) {
    const times = [];
    let last;
    for (let i = 0; i < runs; i++) times.push((last = await render(worker, kind, snap)).ms);
    times.sort((a, b) => a - b);
    out[name] = {
      medianMs: Math.round(times[Math.floor(times.length / 2)]),
      pages: await pages(last.pdf),
      kB: Math.round(last.bytes / 1024),
    };
  }
  await worker.terminate();
  // The same page count of plain text, for each engagement's full report, and how far above it is.
  out.plainFloorMs = Math.round(await plainFloor(out.largeReport.pages));
  out.demoPlainFloorMs = Math.round(await plainFloor(out.demoReport.pages));
  out.largeReportVsFloor = Math.round((out.largeReport.medianMs / out.plainFloorMs) * 100) / 100;
  out.demoReportVsFloor = Math.round((out.demoReport.medianMs / out.demoPlainFloorMs) * 100) / 100;
  return out;
}
