import type Database from 'better-sqlite3';
import { invert, type Op, type Row, type RowOps } from './rowOps';
import { toColumns, type NewRowOf, type TableName } from './tables';

/** How many steps back a user can go per engagement; older steps are dropped. */
const HISTORY_LIMIT = 1000;

/**
 * The shape of the rows that steps store (table and column names). Bump it with any migration
 * that renames or reshapes columns, and rewrite the stored steps in that migration; a step in
 * another shape is never applied blindly (it is dropped, with a message). 3: 0008 dropped the
 * intervention's own cost (its cost lines are its cost).
 */
export const ROW_SHAPE = 3;

/** Saves of the same fields of one record within this long become one undo step (typing). */
const COALESCE_MS = 60_000;

/** An undo or redo that could not be applied: the step was taken off the history. */
export type Dropped = { dropped: string };

/** What an undo or redo did: the step's label (or what was dropped, or null: nothing to do) and the operations it applied. */
export type Stepped = { result: string | Dropped | null; ops: Op[] };

/** The writes of one user action. Each one is applied now and remembered for undo. */
export class Edit {
  readonly ops: Op[] = [];
  constructor(private readonly rows: RowOps) {}

  private run(op: Op) {
    this.rows.apply(op);
    this.ops.push(op);
  }

  insert<T extends TableName>(table: T, row: NewRowOf<T>) {
    const columns = toColumns(table, row);
    this.rows.assertSameEngagement(table, columns);
    this.run({ kind: 'insert', table, row: columns });
  }

  /** Changes only what differs; an edit that changes nothing records nothing. */
  update<T extends TableName>(table: T, id: string, patch: Partial<NewRowOf<T>>) {
    const current = this.rows.read(table, id);
    if (!current) throw new Error(`${table} ${id} not found`);
    const after = toColumns(table, patch);
    for (const key of Object.keys(after)) if (current[key] === after[key]) delete after[key];
    if (Object.keys(after).length === 0) return;
    const before = Object.fromEntries(Object.keys(after).map((k) => [k, current[k]]));
    this.rows.assertSameEngagement(table, { ...current, ...after });
    this.run({ kind: 'update', table, id, before, after });
  }

  /** Deletes a row and what hangs from it, remembering all of it so undo restores it whole. */
  remove(table: TableName, id: string) {
    for (const op of this.rows.deletionOps(table, id)) this.run(op);
  }
}

export class History {
  constructor(
    private readonly sqlite: Database.Database,
    private readonly rows: RowOps,
  ) {}

  /**
   * Stores an action's operations as one undo step and forgets the redo stack. Autosaves of the
   * same fields of one record in a row (typing a paragraph) extend the last step instead.
   */
  save(engagementId: string, label: string, ops: Op[]) {
    if (ops.length === 0) return;
    this.sqlite.prepare('DELETE FROM "undo_entry" WHERE "engagement_id" = ? AND "undone" = 1').run(engagementId);
    if (this.coalesce(engagementId, label, ops)) return;
    this.sqlite
      .prepare('INSERT INTO "undo_entry" ("engagement_id", "label", "ops", "shape", "created_at") VALUES (?, ?, ?, ?, ?)')
      .run(engagementId, label, JSON.stringify(ops), ROW_SHAPE, new Date().toISOString());
    this.sqlite
      .prepare(
        `DELETE FROM "undo_entry" WHERE "engagement_id" = ? AND "seq" <= (
           SELECT "seq" FROM "undo_entry" WHERE "engagement_id" = ? ORDER BY "seq" DESC LIMIT 1 OFFSET ${HISTORY_LIMIT})`,
      )
      .run(engagementId, engagementId);
  }

  /** One field typed into again: the last step keeps its "before" and takes the new "after". */
  private coalesce(engagementId: string, label: string, ops: Op[]): boolean {
    const [op] = ops;
    if (ops.length !== 1 || op.kind !== 'update') return false;
    const last = this.next(engagementId, 'undo');
    if (!last || last.label !== label || last.shape !== ROW_SHAPE) return false;
    if (Date.now() - Date.parse(last.createdAt) > COALESCE_MS) return false;
    const previous = JSON.parse(last.ops) as Op[];
    const [prior] = previous;
    if (previous.length !== 1 || prior.kind !== 'update' || prior.table !== op.table || prior.id !== op.id) return false;
    const fields = (o: Row) => Object.keys(o).sort().join();
    if (fields(prior.after) !== fields(op.after)) return false;
    const merged = { ...prior, after: op.after };
    const unchanged = Object.keys(merged.after).every((k) => merged.before[k] === merged.after[k]);
    if (unchanged) this.sqlite.prepare('DELETE FROM "undo_entry" WHERE "seq" = ?').run(last.seq);
    else
      this.sqlite
        .prepare('UPDATE "undo_entry" SET "ops" = ?, "created_at" = ? WHERE "seq" = ?')
        .run(JSON.stringify([merged]), new Date().toISOString(), last.seq);
    return true;
  }

  private next(engagementId: string, direction: 'undo' | 'redo') {
    const sql =
      direction === 'undo'
        ? 'SELECT "seq", "label", "ops", "shape", "created_at" AS "createdAt" FROM "undo_entry" WHERE "engagement_id" = ? AND "undone" = 0 ORDER BY "seq" DESC LIMIT 1'
        : 'SELECT "seq", "label", "ops", "shape", "created_at" AS "createdAt" FROM "undo_entry" WHERE "engagement_id" = ? AND "undone" = 1 ORDER BY "seq" ASC LIMIT 1';
    return this.sqlite.prepare(sql).get(engagementId) as
      { seq: number; label: string; ops: string; shape: number; createdAt: string } | undefined;
  }

  /**
   * Applies one step inside a savepoint. A step that cannot apply (written in another row shape,
   * or refused by the data as it now is) is rolled back and taken off the history, so the history
   * can never jam on it; the caller tells the user.
   */
  private step(engagementId: string, direction: 'undo' | 'redo'): Stepped {
    const entry = this.next(engagementId, direction);
    if (!entry) return { result: null, ops: [] };
    const applied: Op[] = [];
    const apply = () => {
      if (entry.shape !== ROW_SHAPE) throw new Error(`written in row shape ${entry.shape}, not ${ROW_SHAPE}`);
      const ops = JSON.parse(entry.ops) as Op[];
      for (const op of direction === 'undo' ? [...ops].reverse().map(invert) : ops) {
        this.rows.apply(op);
        applied.push(op);
      }
    };
    try {
      this.sqlite.transaction(apply)(); // nested in the caller's transaction: a savepoint
    } catch {
      this.sqlite.prepare('DELETE FROM "undo_entry" WHERE "seq" = ?').run(entry.seq);
      return { result: { dropped: entry.label }, ops: [] };
    }
    this.sqlite.prepare('UPDATE "undo_entry" SET "undone" = ? WHERE "seq" = ?').run(direction === 'undo' ? 1 : 0, entry.seq);
    return { result: entry.label, ops: applied };
  }

  /** Undoes the latest step: its label, null when there is nothing to undo, or what was dropped; and the operations applied. */
  undo(engagementId: string): Stepped {
    return this.step(engagementId, 'undo');
  }

  redo(engagementId: string): Stepped {
    return this.step(engagementId, 'redo');
  }

  state(engagementId: string) {
    const undo = this.next(engagementId, 'undo');
    const redo = this.next(engagementId, 'redo');
    return { canUndo: Boolean(undo), canRedo: Boolean(redo), undoLabel: undo?.label ?? null, redoLabel: redo?.label ?? null };
  }
}
