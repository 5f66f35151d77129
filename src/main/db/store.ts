import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { quickPathState, type EngagementDetail, type EngagementSummary } from '../../shared/domain';
import { Edit, History } from './history';
import type { Library } from './open';
import { ident, RowOps, SchemaGraph } from './rowOps';
import * as t from './schema';
import type * as schemaTables from './schema';
import { editableTables, type RowOf, type TableName } from './tables';

/**
 * The services' one door to the database: reads, and writes that run as one transaction per
 * user action with their undo step recorded in the same transaction.
 */
export class Store {
  private readonly rows: RowOps;
  private readonly history: History;

  constructor(readonly library: Library) {
    this.rows = new RowOps(library.sqlite, new SchemaGraph(library.sqlite));
    this.history = new History(library.sqlite, this.rows);
  }

  private get db() {
    return this.library.db;
  }

  transaction<T>(fn: () => T): T {
    return this.library.sqlite.transaction(fn).immediate();
  }

  /** Runs one undoable user action on an engagement. */
  edit<T>(engagementId: string, label: string, fn: (edit: Edit) => T, options: { undoable: boolean } = { undoable: true }): T {
    return this.transaction(() => {
      const edit = new Edit(this.rows);
      const result = fn(edit);
      if (options.undoable) this.history.save(engagementId, label, edit.ops);
      if (options.undoable && edit.ops.length > 0) this.touch(engagementId);
      return result;
    });
  }

  undo(engagementId: string) {
    return this.transaction(() => {
      const label = this.history.undo(engagementId);
      if (typeof label === 'string') this.touch(engagementId);
      return label;
    });
  }

  redo(engagementId: string) {
    return this.transaction(() => {
      const label = this.history.redo(engagementId);
      if (typeof label === 'string') this.touch(engagementId);
      return label;
    });
  }

  private touch(engagementId: string) {
    this.db.update(t.engagement).set({ updatedAt: new Date().toISOString() }).where(eq(t.engagement.id, engagementId)).run();
  }

  createEngagement(fields: Omit<typeof t.engagement.$inferInsert, 'id'>, isDemo: boolean) {
    const id = crypto.randomUUID();
    this.db
      .insert(t.engagement)
      .values({ ...fields, id, isDemo })
      .run();
    return id;
  }

  /** Copies an engagement with everything in it; the copy starts with an empty undo history. */
  copyEngagement(sourceId: string, overrides: Partial<typeof t.engagement.$inferInsert>) {
    return this.transaction(() => {
      const now = new Date().toISOString();
      const columns = { name: overrides.name, archived: 0, is_demo: 0, created_at: now, updated_at: now };
      return this.rows.copyEngagement(sourceId, () => crypto.randomUUID(), columns);
    });
  }

  deleteEngagement(id: string) {
    return this.transaction(() => this.db.delete(t.engagement).where(eq(t.engagement.id, id)).run().changes > 0);
  }

  /** Any editable record by id, with the code's field names. */
  find<T extends TableName>(table: T, id: string): RowOf<T> | undefined {
    const t = editableTables[table] as unknown as typeof schemaTables.outcome;
    return this.db.select().from(t).where(eq(t.id, id)).get();
  }

  engagement(id: string) {
    return this.db.select().from(t.engagement).where(eq(t.engagement.id, id)).get();
  }

  outcome(id: string) {
    return this.db.select().from(t.outcome).where(eq(t.outcome.id, id)).get();
  }

  /** The order after the last one, so new records appear at the end of their list. */
  nextOrder(
    tableName: 'outcome' | 'audience' | 'behaviour' | 'cause' | 'intervention' | 'measure' | 'benefit' | 'intangible',
    engagementId: string,
  ) {
    const table = {
      outcome: t.outcome,
      audience: t.audience,
      behaviour: t.behaviour,
      cause: t.cause,
      intervention: t.intervention,
      measure: t.measure,
      benefit: t.benefit,
      intangible: t.intangible,
    }[tableName];
    const row = this.db
      .select({ max: sql<number | null>`max(${table.order})` })
      .from(table)
      .where(eq(table.engagementId, engagementId))
      .get();
    return (row?.max ?? -1) + 1;
  }

