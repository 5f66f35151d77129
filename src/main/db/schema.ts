import { sql } from 'drizzle-orm';
import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { QuickPathState } from '../../shared/domain/quickPath';
import type { BenefitFields } from '../../shared/domain/evaluation/benefit';
import type { BemCell } from '../../shared/domain/causes';
import type { InterventionKind } from '../../shared/domain/intervention';
import type { CostCategory } from '../../shared/domain/evaluation/roi';
import type { ScaleLevel, TransferDesign } from '../../shared/domain/capability/records';
import type { CultureAnswers, LeverId } from '../../shared/domain/culture/records';

/**
 * The library database: every engagement and everything in it. Every child row carries its
 * engagement_id so duplication, export and deletion work on one key. Deleting a parent cascades;
 * the undo log snapshots what a delete removes before it runs.
 */
const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;
const engagementRef = () =>
  text('engagement_id')
    .notNull()
    .references(() => engagement.id, { onDelete: 'cascade' });

export const engagement = sqliteTable('engagement', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  client: text('client').notNull().default(''),
  sponsor: text('sponsor').notNull().default(''),
  consultant: text('consultant').notNull().default(''),
  startDate: text('start_date'),
  endDate: text('end_date'),
  confidential: integer('confidential', { mode: 'boolean' }).notNull().default(true),
  status: text('status', { enum: ['scoping', 'diagnosing', 'implementing', 'evaluating', 'closed'] })
    .notNull()
    .default('scoping'),
  weightScale: text('weight_scale', { enum: ['points', 'percent'] })
    .notNull()
    .default('points'),
  /** ISO 4217 code shown with every amount; pounds sterling, the demo's, unless chosen. */
  currency: text('currency').notNull().default('GBP'),
  /** One conservative adjustment for every benefit: the share of each benefit counted (1 = all, 0.5 = halve every benefit). */
  benefitAdjustment: real('benefit_adjustment').notNull().default(1),
  /** The capability framework's proficiency scale (level names and anchors); null: the default 0-5 scale. */
  capabilityScale: text('capability_scale', { mode: 'json' }).$type<ScaleLevel[]>(),
  archived: integer('archived', { mode: 'boolean' }).notNull().default(false),
  isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
  createdAt: text('created_at').notNull().default(now),
  updatedAt: text('updated_at').notNull().default(now),
});

export const outcome = sqliteTable(
  'outcome',
  {
    id: text('id').primaryKey(),
    engagementId: engagementRef(),
    order: real('order').notNull().default(0),
    kpiName: text('kpi_name').notNull().default(''),
    unit: text('unit').notNull().default(''),
    direction: text('direction', { enum: ['increase', 'decrease'] })
      .notNull()
      .default('increase'),
    baselineValue: real('baseline_value'),
    baselineDate: text('baseline_date'),
    targetValue: real('target_value'),
    targetDate: text('target_date'),
    dataSource: text('data_source').notNull().default(''),
    owner: text('owner').notNull().default(''),
  },
  (t) => [index('outcome_engagement').on(t.engagementId)],
);

export const audience = sqliteTable(
  'audience',
  {
    id: text('id').primaryKey(),
    engagementId: engagementRef(),
    order: real('order').notNull().default(0),
    role: text('role').notNull().default(''),
    headcount: integer('headcount'),
    /** Learning-needs analysis: what the learners themselves need and expect (survey or interview notes). */
    learnerNeeds: text('learner_needs').notNull().default(''),
  },
  (t) => [index('audience_engagement').on(t.engagementId)],
);

