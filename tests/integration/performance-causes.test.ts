import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { behaviourVerdict, type EngagementDetail } from '../../src/shared/domain';
import { dumpDatabase, newEngagement, tempLibrary } from '../support/tempLibrary';

let lib: ReturnType<typeof tempLibrary>;
beforeEach(() => (lib = tempLibrary()));
afterEach(() => lib.close());

/** An engagement with one outcome and one behaviour, ready to diagnose. */
function setup() {
  const e = lib.call('engagement.create', newEngagement);
  const withOutcome = lib.edit('outcome.create', { engagementId: e.id, fields: { kpiName: 'Win rate' } });
  const outcomeId = withOutcome.outcomes[0].id;
  let d = lib.edit('audience.create', { engagementId: e.id, fields: { role: 'Account managers', headcount: 40 } });
  const audienceId = d.audiences[0].id;
  d = lib.edit('behaviour.create', { outcomeId, fields: { text: 'qualify leads with the checklist', audienceId, impact: 4, gapSize: 3 } });
  return { engagementId: e.id, outcomeId, audienceId, behaviourId: d.behaviours[0].id };
}

describe('performance: audiences and behaviours', () => {
  it('adds, edits and deletes them; deleting an audience leaves its behaviours without one, undoably', () => {
    const { engagementId, audienceId, behaviourId } = setup();
    let d = lib.edit('behaviour.update', { id: behaviourId, patch: { desired: '100% of leads qualified', actual: '40%', parked: false } });
    expect(d.behaviours[0]).toMatchObject({ desired: '100% of leads qualified', actual: '40%', audienceId, impact: 4, gapSize: 3 });
    d = lib.edit('audience.delete', { id: audienceId });
    expect(d.audiences).toHaveLength(0);
    expect(d.behaviours[0].audienceId).toBeNull();
    d = lib.edit('history.undo', { engagementId });
    expect(d.audiences).toHaveLength(1);
    expect(d.behaviours[0].audienceId).toBe(audienceId);
  });

  it('refuses ratings outside 1-5, a negative headcount, and an audience from another engagement', () => {
    const { behaviourId, audienceId } = setup();
    const other = setup();
    const before = dumpDatabase(lib.library);
    expect(lib.raw('behaviour.update', { id: behaviourId, patch: { impact: 6 } })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(lib.raw('behaviour.update', { id: behaviourId, patch: { gapSize: 2.5 } })).toMatchObject({ ok: false });
    expect(lib.raw('audience.update', { id: audienceId, patch: { headcount: -3 } })).toMatchObject({
      ok: false,
      error: { message: 'Headcount: use a whole number from 0 to 10,000,000.' },
    });
    expect(lib.raw('behaviour.update', { id: behaviourId, patch: { audienceId: other.audienceId } })).toMatchObject({
      ok: false,
      error: { message: 'That audience belongs to another engagement.' },
    });
    expect(dumpDatabase(lib.library)).toEqual(before);
  });
});

describe('causes and evidence', () => {
  it('captures causes per cell, moves one in a single undoable step, logs evidence', () => {
    const { engagementId, behaviourId } = setup();
    lib.edit('cause.create', { behaviourId, fields: { cell: 4, text: 'Never practised the checklist' } });
    let d = lib.edit('cause.create', { behaviourId, fields: { cell: 2, text: 'CRM has no checklist field', weight: 5 } });
    const crm = d.causes.find((c) => c.cell === 2)!;
    expect(crm).toMatchObject({ weight: 5, evidenceState: 'hypothesis' });

    d = lib.edit('cause.update', { id: crm.id, patch: { cell: 1 } });
    expect(d.history.undoLabel).toBe('Move cause to Information');
    d = lib.edit('history.undo', { engagementId });
    expect(d.causes.find((c) => c.id === crm.id)!.cell).toBe(2);

    d = lib.edit('evidence.create', {
      causeId: crm.id,
      fields: {
        source: 'observation',
        date: '2026-03-02',
        note: 'Watched 12 calls',
        strength: 'strong',
        person: 'Sam',
        confidential: true,
      },
    });
    expect(d.evidence).toHaveLength(1);
    expect(d.evidence[0]).toMatchObject({ causeId: crm.id, person: 'Sam', confidential: true });
    d = lib.edit('cause.delete', { id: crm.id });
    expect(d.evidence).toHaveLength(0);
    d = lib.edit('history.undo', { engagementId });
    expect(d.evidence).toHaveLength(1);
  });

  it('ruling a cause out changes the verdict, and undo brings it back', () => {
    const { engagementId, behaviourId } = setup();
    lib.edit('cause.create', { behaviourId, fields: { cell: 2, weight: 3, evidenceState: 'confirmed' } });
    let d: EngagementDetail = lib.edit('cause.create', { behaviourId, fields: { cell: 4, weight: 3 } });
    expect(behaviourVerdict(behaviourId, d.causes).shares.learning.percent).toBe(50);
    const learning = d.causes.find((c) => c.cell === 4)!;
    d = lib.edit('cause.update', { id: learning.id, patch: { evidenceState: 'ruled_out' } });
    expect(d.history.undoLabel).toBe('Rule out cause');
    expect(behaviourVerdict(behaviourId, d.causes).shares.process.percent).toBe(100);
    d = lib.edit('history.undo', { engagementId });
    expect(behaviourVerdict(behaviourId, d.causes).shares.learning.percent).toBe(50);
  });

  it('refuses a cell outside 1-6, a weight over 100, an unknown evidence source, and writes nothing', () => {
    const { behaviourId } = setup();
    const d = lib.edit('cause.create', { behaviourId, fields: { cell: 1 } });
    const before = dumpDatabase(lib.library);
    expect(lib.raw('cause.create', { behaviourId, fields: { cell: 7 } })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/six cells/) },
    });
    expect(lib.raw('cause.update', { id: d.causes[0].id, patch: { weight: 101 } })).toMatchObject({ ok: false });
    expect(lib.raw('cause.update', { id: d.causes[0].id, patch: { evidenceState: 'maybe' } })).toMatchObject({ ok: false });
    expect(
      lib.raw('evidence.create', {
        causeId: d.causes[0].id,
        fields: { source: 'rumour', date: null, note: '', strength: 'weak', person: '', confidential: false },
      }),
    ).toMatchObject({ ok: false });
    expect(lib.raw('cause.create', { behaviourId: crypto.randomUUID(), fields: { cell: 1 } })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(dumpDatabase(lib.library)).toEqual(before);
  });
});

