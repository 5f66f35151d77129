import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import {
  keyOf,
  quickPathState,
  recordKinds,
  type Change,
  type EngagementDetail,
  type EngagementSummary,
  type OpenEngagement,
  type RecordKind,
  type RecordOf,
  type CultureResponse,
} from '../../shared/domain';
import { Edit, History, type Dropped } from './history';
import type { Library } from './open';
import { ident, RowOps, SchemaGraph, type Op } from './rowOps';
import * as t from './schema';
import type * as schemaTables from './schema';
import { editableTables, type RowOf, type TableName } from './tables';
import { TemplateStore } from './templates';

/** Which kind of record (its key in the engagement detail) each table's rows are; the engagement row travels on its own. */
const kindOfTable: Record<Exclude<TableName, 'engagement'>, RecordKind> = {
  outcome: 'outcomes',
  audience: 'audiences',
  behaviour: 'behaviours',
  driver: 'drivers',
  cause: 'causes',
  evidence: 'evidence',
  intervention: 'interventions',
  intervention_cause: 'links',
  measure: 'measures',
  observation: 'observations',
  benefit: 'benefits',
  cost: 'costs',
  intangible: 'intangibles',
  capability: 'capabilities',
  requirement: 'requirements',
  assessment: 'assessments',
  learning_need: 'learningNeeds',
  culture_check: 'cultureChecks',
  culture_response: 'cultureResponses',
  map_position: 'mapPositions',
};
const isKindTable = (table: string): table is keyof typeof kindOfTable => Object.hasOwn(kindOfTable, table);

/** Which rows of a kind to read: a whole engagement, or some records of it by key (id; node key for map positions). */
type Scope = { engagementId: string; keys?: string[] };

/** More keys than SQLite takes as parameters in one statement are read in slices. */
const KEY_SLICE = 500;

/**
 * The services' one door to the database: reads, and writes that run as one transaction per
 * user action with their undo step recorded in the same transaction.
 */
export class Store {
  private readonly rows: RowOps;
  private readonly history: History;
  /** Saved templates: library-wide, outside every engagement and its undo. */
  readonly templates: TemplateStore;

  constructor(readonly library: Library) {
    this.rows = new RowOps(library.sqlite, new SchemaGraph(library.sqlite));
    this.history = new History(library.sqlite, this.rows);
    this.templates = new TemplateStore(library);
  }

  private get db() {
    return this.library.db;
  }

  transaction<T>(fn: () => T): T {
    return this.library.sqlite.transaction(fn).immediate();
  }

  private act<T>(engagementId: string, label: string, fn: (edit: Edit) => T, undoable: boolean) {
    const edit = new Edit(this.rows);
    const result = fn(edit);
    if (undoable) this.history.save(engagementId, label, edit.ops);
    if (undoable && edit.ops.length > 0) this.touch(engagementId);
    return { result, ops: edit.ops };
  }

  /** Runs one undoable user action on an engagement. */
  edit<T>(engagementId: string, label: string, fn: (edit: Edit) => T, options: { undoable: boolean } = { undoable: true }): T {
    return this.transaction(() => this.act(engagementId, label, fn, options.undoable).result);
  }

  /**
   * Runs one undoable user action and answers with what it changed (see changeOf); a create
   * passes the id of the record it makes, and the answer carries it.
   */
  change(engagementId: string, label: string, fn: (edit: Edit) => void, created?: string): Change {
    return this.transaction(() => this.changeOf(engagementId, this.act(engagementId, label, fn, true).ops, created));
  }

  undo(engagementId: string) {
    return this.step(engagementId, 'undo');
  }

  redo(engagementId: string) {
    return this.step(engagementId, 'redo');
  }

  /** Undoes or redoes one step; answers with its label (or what was dropped, or null) and what it changed. */
  private step(engagementId: string, direction: 'undo' | 'redo'): { result: string | Dropped | null; change: Change } {
    return this.transaction(() => {
      const { result, ops } = direction === 'undo' ? this.history.undo(engagementId) : this.history.redo(engagementId);
      if (typeof result === 'string') this.touch(engagementId);
      return { result, change: this.changeOf(engagementId, ops) };
    });
  }

