import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CSV_LIMITS,
  EXCHANGE_MAX_BYTES,
  EXCHANGE_VERSION,
  exchangeLists,
  upgradeExchangeFile,
  type ExchangeList,
} from '../../src/shared/domain';
import { dumpDatabase, newEngagement, tempLibrary } from '../support/tempLibrary';

let a: ReturnType<typeof tempLibrary>;
let b: ReturnType<typeof tempLibrary>;
beforeEach(() => ((a = tempLibrary()), (b = tempLibrary())));
afterEach(() => (a.close(), b.close()));

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const idsIn = (text: string) => new Set(text.match(UUID));
/**
 * A file as the user sees it: every id replaced by its order of first appearance (an import gives
 * every record a fresh id, so only the ids differ between a file and its re-export), without the
 * export time.
 */
function canonical(content: string) {
  const names = new Map<string, string>();
  const renamed = content.replace(UUID, (id) => {
    if (!names.has(id)) names.set(id, `#${names.size}`);
    return names.get(id)!;
  });
  const { exportedAt: _, ...rest } = JSON.parse(renamed);
  return rest;
}

type Row = { id: string; [field: string]: unknown };
type File = { [field: string]: unknown; engagement: Row } & Record<ExchangeList, Row[]>;
const recordLists = (Object.keys(exchangeLists) as ExchangeList[]).filter((list) => list !== 'mapPositions');

