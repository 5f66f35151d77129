import { z } from 'zod';
import { id, isoDate, longText, numberIn, shortText } from '../common';

/**
 * The records of the capability analysis (PRODUCT.md section 9): the framework (capabilities, the
 * proficiency scale, what each role requires), assessments, learning needs and transfer designs.
 */

// The proficiency scale ---------------------------------------------------------------------
/** The lowest and highest level any scale has: 0 (none) to 5 (expert) by default. */
export const SCALE_MIN = 0;
export const SCALE_MAX = 5;
const level = numberIn(SCALE_MIN, SCALE_MAX, { whole: true, noun: 'a level' });

export const scaleLevel = z.strictObject({
  level,
  name: shortText(40).min(1, { message: 'Give the level a name.' }),
  anchor: longText(300),
});
export type ScaleLevel = z.infer<typeof scaleLevel>;
/** A framework's scale: one entry per level from 0 to 5, in order. */
export const capabilityScale = z
  .array(scaleLevel)
  .length(SCALE_MAX - SCALE_MIN + 1, { message: 'Keep one entry for each level from 0 to 5.' })
  .refine((levels) => levels.every((l, i) => l.level === SCALE_MIN + i), { message: 'Keep the levels in order from 0 to 5.' });

/** CONTENT.md section 10: the default scale, each level anchored in what a person does. */
export const defaultCapabilityScale: ScaleLevel[] = [
  { level: 0, name: 'None', anchor: 'Has not done it.' },
  { level: 1, name: 'Awareness', anchor: 'Knows what it is and when it applies.' },
  { level: 2, name: 'Beginner', anchor: 'Does it with help or a job aid.' },
  { level: 3, name: 'Competent', anchor: 'Does it alone in normal conditions.' },
  { level: 4, name: 'Proficient', anchor: 'Does it well under pressure and in unusual cases.' },
  { level: 5, name: 'Expert', anchor: 'Improves the practice and coaches others.' },
];
/** The scale an engagement uses: its own, or the default. */
export const scaleOf = (engagement: { capabilityScale: ScaleLevel[] | null }) => engagement.capabilityScale ?? defaultCapabilityScale;

// Capabilities --------------------------------------------------------------------------------
export const capabilityKinds = ['skill', 'knowledge', 'behaviour', 'tool'] as const;
export type CapabilityKind = (typeof capabilityKinds)[number];
export const capabilityKindLabels: Record<CapabilityKind, string> = {
  skill: 'Skill',
  knowledge: 'Knowledge',
  behaviour: 'Behaviour',
  tool: 'Tool',
};

const capabilityShape = {
  name: shortText(160),
  kind: z.enum(capabilityKinds, { message: 'Choose skill, knowledge, behaviour or tool.' }),
  description: longText(1000),
  /** The behaviours that depend on it. */
  behaviourIds: z.array(id).max(500),
  /** The learning-gap causes it explains. */
  causeIds: z.array(id).max(500),
};
export const capabilityFields = z.strictObject(capabilityShape);
export const capabilityPatch = capabilityFields.partial();
export type CapabilityFields = z.infer<typeof capabilityFields>;
export type CapabilityPatch = z.infer<typeof capabilityPatch>;
export const capability = z.object({ id, engagementId: id, order: z.number(), ...capabilityShape });
export type Capability = z.infer<typeof capability>;

// What a role requires ------------------------------------------------------------------------
const requirementShape = {
  required: level,
  importance: numberIn(1, 5, { whole: true }),
  /** The typical current level entered by hand (may be a half level); null: not estimated. */
  typical: numberIn(SCALE_MIN, SCALE_MAX, { noun: 'a level' }).nullable(),
  /** The spread entered by hand: the lowest and highest levels most people are at. */
  low: level.nullable(),
  high: level.nullable(),
};
const spreadInOrder = (v: { low?: number | null; high?: number | null }) => v.low == null || v.high == null || v.low <= v.high;
const spreadMessage = { message: 'Make the lowest level no higher than the highest.', path: ['high'] };
export const requirementFields = z.strictObject(requirementShape).refine(spreadInOrder, spreadMessage);
/** A partial edit; the service re-checks the spread against the stored values. */
export const requirementPatch = z.strictObject(requirementShape).partial();
export type RequirementFields = z.infer<typeof requirementFields>;
export type RequirementPatch = z.infer<typeof requirementPatch>;
export const requirement = z.object({ id, engagementId: id, capabilityId: id, audienceId: id, ...requirementShape });
export type Requirement = z.infer<typeof requirement>;
export { spreadInOrder };

