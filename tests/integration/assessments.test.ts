import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { capabilityGaps, clientSafe, type EngagementDetail } from '../../src/shared/domain';
import { pdfText } from '../support/pdf';
import { dumpDatabase, newEngagement, tempLibrary } from '../support/tempLibrary';

let lib: ReturnType<typeof tempLibrary>;
let E: string;
const capabilityNames = [
  'Billing-dispute resolution',
  'Credit and refund policy',
  'Knowledge-base search',
  'De-escalation',
  'Resolution codes',
];
const sources = ['self', 'Manager', 'test', 'observed'];
const mapping = { person: 0, role: 1, capability: 2, level: 3, source: 4, date: 5 };
const header = 'Person ID,Role,Capability,Level,Source,Date';
const personId = (p: number) => `P-${String(p + 1).padStart(4, '0')}`;

/**
 * 1,000 people × 5 capabilities = 5,000 rows, made the same way every time: people 0-599 are agents,
 * 600-999 team leaders; person p's level in capability c is (7p + 3c) mod 6, written as a number, or
 * (capability 4) as the scale's name; dates alternate between ISO and day-first.
 */
function bigFile() {
  const names = ['None', 'Awareness', 'Beginner', 'Competent', 'Proficient', 'Expert'];
  const lines = [header];
  for (let p = 0; p < 1000; p++)
    for (let c = 0; c < 5; c++) {
      const level = (7 * p + 3 * c) % 6;
      const day = (p % 28) + 1;
      lines.push(
        [
          personId(p),
          p < 600 ? 'frontline agent' : 'Team Leader',
          capabilityNames[c],
          c === 4 ? names[level] : String(level),
          sources[p % 4],
          p % 2 ? `2026-03-${String(day).padStart(2, '0')}` : `${day}/03/2026`,
        ].join(','),
      );
    }
  return lines.join('\n') + '\n';
}

let detail: () => EngagementDetail;
beforeEach(() => {
  lib = tempLibrary();
  E = lib.call('engagement.create', newEngagement).id;
  detail = () => lib.detail(E);
  lib.call('audience.create', { engagementId: E, fields: { role: 'Frontline agent' } });
  lib.call('audience.create', { engagementId: E, fields: { role: 'Team leader' } });
  for (const name of capabilityNames) lib.call('capability.create', { engagementId: E, fields: { name, kind: 'skill' } });
  const d = detail();
  for (const c of d.capabilities)
    for (const a of d.audiences)
      lib.call('requirement.create', { capabilityId: c.id, audienceId: a.id, fields: { required: 3, importance: 4 } });
});
afterEach(() => lib.close());