  /**
   * What a list of operations changed, as the renderer needs it: every record they touched is read
   * back as it now is (with the same typed query as the engagement detail), and the ones that are
   * gone are named by id (map positions by node key). The engagement row and the undo state come
   * too: every undoable action moves both.
   */
  changeOf(engagementId: string, ops: readonly Op[], id?: string): Change {
    const touched = new Map<RecordKind, Set<string>>();
    for (const op of ops) {
      if (!isKindTable(op.table)) continue;
      const kind = kindOfTable[op.table];
      const row = op.kind === 'update' ? this.rows.read(op.table, op.id) : op.row;
      const key = kind === 'mapPositions' ? row?.node_key : op.kind === 'update' ? op.id : row?.id;
      if (typeof key !== 'string') continue;
      let keys = touched.get(kind);
      if (!keys) touched.set(kind, (keys = new Set()));
      keys.add(key);
    }
    const upserted: Change['upserted'] = {};
    const deleted: Change['deleted'] = {};
    for (const kind of recordKinds) {
      const keys = touched.get(kind);
      if (!keys) continue;
      const rows = this.readKind(kind, { engagementId, keys: [...keys] });
      const found = new Set(rows.map((r) => keyOf(kind, r)));
      const gone = [...keys].filter((k) => !found.has(k));
      if (rows.length) (upserted as Record<string, unknown>)[kind] = rows;
      if (gone.length) deleted[kind] = gone;
    }
    const engagement = this.engagement(engagementId);
    if (!engagement) throw new Error(`engagement ${engagementId} not found`);
    return { engagementId, upserted, deleted, engagement, history: this.history.state(engagementId), ...(id ? { id } : {}) };
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
    tableName:
      | 'outcome'
      | 'audience'
      | 'behaviour'
      | 'driver'
      | 'cause'
      | 'intervention'
      | 'measure'
      | 'benefit'
      | 'intangible'
      | 'capability'
      | 'learning_need'
      | 'culture_check',
    engagementId: string,
  ) {
    const table = {
      outcome: t.outcome,
      audience: t.audience,
      behaviour: t.behaviour,
      driver: t.driver,
      cause: t.cause,
      intervention: t.intervention,
      measure: t.measure,
      benefit: t.benefit,
      intangible: t.intangible,
      capability: t.capability,
      learning_need: t.learningNeed,
      culture_check: t.cultureCheck,
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

  /**
   * One typed query per kind of record, shared by the engagement detail and the changes: the
   * column types (enums, cells) come from the schema, so the rows are the contract's record
   * shapes without casts. Lists come in the order the renderer shows them.
   */
  private readonly readers: { [K in RecordKind]: (where: (table: Keyed) => SQL | undefined) => RecordOf<K>[] } = {
    outcomes: (w) => this.db.select().from(t.outcome).where(w(t.outcome)).orderBy(asc(t.outcome.order)).all(),
    audiences: (w) => this.db.select().from(t.audience).where(w(t.audience)).orderBy(asc(t.audience.order)).all(),
    behaviours: (w) =>
      this.db
        .select()
        .from(t.behaviour)
        .where(w(t.behaviour))
        .orderBy(asc(t.behaviour.order))
        .all()
        .map((b) => ({ ...b, quickPath: quickPathState.parse(b.quickPath ?? {}) })),
    drivers: (w) => this.db.select().from(t.driver).where(w(t.driver)).orderBy(asc(t.driver.order)).all(),
    causes: (w) => this.db.select().from(t.cause).where(w(t.cause)).orderBy(asc(t.cause.order)).all(),
    evidence: (w) => this.db.select().from(t.evidence).where(w(t.evidence)).orderBy(asc(t.evidence.date)).all(),
    interventions: (w) => this.db.select().from(t.intervention).where(w(t.intervention)).orderBy(asc(t.intervention.order)).all(),
    links: (w) => this.db.select().from(t.interventionCause).where(w(t.interventionCause)).all(),
    measures: (w) => this.db.select().from(t.measure).where(w(t.measure)).orderBy(asc(t.measure.order)).all(),
    observations: (w) => this.db.select().from(t.observation).where(w(t.observation)).orderBy(asc(t.observation.date)).all(),
    benefits: (w) => this.db.select().from(t.benefit).where(w(t.benefit)).orderBy(asc(t.benefit.order)).all(),
    costs: (w) => this.db.select().from(t.cost).where(w(t.cost)).all(),
    intangibles: (w) => this.db.select().from(t.intangible).where(w(t.intangible)).orderBy(asc(t.intangible.order)).all(),
    capabilities: (w) => this.db.select().from(t.capability).where(w(t.capability)).orderBy(asc(t.capability.order)).all(),
    requirements: (w) => this.db.select().from(t.requirement).where(w(t.requirement)).all(),
    assessments: (w) => this.db.select().from(t.assessment).where(w(t.assessment)).orderBy(asc(t.assessment.date)).all(),
    learningNeeds: (w) => this.db.select().from(t.learningNeed).where(w(t.learningNeed)).orderBy(asc(t.learningNeed.order)).all(),
    cultureChecks: (w) => this.db.select().from(t.cultureCheck).where(w(t.cultureCheck)).orderBy(asc(t.cultureCheck.order)).all(),
    // The answers' shape follows the row's kind; the column was written through cultureResponseFields.
    cultureResponses: (w) => this.db.select().from(t.cultureResponse).where(w(t.cultureResponse)).all() as CultureResponse[],
    mapPositions: (w) =>
      this.db
        .select({ nodeKey: t.mapPosition.nodeKey, x: t.mapPosition.x, y: t.mapPosition.y })
        .from(t.mapPosition)
        .where(w({ id: t.mapPosition.nodeKey, engagementId: t.mapPosition.engagementId }))
        .all(),
  };

  /** The records of one kind in an engagement, all or those with the given keys. */
  readKind<K extends RecordKind>(kind: K, scope: Scope): RecordOf<K>[] {
    const read = this.readers[kind] as (where: (table: Keyed) => SQL | undefined) => RecordOf<K>[];
    const { engagementId, keys } = scope;
    if (!keys) return read((table) => eq(table.engagementId, engagementId));
    const out: RecordOf<K>[] = [];
    for (let i = 0; i < keys.length; i += KEY_SLICE) {
      const slice = keys.slice(i, i + KEY_SLICE);
      out.push(...read((table) => and(eq(table.engagementId, engagementId), inArray(table.id, slice))));
    }
    return out;
  }

  /** One measure's observations, by date. */
  observations(measureId: string) {
    return this.db.select().from(t.observation).where(eq(t.observation.measureId, measureId)).orderBy(asc(t.observation.date)).all();
  }

  /** Everything in an engagement (observations included: reports and exports read this). */
  detail(id: string): EngagementDetail | undefined {
    const engagement = this.engagement(id);
    if (!engagement) return undefined;
    const all = <K extends RecordKind>(kind: K) => this.readKind(kind, { engagementId: id });
    return {
      engagement,
      outcomes: all('outcomes'),
      audiences: all('audiences'),
      behaviours: all('behaviours'),
      drivers: all('drivers'),
      causes: all('causes'),
      evidence: all('evidence'),
      interventions: all('interventions'),
      links: all('links'),
      measures: all('measures'),
      observations: all('observations'),
      benefits: all('benefits'),
      costs: all('costs'),
      intangibles: all('intangibles'),
      capabilities: all('capabilities'),
      requirements: all('requirements'),
      assessments: all('assessments'),
      learningNeeds: all('learningNeeds'),
      cultureChecks: all('cultureChecks'),
      cultureResponses: all('cultureResponses'),
      mapPositions: all('mapPositions'),
      history: this.history.state(id),
    };
  }

  /** What the renderer opens: the engagement without its observations, which load per measure. */
  open(id: string): OpenEngagement | undefined {
    const engagement = this.engagement(id);
    if (!engagement) return undefined;
    const all = <K extends RecordKind>(kind: K) => this.readKind(kind, { engagementId: id });
    return {
      engagement,
      outcomes: all('outcomes'),
      audiences: all('audiences'),
      behaviours: all('behaviours'),
      drivers: all('drivers'),
      causes: all('causes'),
      evidence: all('evidence'),
      interventions: all('interventions'),
      links: all('links'),
      measures: all('measures'),
      benefits: all('benefits'),
      costs: all('costs'),
      intangibles: all('intangibles'),
      capabilities: all('capabilities'),
      requirements: all('requirements'),
      assessments: all('assessments'),
      learningNeeds: all('learningNeeds'),
      cultureChecks: all('cultureChecks'),
      cultureResponses: all('cultureResponses'),
      mapPositions: all('mapPositions'),
      history: this.history.state(id),
    };
  }
}

/** A table as the readers filter it: by id (node key for map positions) and engagement. */
type Keyed = { id: SQLiteColumn; engagementId: SQLiteColumn };
