import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dumpDatabase, newEngagement, tempLibrary } from '../support/tempLibrary';

let lib: ReturnType<typeof tempLibrary>;
beforeEach(() => (lib = tempLibrary()));
afterEach(() => lib.close());

/** Two engagements: the demo (with records of every kind) and a second one to reach into. */
function twoEngagements() {
  const demo = lib.call('engagement.open', { id: lib.call('demo.open', {}).id });
  const other = lib.call('engagement.open', { id: lib.call('demo.open', {}).id });
  return { demo, other };
}

describe('records stay inside their engagement (one shared check)', () => {
  it('refuses every reference to another engagement’s record, and changes nothing', () => {
    const { demo, other } = twoEngagements();
    const attempts: [string, unknown][] = [
      ['cost.update', { id: demo.costs[0].id, patch: { interventionId: other.interventions[0].id } }],
      ['cost.create', { engagementId: demo.engagement.id, fields: { ...costFields(demo), interventionId: other.interventions[0].id } }],
      ['benefit.update', { id: demo.benefits[0].id, patch: { measureId: other.measures[0].id } }],
      ['measure.create', { engagementId: demo.engagement.id, outcomeId: other.outcomes[0].id, fields: { name: 'Borrowed' } }],
      ['measure.create', { engagementId: demo.engagement.id, interventionId: other.interventions[0].id, fields: { name: 'Borrowed' } }],
      ['behaviour.update', { id: demo.behaviours[0].id, patch: { audienceId: other.audiences[0].id } }],
      ['intervention.create', { engagementId: demo.engagement.id, fields: { name: 'Borrowed' }, causeIds: [other.causes[0].id] }],
      ['intervention.link', { interventionId: demo.interventions[0].id, causeId: other.causes[0].id }],
    ];
    for (const [procedure, input] of attempts) {
      const before = dumpDatabase(lib.library);
      expect(lib.raw(procedure, input), procedure).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', message: /another engagement/ },
      });
      expect(dumpDatabase(lib.library), procedure).toEqual(before);
    }
    // The demo still exports and imports back, and its undo history still works.
    const file = lib.call('export.causeway', { id: demo.engagement.id, clientSafe: false });
    expect(lib.raw('import.causeway', { content: file.content })).toMatchObject({ ok: true });
    lib.call('engagement.delete', { id: other.engagement.id });
    expect(lib.raw('history.undo', { engagementId: demo.engagement.id })).toMatchObject({ ok: true });
  });
});

function costFields(d: { costs: { category: string; description: string; amount: number }[] }) {
  const { category, description, amount } = d.costs[0];
  return { category, description, amount };
}

describe('an undo history that can never jam', () => {
  function withSteps() {
    const { id } = lib.call('engagement.create', newEngagement);
    lib.edit('outcome.create', { engagementId: id, fields: { kpiName: 'First' } });
    lib.edit('outcome.create', { engagementId: id, fields: { kpiName: 'Second' } });
    return id;
  }
  const top = () => lib.library.sqlite.prepare('SELECT "seq" FROM "undo_entry" ORDER BY "seq" DESC LIMIT 1').pluck().get() as number;

  it('drops a step that cannot apply, says so, changes nothing, and undo goes on with the one before', () => {
    const id = withSteps();
    // A step whose rows no longer fit the data (a column that does not exist).
    lib.library.sqlite
      .prepare('UPDATE "undo_entry" SET "ops" = ? WHERE "seq" = ?')
      .run(JSON.stringify([{ kind: 'delete', table: 'outcome', row: { id: 'x', no_such_column: 1 } }]), top());
    const before = lib.call('engagement.open', { id }).outcomes.map((o) => o.kpiName);
    expect(lib.raw('history.undo', { engagementId: id })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: /could not be undone .* taken off the undo list and nothing was changed/ },
    });
    expect(lib.call('engagement.open', { id }).outcomes.map((o) => o.kpiName)).toEqual(before);
    // Not jammed: the next undo takes back the first outcome.
    expect(lib.edit('history.undo', { engagementId: id }).outcomes).toHaveLength(1);
  });

  it('never applies a step stored in another row shape (from before a migration that did not rewrite it)', () => {
    const id = withSteps();
    lib.library.sqlite.prepare('UPDATE "undo_entry" SET "shape" = 1 WHERE "seq" = ?').run(top());
    expect(lib.raw('history.undo', { engagementId: id })).toMatchObject({ ok: false, error: { message: /could not be undone/ } });
    expect(lib.call('engagement.open', { id }).outcomes).toHaveLength(2);
    expect(lib.edit('history.undo', { engagementId: id }).outcomes).toHaveLength(1);
  });

  it('stamps every new step with the current row shape', () => {
    withSteps();
    expect(lib.library.sqlite.prepare('SELECT DISTINCT "shape" FROM "undo_entry"').pluck().all()).toEqual([3]);
  });

  it('typing a paragraph into one field is one undo step, and undo brings back the text before it', () => {
    const { id } = lib.call('engagement.create', newEngagement);
    const outcome = lib.edit('outcome.create', { engagementId: id, fields: { kpiName: 'Win rate' } }).outcomes[0];
    const text = 'Wins divided by qualified opportunities, monthly';
    for (let n = 1; n <= text.length; n += 3) lib.edit('outcome.update', { id: outcome.id, patch: { dataSource: text.slice(0, n) } });
    lib.edit('outcome.update', { id: outcome.id, patch: { dataSource: text } });
    const after = lib.call('engagement.open', { id });
    expect(after.outcomes[0].dataSource).toBe(text);
    expect(after.history.undoLabel).toBe('Edit outcome data source');
    const undone = lib.edit('history.undo', { engagementId: id });
    expect(undone.outcomes[0].dataSource).toBe('');
    expect(undone.outcomes[0].kpiName).toBe('Win rate'); // the step before is the create, untouched
    // Another field is another step.
    lib.edit('outcome.update', { id: outcome.id, patch: { owner: 'Head of Sales' } });
    lib.edit('outcome.update', { id: outcome.id, patch: { unit: '%' } });
    expect(lib.edit('history.undo', { engagementId: id }).outcomes[0]).toMatchObject({ owner: 'Head of Sales', unit: '' });
  });
});