describe('importing assessments from CSV', () => {
  it('imports 5,000 rows as one undoable step, and the gap rollup of one cell matches the hand count', () => {
    const csv = bigFile();
    const before = dumpDatabase(lib.library);
    const preview = lib.call('assessment.preview', { engagementId: E, csv, mapping: null });
    expect(preview).toMatchObject({ mapping, total: 5000, valid: 5000, people: 1000, errors: [] });
    expect(preview.bySource).toEqual({ self: 1250, manager: 1250, test: 1250, observation: 1250 });
    expect(dumpDatabase(lib.library)).toEqual(before);

    const started = performance.now();
    const change = lib.call('assessment.import', { engagementId: E, csv, mapping, skipInvalid: false, measureId: null });
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(change.upserted.assessments).toHaveLength(5000);
    const d = detail();
    expect(d.assessments).toHaveLength(5000);
    expect(d.history.undoLabel).toBe('Import 5000 assessments');

    // Agents (people 0-599) in billing disputes (c = 0): level 7p mod 6 = p mod 6, so 100 people at each level 0-5;
    // mean 2.5, gap 3 − 2.5 = 0.5, and levels 0, 1, 2 (300 of 600) are below the required 3.
    const agent = d.audiences.find((a) => a.role === 'Frontline agent')!;
    const billing = d.capabilities.find((c) => c.name === capabilityNames[0])!;
    const cell = capabilityGaps(d.requirements, d.assessments).find((c) => c.audienceId === agent.id && c.capabilityId === billing.id)!;
    expect(cell).toMatchObject({
      basis: 'assessed',
      people: 600,
      current: 2.5,
      gap: 0.5,
      distribution: [100, 100, 100, 100, 100, 100],
      shareBelow: 0.5,
      low: 0,
      high: 5,
    });
    // Levels written as the scale's names read as numbers: resolution codes (c = 4) is (7p + 12) mod 6 = p mod 6.
    const codes = d.capabilities.find((c) => c.name === capabilityNames[4])!;
    const byName = d.assessments.filter((a) => a.capabilityId === codes.id && a.audienceId === agent.id);
    expect(byName.filter((a) => a.level === 5)).toHaveLength(100);
    expect(d.assessments.find((a) => a.person === 'P-0002' && a.capabilityId === billing.id)).toMatchObject({
      level: 1,
      source: 'manager',
      date: '2026-03-02',
      measureId: null,
    });

    lib.call('history.undo', { engagementId: E });
    expect(detail().assessments).toHaveLength(0);
    lib.call('history.redo', { engagementId: E });
    expect(detail().assessments).toHaveLength(5000);
  });

  it('refuses a file with malformed rows whole unless told to skip them, writing nothing', () => {
    const csv = [
      header,
      'P-0001,Frontline agent,De-escalation,3,self,2026-03-01',
      'Jane Smith,Frontline agent,De-escalation,3,self,2026-03-01',
      'jane@northwind.example,Frontline agent,De-escalation,3,self,2026-03-01',
      'P-0003,Cashier,De-escalation,3,self,2026-03-01',
      'P-0004,Team leader,Juggling,3,self,2026-03-01',
      'P-0005,Team leader,De-escalation,9,self,2026-03-01',
      'P-0006,Team leader,De-escalation,2,peer,2026-03-01',
      'P-0007,Team leader,De-escalation,2,manager,2026-02-30',
      'P-0008,Team leader,De-escalation,Competent,supervisor,31 March 2026',
    ].join('\n');
    const before = dumpDatabase(lib.library);
    const preview = lib.call('assessment.preview', { engagementId: E, csv, mapping: null });
    expect(preview).toMatchObject({ total: 9, valid: 2, people: 2 });
    expect(preview.errors).toHaveLength(7);
    expect(preview.errors[0]).toBe('Line 3: “Jane Smith” looks like a name or an email address: use an anonymous id, such as P-0042.');
    expect(preview.errors[1]).toMatch(/^Line 4: “jane@northwind.example” looks like a name or an email address/);
    expect(preview.errors[2]).toMatch(/^Line 5: “Cashier” is not a role in this engagement \(roles: Frontline agent, Team leader\)/);
    expect(preview.errors[3]).toMatch(/^Line 6: “Juggling” is not a capability in the framework/);
    expect(preview.errors[4]).toMatch(/^Line 7: “9” is not a level/);
    expect(preview.errors[5]).toMatch(/^Line 8: “peer” is not a source/);
    expect(preview.errors[6]).toMatch(/^Line 9: “2026-02-30” is not a date/);
    // No error message, preview sample or stored row holds a refused name.
    expect(JSON.stringify(preview.sample)).not.toMatch(/Jane|jane@/);

    const refused = lib.raw('assessment.import', { engagementId: E, csv, mapping, skipInvalid: false, measureId: null });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(!refused.ok && refused.error.message).toMatch(
      /^7 rows have errors \(first: Line 3: .*\) Fix the file, or choose to skip those rows\. Nothing was imported\.$/,
    );
    expect(dumpDatabase(lib.library)).toEqual(before);

    const imported = lib.call('assessment.import', { engagementId: E, csv, mapping, skipInvalid: true, measureId: null });
    expect(imported.upserted.assessments?.map((a) => [a.person, a.level, a.source, a.date])).toEqual([
      ['P-0001', 3, 'self', '2026-03-01'],
      ['P-0008', 3, 'manager', '2026-03-31'],
    ]);
    expect(JSON.stringify(dumpDatabase(lib.library))).not.toMatch(/Jane|jane@/);
  });

  it('refuses what is not an assessments file, and a mapping outside the file', () => {
    const before = dumpDatabase(lib.library);
    expect(lib.raw('assessment.preview', { engagementId: E, csv: header + '\n', mapping: null })).toMatchObject({
      ok: false,
      error: { message: 'The file has no data rows: it needs a header line and at least one row. Nothing was imported.' },
    });
    // An empty file and a one-column file are said in words, not in the CSV library's.
    expect(lib.raw('assessment.preview', { engagementId: E, csv: '\uFEFF \n', mapping: null })).toMatchObject({
      ok: false,
      error: { message: 'The file is empty: it needs a header line and at least one row. Nothing was imported.' },
    });
    expect(lib.raw('assessment.preview', { engagementId: E, csv: 'Person\nP-1\nP-2\n', mapping: null })).toMatchObject({
      ok: false,
      error: {
        message:
          'The file has a single column: its columns must be separated by commas, semicolons or tabs. Save it as CSV and try again; nothing was imported.',
      },
    });
    const csv = `${header}\nP-1,Team leader,De-escalation,3,self,2026-03-01\n`;
    expect(
      lib.raw('assessment.import', { engagementId: E, csv, mapping: { ...mapping, date: 9 }, skipInvalid: true, measureId: null }),
    ).toMatchObject({
      ok: false,
      error: { message: 'The date column is not in the file. Choose another column.' },
    });
    expect(dumpDatabase(lib.library)).toEqual(before);
  });

  it('records a re-assessment round under its measure, and deletes a whole round as one undoable step', () => {
    const first = `${header}\nP-1,Team leader,De-escalation,1,self,2026-03-01\nP-2,Team leader,De-escalation,2,self,2026-03-01\n`;
    const again = `${header}\nP-1,Team leader,De-escalation,3,test,2026-09-01\n`;
    lib.call('assessment.import', { engagementId: E, csv: first, mapping, skipInvalid: false, measureId: null });
    const measureId = lib.call('measure.create', {
      engagementId: E,
      fields: { name: 'De-escalation re-assessment', level: 2, method: 'skill-demo', ltemTier: 6 },
    }).id!;
    lib.call('assessment.import', { engagementId: E, csv: again, mapping, skipInvalid: false, measureId });
    expect(
      detail()
        .assessments.map((a) => a.measureId)
        .sort(),
    ).toEqual([measureId, null, null].sort());

    const deleted = lib.call('assessment.deleteRound', { engagementId: E, measureId: null });
    expect(deleted.deleted.assessments).toHaveLength(2);
    expect(deleted.history.undoLabel).toBe('Delete 2 assessments of the first assessment');
    expect(detail().assessments.map((a) => a.measureId)).toEqual([measureId]);
    lib.call('history.undo', { engagementId: E });
    expect(detail().assessments).toHaveLength(3);
    expect(
      lib.raw('assessment.deleteRound', { engagementId: E, measureId: lib.call('measure.create', { engagementId: E, fields: {} }).id! }),
    ).toMatchObject({
      ok: false,
      error: { message: 'This round has no assessments to delete.' },
    });
  });
});

