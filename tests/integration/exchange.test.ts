import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXCHANGE_VERSION, upgradeExchangeFile } from '../../src/shared/domain';
import { dumpDatabase, tempLibrary } from '../support/tempLibrary';

let a: ReturnType<typeof tempLibrary>;
let b: ReturnType<typeof tempLibrary>;
beforeEach(() => ((a = tempLibrary()), (b = tempLibrary())));
afterEach(() => (a.close(), b.close()));

const strip = (content: string) => {
  const { exportedAt: _, ...rest } = JSON.parse(content);
  return rest;
};

describe('.causeway files', () => {
  it('round-trip into another library exactly', () => {
    const id = a.call('demo.open', {}).id;
    a.call('map.move', {
      engagementId: id,
      positions: [{ nodeKey: `outcome:${a.call('engagement.open', { id }).outcomes[0].id}`, x: 10, y: 20 }],
    });
    const first = a.call('export.causeway', { id, clientSafe: false });
    expect(first.fileName).toBe('first-contact-resolution-2026.causeway');
    const imported = b.call('import.causeway', { content: first.content });
    const again = b.call('export.causeway', { id: imported.id, clientSafe: false });
    const original = strip(first.content);
    expect(strip(again.content)).toEqual({ ...original, engagement: { ...original.engagement, isDemo: false } });
  });

  it('importing the same file twice makes an independent copy with new ids', () => {
    const id = a.call('demo.open', {}).id;
    const file = a.call('export.causeway', { id, clientSafe: false }).content;
    const copy = a.call('import.causeway', { content: file });
    expect(copy.id).not.toBe(id);
    expect(copy.name).toBe('First-contact resolution 2026 (imported)');
    const d = a.call('engagement.open', { id: copy.id });
    expect(d.causes).toHaveLength(10);
    expect(d.links.every((l) => d.causes.some((c) => c.id === l.causeId))).toBe(true);
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
      expect(imported.id).toBe(old.engagement.id);
      const d = b.call('engagement.open', { id: imported.id });
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
      expect(d.mapPositions).toEqual(old.positions);
      expect(d.costs[0]).toMatchObject({ category: 'delivery', amount: 4000, interventionId: d.interventions[0].id });
    });

    it('export again in the current format, with the new names only', () => {
      const id = b.call('import.causeway', { content: formatOne }).id;
      const now = JSON.parse(b.call('export.causeway', { id, clientSafe: false }).content);
      expect(now.version).toBe(EXCHANGE_VERSION);
      expect(now.positions).toBeUndefined();
      expect(now.mapPositions).toEqual(old.positions);
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

  describe('hostile and broken files are refused with nothing written', () => {
    let good: string;
    beforeEach(() => {
      good = a.call('export.causeway', { id: a.call('demo.open', {}).id, clientSafe: false }).content;
    });
    const cases: [string, (g: string) => string, RegExp][] = [
      ['truncated', (g) => g.slice(0, Math.floor(g.length / 2)), /incomplete or damaged/],
      ['not JSON at all', () => 'PK\u0003\u0004 this is a zip', /incomplete or damaged/],
      ['another kind of JSON', () => '{"hello":"world"}', /not a Causeway engagement file/],
      ['from a newer Causeway', (g) => g.replace(/"version": \d+/, '"version": 99'), /newer version of Causeway \(format 99/],
      [
        'deeply nested',
        () => `{"format":"causeway-engagement","version":1,"x":${'['.repeat(200_000)}${']'.repeat(200_000)}}`,
        /(incomplete or damaged|not a valid Causeway engagement)/,
      ],
      ['wrong types', (g) => g.replace('"cell": 2', '"cell": 9'), /not a valid Causeway engagement/],
      ['an extra top-level field', (g) => g.replace('{', '{"script":"alert(1)",'), /not a valid Causeway engagement/],
      [
        'dangling links',
        (g) => g.replace(/"behaviourId": "[0-9a-f-]+"/, '"behaviourId": "00000000-0000-4000-8000-000000000000"'),
        /inconsistent/,
      ],
      ['oversized', (g) => g.replace('"note": "', `"note": "${'x'.repeat(9 * 1024 * 1024)}`), /larger than 8 MB/],
    ];
    it.each(cases)('%s', (_, make, message) => {
      const before = dumpDatabase(b.library);
      const result = b.raw('import.causeway', { content: make(good) });
      expect(result).toMatchObject({ ok: false, error: { message } });
      if (!result.ok) expect(result.error.message).toMatch(/Nothing was imported|larger than/);
      expect(dumpDatabase(b.library)).toEqual(before);
    });
  });
});

describe('CSV exports', () => {
  it('neutralise formulas and respect client-safe', () => {
    const id = a.call('demo.open', {}).id;
    const d = a.call('engagement.open', { id });
    a.call('cause.update', { id: d.causes[0].id, patch: { text: '=HYPERLINK("http://evil","click")' } });
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
