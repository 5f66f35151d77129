import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dumpDatabase, newEngagement, tempLibrary } from '../support/tempLibrary';

/**
 * Model-based check of undo/redo through the real dispatch: any sequence of edits (creates,
 * updates, deletes, map moves, links, undos and redos, and attempts to reach into another
 * engagement) can be undone back to where it started and redone to where it ended.
 */
type Lib = ReturnType<typeof tempLibrary>;
let lib: Lib;
beforeEach(() => (lib = tempLibrary()));
afterEach(() => lib.close());

/** The user's data: everything but the undo log and the "last edited" stamp an undo also moves. */
function userData(l: Lib) {
  const dump = dumpDatabase(l.library) as Record<string, Record<string, unknown>[]>;
  for (const table of Object.keys(dump)) if (/^(undo|sqlite_|__drizzle)/.test(table)) delete dump[table];
  dump.engagement = dump.engagement.map(({ updated_at: _updated, ...rest }) => rest);
  return dump;
}

type Step =
  | {
      kind:
        'outcome' | 'behaviour' | 'cause' | 'intervention' | 'updateCause' | 'deleteCause' | 'move' | 'link' | 'unlink' | 'undo' | 'redo';
      pick: number;
      value: number;
    }
  | { kind: 'foreignLink' | 'foreignMeasure'; pick: number; value: number };

const step: fc.Arbitrary<Step> = fc.record({
  kind: fc.constantFrom(
    'outcome',
    'behaviour',
    'behaviour',
    'cause',
    'cause',
    'intervention',
    'updateCause',
    'updateCause',
    'deleteCause',
    'move',
    'link',
    'unlink',
    'undo',
    'undo',
    'redo',
    'foreignLink',
    'foreignMeasure',
  ),
  pick: fc.nat(1000),
  value: fc.integer({ min: -500, max: 500 }),
});

function run(engagementId: string, foreign: { causeId: string; outcomeId: string }, s: Step) {
  const d = lib.call('engagement.open', { id: engagementId });
  const pick = <T>(list: T[]) => (list.length ? list[s.pick % list.length] : undefined);
  switch (s.kind) {
    case 'outcome':
      return lib.raw('outcome.create', { engagementId, fields: { kpiName: `KPI ${s.value}` } });
    case 'behaviour': {
      const o = pick(d.outcomes);
      return o && lib.raw('behaviour.create', { outcomeId: o.id, fields: { text: `Agents log call reasons ${s.value}` } });
    }
    case 'cause': {
      const b = pick(d.behaviours);
      return (
        b && lib.raw('cause.create', { behaviourId: b.id, fields: { cell: ((Math.abs(s.value) % 6) + 1) as 1, text: `Cause ${s.value}` } })
      );
    }
    case 'intervention': {
      const c = pick(d.causes);
      return lib.raw('intervention.create', { engagementId, fields: { name: `Intervention ${s.value}` }, causeIds: c ? [c.id] : [] });
    }
    case 'updateCause': {
      const c = pick(d.causes);
      return c && lib.raw('cause.update', { id: c.id, patch: { text: `Edited ${s.value}`, weight: Math.abs(s.value) % 10 } });
    }
    case 'deleteCause': {
      const c = pick(d.causes);
      return c && lib.raw('cause.delete', { id: c.id });
    }
    case 'move': {
      const c = pick(d.causes);
      return c && lib.raw('map.move', { engagementId, positions: [{ nodeKey: `cause:${c.id}`, x: s.value, y: -s.value }] });
    }
    case 'link':
    case 'unlink': {
      const i = pick(d.interventions);
      const c = pick(d.causes);
      return i && c && lib.raw(s.kind === 'link' ? 'intervention.link' : 'intervention.unlink', { interventionId: i.id, causeId: c.id });
    }
    case 'undo':
      return lib.raw('history.undo', { engagementId });
    case 'redo':
      return lib.raw('history.redo', { engagementId });
    case 'foreignLink': {
      // Reaching into another engagement is refused and changes nothing.
      const i = pick(d.interventions);
      if (!i) return undefined;
      const before = userData(lib);
      const r = lib.raw('intervention.link', { interventionId: i.id, causeId: foreign.causeId });
      expect(r.ok).toBe(false);
      expect(userData(lib)).toEqual(before);
      return r;
    }
    case 'foreignMeasure': {
      const before = userData(lib);
      const r = lib.raw('measure.create', { engagementId, outcomeId: foreign.outcomeId, fields: { name: 'Borrowed outcome' } });
      expect(r.ok).toBe(false);
      expect(userData(lib)).toEqual(before);
      return r;
    }
  }
}

describe('undo and redo, model-based', () => {
  it('undoing everything returns the start; redoing everything returns the end', () => {
    const other = lib.call('demo.open', {});
    const otherDetail = lib.call('engagement.open', { id: other.id });
    const foreign = { causeId: otherDetail.causes[0].id, outcomeId: otherDetail.outcomes[0].id };
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 25 }), (steps) => {
        const { id } = lib.call('engagement.create', { ...newEngagement, name: 'Model' });
        const start = userData(lib);
        for (const s of steps) run(id, foreign, s);
        const end = userData(lib);
        // The end may still have steps to redo (the sequence ended with undos): the furthest
        // state is the end with those redone, and it is the end itself when there are none.
        const redoable = lib.call('engagement.open', { id }).history.canRedo;
        const undoAll = () => {
          while (lib.call('engagement.open', { id }).history.canUndo) lib.call('history.undo', { engagementId: id });
        };
        const redoAll = () => {
          while (lib.call('engagement.open', { id }).history.canRedo) lib.call('history.redo', { engagementId: id });
        };
        undoAll();
        expect(userData(lib)).toEqual(start);
        redoAll();
        const furthest = userData(lib);
        if (!redoable) expect(furthest).toEqual(end);
        undoAll();
        expect(userData(lib)).toEqual(start);
        redoAll();
        expect(userData(lib)).toEqual(furthest);
        lib.call('engagement.delete', { id });
      }),
      { numRuns: Number(process.env.UNDO_RUNS ?? 40), seed: process.env.UNDO_SEED ? Number(process.env.UNDO_SEED) : undefined },
    );
  }, 120_000);
});
