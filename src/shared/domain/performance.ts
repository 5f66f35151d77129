import { z } from 'zod';
import { id, longText, numberIn, shortText } from './common';
import { quickPathState } from './quickPath';

/** The Performance step: who (audiences) must do what differently (behaviours). */

const rating = numberIn(1, 5, { whole: true });

// Audiences -------------------------------------------------------------------------------
const audienceShape = {
  role: shortText(120),
  headcount: numberIn(0, 10_000_000, { whole: true }).nullable(),
  /** Learning-needs analysis: what the learners themselves need and expect. */
  learnerNeeds: longText(4000),
};
export const audienceFields = z.strictObject(audienceShape);
export const audiencePatch = audienceFields.partial();
export type AudienceFields = z.infer<typeof audienceFields>;
export const audience = z.object({ id, engagementId: id, order: z.number(), ...audienceShape });
export type Audience = z.infer<typeof audience>;

// Behaviours ------------------------------------------------------------------------------
const behaviourShape = {
  audienceId: id.nullable(),
  text: longText(300),
  desired: longText(300),
  actual: longText(300),
  impact: rating,
  gapSize: rating,
  parked: z.boolean(),
  parkNote: longText(500),
};
export const behaviourFields = z.strictObject(behaviourShape);
export const behaviourPatch = behaviourFields.partial();
export type BehaviourFields = z.infer<typeof behaviourFields>;
export type BehaviourPatch = z.infer<typeof behaviourPatch>;
export const behaviour = z.object({
  id,
  engagementId: id,
  outcomeId: id,
  order: z.number(),
  ...behaviourShape,
  quickPath: quickPathState,
});
export type Behaviour = z.infer<typeof behaviour>;
export const emptyBehaviour: BehaviourFields = {
  audienceId: null,
  text: '',
  desired: '',
  actual: '',
  impact: 3,
  gapSize: 3,
  parked: false,
  parkNote: '',
};
