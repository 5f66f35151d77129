import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { controlFromObservations, evaluationResults, latestCompleteMonth, type EngagementDetail } from '../../src/shared/domain';
import { dumpDatabase, tempLibrary } from '../support/tempLibrary';

let lib: ReturnType<typeof tempLibrary>;
let demo: EngagementDetail;
let measureId: string;
beforeEach(() => {
  lib = tempLibrary();
  demo = lib.detail(lib.call('demo.open', {}).id);
  measureId = demo.measures.find((m) => m.name === 'Agent reaction')!.id;
});
afterEach(() => lib.close());

const good = 'Date,Score,Cohort\n2026-05-31,4.1,treatment\n31/06/2026,4.3,treatment\n2026-07-31,"4,0",control\n2026-08-31,4.4%,all\n';

describe('importing observations from CSV', () => {
  it('previews without writing, with per-row errors', () => {
    const before = dumpDatabase(lib.library);
    const p = lib.call('observation.previewCsv', { measureId, csv: good, mapping: null });
    expect(p.columns).toEqual(['Date', 'Score', 'Cohort']);
    // "4.1" and "4,0" in one file: the decimal separator is asked for, not guessed.
    expect(p.mapping).toEqual({ date: 0, value: 1, cohort: 2, decimal: null });
    expect(p.decimal).toEqual({
      detected: null,
      note: 'The file writes decimals both ways (“4.1” and “4,0”): choose the decimal separator; values written the other way will be listed as errors.',
      mustChoose: true,
    });
    const chosen = lib.call('observation.previewCsv', { measureId, csv: good, mapping: { date: 0, value: 1, cohort: 2, decimal: '.' } });
    expect(chosen).toMatchObject({ total: 4, valid: 2, decimal: { mustChoose: false } });
    expect(chosen.errors).toEqual([
      'Line 3: “31/06/2026” is not a date (use 2026-03-31 or 31/03/2026).',
      'Line 4: “4,0” uses a comma; choose “,” as the decimal separator.',
    ]);
    expect(dumpDatabase(lib.library)).toEqual(before);
  });

  it('refuses a file with bad rows unless told to skip them, then imports the rest as one undo step', () => {
    const before = dumpDatabase(lib.library);
    const refused = lib.raw('observation.importCsv', {
      measureId,
      csv: good,
      mapping: { date: 0, value: 1, cohort: 2, decimal: '.' },
      skipInvalid: false,
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/^2 rows have errors .* Nothing was imported\.$/) },
    });
    expect(dumpDatabase(lib.library)).toEqual(before);
    const d = lib.edit('observation.importCsv', {
      measureId,
      csv: good,
      mapping: { date: 0, value: 1, cohort: 2, decimal: '.' },
      skipInvalid: true,
    });
    expect(d.observations.filter((o) => o.measureId === measureId).map((o) => [o.date, o.value, o.cohort])).toEqual([
      ['2026-05-31', 4.1, 'treatment'],
      ['2026-08-31', 4.4, 'all'],
    ]);
    expect(d.history.undoLabel).toBe('Import 2 observations');
    const undone = lib.edit('history.undo', { engagementId: demo.engagement.id });
    expect(undone.observations.filter((o) => o.measureId === measureId)).toHaveLength(0);
  });

  const stored = () =>
    lib
      .detail(demo.engagement.id)
      .observations.filter((o) => o.measureId === measureId)
      .map((o) => [o.date, o.value, o.cohort]);

  it('imports a semicolon file with European decimals as the numbers it means', () => {
    const european =
      'Date;Score;Cohort\n31.01.2026;0,125;treatment\n28.02.2026;1.234,5;control\n31/03/2026;12,345;treatment\n2026-04-30;62 %;all\n';
    const p = lib.call('observation.previewCsv', { measureId, csv: european, mapping: null });
    expect(p.mapping).toEqual({ date: 0, value: 1, cohort: 2, decimal: ',' });
    expect(p.decimal).toEqual({
      detected: ',',
      note: 'Read from the file: values such as “0,125” are written with a decimal comma.',
      mustChoose: false,
    });
    expect(p).toMatchObject({ total: 4, valid: 4, errors: [] });
    expect(p.sample.map((r) => r.value)).toEqual([0.125, 1234.5, 12.345, 62]);

    // With "." chosen the same file is not misread: 0,125 is an error, never 125.
    const point = lib.call('observation.previewCsv', { measureId, csv: european, mapping: { ...p.mapping, decimal: '.' } });
    expect(point.decimal.note).toBe(
      'You chose “.”, though the file suggests “,”. Read from the file: values such as “0,125” are written with a decimal comma.',
    );
    expect(point.errors).toEqual([
      'Line 2: “0,125” uses a comma; choose “,” as the decimal separator.',
      'Line 3: “1.234,5” uses a comma; choose “,” as the decimal separator.',
    ]);
    expect(point.sample.map((r) => r.value)).toEqual([12345, 62]);

    lib.edit('observation.importCsv', { measureId, csv: european, mapping: p.mapping, skipInvalid: false });
    lib.reopen();
    expect(stored()).toEqual([
      ['2026-01-31', 0.125, 'treatment'],
      ['2026-02-28', 1234.5, 'control'],
      ['2026-03-31', 12.345, 'treatment'],
      ['2026-04-30', 62, 'all'],
    ]);
  });

  it('flags a file whose decimals could be read either way, writes nothing, and reads it one way once told', () => {
    const ambiguous = 'Date,Score\n2026-01-31,"12,345"\n2026-02-28,"4,500"\n2026-03-31,7\n';
    const before = dumpDatabase(lib.library);
    const p = lib.call('observation.previewCsv', { measureId, csv: ambiguous, mapping: null });
    expect(p.mapping.decimal).toBeNull();
    expect(p.decimal).toEqual({
      detected: null,
      note: 'Choose the decimal separator: values such as “12,345” could be read either way, and nothing else in the file tells which.',
      mustChoose: true,
    });
    expect(p).toMatchObject({ total: 3, valid: 1 });
    expect(p.errors).toEqual([
      'Line 2: “12,345” could be 12345 or a number between 12 and 13: choose the decimal separator.',
      'Line 3: “4,500” could be 4500 or a number between 4 and 5: choose the decimal separator.',
    ]);
    for (const skipInvalid of [false, true])
      expect(lib.raw('observation.importCsv', { measureId, csv: ambiguous, mapping: p.mapping, skipInvalid })).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', message: `${p.decimal.note} Nothing was imported.` },
      });
    expect(dumpDatabase(lib.library)).toEqual(before);

    const comma = lib.call('observation.previewCsv', { measureId, csv: ambiguous, mapping: { ...p.mapping, decimal: ',' } });
    expect(comma).toMatchObject({
      valid: 3,
      errors: [],
      decimal: { detected: null, note: 'You chose “,”; the file itself does not tell.', mustChoose: false },
    });
    expect(comma.sample.map((r) => r.value)).toEqual([12.345, 4.5, 7]);
    const point = lib.call('observation.previewCsv', { measureId, csv: ambiguous, mapping: { ...p.mapping, decimal: '.' } });
    expect(point.sample.map((r) => r.value)).toEqual([12345, 4500, 7]);
    lib.edit('observation.importCsv', { measureId, csv: ambiguous, mapping: comma.mapping, skipInvalid: false });
    expect(stored()).toEqual([
      ['2026-01-31', 12.345, 'all'],
      ['2026-02-28', 4.5, 'all'],
      ['2026-03-31', 7, 'all'],
    ]);
  });

  const hostile: [string, string, RegExp][] = [
    ['not UTF-8 (decoded with replacement characters)', 'Date,Value\n2026-01-01,5\uFFFD\n', /not UTF-8 text/],
    ['binary with NUL bytes', 'PK\u0003\u0004\u0000\u0000binary', /not UTF-8 text/],
    ['a header only', 'Date,Value\n', /no data rows/],
    ['empty', '', /no data rows/],
    ['an unclosed quote', 'Date,Value\n2026-01-01,"5\n2026-02-01,6\n', /could not be read as CSV/],
    ['too many rows', `Date,Value\n${'2026-01-01,1\n'.repeat(20_001)}`, /20,001 rows; the limit is 20,000/],
    ['too many columns', `${Array.from({ length: 150 }, (_, i) => `c${i}`).join(',')}\n${'1,'.repeat(149)}1\n`, /150 columns/],
    ['a giant cell', `Date,Value\n2026-01-01,${'9'.repeat(5000)}\n`, /far too long/],
    ['formulas only', 'Date,Value\n=cmd|"/c calc"!A1,=1+1\n@SUM(A1),+5\n', /No row of the file can be imported/],
  ];
  it.each(hostile)('refuses %s clearly and writes nothing', (_, csv, message) => {
    const before = dumpDatabase(lib.library);
    const mapping = { date: 0, value: 1, cohort: null, decimal: null };
    const preview = lib.raw('observation.previewCsv', { measureId, csv, mapping: null });
    const imported = lib.raw('observation.importCsv', { measureId, csv, mapping, skipInvalid: true });
    expect(imported).toMatchObject({ ok: false, error: { message } });
    if (!/No row/.test(String(message))) expect(preview).toMatchObject({ ok: false, error: { message } });
    expect(dumpDatabase(lib.library)).toEqual(before);
  });

  it('refuses a file over the size limit at the boundary, and a mapping to a column that is not there', () => {
    const before = dumpDatabase(lib.library);
    const huge = 'Date,Value\n' + '2026-01-01,1\n'.repeat(450_000);
    expect(lib.raw('observation.previewCsv', { measureId, csv: huge, mapping: null })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/larger than 5 MB/) },
    });
    expect(
      lib.raw('observation.importCsv', {
        measureId,
        csv: good,
        mapping: { date: 0, value: 7, cohort: null, decimal: '.' },
        skipInvalid: true,
      }),
    ).toMatchObject({
      ok: false,
      error: { message: 'The value column is not in the file. Choose another column.' },
    });
    expect(dumpDatabase(lib.library)).toEqual(before);
  });
});

