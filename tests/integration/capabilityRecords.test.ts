import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dumpDatabase, newEngagement, tempLibrary } from '../support/tempLibrary';

/** The records the capability analysis and the culture check rest on: links inside one engagement, refusals, undo, copies, files. */
let lib: ReturnType<typeof tempLibrary>;
let other: ReturnType<typeof tempLibrary>;
beforeEach(() => ((lib = tempLibrary()), (other = tempLibrary())));
afterEach(() => (lib.close(), other.close()));

function smallFramework() {
  const id = lib.call('engagement.create', newEngagement).id;
  const outcomeId = lib.call('outcome.create', { engagementId: id, fields: { kpiName: 'Win rate' } }).id!;
  const audienceId = lib.call('audience.create', { engagementId: id, fields: { role: 'Sales reps' } }).id!;
  const behaviourId = lib.call('behaviour.create', { outcomeId, fields: { text: 'qualify leads with the checklist', audienceId } }).id!;
  const causeId = lib.call('cause.create', { behaviourId, fields: { text: 'never practised qualifying', cell: 4 } }).id!;
  const capabilityId = lib.call('capability.create', {
    engagementId: id,
    fields: { name: 'Lead qualification', kind: 'skill', behaviourIds: [behaviourId], causeIds: [causeId] },
  }).id!;
  const requirementId = lib.call('requirement.create', { capabilityId, audienceId, fields: { required: 3, importance: 4 } }).id!;
  return { id, audienceId, behaviourId, causeId, capabilityId, requirementId };
}

describe('capability records', () => {
  it('are answered with what changed and undone', () => {
    const f = smallFramework();
    const added = lib.call('assessment.add', {
      engagementId: f.id,
      rows: [1, 2, 3].map((n) => ({
        capabilityId: f.capabilityId,
        audienceId: f.audienceId,
        person: `P-00${n}`,
        level: n,
        source: 'manager' as const,
        date: '2026-02-01',
        measureId: null,
      })),
    });
    expect(added.upserted.assessments).toHaveLength(3);
    expect(added.history.undoLabel).toBe('Add 3 assessments');
    const d = lib.edit('history.undo', { engagementId: f.id });
    expect(d.assessments).toEqual([]);
    expect(d.capabilities[0]).toMatchObject({ name: 'Lead qualification', behaviourIds: [f.behaviourId], causeIds: [f.causeId] });
  });

  it('refuse links to another engagement, a second required level for the same pair and a spread out of order, changing nothing', () => {
    const f = smallFramework();
    const g = smallFramework();
    const snapshot = dumpDatabase(lib.library);
    expect(lib.raw('capability.update', { id: f.capabilityId, patch: { behaviourIds: [g.behaviourId] } })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/belongs to another engagement/) },
    });
    expect(lib.raw('requirement.create', { capabilityId: f.capabilityId, audienceId: f.audienceId, fields: {} })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/already has a required level/) },
    });
    expect(lib.raw('requirement.update', { id: f.requirementId, patch: { low: 4, high: 2 } })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/lowest level no higher than the highest/) },
    });
    expect(lib.raw('requirement.update', { id: f.requirementId, patch: { required: 6 } })).toMatchObject({ ok: false });
    expect(dumpDatabase(lib.library)).toEqual(snapshot);
  });

  it('keep their links in a duplicated engagement and a .causeway file, pointing at the copies', () => {
    const f = smallFramework();
    const copy = lib.detail(lib.call('engagement.duplicate', { id: f.id }).id);
    expect(copy.capabilities[0].behaviourIds).toEqual([copy.behaviours[0].id]);
    expect(copy.capabilities[0].causeIds).toEqual([copy.causes[0].id]);
    expect(copy.requirements[0]).toMatchObject({ capabilityId: copy.capabilities[0].id, audienceId: copy.audiences[0].id });

    const file = lib.call('export.causeway', { id: f.id, clientSafe: false });
    const imported = other.detail(other.call('import.causeway', { content: file.content }).id);
    expect(imported.capabilities[0].behaviourIds).toEqual([imported.behaviours[0].id]);
    expect(imported.capabilities[0].causeIds).toEqual([imported.causes[0].id]);
  });
});

describe('culture-check records', () => {
  it('rename a group in every answer, refuse removing a group that has answers and an answer in an unknown group', () => {
    const id = lib.call('engagement.create', newEngagement).id;
    const checkId = lib.call('cultureCheck.create', { engagementId: id, fields: { name: 'Baseline' } }).id!;
    lib.call('cultureResponse.add', {
      checkId,
      rows: [{ kind: 'person', group: 'Staff', respondent: 'R-001', source: 'typed', answers: { 'leaders.1': 4, 'safety.3': 2 } }],
    });
    let d = lib.edit('cultureCheck.update', { id: checkId, patch: { groups: ['Leaders', 'Managers', 'Agents', 'L&D'] } });
    expect(d.cultureResponses.map((r) => r.group)).toEqual(['Agents']);
    const snapshot = dumpDatabase(lib.library);
    expect(lib.raw('cultureCheck.update', { id: checkId, patch: { groups: ['Leaders', 'Managers'] } })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/“Agents” has answers/) },
    });
    // Removing a group from the middle shifts the others: still refused while it has answers.
    expect(lib.raw('cultureCheck.update', { id: checkId, patch: { groups: ['Leaders', 'Managers', 'L&D'] } })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/“Agents” has answers/) },
    });
    expect(
      lib.raw('cultureResponse.add', {
        checkId,
        rows: [{ kind: 'person', group: 'Board', respondent: '', source: 'typed', answers: { 'leaders.1': 4 } }],
      }),
    ).toMatchObject({ ok: false, error: { message: expect.stringMatching(/not one of this check’s groups/) } });
    expect(
      lib.raw('cultureResponse.add', {
        checkId,
        rows: [{ kind: 'person', group: 'Staff', respondent: '', source: 'typed', answers: { 'leaders.9': 4 } }],
      }),
    ).toMatchObject({ ok: false });
    expect(dumpDatabase(lib.library)).toEqual(snapshot);
    d = lib.edit('history.undo', { engagementId: id });
    expect(d.cultureResponses.map((r) => r.group)).toEqual(['Staff']);
  });
});
