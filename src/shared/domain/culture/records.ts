import { z } from 'zod';
import { id, isoDate, numberIn, shortText } from '../common';

/**
 * The records of the seven-levers performance-culture check (PRODUCT.md section 10): a check with
 * its respondent groups and targets, and the answers to it. The statements' wording and the
 * levers' suggested actions are content (content/cultureLevers.ts); here are their ids.
 */
export const leverIds = ['leaders', 'expectations', 'data', 'flow', 'managers', 'performance', 'safety'] as const;
export type LeverId = (typeof leverIds)[number];
/** The levers' names, in the domain so its sentences can name them; the rest of their wording is content. */
export const leverNames: Record<LeverId, string> = {
  leaders: 'Leaders and strategy',
  expectations: 'Clear expectations',
  data: 'Data and insight',
  flow: 'Learning in the flow of work',
  managers: 'Managers own development',
  performance: 'Performance over attendance',
  safety: 'Safety and feedback',
};
export const lever = z.enum(leverIds, { message: 'Choose one of the seven levers.' });
/** Three statements per lever: "leaders.1" … "safety.3". */
export const STATEMENTS_PER_LEVER = 3;
export const statementIds = leverIds.flatMap((l) => Array.from({ length: STATEMENTS_PER_LEVER }, (_, i) => `${l}.${i + 1}`));
export const statementId = z.enum(statementIds as [string, ...string[]], { message: 'That is not one of the check’s statements.' });
export const leverOfStatement = (statement: string) => statement.split('.')[0] as LeverId;

/** Ratings run from 1 (strongly disagree) to 5 (strongly agree). */
export const RATING_MIN = 1;
export const RATING_MAX = 5;
export const DEFAULT_TARGET = 4;
export const defaultCultureGroups = ['Leaders', 'Managers', 'Staff', 'L&D'];

const rating = numberIn(RATING_MIN, RATING_MAX, { whole: true, noun: 'a rating' });
const groupName = shortText(60).min(1, { message: 'Give the group a name.' });

// The check ---------------------------------------------------------------------------------
const checkShape = {
  name: shortText(120),
  heldOn: isoDate.nullable(),
  groups: z
    .array(groupName)
    .min(1, { message: 'Keep at least one respondent group.' })
    .max(12, { message: 'Use at most 12 respondent groups.' })
    .refine((g) => new Set(g.map((n) => n.toLowerCase())).size === g.length, { message: 'Give each group a different name.' }),
  /** A target per lever, 1-5; a lever not listed has the default target of 4. */
  targets: z.partialRecord(lever, numberIn(RATING_MIN, RATING_MAX, { noun: 'a target' })),
};
export const cultureCheckFields = z.strictObject(checkShape);
export const cultureCheckPatch = cultureCheckFields.partial();
export type CultureCheckFields = z.infer<typeof cultureCheckFields>;
export type CultureCheckPatch = z.infer<typeof cultureCheckPatch>;
export const cultureCheck = z.object({ id, engagementId: id, order: z.number(), ...checkShape });
export type CultureCheck = z.infer<typeof cultureCheck>;
export const targetOf = (check: Pick<CultureCheck, 'targets'>, l: LeverId) => check.targets[l] ?? DEFAULT_TARGET;

// The answers ---------------------------------------------------------------------------------
/** One respondent: a rating per statement answered (a statement left out was skipped). */
export const personAnswers = z.partialRecord(statementId, rating);
/** A group's totals: per statement, how many respondents chose 1, 2, 3, 4 and 5. */
export const totalsAnswers = z.partialRecord(statementId, z.tuple([count(), count(), count(), count(), count()]));
function count() {
  return numberIn(0, 100_000, { whole: true, noun: 'a count' });
}
export type CultureAnswers = z.infer<typeof personAnswers> | z.infer<typeof totalsAnswers>;

export const cultureSources = ['typed', 'import', 'workshop'] as const;
const responseBase = {
  group: groupName,
  /** An anonymous respondent label, never a name; empty for group totals. */
  respondent: shortText(40),
  source: z.enum(cultureSources),
};
export const cultureResponseFields = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('person'), ...responseBase, answers: personAnswers }),
  z.strictObject({ kind: z.literal('totals'), ...responseBase, answers: totalsAnswers }),
]);
export type CultureResponseFields = z.infer<typeof cultureResponseFields>;
const responseRecord = { id, engagementId: id, checkId: id };
export const cultureResponse = z.discriminatedUnion('kind', [
  z.object({ ...responseRecord, kind: z.literal('person'), ...responseBase, answers: personAnswers }),
  z.object({ ...responseRecord, kind: z.literal('totals'), ...responseBase, answers: totalsAnswers }),
]);
export type CultureResponse = z.infer<typeof cultureResponse>;
/** The most responses one import takes. */
export const CULTURE_IMPORT_MAX = 10_000;