describe('.causeway files', () => {
  it('round-trip into another library: the same engagement, under fresh ids', () => {
    const id = a.call('demo.open', {}).id;
    const outcomeId = a.detail(id).outcomes[0].id;
    a.edit('map.move', { engagementId: id, positions: [{ nodeKey: `outcome:${outcomeId}`, x: 10, y: 20 }] });
    const first = a.call('export.causeway', { id, clientSafe: false });
    expect(first.fileName).toBe('first-contact-resolution-2026.causeway');
    const imported = b.call('import.causeway', { content: first.content });
    const again = b.call('export.causeway', { id: imported.id, clientSafe: false });
    const original = canonical(first.content);
    expect(canonical(again.content)).toEqual({ ...original, engagement: { ...original.engagement, isDemo: false } });
    const before = idsIn(first.content);
    expect([...idsIn(again.content)].filter((x) => before.has(x))).toEqual([]);
  });

  it('are written compactly, with no pretty-printing', () => {
    const { content } = a.call('export.causeway', { id: a.call('demo.open', {}).id, clientSafe: false });
    expect(content).toBe(JSON.stringify(JSON.parse(content)));
  });

  it('importing the same file twice makes an independent copy with new ids', () => {
    const id = a.call('demo.open', {}).id;
    const file = a.call('export.causeway', { id, clientSafe: false }).content;
    const copy = a.call('import.causeway', { content: file });
    expect(copy.id).not.toBe(id);
    expect(copy.name).toBe('First-contact resolution 2026 (imported)');
    expect(a.call('import.causeway', { content: file }).name).toBe('First-contact resolution 2026 (imported 2)');
    const d = a.detail(copy.id);
    expect(d.causes).toHaveLength(10);
    expect(d.links.every((l) => d.causes.some((c) => c.id === l.causeId))).toBe(true);
  });

  it('import into a library that holds the same records under another engagement, every reference rewritten', () => {
    const id = a.call('demo.open', {}).id;
    const demo = a.detail(id);
    a.edit('map.move', {
      engagementId: id,
      positions: [
        { nodeKey: `cause:${demo.causes[0].id}`, x: 1, y: 2 },
        { nodeKey: `measure:${demo.measures[0].id}`, x: 3, y: 4 },
      ],
    });
    const before = a.detail(id);
    const f = JSON.parse(a.call('export.causeway', { id, clientSafe: false }).content) as File;
    // The engagement's id is new to the library; every record id in it is not.
    const claimed = crypto.randomUUID();
    f.engagement = { ...f.engagement, id: claimed, name: 'Claimed' };
    for (const list of recordLists) f[list] = f[list].map((r) => ({ ...r, engagementId: claimed }));
    const copy = a.call('import.causeway', { content: JSON.stringify(f) });
    expect(copy.id).not.toBe(claimed);
    const d = a.detail(copy.id);
    for (const list of recordLists) expect(d[list], list).toHaveLength(before[list].length);
    expect([...idsIn(JSON.stringify(d))].filter((x) => idsIn(JSON.stringify(before)).has(x))).toEqual([]);
    const inCopy = (kind: 'outcome' | 'behaviour' | 'cause' | 'intervention' | 'measure', x: string | null) =>
      x === null || d[`${kind}s`].some((r) => r.id === x);
    expect(d.behaviours.every((r) => inCopy('outcome', r.outcomeId))).toBe(true);
    expect(d.causes.every((r) => inCopy('behaviour', r.behaviourId))).toBe(true);
    expect(d.evidence.every((r) => inCopy('cause', r.causeId))).toBe(true);
    expect(d.links.every((r) => inCopy('cause', r.causeId) && inCopy('intervention', r.interventionId))).toBe(true);
    expect(d.measures.every((r) => inCopy('outcome', r.outcomeId) && inCopy('intervention', r.interventionId))).toBe(true);
    expect(d.observations.every((r) => inCopy('measure', r.measureId))).toBe(true);
    expect(d.benefits.every((r) => inCopy('measure', r.measureId))).toBe(true);
    expect(d.costs.every((r) => inCopy('intervention', r.interventionId))).toBe(true);
    expect(d.mapPositions.map((p) => [p.nodeKey, p.x, p.y])).toEqual([
      [`cause:${d.causes[0].id}`, 1, 2],
      [`measure:${d.measures[0].id}`, 3, 4],
    ]);
    // The engagement the records came from is untouched.
    expect(a.detail(id)).toEqual(before);
  });

  it('client-safe files carry no interviewee names or confidential notes', () => {
    const id = a.call('demo.open', {}).id;
    const file = a.call('export.causeway', { id, clientSafe: true }).content;
    expect(file).not.toContain('Agent, Leeds site');
    expect(file).not.toContain('not allowed to do it');
    expect(JSON.parse(file).clientSafe).toBe(true);
  });

  describe('files from before the renames (format 1: `position`, `libraryKey`, `positions`)', () => {
    /** Exported by Causeway as it was before list order, catalogue keys and map positions were renamed. */
    const formatOne = readFileSync(join(__dirname, '..', 'fixtures', 'format-1.causeway'), 'utf8');
    const old = JSON.parse(formatOne);

    it('the fixture really is in the old shape', () => {
      expect(old.version).toBe(1);
      expect(old.positions).toHaveLength(2);
      expect(old.mapPositions).toBeUndefined();
      expect(old.interventions[0]).toMatchObject({ position: 0, libraryKey: 'clear-standards' });
      expect(old.interventions[0].order).toBeUndefined();
    });

    it('import with every record, its list order, catalogue key and map positions', () => {
      const imported = b.call('import.causeway', { content: formatOne });
      expect(imported.name).toBe(old.engagement.name);
      const d = b.detail(imported.id);
      const lists = ['outcomes', 'audiences', 'behaviours', 'causes', 'evidence', 'interventions', 'links', 'measures'] as const;
      for (const list of lists) expect(d[list], list).toHaveLength(old[list].length);
      for (const list of ['observations', 'benefits', 'costs', 'intangibles'] as const)
        expect(d[list], list).toHaveLength(old[list].length);
      expect(d.audiences.map((x) => [x.role, x.order])).toEqual(
        old.audiences.map((x: { role: string; position: number }) => [x.role, x.position]),
      );
      expect(d.intangibles.map((x) => [x.text, x.order])).toEqual([
        ['Better morale', 0],
        ['Fewer escalations', 1],
      ]);
      expect(d.interventions.map((x) => [x.name, x.order, x.catalogueKey])).toEqual([
        ['Clear standards & expectations', 0, 'clear-standards'],
        ['Buddy system', 1, null],
      ]);
      // The same nodes, under their new ids.
      expect(d.behaviours[0].text).toBe('Resolve tickets without escalating');
      expect(d.mapPositions).toEqual([
        { nodeKey: `behaviour:${d.behaviours[0].id}`, x: 320, y: 60 },
        { nodeKey: `outcome:${d.outcomes[0].id}`, x: 40, y: 80 },
      ]);
      expect(d.costs[0]).toMatchObject({ category: 'delivery', amount: 4000, interventionId: d.interventions[0].id });
    });

    it('export again in the current format, with the new names only', () => {
      const id = b.call('import.causeway', { content: formatOne }).id;
      const content = b.call('export.causeway', { id, clientSafe: false }).content;
      const now = JSON.parse(content);
      expect(now.version).toBe(EXCHANGE_VERSION);
      expect(now.positions).toBeUndefined();
      expect(canonical(content).mapPositions).toEqual(canonical(formatOne).positions);
      expect(JSON.stringify(now)).not.toMatch(/"(position|libraryKey)"/);
    });

    it('upgrading leaves current files, other formats and newer versions as they are, for the checks to judge', () => {
      const current = JSON.parse(a.call('export.causeway', { id: a.call('demo.open', {}).id, clientSafe: false }).content);
      expect(upgradeExchangeFile(current)).toBe(current);
      const other = { format: 'something-else', version: 1, positions: [] };
      expect(upgradeExchangeFile(other)).toBe(other);
      const newer = { ...old, version: 99 };
      expect(upgradeExchangeFile(newer)).toBe(newer);
      expect(upgradeExchangeFile(old)).not.toBe(old);
      expect(old.version).toBe(1); // the parsed file is copied, not changed in place
    });
  });

  describe('hostile and broken files are refused whole, in the user’s words, with nothing written', () => {
    let good: string;
    beforeEach(() => {
      const id = a.call('demo.open', {}).id;
      const demo = a.detail(id);
      a.edit('map.move', {
        engagementId: id,
        positions: [
          { nodeKey: `outcome:${demo.outcomes[0].id}`, x: 10, y: 20 },
          { nodeKey: `behaviour:${demo.behaviours[0].id}`, x: 30, y: 40 },
        ],
      });
      good = a.call('export.causeway', { id, clientSafe: false }).content;
    });
    const edit = (change: (f: File) => void) => (g: string) => {
      const f = JSON.parse(g) as File;
      change(f);
      return JSON.stringify(f);
    };
    const other = '00000000-0000-4000-8000-000000000000';
    const invalid = 'The file is not a valid Causeway engagement: ';
    const inconsistent = 'The file is inconsistent: ';
    const cases: [string, (g: string) => string, string | RegExp][] = [
      ['truncated', (g) => g.slice(0, Math.floor(g.length / 2)), /incomplete or damaged/],
      ['not JSON at all', () => 'PK\u0003\u0004 this is a zip', /incomplete or damaged/],
      ['another kind of JSON', () => '{"hello":"world"}', /not a Causeway engagement file/],
      ['from a newer Causeway', edit((f) => (f.version = 99)), /newer version of Causeway \(format 99/],
      [
        'deeply nested',
        () => `{"format":"causeway-engagement","version":1,"x":${'['.repeat(200_000)}${']'.repeat(200_000)}}`,
        /(incomplete or damaged|not a valid Causeway engagement)/,
      ],
      ['oversized', (g) => g.replace('"note":"', `"note":"${'x'.repeat(EXCHANGE_MAX_BYTES)}`), /larger than 32 MB/],
      // Values the app would refuse if typed in: the API's own rules, told about the record concerned.
      [
        'an observation on a day that does not exist',
        edit((f) => (f.observations[2].date = '2026-02-30')),
        `${invalid}observation 3 has the date “2026-02-30”, which is not a day. Nothing was imported.`,
      ],
      [
        'evidence dated in words',
        edit((f) => (f.evidence[0].date = 'last Tuesday')),
        `${invalid}evidence item 1 has the date “last Tuesday”, which is not a date written like 2026-12-31. Nothing was imported.`,
      ],
      [
        'a node placed far off the map',
        edit((f) => (f.mapPositions[1].x = 1e308)),
        `${invalid}map position 2 has the x position 1e+308, which is more than 1,000,000. Nothing was imported.`,
      ],
      [
        'an engagement that ends before it starts',
        edit((f) => Object.assign(f.engagement, { startDate: '2026-06-01', endDate: '2026-01-31' })),
        `${invalid}the engagement has the end date “2026-01-31”: choose a date on or after the start date. Nothing was imported.`,
      ],
      [
        'an absurd observation',
        edit((f) => (f.observations[0].value = 1e13)),
        `${invalid}observation 1 has the value 10000000000000, which is more than 1,000,000,000,000. Nothing was imported.`,
      ],
      [
        'an unknown cohort',
        edit((f) => (f.observations[0].cohort = 'everyone')),
        `${invalid}observation 1 has the cohort “everyone”, which is not one of “all”, “treatment” or “control”. Nothing was imported.`,
      ],
      [
        'a name longer than the app allows',
        edit((f) => (f.outcomes[0].kpiName = 'x'.repeat(121))),
        `${invalid}outcome 1 has the KPI name “${'x'.repeat(39)}…”, which is longer than 120 characters. Nothing was imported.`,
      ],
      [
        'a cause in no BEM cell',
        edit((f) => (f.causes[0].cell = 9)),
        `${invalid}cause 1 has the cell 9: pick one of the six cells, 1 to 6. Nothing was imported.`,
      ],
      [
        'text where a number belongs',
        edit((f) => (f.causes[1].weight = 'heavy')),
        `${invalid}cause 2 has the weight “heavy”, which is not a number. Nothing was imported.`,
      ],
      ['a missing field', edit((f) => delete f.behaviours[0].text), `${invalid}behaviour 1 has no text. Nothing was imported.`],
      [
        'an id that is not an id',
        edit((f) => (f.costs[0].id = 'DROP TABLE')),
        `${invalid}cost 1 has the id “DROP TABLE”, which is not a Causeway record id. Nothing was imported.`,
      ],
      [
        'a field Causeway does not know',
        edit((f) => (f.causes[0].script = 'alert(1)')),
        `${invalid}cause 1 has a field Causeway does not know: “script”. Nothing was imported.`,
      ],
      [
        'an extra top-level field',
        (g) => g.replace('{', '{"script":"alert(1)",'),
        `${invalid}the file has a field Causeway does not know: “script”. Nothing was imported.`,
      ],
      // Records that do not fit together.
      [
        'dangling links',
        edit((f) => (f.causes[0].behaviourId = other)),
        `${inconsistent}cause 1’s behaviour is not in the file. Nothing was imported.`,
      ],
      [
        'two records with one id',
        edit((f) => (f.causes[1].id = f.causes[0].id)),
        /^The file is inconsistent: cause 2 has the same id as cause 1/,
      ],
      [
        'records of two kinds with one id',
        edit((f) => (f.evidence[0].id = f.behaviours[0].id)),
        /^The file is inconsistent: evidence item 1 has the same id as behaviour 1/,
      ],
      [
        'a record of another engagement',
        edit((f) => (f.observations[0].engagementId = other)),
        `${inconsistent}observation 1 belongs to another engagement than the file’s. Nothing was imported.`,
      ],
      [
        'a behaviour whose outcome is an audience',
        edit((f) => (f.behaviours[0].outcomeId = f.audiences[0].id)),
        `${inconsistent}behaviour 1’s outcome is audience 1, which is not an outcome. Nothing was imported.`,
      ],
      [
        'a link whose cause is an intervention',
        edit((f) => (f.links[0].causeId = f.interventions[0].id)),
        `${inconsistent}intervention–cause link 1’s cause is intervention 1, which is not a cause. Nothing was imported.`,
      ],
      [
        'a map position of a “cause” that is a behaviour',
        edit((f) => (f.mapPositions[0].nodeKey = `cause:${f.behaviours[0].id}`)),
        `${inconsistent}map position 1’s cause is behaviour 1, which is not a cause. Nothing was imported.`,
      ],
      [
        'a benefit whose measure is an outcome',
        edit((f) => (f.benefits[0].measureId = f.outcomes[0].id)),
        `${inconsistent}benefit 1’s measure is outcome 1, which is not a measure. Nothing was imported.`,
      ],
      [
        'a cost whose intervention is a cause',
        edit((f) => (f.costs[0].interventionId = f.causes[0].id)),
        `${inconsistent}cost 1’s intervention is cause 1, which is not an intervention. Nothing was imported.`,
      ],
      [
        'the same link twice',
        edit((f) => f.links.push({ ...f.links[0], id: other })),
        /^The file is inconsistent: intervention–cause link \d+ joins the same intervention and cause as intervention–cause link 1\./,
      ],
      [
        'the same node placed twice',
        edit((f) => f.mapPositions.push({ ...f.mapPositions[0], x: 5 })),
        `${inconsistent}map position 3 places the same node as map position 1. Nothing was imported.`,
      ],
    ];
    it.each(cases)('%s', (_, make, message) => {
      const before = dumpDatabase(b.library);
      const result = b.raw('import.causeway', { content: make(good) });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      if (typeof message === 'string') expect(result.error.message).toBe(message);
      else expect(result.error.message).toMatch(message);
      expect(result.error.code).toBe('invalid_input');
      expect(result.error.message).toMatch(/Nothing was imported|nothing was imported/);
      // No zod paths (observations.2.date) or zod's own wording.
      expect(result.error.message).not.toMatch(/\w\.\d+\.\w|Invalid input|expected \w+, received/);
      expect(dumpDatabase(b.library)).toEqual(before);
    });
  });

  describe('every export the app can produce imports back', () => {
    /** `count` observations on distinct days from 1 January 1900, as one CSV file. */
    const csv = (from: number, count: number) =>
      [
        'Date,Value,Cohort',
        ...Array.from({ length: count }, (_, i) => {
          const day = new Date(Date.UTC(1900, 0, 1 + from + i)).toISOString().slice(0, 10);
          return `${day},${((from + i) % 997) + 0.125},${['all', 'treatment', 'control'][(from + i) % 3]}`;
        }),
      ].join('\n');

    it('two CSV imports at the CSV limits (9.6 MB pretty-printed before, over the old 8 MB) export compactly and import back equal', () => {
      const engagementId = a.call('engagement.create', newEngagement).id;
      const measureId = a.edit('measure.create', { engagementId, fields: { name: 'Win rate' } }).measures[0].id;
      for (const from of [0, CSV_LIMITS.rows])
        a.edit('observation.importCsv', {
          measureId,
          csv: csv(from, CSV_LIMITS.rows),
          mapping: { date: 0, value: 1, cohort: 2, decimal: '.' },
          skipInvalid: false,
        });
      const first = a.call('export.causeway', { id: engagementId, clientSafe: false });
      expect(Buffer.byteLength(first.content)).toBeLessThan(EXCHANGE_MAX_BYTES);
      const imported = b.call('import.causeway', { content: first.content });
      const again = b.call('export.causeway', { id: imported.id, clientSafe: false });
      const original = canonical(first.content);
      expect(original.observations).toHaveLength(2 * CSV_LIMITS.rows);
      expect(canonical(again.content)).toEqual(original);
    }, 120_000); // 40,000 rows through the real import and export: heavy on a busy 2-core machine

    it('more observations than a file holds (more CSV imports) are refused at export, saying why and what to do', () => {
      const engagementId = a.call('engagement.create', newEngagement).id;
      const measureId = a.edit('measure.create', { engagementId, fields: { name: 'Win rate' } }).measures[0].id;
      const most = exchangeLists.observations.max;
      // As many CSV imports would write them, straight to the library (thousands of rows a second).
      const insert = a.library.sqlite.prepare(
        `INSERT INTO observation (id, engagement_id, measure_id, date, value, cohort) VALUES (?, ?, ?, ?, ?, 'all')`,
      );
      a.library.sqlite.transaction(() => {
        for (let i = 0; i < most; i++)
          insert.run(crypto.randomUUID(), engagementId, measureId, new Date(Date.UTC(1900, 0, 1 + i)).toISOString().slice(0, 10), i % 997);
      })();
      const atMost = a.call('export.causeway', { id: engagementId, clientSafe: false });
      expect(Buffer.byteLength(atMost.content)).toBeLessThan(EXCHANGE_MAX_BYTES);
      a.edit('observation.create', { measureId, observation: { date: '2026-01-01', value: 1, cohort: 'all' } });
      expect(a.raw('export.causeway', { id: engagementId, clientSafe: false })).toMatchObject({
        ok: false,
        error: {
          code: 'invalid_input',
          message:
            'This engagement cannot be exported as a .causeway file: it has 100,001 observations, and a file holds at most 100,000. ' +
            'Export the observations as CSV to keep them, delete the ones the engagement no longer needs, and export again. Nothing was exported.',
        },
      });
    });

    it('an engagement too large for the import limit is refused at export, saying why and what to do', () => {
      const id = a.call('demo.open', {}).id;
      const causeId = a.detail(id).causes[0].id;
      // Evidence notes as long as the app takes (2,000 characters), in a script of three bytes a
      // character: written straight to the library, as thousands of evidence.create calls would.
      const note = '証'.repeat(2000);
      const insert = a.library.sqlite.prepare(
        `INSERT INTO evidence (id, engagement_id, cause_id, source, date, note, strength, person, confidential) VALUES (?, ?, ?, 'interview', '2026-02-01', ?, 'moderate', '', 0)`,
      );
      a.library.sqlite.transaction(() => {
        for (let i = 0; i < 6_000; i++) insert.run(crypto.randomUUID(), id, causeId, note);
      })();
      const result = a.raw('export.causeway', { id, clientSafe: false });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      if (!result.ok)
        expect(result.error.message).toMatch(
          /^This engagement cannot be exported as a \.causeway file: the file would be 3\d(\.\d)? MB, and Causeway imports files of up to 32 MB\. Most of it is the 6,0\d\d evidence items \(3\d(\.\d)? MB\)\. Delete the evidence items the engagement no longer needs, and export again\. Nothing was exported\.$/,
        );
    });

    it('an engagement holding what import would refuse (written by an older import) is refused at export, saying what to correct', () => {
      const id = a.call('demo.open', {}).id;
      const observation = a.detail(id).observations[0];
      a.library.sqlite.prepare(`UPDATE observation SET date = '2026-02-30' WHERE id = ?`).run(observation.id);
      const result = a.raw('export.causeway', { id, clientSafe: false });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      if (!result.ok)
        expect(result.error.message).toMatch(
          /^This engagement cannot be exported as a \.causeway file, because another Causeway would refuse it: observation \d+ has the date “2026-02-30”, which is not a day\. Correct that in the engagement and export again\. Nothing was exported\.$/,
        );
    });
  });
});

describe('CSV exports', () => {
  it('neutralise formulas and respect client-safe', () => {
    const id = a.call('demo.open', {}).id;
    const d = a.detail(id);
    a.edit('cause.update', { id: d.causes[0].id, patch: { text: '=HYPERLINK("http://evil","click")' } });
    const causes = a.call('export.csv', { id, table: 'causes', clientSafe: false });
    expect(causes.content.split('\r\n')[0]).toBe('Behaviour,Cause,Cell,Bucket,Weight,Evidence state,Raised by,Evidence items');
    expect(causes.content).toContain(`"'=HYPERLINK(""http://evil"",""click"")"`);
    expect(a.call('export.csv', { id, table: 'evidence', clientSafe: false }).content).toContain('Agent, Leeds site');
    const safe = a.call('export.csv', { id, table: 'evidence', clientSafe: true }).content;
    expect(safe).not.toContain('Agent, Leeds site');
    expect(safe).not.toContain('not allowed to do it');
    expect(a.call('export.csv', { id, table: 'observations', clientSafe: false }).content.split('\r\n').length).toBeGreaterThan(40);
  });
});