// Assessments ---------------------------------------------------------------------------------
export const assessmentSources = ['self', 'manager', 'test', 'observation'] as const;
export type AssessmentSource = (typeof assessmentSources)[number];
export const assessmentSourceLabels: Record<AssessmentSource, string> = {
  self: 'Self',
  manager: 'Manager',
  test: 'Test',
  observation: 'Observation',
};
/** An anonymous person id: letters, digits and a few separators, never a name with spaces. */
export const personId = z
  .string()
  .trim()
  .min(1, { message: 'Give each person an anonymous id, such as P-0042.' })
  .max(40, { message: 'Keep person ids under 40 characters.' })
  .regex(/^[A-Za-z0-9][A-Za-z0-9._#:-]*$/, { message: 'Use an anonymous id such as P-0042 (letters, digits, dashes), not a name.' });

const assessmentShape = {
  capabilityId: id,
  audienceId: id,
  person: personId,
  level,
  source: z.enum(assessmentSources, { message: 'Choose self, manager, test or observation.' }),
  date: isoDate,
  /** The re-assessment measure it was recorded under; null: the first assessment. */
  measureId: id.nullable(),
};
export const assessmentFields = z.strictObject(assessmentShape);
export type AssessmentFields = z.infer<typeof assessmentFields>;
export const assessment = z.object({ id, engagementId: id, ...assessmentShape });
export type Assessment = z.infer<typeof assessment>;
/** The most assessment rows one import takes. */
export const ASSESSMENT_IMPORT_MAX = 20_000;

// Learning needs --------------------------------------------------------------------------------
const learningNeedShape = {
  capabilityId: id,
  audienceId: id,
  behaviourId: id.nullable(),
  /** The learning that closes the gap. */
  interventionId: id.nullable(),
  /** The learning objective in observable terms: what the learner does, in what conditions, to what standard. */
  action: longText(300),
  condition: longText(300),
  standard: longText(300),
  owner: shortText(120),
  startDate: isoDate.nullable(),
  dueDate: isoDate.nullable(),
};
const needDatesInOrder = (v: { startDate?: string | null; dueDate?: string | null }) =>
  !v.startDate || !v.dueDate || v.startDate <= v.dueDate;
const needDatesMessage = { message: 'Choose a due date on or after the start date.', path: ['dueDate'] };
export const learningNeedFields = z.strictObject(learningNeedShape).refine(needDatesInOrder, needDatesMessage);
/** A partial edit; the service re-checks the dates against the stored values. */
export const learningNeedPatch = z.strictObject(learningNeedShape).partial();
export type LearningNeedFields = z.infer<typeof learningNeedFields>;
export type LearningNeedPatch = z.infer<typeof learningNeedPatch>;
export const learningNeed = z.object({ id, engagementId: id, order: z.number(), ...learningNeedShape });
export type LearningNeed = z.infer<typeof learningNeed>;
export { needDatesInOrder };

// Transfer design -------------------------------------------------------------------------------
/** CONTENT/PRODUCT section 9: what makes learning stick, in three phases. */
export const transferPhases = ['acquisition', 'retention', 'transfer'] as const;
export type TransferPhase = (typeof transferPhases)[number];
export const transferSupports = {
  bite_size: { phase: 'acquisition', label: 'Bite-size content' },
  performance_support: { phase: 'acquisition', label: 'Performance support' },
  retrieval_practice: { phase: 'retention', label: 'Retrieval practice' },
  spaced_repetition: { phase: 'retention', label: 'Spaced repetition' },
  reinforcement: { phase: 'retention', label: 'Reinforcement' },
  realistic_practice: { phase: 'transfer', label: 'Practice in realistic conditions' },
  on_the_job: { phase: 'transfer', label: 'On-the-job application' },
  nudges: { phase: 'transfer', label: 'Nudges' },
  manager_coaching: { phase: 'transfer', label: 'Manager coaching' },
  feedback: { phase: 'transfer', label: 'Feedback' },
} as const satisfies Record<string, { phase: TransferPhase; label: string }>;
export type TransferSupport = keyof typeof transferSupports;
export const transferSupportIds = Object.keys(transferSupports) as TransferSupport[];
export const transferDesign = z.strictObject({
  supports: z
    .array(z.enum(transferSupportIds as [TransferSupport, ...TransferSupport[]], { message: 'Choose from the supports offered.' }))
    .max(20),
  note: longText(1000),
});
export type TransferDesign = z.infer<typeof transferDesign>;