describe('the quick path', () => {
  it('stores answers, turns an accepted proposal into a cause in one undo step, remembers dismissals', () => {
    const { engagementId, behaviourId } = setup();
    lib.edit('quickPath.answer', { behaviourId, questionId: 'expectations', answer: 'no' });
    let d = lib.edit('quickPath.answer', { behaviourId, questionId: 'resources', answer: 'no' });
    expect(d.behaviours[0].quickPath.answers).toEqual({ expectations: 'no', resources: 'no' });

    d = lib.edit('quickPath.accept', { behaviourId, key: 'expectations:no' });
    expect(d.causes).toHaveLength(1);
    expect(d.causes[0]).toMatchObject({ cell: 1, raisedBy: 'Quick path', evidenceState: 'hypothesis' });
    expect(d.behaviours[0].quickPath.accepted).toEqual(['expectations:no']);
    expect(lib.raw('quickPath.accept', { behaviourId, key: 'expectations:no' })).toMatchObject({ ok: false, error: { code: 'conflict' } });

    d = lib.edit('quickPath.dismiss', { behaviourId, key: 'resources:no' });
    expect(d.behaviours[0].quickPath.dismissed).toEqual(['resources:no']);

    lib.edit('history.undo', { engagementId });
    d = lib.edit('history.undo', { engagementId });
    expect(d.causes).toHaveLength(0);
    expect(d.behaviours[0].quickPath.accepted).toEqual([]);
  });

  it('parks a behaviour that is not worth solving', () => {
    const { behaviourId } = setup();
    lib.edit('quickPath.answer', { behaviourId, questionId: 'worth', answer: 'no' });
    const d = lib.edit('quickPath.accept', { behaviourId, key: 'worth:no' });
    expect(d.behaviours[0]).toMatchObject({ parked: true, parkNote: expect.stringMatching(/not worth closing/) });
  });

  it('refuses unknown questions and proposals that do not follow from the answers', () => {
    const { behaviourId } = setup();
    const before = dumpDatabase(lib.library);
    expect(lib.raw('quickPath.answer', { behaviourId, questionId: 'favouriteColour', answer: 'yes' })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/no such question/) },
    });
    expect(lib.raw('quickPath.answer', { behaviourId, questionId: 'worth', answer: 'maybe' })).toMatchObject({ ok: false });
    expect(lib.raw('quickPath.accept', { behaviourId, key: 'feedback:no' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(dumpDatabase(lib.library)).toEqual(before);
  });
});

describe('the demo tells a story', () => {
  it('each behaviour has causes with evidence, and the engagement verdict is mostly process', async () => {
    const { rollupVerdict } = await import('../../src/shared/domain');
    const demo = lib.call('demo.open', {});
    const d = lib.call('engagement.open', { id: demo.id });
    for (const b of d.behaviours) {
      const causes = d.causes.filter((c) => c.behaviourId === b.id);
      expect(causes.length, b.text).toBeGreaterThanOrEqual(2);
      expect(
        causes.some((c) => d.evidence.some((e) => e.causeId === c.id)),
        b.text,
      ).toBe(true);
    }
    const v = rollupVerdict(d.behaviours, d.causes);
    expect(v.shares.process.share).toBeGreaterThan(0.5);
    expect(v.shares.learning.share).toBeGreaterThan(0.1);
    expect(v.shares.learning.share).toBeLessThan(v.shares.process.share);
  });
});
