import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { leverIds, scoreCheck, statementIds, type EngagementDetail } from '../../src/shared/domain';
import { dumpDatabase, newEngagement, tempLibrary } from '../support/tempLibrary';

let a: ReturnType<typeof tempLibrary>;
let b: ReturnType<typeof tempLibrary>;
beforeEach(() => ((a = tempLibrary()), (b = tempLibrary())));
afterEach(() => (a.close(), b.close()));

const groups = ['Leaders', 'Managers', 'Staff', 'L&D'];
/** A survey export of `count` respondents, the same every run: a group column and one "L1S1" column per statement. */
function surveyExport(count: number, bad: (row: number) => string | null = () => null) {
  let seed = 7;
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed >> 12);
  const ratings: { group: string; answers: Record<string, number> }[] = [];
  const header = [
    'Response ID',
    'Group',
    ...statementIds.map((s) => `L${leverIds.indexOf(s.split('.')[0] as never) + 1}S${s.split('.')[1]}`),
  ];
  const lines = [header.join(',')];
  for (let row = 0; row < count; row++) {
    const group = groups[next() % groups.length];
    const answers: Record<string, number> = {};
    const cells = statementIds.map((s) => {
      if (next() % 10 === 0) return ''; // a skipped statement
      const lever = leverIds.indexOf(s.split('.')[0] as never);
      // Leaders rate higher than staff; managers and performance levers run low, as in the demo's story.
      const base = (group === 'Leaders' ? 4 : group === 'Staff' ? 2 : 3) + (lever === 4 || lever === 5 ? -1 : 0);
      const rating = Math.min(5, Math.max(1, base + (next() % 3) - 1));
      answers[s] = rating;
      return next() % 4 === 0 ? ['Strongly disagree', 'Disagree', 'Neutral', 'Agree', 'Strongly agree'][rating - 1] : String(rating);
    });
    const broken = bad(row);
    lines.push([`resp-${row}`, broken ?? group, ...cells].join(','));
    if (!broken) ratings.push({ group, answers });
  }
  return { csv: lines.join('\n'), ratings };
}

function newCheck(lib: ReturnType<typeof tempLibrary>) {
  const engagementId = lib.call('engagement.create', newEngagement).id;
  const checkId = lib.call('cultureCheck.create', { engagementId, fields: { name: 'Baseline', heldOn: '2026-04-01' } }).id!;
  return { engagementId, checkId };
}
const checkOf = (d: EngagementDetail, id: string) => d.cultureChecks.find((c) => c.id === id)!;

