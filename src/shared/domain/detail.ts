import { z } from 'zod';
import { engagement } from './engagement';
import { outcome } from './outcome';
import { audience, behaviour } from './performance';
import { cause, evidence } from './causes';
import { intervention, interventionLink } from './intervention';
import { measure } from './measure';
import { driver } from './driver';
import { benefit } from './evaluation/benefit';
import { cost, intangible } from './evaluation/results';
import { id } from './common';
import { assessment, capability, learningNeed, requirement } from './capability/records';
import { cultureCheck, cultureResponse } from './culture/records';

/** Where the open engagement stands in its undo history. */
export const historyState = z.object({
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  undoLabel: z.string().nullable(),
  redoLabel: z.string().nullable(),
});
export type HistoryState = z.infer<typeof historyState>;

/** One data point of a measure. */
export const observation = z.object({
  id,
  engagementId: id,
  measureId: id,
  date: z.string(),
  value: z.number(),
  cohort: z.enum(['all', 'treatment', 'control']),
});
export type Observation = z.infer<typeof observation>;

/** Everything in one engagement (reports and exports read it; the renderer holds it without observations: see openEngagement). */
export const engagementDetail = z.object({
  engagement,
  outcomes: z.array(outcome),
  audiences: z.array(audience),
  behaviours: z.array(behaviour),
  /** Required drivers of the behaviours (New World Kirkpatrick). */
  drivers: z.array(driver),
  causes: z.array(cause),
  evidence: z.array(evidence),
  interventions: z.array(intervention),
  links: z.array(interventionLink),
  measures: z.array(measure),
  observations: z.array(observation),
  benefits: z.array(benefit),
  costs: z.array(cost),
  intangibles: z.array(intangible),
  /** The capability framework: capabilities, what each role requires, assessed levels, learning needs. */
  capabilities: z.array(capability),
  requirements: z.array(requirement),
  assessments: z.array(assessment),
  learningNeeds: z.array(learningNeed),
  /** The seven-levers culture checks and their answers. */
  cultureChecks: z.array(cultureCheck),
  cultureResponses: z.array(cultureResponse),
  /** Where the user put map nodes by hand; the rest are laid out automatically. */
  mapPositions: z.array(z.object({ nodeKey: z.string(), x: z.number(), y: z.number() })),
  history: historyState,
});
export type EngagementDetail = z.infer<typeof engagementDetail>;
