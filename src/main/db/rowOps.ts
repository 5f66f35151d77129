import type Database from 'better-sqlite3';
import { RecordReferenceError } from './errors';

/**
 * Row-level operations on any table of the engagement, written as plain data so they can be
 * stored in the undo log and inverted. Rows use the database's column names.
 */
export type Row = Record<string, unknown>;
export type Op =
  | { kind: 'insert'; table: string; row: Row }
  | { kind: 'delete'; table: string; row: Row }
  | { kind: 'update'; table: string; id: string; before: Row; after: Row };

/**
 * An SQL identifier, quoted: every table and column name in SQL built here goes through this, so
 * names that are keywords (`order`) or odd work, and no name can break out of its quotes.
 */
export const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

type ForeignKey = { table: string; column: string; parent: string; onDelete: string };

/**
 * The engagement's tables (the engagement and every table with an engagement_id) and their
 * foreign keys, read from SQLite itself so new tables need no registration. Tables outside any
 * engagement (saved templates) are not part of it.
 */
export class SchemaGraph {
  readonly tables: string[];
  readonly foreignKeys: ForeignKey[];

  constructor(sqlite: Database.Database) {
    const all = sqlite
      .prepare(
        `SELECT "name" FROM "sqlite_master" WHERE "type" = 'table' AND "name" NOT LIKE 'sqlite_%' AND "name" NOT LIKE '__drizzle%' AND "name" <> 'undo_entry'`,
      )
      .pluck()
      .all() as string[];
    const names = all.filter(
      (table) =>
        table === 'engagement' ||
        (sqlite.prepare(`PRAGMA table_info(${ident(table)})`).all() as { name: string }[]).some((c) => c.name === 'engagement_id'),
    );
    this.foreignKeys = names.flatMap((table) =>
      (sqlite.prepare(`PRAGMA foreign_key_list(${ident(table)})`).all() as { table: string; from: string; on_delete: string }[]).map(
        (fk) => ({
          table,
          column: fk.from,
          parent: fk.table,
          onDelete: fk.on_delete.toUpperCase(),
        }),
      ),
    );
    this.tables = this.parentFirst(names);
  }

  has(table: string) {
    return this.tables.includes(table);
  }

  /** Tables ordered so that every parent comes before its children (for inserts and copies). */
  private parentFirst(names: string[]): string[] {
    const ordered: string[] = [];
    const visit = (t: string, seen: Set<string>) => {
      if (ordered.includes(t) || seen.has(t)) return;
      seen.add(t);
      for (const fk of this.foreignKeys) if (fk.table === t && fk.parent !== t) visit(fk.parent, seen);
      ordered.push(t);
    };
    for (const t of [...names].sort()) visit(t, new Set());
    return ordered;
  }

  childrenOf(parent: string) {
    return this.foreignKeys.filter((fk) => fk.parent === parent);
  }

  fkColumns(table: string) {
    return this.foreignKeys.filter((fk) => fk.table === table);
  }
}

export class RowOps {
  constructor(
    private readonly sqlite: Database.Database,
    readonly graph: SchemaGraph,
  ) {}

