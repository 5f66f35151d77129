import type Database from 'better-sqlite3';
import { invert, type Op, type RowOps } from './rowOps';
import { toColumns, type NewRowOf, type TableName } from './tables';

/** How many steps back a user can go per engagement; older steps are dropped. */
const HISTORY_LIMIT = 1000;

/** The writes of one user action. Each one is applied now and remembered for undo. */
export class Edit {
  readonly ops: Op[] = [];
  constructor(private readonly rows: RowOps) {}

  private run(op: Op) {
    this.rows.apply(op);
    this.ops.push(op);
  }

  insert<T extends TableName>(table: T, row: NewRowOf<T>) {
    this.run({ kind: 'insert', table, row: toColumns(table, row) });
  }

  /** Changes only what differs; an edit that changes nothing records nothing. */
  update<T extends TableName>(table: T, id: string, patch: Partial<NewRowOf<T>>) {
    const current = this.rows.read(table, id);
    if (!current) throw new Error(`${table} ${id} not found`);
    const after = toColumns(table, patch);
    for (const key of Object.keys(after)) if (current[key] === after[key]) delete after[key];
    if (Object.keys(after).length === 0) return;
    const before = Object.fromEntries(Object.keys(after).map((k) => [k, current[k]]));
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

  /** Stores an action's operations as one undo step and forgets the redo stack. */
  save(engagementId: string, label: string, ops: Op[]) {
    if (ops.length === 0) return;
    this.sqlite.prepare('DELETE FROM "undo_entry" WHERE "engagement_id" = ? AND "undone" = 1').run(engagementId);
    this.sqlite
      .prepare('INSERT INTO "undo_entry" ("engagement_id", "label", "ops") VALUES (?, ?, ?)')
      .run(engagementId, label, JSON.stringify(ops));
    this.sqlite
      .prepare(
        `DELETE FROM "undo_entry" WHERE "engagement_id" = ? AND "seq" <= (
           SELECT "seq" FROM "undo_entry" WHERE "engagement_id" = ? ORDER BY "seq" DESC LIMIT 1 OFFSET ${HISTORY_LIMIT})`,
      )
      .run(engagementId, engagementId);
  }

  private next(engagementId: string, direction: 'undo' | 'redo') {
    const sql =
      direction === 'undo'
        ? 'SELECT "seq", "label", "ops" FROM "undo_entry" WHERE "engagement_id" = ? AND "undone" = 0 ORDER BY "seq" DESC LIMIT 1'
        : 'SELECT "seq", "label", "ops" FROM "undo_entry" WHERE "engagement_id" = ? AND "undone" = 1 ORDER BY "seq" ASC LIMIT 1';
    return this.sqlite.prepare(sql).get(engagementId) as { seq: number; label: string; ops: string } | undefined;
  }

  /** Undoes the latest step; returns its label, or null when there is nothing to undo. */
  undo(engagementId: string): string | null {
    const entry = this.next(engagementId, 'undo');
    if (!entry) return null;
    const ops = JSON.parse(entry.ops) as Op[];
    for (const op of [...ops].reverse()) this.rows.apply(invert(op));
    this.sqlite.prepare('UPDATE "undo_entry" SET "undone" = 1 WHERE "seq" = ?').run(entry.seq);
    return entry.label;
  }

  redo(engagementId: string): string | null {
    const entry = this.next(engagementId, 'redo');
    if (!entry) return null;
    for (const op of JSON.parse(entry.ops) as Op[]) this.rows.apply(op);
    this.sqlite.prepare('UPDATE "undo_entry" SET "undone" = 0 WHERE "seq" = ?').run(entry.seq);
    return entry.label;
  }

  state(engagementId: string) {
    const undo = this.next(engagementId, 'undo');
    const redo = this.next(engagementId, 'redo');
    return { canUndo: Boolean(undo), canRedo: Boolean(redo), undoLabel: undo?.label ?? null, redoLabel: redo?.label ?? null };
  }
}
