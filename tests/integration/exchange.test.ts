import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
    const first = a.call('exchange.export', { id, clientSafe: false });
    expect(first.fileName).toBe('first-contact-resolution-2026.causeway');
    const imported = b.call('exchange.import', { content: first.content });
    const again = b.call('exchange.export', { id: imported.id, clientSafe: false });
    const original = strip(first.content);
    expect(strip(again.content)).toEqual({ ...original, engagement: { ...original.engagement, isDemo: false } });
  });

  it('importing the same file twice makes an independent copy with new ids', () => {
    const id = a.call('demo.open', {}).id;
    const file = a.call('exchange.export', { id, clientSafe: false }).content;
    const copy = a.call('exchange.import', { content: file });
    expect(copy.id).not.toBe(id);
    expect(copy.name).toBe('First-contact resolution 2026 (imported)');
    const d = a.call('engagement.open', { id: copy.id });
    expect(d.causes).toHaveLength(10);
    expect(d.links.every((l) => d.causes.some((c) => c.id === l.causeId))).toBe(true);
  });

  it('client-safe files carry no interviewee names or confidential notes', () => {
    const id = a.call('demo.open', {}).id;
    const file = a.call('exchange.export', { id, clientSafe: true }).content;
    expect(file).not.toContain('Agent, Leeds site');
    expect(file).not.toContain('not allowed to do it');
    expect(JSON.parse(file).clientSafe).toBe(true);
  });

  describe('hostile and broken files are refused with nothing written', () => {
    let good: string;
    beforeEach(() => {
      good = a.call('exchange.export', { id: a.call('demo.open', {}).id, clientSafe: false }).content;
    });
    const cases: [string, (g: string) => string, RegExp][] = [
      ['truncated', (g) => g.slice(0, Math.floor(g.length / 2)), /incomplete or damaged/],
      ['not JSON at all', () => 'PK\u0003\u0004 this is a zip', /incomplete or damaged/],
      ['another kind of JSON', () => '{"hello":"world"}', /not a Causeway engagement file/],
      ['from a newer Causeway', (g) => g.replace('"version": 1', '"version": 99'), /newer version of Causeway \(format 99/],
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
      const result = b.raw('exchange.import', { content: make(good) });
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