describe('person-level data stays with the consultant', () => {
  const people = Array.from({ length: 40 }, (_, p) => personId(p));
  beforeEach(() => {
    const rows = people.flatMap((id, p) => [
      `${id},Frontline agent,Billing-dispute resolution,${p % 6},self,2026-03-01`,
      `${id},Frontline agent,Billing-dispute resolution,${(p + 1) % 6},manager,2026-03-02`,
    ]);
    lib.call('assessment.import', { engagementId: E, csv: [header, ...rows].join('\n'), mapping, skipInvalid: false, measureId: null });
  });
  const holdsNoId = (text: string) => expect(people.filter((id) => text.includes(id))).toEqual([]);

  it('the client-safe .causeway file drops individual assessments and says so; the full one keeps them', () => {
    const full = lib.call('export.causeway', { id: E, clientSafe: false }).content;
    expect(people.every((id) => full.includes(id))).toBe(true);
    expect(lib.detail(lib.call('import.causeway', { content: full }).id).assessments).toHaveLength(80);
    const safe = lib.call('export.causeway', { id: E, clientSafe: true }).content;
    holdsNoId(safe);
    const file = JSON.parse(safe) as { assessments: unknown[]; notes: string[] };
    expect(file.assessments).toEqual([]);
    expect(file.notes[0]).toMatch(/80 individual assessments left out/);
    // The client-safe file still imports, framework and all.
    const imported = lib.call('import.causeway', { content: safe });
    expect(lib.detail(imported.id).capabilities).toHaveLength(5);
  });

  it('client-safe CSV exports roll assessments up and name no one', () => {
    const full = lib.call('export.csv', { id: E, table: 'assessments', clientSafe: false }).content;
    expect(people.every((id) => full.includes(id))).toBe(true);
    const safe = lib.call('export.csv', { id: E, table: 'assessments', clientSafe: true }).content;
    holdsNoId(safe);
    const lines = safe.trim().split('\r\n');
    expect(lines[0]).toBe(
      'Round,Role,Capability,Source,People,Mean level,Lowest,Highest,At 0 (None),At 1 (Awareness),At 2 (Beginner),At 3 (Competent),At 4 (Proficient),At 5 (Expert)',
    );
    // 40 people, self level p mod 6: 7 at levels 0-3, 6 at 4-5; mean (7·(0+1+2+3) + 6·(4+5)) / 40 = 96 / 40 = 2.4.
    expect(lines).toContain('First assessment,Frontline agent,Billing-dispute resolution,Self,40,2.4,0,5,7,7,7,7,6,6');
    for (const table of ['behaviours', 'causes', 'evidence', 'interventions', 'measures', 'observations', 'costs'] as const)
      holdsNoId(lib.call('export.csv', { id: E, table, clientSafe: true }).content);
  });

  it('client-safe reports keep the rollups exact and print no person id', async () => {
    const d = detail();
    expect(capabilityGaps(d.requirements, clientSafe(d).assessments)).toEqual(capabilityGaps(d.requirements, d.assessments));
    holdsNoId(JSON.stringify(clientSafe(d)));
    const pdf = await lib.callAsync('report.pdf', { id: E, kind: 'report', clientSafe: true });
    holdsNoId(pdfText(Buffer.from(pdf.base64, 'base64')).text);
  });
});