export const behaviour = sqliteTable(
  'behaviour',
  {
    id: text('id').primaryKey(),
    engagementId: engagementRef(),
    outcomeId: text('outcome_id')
      .notNull()
      .references(() => outcome.id, { onDelete: 'cascade' }),
    audienceId: text('audience_id').references(() => audience.id, { onDelete: 'set null' }),
    order: real('order').notNull().default(0),
    text: text('text').notNull().default(''),
    desired: text('desired').notNull().default(''),
    actual: text('actual').notNull().default(''),
    impact: integer('impact').notNull().default(3),
    gapSize: integer('gap_size').notNull().default(3),
    parked: integer('parked', { mode: 'boolean' }).notNull().default(false),
    parkNote: text('park_note').notNull().default(''),
    /** The quick-path questionnaire's answers and decisions, as JSON (see domain/quickPath). */
    quickPath: text('quick_path', { mode: 'json' })
      .$type<QuickPathState>()
      .notNull()
      .default(sql`'{}'`),
  },
  (t) => [index('behaviour_outcome').on(t.outcomeId), index('behaviour_engagement').on(t.engagementId)],
);

export const cause = sqliteTable(
  'cause',
  {
    id: text('id').primaryKey(),
    engagementId: engagementRef(),
    behaviourId: text('behaviour_id')
      .notNull()
      .references(() => behaviour.id, { onDelete: 'cascade' }),
    order: real('order').notNull().default(0),
    text: text('text').notNull().default(''),
    cell: integer('cell').$type<BemCell>().notNull(),
    weight: real('weight').notNull().default(3),
    votes: integer('votes'),
    evidenceState: text('evidence_state', { enum: ['hypothesis', 'supported', 'confirmed', 'ruled_out'] })
      .notNull()
      .default('hypothesis'),
    raisedBy: text('raised_by').notNull().default(''),
  },
  (t) => [index('cause_behaviour').on(t.behaviourId), index('cause_engagement').on(t.engagementId)],
);