describe('benefits, costs and intangibles', () => {
  it('the demo’s ROI follows from its records: the control site compared in the latest complete month, with its dates', () => {
    const repeat = demo.measures.find((m) => m.name === 'Repeat-call rate')!;
    const stored = demo.observations.filter((o) => o.measureId === repeat.id);
    const asOf = '2026-11-24';
    const latest = latestCompleteMonth(
      stored.map((o) => o.date),
      asOf,
    );
    expect(latest).toBe('2026-10');
    const [fewerRepeats, timeReleased] = demo.benefits;
    const iso = fewerRepeats.isolation;
    if (iso.method !== 'control' || !iso.period) throw new Error('The demo’s first benefit is isolated by its control site, over a period');
    expect(iso.period.after).toBe(latest);
    // The stored figures are what the stored observations give for those months.
    const worked = controlFromObservations(stored, iso.period.beforeFrom, iso.period.beforeTo, iso.period.after);
    if ('error' in worked) throw new Error(worked.error);
    expect({ ...iso, period: worked.period }).toEqual({ method: 'control', ...worked.figures, period: iso.period });

    const r = evaluationResults(demo.benefits, demo.costs, {
      observations: stored.map((o) => ({ measureId: repeat.id, date: o.date })),
      asOf,
    });
    expect(r.benefits[0].how[0]).toBe(
      'Control group (baseline 1 Jan 2026 – 31 Jan 2026 against 1 Oct 2026 – 31 Oct 2026, 4 observations): (15 − 21) − (17.5 − 21) = -2.5; lower is better, so the improvement is 2.5',
    );
    expect(r.benefits[0].expected).toBe(2.5 * 118_080);
    // Time released rests on nothing that isolates it: shown, credited zero, labelled.
    expect(timeReleased.kind).toBe('time');
    expect(r.benefits[1]).toMatchObject({ expected: 0, isolated: false, label: 'not isolated' });
    expect(r.costs.total).toBe(146_000);
    expect(r.expected.benefits).toBe(295_200);
    expect(Math.round(r.expected.roiPercent!)).toBe(102);
    expect(Math.round(r.conservative.roiPercent!)).toBe(73);
    expect(r.warnings.some((w) => w.startsWith('Stale isolation data'))).toBe(false);
    expect(r.warnings).toContain(
      '“Team leaders’ time released from the queue” has no isolation: say what share of the time saved the programme caused, and how sure you are, to count it.',
    );
    // A month later, November is the latest complete month and October's comparison is stale.
    const later = evaluationResults(demo.benefits, demo.costs, {
      observations: [{ measureId: repeat.id, date: '2026-11-30' }],
      asOf: '2026-12-02',
    });
    expect(later.warnings.some((w) => w.startsWith('Stale isolation data: “Fewer repeat calls” compares 1 Oct 2026 – 31 Oct 2026'))).toBe(
      true,
    );
  });

  it('one conservative adjustment for every benefit is saved on the engagement and refused out of range', () => {
    const id = demo.engagement.id;
    expect(lib.raw('engagement.update', { id, patch: { benefitAdjustment: 1.5 } })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('Enter the share of every benefit to count, from 0% to 100%.') },
    });
    lib.call('engagement.update', { id, patch: { benefitAdjustment: 0.5 } });
    const d = lib.detail(id);
    expect(d.engagement.benefitAdjustment).toBe(0.5);
    const r = evaluationResults(d.benefits, d.costs, { benefitAdjustment: d.engagement.benefitAdjustment });
    expect(r.expected.benefits).toBe(295_200 / 2);
  });

  it('adds, edits and deletes them, refusing bad amounts', () => {
    let d = lib.edit('cost.create', {
      engagementId: demo.engagement.id,
      fields: { category: 'materials', description: 'Posters', amount: 500, interventionId: null },
    });
    const cost = d.costs.find((c) => c.description === 'Posters')!;
    expect(lib.raw('cost.update', { id: cost.id, patch: { amount: -1 } })).toMatchObject({
      ok: false,
      error: { message: 'Amount: enter an amount from 0 to 1 trillion.' },
    });
    expect(lib.raw('cost.update', { id: cost.id, patch: { category: 'snacks' } })).toMatchObject({ ok: false });
    d = lib.edit('benefit.create', {
      engagementId: demo.engagement.id,
      fields: { name: 'Faster onboarding', isolation: { method: 'trend', projected: 90, actual: 70 } },
    });
    const b = d.benefits.find((x) => x.name === 'Faster onboarding')!;
    expect(b.isolation).toEqual({ method: 'trend', projected: 90, actual: 70 });
    expect(lib.raw('benefit.update', { id: b.id, patch: { isolation: { method: 'magic' } } })).toMatchObject({ ok: false });
    d = lib.edit('benefit.update', {
      id: b.id,
      patch: {
        isolation: { method: 'estimate', estimates: [{ respondent: 'Ops manager', improvement: 36_000, share: 0.5, confidence: 0.8 }] },
      },
    });
    expect(d.benefits.find((x) => x.id === b.id)!.isolation).toMatchObject({ method: 'estimate' });
    d = lib.edit('intangible.create', { engagementId: demo.engagement.id, fields: { text: 'Better morale', note: '' } });
    expect(d.intangibles).toHaveLength(3);
    lib.edit('benefit.delete', { id: b.id });
    d = lib.edit('history.undo', { engagementId: demo.engagement.id });
    expect(d.benefits.some((x) => x.id === b.id)).toBe(true);
  });

  it('deleting a measure keeps its benefit (unlinked) and undo relinks it', () => {
    const repeat = demo.measures.find((m) => m.name === 'Repeat-call rate')!;
    let d = lib.edit('measure.delete', { id: repeat.id });
    expect(d.benefits[0].measureId).toBeNull();
    expect(d.observations.some((o) => o.measureId === repeat.id)).toBe(false);
    d = lib.edit('history.undo', { engagementId: demo.engagement.id });
    expect(d.benefits[0].measureId).toBe(repeat.id);
    expect(d.observations.filter((o) => o.measureId === repeat.id)).toHaveLength(20);
  });
});

