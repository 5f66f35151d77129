import { z } from 'zod';
import { bemCell } from './causes';
import { longText, shortText } from './common';
import { interventionKind } from './intervention';
import { direction } from './outcome';
import { driverKinds } from './driver';
import { capabilityKinds, capabilityScale } from './capability/records';

/**
 * A template: an engagement's structure and wording, to start another engagement from. By
 * construction it has no place for client data: no client, sponsor or consultant, no names of
 * people (owners, evidence, raised by), no evidence or observations, no figures (baselines,
 * targets, weights, votes, headcounts, costs, benefits), no dates and no map positions. Records
 * refer to each other by their index in their list.
 */
export const TEMPLATE_FORMAT = 1;

/** Generous for any real engagement, small enough that a damaged or hostile template cannot flood the library. */
export const templateLimits = {
  outcomes: 50,
  audiences: 100,
  behaviours: 500,
  causes: 2000,
  interventions: 1000,
  links: 5000,
  measures: 1000,
  capabilities: 500,
  requirements: 5000,
} as const;

const index = z.number().int().min(0).max(10_000);

const templateOutcome = z.strictObject({ kpiName: shortText(120), unit: shortText(24), direction });
const templateAudience = z.strictObject({ role: shortText(120) });
const templateBehaviour = z.strictObject({
  outcome: index,
  audience: index.nullable(),
  text: longText(300),
  desired: longText(300),
  actual: longText(300),
});
/** Every cause a template brings is a hypothesis with the default weight: the new engagement gathers its own evidence. */
const templateCause = z.strictObject({ behaviour: index, text: longText(500), cell: bemCell });
/** A required driver's wording only: who owns it and how far it has got belong to the client. */
const templateDriver = z.strictObject({ behaviour: index, kind: z.enum(driverKinds), text: shortText(300) });
const templateIntervention = z.strictObject({
  name: shortText(160),
  catalogueKey: z.string().max(60).nullable(),
  kind: interventionKind,
  cells: z.array(bemCell).min(1).max(6).nullable(),
});
const templateLink = z.strictObject({ intervention: index, cause: index });
const templateMeasure = z.strictObject({
  outcome: index.nullable(),
  intervention: index.nullable(),
  name: shortText(160),
  unit: shortText(24),
  level: z.number().int().min(1).max(5),
  ltemTier: z.number().int().min(1).max(8).nullable(),
  leading: z.boolean(),
});

/** A capability's wording and links; what a role requires of it by the role's index (its name). No assessments, notes or owners. */
const templateCapability = z.strictObject({
  name: shortText(160),
  kind: z.enum(capabilityKinds),
  description: longText(1000),
  behaviours: z.array(index).max(500),
  causes: z.array(index).max(500),
});
const templateRequirement = z.strictObject({
  capability: index,
  audience: index,
  required: z.number().int().min(0).max(5),
  importance: z.number().int().min(1).max(5),
});

const list = <T extends z.ZodType>(item: T, max: number, many: string) =>
  z.array(item).max(max, { message: `A template holds at most ${max} ${many}.` });

export const templateContent = z
  .strictObject({
    format: z.literal(TEMPLATE_FORMAT),
    outcomes: list(templateOutcome, templateLimits.outcomes, 'outcomes'),
    audiences: list(templateAudience, templateLimits.audiences, 'audiences'),
    behaviours: list(templateBehaviour, templateLimits.behaviours, 'behaviours'),
    causes: list(templateCause, templateLimits.causes, 'causes'),
    /** Templates saved before required drivers were recorded bring none. */
    drivers: list(templateDriver, templateLimits.causes, 'required drivers').default([]),
    interventions: list(templateIntervention, templateLimits.interventions, 'interventions'),
    links: list(templateLink, templateLimits.links, 'links'),
    measures: list(templateMeasure, templateLimits.measures, 'measures'),
    /** Templates saved before capability frameworks bring none, and the default scale. */
    capabilities: list(templateCapability, templateLimits.capabilities, 'capabilities').default([]),
    requirements: list(templateRequirement, templateLimits.requirements, 'required levels').default([]),
    scale: capabilityScale.nullable().default(null),
  })
  .superRefine((t, ctx) => {
    const check = (ok: boolean, message: string) => ok || ctx.addIssue({ code: 'custom', message });
    const within = (i: number | null, length: number) => i === null || i < length;
    t.behaviours.forEach((b, n) => {
      check(within(b.outcome, t.outcomes.length), `Behaviour ${n + 1} belongs to an outcome the template does not have.`);
      check(within(b.audience, t.audiences.length), `Behaviour ${n + 1} names an audience the template does not have.`);
    });
    t.causes.forEach((c, n) => check(within(c.behaviour, t.behaviours.length), `Cause ${n + 1} belongs to a missing behaviour.`));
    t.drivers.forEach((d, n) =>
      check(within(d.behaviour, t.behaviours.length), `Required driver ${n + 1} belongs to a missing behaviour.`),
    );
    t.links.forEach((l, n) =>
      check(
        within(l.intervention, t.interventions.length) && within(l.cause, t.causes.length),
        `Link ${n + 1} joins an intervention and a cause the template does not both have.`,
      ),
    );
    t.measures.forEach((m, n) => {
      check(within(m.outcome, t.outcomes.length), `Measure ${n + 1} belongs to a missing outcome.`);
      check(within(m.intervention, t.interventions.length), `Measure ${n + 1} belongs to a missing intervention.`);
      check(m.outcome === null || m.intervention === null, `Measure ${n + 1} belongs to both an outcome and an intervention.`);
    });
    t.capabilities.forEach((c, n) =>
      check(
        c.behaviours.every((b) => b < t.behaviours.length) && c.causes.every((x) => x < t.causes.length),
        `Capability ${n + 1} links to a behaviour or cause the template does not have.`,
      ),
    );
    t.requirements.forEach((r, n) =>
      check(
        r.capability < t.capabilities.length && r.audience < t.audiences.length,
        `Required level ${n + 1} joins a capability and a role the template does not both have.`,
      ),
    );
  });
export type TemplateContent = z.infer<typeof templateContent>;

/** Built-in templates have ids like "builtin:sales-win-rate"; saved ones have record ids. */
export const templateId = z
  .string()
  .min(1, { message: 'Choose a template.' })
  .max(80, { message: 'That is not one of Causeway’s templates.' });
export const templateName = shortText(120).min(1, { message: 'Give the template a name.' });
export const templateDescription = longText(300);

export const templateSummary = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  builtIn: z.boolean(),
  createdAt: z.string().nullable(),
  /** Null when a saved template cannot be read; `problem` then says so, and it can only be deleted. */
  content: templateContent.nullable(),
  problem: z.string().nullable(),
});
export type TemplateSummary = z.infer<typeof templateSummary>;

/** "1 outcome · 3 behaviours · 7 causes": what a template brings, for the list. */
export function templateOutline(t: TemplateContent): string {
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return [
    count(t.outcomes.length, 'outcome', 'outcomes'),
    count(t.behaviours.length, 'behaviour', 'behaviours'),
    count(t.causes.length, 'cause', 'causes'),
    t.interventions.length ? count(t.interventions.length, 'intervention', 'interventions') : '',
    t.measures.length ? count(t.measures.length, 'measure', 'measures') : '',
    t.capabilities.length ? count(t.capabilities.length, 'capability', 'capabilities') : '',
  ]
    .filter(Boolean)
    .join(' · ');
}
