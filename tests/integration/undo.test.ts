import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dumpDatabase, newEngagement, tempLibrary } from '../support/tempLibrary';

let lib: ReturnType<typeof tempLibrary>;
beforeEach(() => (lib = tempLibrary()));
afterEach(() => lib.close());

describe('undo and redo', () => {
  it('undoes and redoes outcome edits in order, across a restart', () => {
    const e = lib.call('engagement.create', newEngagement);
    const created = lib.edit('outcome.create', { engagementId: e.id });
    const id = created.outcomes[0].id;
    lib.edit('outcome.update', { id, patch: { kpiName: 'Win rate' } });
    lib.edit('outcome.update', { id, patch: { baselineValue: 18, unit: '%' } });
    lib.reopen();

    let d = lib.edit('history.undo', { engagementId: e.id });
    expect(d.outcomes[0]).toMatchObject({ kpiName: 'Win rate', baselineValue: null, unit: '' });
    expect(d.history).toMatchObject({ canRedo: true, redoLabel: 'Edit outcome unit, baseline' });
    d = lib.edit('history.undo', { engagementId: e.id });
    expect(d.outcomes[0].kpiName).toBe('');
    d = lib.edit('history.undo', { engagementId: e.id });
    expect(d.outcomes).toHaveLength(0);
    expect(d.history.canUndo).toBe(false);
    // Nothing left to undo: a further undo changes nothing.
    expect(lib.edit('history.undo', { engagementId: e.id }).outcomes).toHaveLength(0);

    lib.edit('history.redo', { engagementId: e.id });
    lib.edit('history.redo', { engagementId: e.id });
    d = lib.edit('history.redo', { engagementId: e.id });
    expect(d.outcomes[0]).toMatchObject({ id, kpiName: 'Win rate', baselineValue: 18, unit: '%' });
    expect(d.history.canRedo).toBe(false);
  });

  it('a new edit after undo clears the redo stack', () => {
    const e = lib.call('engagement.create', newEngagement);
    const id = lib.edit('outcome.create', { engagementId: e.id }).outcomes[0].id;
    lib.edit('outcome.update', { id, patch: { kpiName: 'A' } });
    lib.edit('history.undo', { engagementId: e.id });
    const d = lib.edit('outcome.update', { id, patch: { kpiName: 'B' } });
    expect(d.history.canRedo).toBe(false);
  });

  it('an edit that changes nothing records no step', () => {
    const e = lib.call('engagement.create', newEngagement);
    const id = lib.edit('outcome.create', { engagementId: e.id }).outcomes[0].id;
    lib.edit('outcome.update', { id, patch: { kpiName: 'A' } });
    const d = lib.edit('outcome.update', { id, patch: { kpiName: 'A' } });
    expect(d.history.undoLabel).toBe('Edit outcome KPI name');
    expect(lib.library.sqlite.prepare('SELECT count(*) FROM undo_entry').pluck().get()).toBe(2);
  });

  it('undoing a delete restores the outcome with everything hanging from it', () => {
    const demo = lib.call('demo.open', {});
    const before = dumpDatabase(lib.library);
    const detail = lib.call('engagement.open', { id: demo.id });
    const after = lib.edit('outcome.delete', { id: detail.outcomes[0].id });
    expect(after.outcomes).toHaveLength(0);
    expect(after.behaviours).toHaveLength(0);
    expect(after.causes).toHaveLength(0);
    const restored = lib.edit('history.undo', { engagementId: demo.id });
    expect(restored.causes).toHaveLength(detail.causes.length);
    expect(restored.evidence).toHaveLength(detail.evidence.length);
    const now = dumpDatabase(lib.library);
    // Everything equal except the undo log itself and the engagement's last-edited time.
    for (const table of Object.keys(before)) {
      if (['undo_entry', 'engagement', 'sqlite_sequence'].includes(table)) continue;
      expect(now[table], table).toEqual(before[table]);
    }
  });

  it("keeps each engagement's history separate", () => {
    const a = lib.call('engagement.create', newEngagement);
    const b = lib.call('engagement.create', { ...newEngagement, name: 'Other' });
    lib.edit('outcome.create', { engagementId: a.id });
    const d = lib.edit('history.undo', { engagementId: b.id });
    expect(d.history.canUndo).toBe(false);
    expect(lib.call('engagement.open', { id: a.id }).outcomes).toHaveLength(1);
  });
});