describe('the engagement’s currency', () => {
  it('is the demo’s GBP, can be chosen, refuses a code that is not one, and reaches the reports', async () => {
    expect(demo.engagement.currency).toBe('GBP');
    const before = dumpDatabase(lib.library);
    expect(() => lib.call('engagement.update', { id: demo.engagement.id, patch: { currency: 'pounds' } })).toThrowError(
      /three-letter ISO currency code/,
    );
    expect(dumpDatabase(lib.library)).toEqual(before);
    lib.call('engagement.update', { id: demo.engagement.id, patch: { currency: 'eur' } });
    expect(lib.detail(demo.engagement.id).engagement.currency).toBe('EUR');
    const pdf = await lib.callAsync('report.pdf', { id: demo.engagement.id, kind: 'briefing', clientSafe: false });
    const { pdfText } = await import('../support/pdf');
    expect(pdfText(Buffer.from(pdf.base64, 'base64')).text).toContain('EUR 146,000');
  });
  it('travels in .causeway files; a file from before currencies imports as GBP', () => {
    lib.call('engagement.update', { id: demo.engagement.id, patch: { currency: 'USD' } });
    const file = JSON.parse(lib.call('export.causeway', { id: demo.engagement.id, clientSafe: false }).content);
    expect(file.engagement.currency).toBe('USD');
    expect(lib.detail(lib.call('import.causeway', { content: JSON.stringify(file) }).id).engagement.currency).toBe('USD');
    delete file.engagement.currency;
    expect(lib.detail(lib.call('import.causeway', { content: JSON.stringify(file) }).id).engagement.currency).toBe('GBP');
  });
});