describe('the culture check with a real library', () => {
  it('imports 2,000 respondents from a survey export, scored exactly as the domain scores the same answers', () => {
    const { engagementId, checkId } = newCheck(a);
    const { csv, ratings } = surveyExport(2000);
    const preview = a.call('cultureResponse.preview', { checkId, csv, mapping: null });
    expect(preview).toMatchObject({ total: 2000, valid: 2000, errors: [], unmapped: [] });
    expect(preview.mapping.group).toBe(1);
    expect(a.detail(engagementId).cultureResponses).toHaveLength(0); // a preview writes nothing

    const change = a.call('cultureResponse.import', { checkId, csv, mapping: preview.mapping, skipInvalid: false });
    expect(change.upserted.cultureResponses).toHaveLength(2000);
    const d = a.detail(engagementId);
    expect(d.cultureResponses).toHaveLength(2000);
    expect(new Set(d.cultureResponses.map((r) => r.respondent)).size).toBe(2000);
    expect(d.cultureResponses.every((r) => r.source === 'import' && /^R-\d{3,}$/.test(r.respondent))).toBe(true);

    const scores = scoreCheck(checkOf(d, checkId), d.cultureResponses);
    expect(scores.respondents).toBe(2000);
    // The same means worked out straight from the generated ratings.
    for (const lever of leverIds)
      for (const group of groups) {
        const values = ratings
          .filter((r) => r.group === group)
          .flatMap((r) =>
            statementIds
              .filter((s) => s.startsWith(`${lever}.`))
              .map((s) => r.answers[s])
              .filter((v) => v !== undefined),
          );
        const mean = values.reduce((x, y) => x + y, 0) / values.length;
        expect(scores.byGroup.find((s) => s.lever === lever && s.group === group)!.mean).toBeCloseTo(mean, 10);
      }
  });

  it('refuses a file with bad rows whole, writing nothing, and imports only the good rows when asked to skip', () => {
    const { engagementId, checkId } = newCheck(a);
    const { csv, ratings } = surveyExport(300, (row) => (row % 50 === 7 ? 'Directors' : null));
    const preview = a.call('cultureResponse.preview', { checkId, csv, mapping: null });
    expect(preview.valid).toBe(294);
    expect(preview.errors[0]).toBe('Line 9: “Directors” is not one of the check’s groups (Leaders, Managers, Staff, L&D).');

    const before = dumpDatabase(a.library);
    expect(a.raw('cultureResponse.import', { checkId, csv, mapping: preview.mapping, skipInvalid: false })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('6 rows have errors') },
    });
    expect(a.raw('cultureResponse.import', { checkId, csv: 'not,a\nsurvey,x', mapping: preview.mapping, skipInvalid: true })).toMatchObject(
      {
        ok: false,
        error: { message: 'A chosen column is not in the file. Choose another column.' },
      },
    );
    expect(a.raw('cultureResponse.preview', { checkId, csv: 'just one column\nStaff', mapping: null })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('The file has a single column') },
    });
    expect(dumpDatabase(a.library)).toEqual(before);

    a.call('cultureResponse.import', { checkId, csv, mapping: preview.mapping, skipInvalid: true });
    const d = a.detail(engagementId);
    expect(d.cultureResponses).toHaveLength(ratings.length);

    // One undo takes the whole import back.
    a.call('history.undo', { engagementId });
    expect(a.detail(engagementId).cultureResponses).toHaveLength(0);
  });

  it('keeps every answer when a group is renamed', () => {
    const { engagementId, checkId } = newCheck(a);
    a.call('cultureResponse.import', {
      checkId,
      csv: surveyExport(40).csv,
      mapping: a.call('cultureResponse.preview', { checkId, csv: surveyExport(40).csv, mapping: null }).mapping,
      skipInvalid: false,
    });
    const before = scoreCheck(checkOf(a.detail(engagementId), checkId), a.detail(engagementId).cultureResponses);
    a.call('cultureCheck.update', { id: checkId, patch: { groups: ['Leaders', 'Managers', 'Front line', 'L&D'] } });
    const d = a.detail(engagementId);
    expect(d.cultureResponses.some((r) => r.group === 'Staff')).toBe(false);
    const after = scoreCheck(checkOf(d, checkId), d.cultureResponses);
    expect(after.byGroup.filter((s) => s.group === 'Front line').map((s) => s.mean)).toEqual(
      before.byGroup.filter((s) => s.group === 'Staff').map((s) => s.mean),
    );
  });

  it('round-trips through a .causeway file with the same scores; a client-safe file names no respondent', () => {
    const { engagementId, checkId } = newCheck(a);
    const { csv } = surveyExport(120);
    a.call('cultureResponse.import', {
      checkId,
      csv,
      mapping: a.call('cultureResponse.preview', { checkId, csv, mapping: null }).mapping,
      skipInvalid: false,
    });
    a.call('cultureResponse.add', {
      checkId,
      rows: [{ kind: 'totals', group: 'Managers', respondent: '', source: 'typed', answers: { 'managers.1': [3, 2, 1, 0, 0] } }],
    });
    const original = a.detail(engagementId);
    const scores = scoreCheck(checkOf(original, checkId), original.cultureResponses);

    const imported = b.call('import.causeway', { content: a.call('export.causeway', { id: engagementId, clientSafe: false }).content });
    const copy = b.detail(imported.id);
    expect(copy.cultureChecks).toHaveLength(1);
    expect(scoreCheck(copy.cultureChecks[0], copy.cultureResponses)).toEqual({ ...scores });
    expect(copy.cultureResponses.map((r) => r.respondent).sort()).toEqual(original.cultureResponses.map((r) => r.respondent).sort());

    const safe = a.call('export.causeway', { id: engagementId, clientSafe: true }).content;
    const file = JSON.parse(safe) as EngagementDetail;
    expect(file.cultureResponses).toHaveLength(121);
    expect(file.cultureResponses.every((r) => r.respondent === '')).toBe(true);
    expect(safe).not.toMatch(/R-\d{3}/);
    // The groups stay, so the scores per group do too.
    const fromSafe = b.detail(b.call('import.causeway', { content: safe }).id);
    expect(scoreCheck(fromSafe.cultureChecks[0], fromSafe.cultureResponses).byGroup).toEqual(scores.byGroup);
  });
});