export const evidence = sqliteTable(
  'evidence',
  {
    id: text('id').primaryKey(),
    engagementId: engagementRef(),
    causeId: text('cause_id')
      .notNull()
      .references(() => cause.id, { onDelete: 'cascade' }),
    source: text('source', { enum: ['interview', 'data', 'observation', 'survey', 'document', 'workshop'] }).notNull(),
    date: text('date'),
    note: text('note').notNull().default(''),
    strength: text('strength', { enum: ['weak', 'moderate', 'strong'] })
      .notNull()
      .default('moderate'),
    person: text('person').notNull().default(''),
    confidential: integer('confidential', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [index('evidence_cause').on(t.causeId), index('evidence_engagement').on(t.engagementId)],
);

export const intervention = sqliteTable(
  'intervention',
  {
    id: text('id').primaryKey(),
    engagementId: engagementRef(),
    order: real('order').notNull().default(0),
    name: text('name').notNull().default(''),
    catalogueKey: text('catalogue_key'),
    kind: text('kind').$type<InterventionKind>().notNull().default('other'),
    /** The BEM cells it addresses, when the user chose them; null: implied by its catalogue entry or kind. */
    cells: text('cells', { mode: 'json' }).$type<BemCell[]>(),
    description: text('description').notNull().default(''),
    owner: text('owner').notNull().default(''),
    effort: integer('effort'),
    startDate: text('start_date'),
    endDate: text('end_date'),
    status: text('status', { enum: ['proposed', 'planned', 'in_progress', 'done', 'dropped'] })
      .notNull()
      .default('proposed'),
    expectedEffect: text('expected_effect').notNull().default(''),
    /** A learning intervention's transfer design (acquisition, retention, transfer supports); null: none recorded. */
    transfer: text('transfer', { mode: 'json' }).$type<TransferDesign>(),
    /** The culture-check lever whose suggested action this is; null: not from the check. */
    lever: text('lever').$type<LeverId>(),
  },
  (t) => [index('intervention_engagement').on(t.engagementId)],
);

/** An intervention can serve several causes; a cause can have several interventions. */
export const interventionCause = sqliteTable(
  'intervention_cause',
  {
    id: text('id').primaryKey(),
    engagementId: engagementRef(),
    interventionId: text('intervention_id')
      .notNull()
      .references(() => intervention.id, { onDelete: 'cascade' }),
    causeId: text('cause_id')
      .notNull()
      .references(() => cause.id, { onDelete: 'cascade' }),
  },
  (t) => [uniqueIndex('intervention_cause_pair').on(t.interventionId, t.causeId), index('intervention_cause_cause').on(t.causeId)],
);

export const measure = sqliteTable(
  'measure',
  {
    id: text('id').primaryKey(),
    engagementId: engagementRef(),
    outcomeId: text('outcome_id').references(() => outcome.id, { onDelete: 'cascade' }),
    interventionId: text('intervention_id').references(() => intervention.id, { onDelete: 'cascade' }),
    order: real('order').notNull().default(0),
    name: text('name').notNull().default(''),
    unit: text('unit').notNull().default(''),
    level: integer('level').notNull().default(4),
    ltemTier: integer('ltem_tier'),
    leading: integer('leading', { mode: 'boolean' }).notNull().default(false),
    method: text('method').notNull().default(''),
    dataSource: text('data_source').notNull().default(''),
    owner: text('owner').notNull().default(''),
    timing: text('timing').notNull().default(''),
    baseline: real('baseline'),
    target: real('target'),
    /** The objective this measure checks (Phillips sets one at every level: reaction, learning, application, impact, ROI). */
    objective: text('objective').notNull().default(''),
  },
  (t) => [index('measure_engagement').on(t.engagementId)],
);

/**
 * New World Kirkpatrick's required drivers: the processes that reinforce, encourage, reward and
 * monitor one critical behaviour, each with an owner and a status.
 */
export const driver = sqliteTable(
  'driver',
  {
    id: text('id').primaryKey(),
    engagementId: engagementRef(),
    behaviourId: text('behaviour_id')
      .notNull()
      .references(() => behaviour.id, { onDelete: 'cascade' }),
    order: real('order').notNull().default(0),
    kind: text('kind', { enum: ['reinforce', 'encourage', 'reward', 'monitor'] }).notNull(),
    text: text('text').notNull().default(''),
    owner: text('owner').notNull().default(''),
    status: text('status', { enum: ['not_started', 'planned', 'in_place'] })
      .notNull()
      .default('not_started'),
    /** The culture-check lever whose suggested action this is; null: not from the check. */
    lever: text('lever').$type<LeverId>(),
  },
  (t) => [index('driver_engagement').on(t.engagementId), index('driver_behaviour').on(t.behaviourId)],
);

export const observation = sqliteTable(
  'observation',
  {
    id: text('id').primaryKey(),
    engagementId: engagementRef(),
    measureId: text('measure_id')
      .notNull()
      .references(() => measure.id, { onDelete: 'cascade' }),
    date: text('date').notNull(),
    value: real('value').notNull(),
    cohort: text('cohort', { enum: ['all', 'treatment', 'control'] })
      .notNull()
      .default('all'),
  },
  (t) => [index('observation_measure').on(t.measureId, t.date)],
);

/** An ROI cost line: what the programme cost, by category. */
export const cost = sqliteTable(
  'cost',
  {
    id: text('id').primaryKey(),
    engagementId: engagementRef(),
    interventionId: text('intervention_id').references(() => intervention.id, { onDelete: 'set null' }),
    category: text('category').$type<CostCategory>().notNull(),
    description: text('description').notNull().default(''),
    amount: real('amount').notNull().default(0),
  },
  (t) => [index('cost_engagement').on(t.engagementId)],
);

/** A monetary benefit: an isolated effect converted to money (or time saved), with its reasoning. */
export const benefit = sqliteTable(
  'benefit',
  {
    id: text('id').primaryKey(),
    engagementId: engagementRef(),
    measureId: text('measure_id').references(() => measure.id, { onDelete: 'set null' }),
    order: real('order').notNull().default(0),
    name: text('name').notNull().default(''),
    kind: text('kind', { enum: ['effect', 'time'] })
      .notNull()
      .default('effect'),
    isolation: text('isolation', { mode: 'json' }).$type<BenefitFields['isolation']>().notNull(),
    conversion: text('conversion', { mode: 'json' }).$type<BenefitFields['conversion']>().notNull(),
    timeSaved: text('time_saved', { mode: 'json' }).$type<BenefitFields['timeSaved']>(),
    years: real('years').notNull().default(1),
    justification: text('justification').notNull().default(''),
  },
  (t) => [index('benefit_engagement').on(t.engagementId)],
);

/** Benefits listed but not converted to money (Phillips: intangibles are reported, not monetised). */
export const intangible = sqliteTable(
  'intangible',
  {
    id: text('id').primaryKey(),
    engagementId: engagementRef(),
    order: real('order').notNull().default(0),
    text: text('text').notNull().default(''),
    note: text('note').notNull().default(''),
  },
  (t) => [index('intangible_engagement').on(t.engagementId)],
);

/**
 * A capability of the engagement's framework (skill, knowledge, behaviour or tool), linked to the
 * behaviours that depend on it and the learning-gap causes it explains (ids; unknown ids are ignored).
 */
export const capability = sqliteTable(
  'capability',
  {
    id: text('id').primaryKey(),
    engagementId: engagementRef(),
    order: real('order').notNull().default(0),
    name: text('name').notNull().default(''),
    kind: text('kind', { enum: ['skill', 'knowledge', 'behaviour', 'tool'] })
      .notNull()
      .default('skill'),
    description: text('description').notNull().default(''),
    behaviourIds: text('behaviour_ids', { mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    causeIds: text('cause_ids', { mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
  },
  (t) => [index('capability_engagement').on(t.engagementId)],
);

/**
 * What one role needs of one capability: the required level, its importance, and the current level
 * entered by hand (a typical level and a spread) when no assessments were imported.
 */
export const requirement = sqliteTable(
  'requirement',
  {
    id: text('id').primaryKey(),
    engagementId: engagementRef(),
    capabilityId: text('capability_id')
      .notNull()
      .references(() => capability.id, { onDelete: 'cascade' }),
    audienceId: text('audience_id')
      .notNull()
      .references(() => audience.id, { onDelete: 'cascade' }),
    required: integer('required').notNull().default(3),
    importance: integer('importance').notNull().default(3),
    typical: real('typical'),
    low: integer('low'),
    high: integer('high'),
  },
  (t) => [uniqueIndex('requirement_pair').on(t.capabilityId, t.audienceId), index('requirement_engagement').on(t.engagementId)],
);

/**
 * One person's assessed level of one capability (anonymous person id, never a name). A re-assessment
 * belongs to the measure that records it; the first assessment belongs to none.
 */
export const assessment = sqliteTable(
  'assessment',
  {
    id: text('id').primaryKey(),
    engagementId: engagementRef(),
    capabilityId: text('capability_id')
      .notNull()
      .references(() => capability.id, { onDelete: 'cascade' }),
    audienceId: text('audience_id')
      .notNull()
      .references(() => audience.id, { onDelete: 'cascade' }),
    person: text('person').notNull(),
    level: integer('level').notNull(),
    source: text('source', { enum: ['self', 'manager', 'test', 'observation'] }).notNull(),
    date: text('date').notNull(),
    measureId: text('measure_id').references(() => measure.id, { onDelete: 'cascade' }),
  },
  (t) => [index('assessment_engagement').on(t.engagementId), index('assessment_capability').on(t.capabilityId)],
);

/** A priority gap turned into learning: an objective in observable terms, the learning that closes it, owner and dates. */
export const learningNeed = sqliteTable(
  'learning_need',
  {
    id: text('id').primaryKey(),
    engagementId: engagementRef(),
    order: real('order').notNull().default(0),
    capabilityId: text('capability_id')
      .notNull()
      .references(() => capability.id, { onDelete: 'cascade' }),
    audienceId: text('audience_id')
      .notNull()
      .references(() => audience.id, { onDelete: 'cascade' }),
    behaviourId: text('behaviour_id').references(() => behaviour.id, { onDelete: 'set null' }),
    interventionId: text('intervention_id').references(() => intervention.id, { onDelete: 'set null' }),
    action: text('action').notNull().default(''),
    condition: text('condition').notNull().default(''),
    standard: text('standard').notNull().default(''),
    owner: text('owner').notNull().default(''),
    startDate: text('start_date'),
    dueDate: text('due_date'),
  },
  (t) => [index('learning_need_engagement').on(t.engagementId)],
);

/** One run of the seven-levers performance-culture check: its respondent groups and a target per lever. */
export const cultureCheck = sqliteTable(
  'culture_check',
  {
    id: text('id').primaryKey(),
    engagementId: engagementRef(),
    order: real('order').notNull().default(0),
    name: text('name').notNull().default(''),
    heldOn: text('held_on'),
    groups: text('groups', { mode: 'json' }).$type<string[]>().notNull(),
    targets: text('targets', { mode: 'json' })
      .$type<Partial<Record<LeverId, number>>>()
      .notNull()
      .default(sql`'{}'`),
  },
  (t) => [index('culture_check_engagement').on(t.engagementId)],
);

/**
 * Answers to one check: one anonymous respondent's ratings (kind person), or a group's totals typed
 * from a show of hands or a survey summary (kind totals: per statement, how many chose 1..5).
 */
export const cultureResponse = sqliteTable(
  'culture_response',
  {
    id: text('id').primaryKey(),
    engagementId: engagementRef(),
    checkId: text('check_id')
      .notNull()
      .references(() => cultureCheck.id, { onDelete: 'cascade' }),
    group: text('group').notNull(),
    respondent: text('respondent').notNull().default(''),
    kind: text('kind', { enum: ['person', 'totals'] })
      .notNull()
      .default('person'),
    answers: text('answers', { mode: 'json' }).$type<CultureAnswers>().notNull(),
    source: text('source', { enum: ['typed', 'import', 'workshop'] })
      .notNull()
      .default('typed'),
  },
  (t) => [index('culture_response_check').on(t.checkId), index('culture_response_engagement').on(t.engagementId)],
);

/** Where the user dragged a map node; node_key is "<kind>:<record id>". */
export const mapPosition = sqliteTable(
  'map_position',
  {
    id: text('id').primaryKey(),
    engagementId: engagementRef(),
    nodeKey: text('node_key').notNull(),
    x: real('x').notNull(),
    y: real('y').notNull(),
  },
  (t) => [uniqueIndex('map_position_node').on(t.engagementId, t.nodeKey)],
);

/**
 * Undo lives with the data: each user action writes its forward operations here in the same
 * transaction as the edit; undo applies their inverse. `undone` entries are the redo stack.
 */
export const undoEntry = sqliteTable(
  'undo_entry',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    engagementId: engagementRef(),
    label: text('label').notNull(),
    ops: text('ops').notNull(),
    undone: integer('undone', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull().default(now),
    /** The row shape the ops were written in (ROW_SHAPE in history.ts); 0 = unknown, before stamping. */
    shape: integer('shape').notNull().default(0),
  },
  (t) => [index('undo_entry_engagement').on(t.engagementId, t.seq)],
);

/**
 * Templates the user saved from an engagement: its structure and wording only (outcomes without
 * figures, behaviours, causes, interventions, measures), never client data, names, evidence or
 * observations. Not part of any engagement; the built-in templates live in shared/content.
 */
export const template = sqliteTable('template', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  content: text('content', { mode: 'json' }).$type<unknown>().notNull(),
  createdAt: text('created_at').notNull().default(now),
});