  /** Statements are prepared once per SQL text: an import writes thousands of rows through here. */
  private readonly statements = new Map<string, Database.Statement>();
  private prepare(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) this.statements.set(sql, (statement = this.sqlite.prepare(sql)));
    return statement;
  }

  private check(table: string) {
    if (!this.graph.has(table)) throw new Error(`Unknown table ${table}`);
  }

  read(table: string, id: string): Row | undefined {
    this.check(table);
    return this.prepare(`SELECT * FROM ${ident(table)} WHERE "id" = ?`).get(id) as Row | undefined;
  }

  /**
   * The one check that keeps every record inside its engagement: each reference a row holds
   * (a cost's intervention, a link's cause, a measure's outcome…) must point at a record of the
   * same engagement. Every write of a user action passes here, whatever the procedure.
   */
  assertSameEngagement(table: string, row: Row) {
    // The row's own engagement, or for a join row (a link) the engagement of its first reference.
    let engagementId = typeof row.engagement_id === 'string' ? row.engagement_id : null;
    for (const fk of this.graph.fkColumns(table)) {
      const value = row[fk.column];
      if (fk.column === 'engagement_id' || value === null || value === undefined) continue;
      const parent = this.prepare(`SELECT * FROM ${ident(fk.parent)} WHERE "id" = ?`).get(value) as Row | undefined;
      const what = fk.parent.replaceAll('_', ' ');
      if (!parent) throw new RecordReferenceError(`That ${what} no longer exists. It may have been deleted; reload and try again.`);
      const owner = fk.parent === 'engagement' ? parent.id : parent.engagement_id;
      if (typeof owner !== 'string') continue;
      engagementId ??= owner;
      if (owner !== engagementId) throw new RecordReferenceError(`That ${what} belongs to another engagement.`);
    }
  }

  rowsWhere(table: string, column: string, value: unknown): Row[] {
    this.check(table);
    return this.prepare(`SELECT * FROM ${ident(table)} WHERE ${ident(column)} = ?`).all(value) as Row[];
  }

  apply(op: Op): void {
    this.check(op.table);
    if (op.kind === 'insert') {
      const cols = Object.keys(op.row);
      this.sqlite
        .prepare(`INSERT INTO ${ident(op.table)} (${cols.map(ident).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`)
        .run(...cols.map((c) => op.row[c]));
    } else if (op.kind === 'delete') {
      this.prepare(`DELETE FROM ${ident(op.table)} WHERE "id" = ?`).run(op.row.id);
    } else {
      const cols = Object.keys(op.after);
      if (cols.length === 0) return;
      this.sqlite
        .prepare(`UPDATE ${ident(op.table)} SET ${cols.map((c) => `${ident(c)} = ?`).join(', ')} WHERE "id" = ?`)
        .run(...cols.map((c) => op.after[c]), op.id);
    }
  }

  /**
   * The operations that delete a row and everything hanging from it, deepest first, so that
   * their inverse re-creates parents before children. SET NULL children become updates.
   */
  deletionOps(table: string, id: string): Op[] {
    const row = this.read(table, id);
    if (!row) return [];
    const ops: Op[] = [];
    for (const fk of this.graph.childrenOf(table)) {
      for (const child of this.rowsWhere(fk.table, fk.column, id)) {
        if (fk.onDelete === 'CASCADE') ops.push(...this.deletionOps(fk.table, String(child.id)));
        else if (fk.onDelete === 'SET NULL')
          ops.push({ kind: 'update', table: fk.table, id: String(child.id), before: { [fk.column]: id }, after: { [fk.column]: null } });
      }
    }
    // A map position belongs to its record's node: it goes (and comes back on undo) with it.
    if (this.graph.has('map_position'))
      for (const mapPosition of this.rowsWhere('map_position', 'node_key', `${table}:${id}`))
        ops.push({ kind: 'delete', table: 'map_position', row: mapPosition });
    ops.push({ kind: 'delete', table, row });
    return ops;
  }

  /** Copies every row of an engagement under fresh ids, keeping all links inside the copy. */
  copyEngagement(sourceId: string, newId: () => string, overrides: Row): string {
    const ids = new Map<string, string>();
    const plan = this.graph.tables.map((table) => {
      const rows = table === 'engagement' ? [this.read('engagement', sourceId)!] : this.rowsWhere(table, 'engagement_id', sourceId);
      for (const row of rows) ids.set(String(row.id), newId());
      return { table, rows };
    });
    const remap = (value: unknown) => (typeof value === 'string' ? (ids.get(value) ?? value) : value);
    for (const { table, rows } of plan) {
      const fks = this.graph.fkColumns(table);
      for (const row of rows) {
        const copy: Row = { ...row, id: ids.get(String(row.id)) };
        for (const fk of fks) copy[fk.column] = remap(copy[fk.column]);
        // Map positions name their node as "<kind>:<record id>"; the record id moves with the copy.
        if (typeof copy.node_key === 'string') {
          const [kind, recordId] = copy.node_key.split(':');
          copy.node_key = `${kind}:${String(remap(recordId))}`;
        }
        // A capability names its behaviours and causes in JSON lists of ids, which move with the copy too.
        for (const column of idListColumns) {
          if (typeof copy[column] !== 'string') continue;
          const list: unknown = JSON.parse(copy[column]);
          if (Array.isArray(list)) copy[column] = JSON.stringify(list.map(remap));
        }
        if (table === 'engagement') Object.assign(copy, overrides);
        this.apply({ kind: 'insert', table, row: copy });
      }
    }
    return ids.get(sourceId)!;
  }
}

/** Columns holding JSON lists of record ids (capability.behaviour_ids, cause_ids). */
const idListColumns = ['behaviour_ids', 'cause_ids'] as const;

export function invert(op: Op): Op {
  if (op.kind === 'insert') return { kind: 'delete', table: op.table, row: op.row };
  if (op.kind === 'delete') return { kind: 'insert', table: op.table, row: op.row };
  return { kind: 'update', table: op.table, id: op.id, before: op.after, after: op.before };
}