  /** The stored map position of a node, if the user has placed it. */
  mapPosition(engagementId: string, nodeKey: string) {
    return this.db
      .select()
      .from(t.mapPosition)
      .where(and(eq(t.mapPosition.engagementId, engagementId), eq(t.mapPosition.nodeKey, nodeKey)))
      .get();
  }

  link(interventionId: string, causeId: string) {
    return this.db
      .select()
      .from(t.interventionCause)
      .where(and(eq(t.interventionCause.interventionId, interventionId), eq(t.interventionCause.causeId, causeId)))
      .get();
  }

  listEngagements(includeArchived: boolean, onlyId?: string): EngagementSummary[] {
    // Correlated counts need qualified names, so they are written out rather than built from columns.
    const count = (table: 'outcome' | 'behaviour' | 'cause') =>
      sql<number>`(SELECT count(*) FROM ${sql.raw(`${ident(table)} AS "c" WHERE "c"."engagement_id" = "engagement"."id"`)})`;
    const rows = this.db
      .select({
        engagement: t.engagement,
        outcomeCount: count('outcome'),
        behaviourCount: count('behaviour'),
        causeCount: count('cause'),
      })
      .from(t.engagement)
      .where(onlyId ? eq(t.engagement.id, onlyId) : includeArchived ? undefined : eq(t.engagement.archived, false))
      .orderBy(desc(t.engagement.updatedAt))
      .all();
    return rows.map((r) => ({ ...r.engagement, outcomeCount: r.outcomeCount, behaviourCount: r.behaviourCount, causeCount: r.causeCount }));
  }

  summary(id: string): EngagementSummary | undefined {
    return this.listEngagements(true, id)[0];
  }

  detail(id: string): EngagementDetail | undefined {
    const engagement = this.engagement(id);
    if (!engagement) return undefined;
    // Each table read with its own typed query: the column types (enums, cells) come from the
    // schema, so the rows are the contract's record shapes without casts.
    return {
      engagement,
      outcomes: this.db.select().from(t.outcome).where(eq(t.outcome.engagementId, id)).orderBy(asc(t.outcome.order)).all(),
      audiences: this.db.select().from(t.audience).where(eq(t.audience.engagementId, id)).orderBy(asc(t.audience.order)).all(),
      behaviours: this.db
        .select()
        .from(t.behaviour)
        .where(eq(t.behaviour.engagementId, id))
        .orderBy(asc(t.behaviour.order))
        .all()
        .map((b) => ({ ...b, quickPath: quickPathState.parse(b.quickPath ?? {}) })),
      causes: this.db.select().from(t.cause).where(eq(t.cause.engagementId, id)).orderBy(asc(t.cause.order)).all(),
      evidence: this.db.select().from(t.evidence).where(eq(t.evidence.engagementId, id)).orderBy(asc(t.evidence.date)).all(),
      interventions: this.db
        .select()
        .from(t.intervention)
        .where(eq(t.intervention.engagementId, id))
        .orderBy(asc(t.intervention.order))
        .all(),
      links: this.db.select().from(t.interventionCause).where(eq(t.interventionCause.engagementId, id)).all(),
      measures: this.db.select().from(t.measure).where(eq(t.measure.engagementId, id)).orderBy(asc(t.measure.order)).all(),
      observations: this.db.select().from(t.observation).where(eq(t.observation.engagementId, id)).orderBy(asc(t.observation.date)).all(),
      benefits: this.db.select().from(t.benefit).where(eq(t.benefit.engagementId, id)).orderBy(asc(t.benefit.order)).all(),
      costs: this.db.select().from(t.cost).where(eq(t.cost.engagementId, id)).all(),
      intangibles: this.db.select().from(t.intangible).where(eq(t.intangible.engagementId, id)).orderBy(asc(t.intangible.order)).all(),
      mapPositions: this.db
        .select({ nodeKey: t.mapPosition.nodeKey, x: t.mapPosition.x, y: t.mapPosition.y })
        .from(t.mapPosition)
        .where(eq(t.mapPosition.engagementId, id))
        .all(),
      history: this.history.state(id),
    };
  }
}
