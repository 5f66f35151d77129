import { z } from 'zod';
import { id, shortText } from './common';
import { lever } from './culture/records';

/** New World Kirkpatrick: the four kinds of process that keep a critical behaviour going on the job. */
export const driverKinds = ['reinforce', 'encourage', 'reward', 'monitor'] as const;
export type DriverKind = (typeof driverKinds)[number];
export const driverKindLabels: Record<DriverKind, { label: string; hint: string }> = {
  reinforce: { label: 'Reinforce', hint: 'e.g. job aids, refreshers, reminders in the workflow' },
  encourage: { label: 'Encourage', hint: 'e.g. coaching, mentoring, leaders asking about it' },
  reward: { label: 'Reward', hint: 'e.g. recognition, scorecards, incentives that favour it' },
  monitor: { label: 'Monitor', hint: 'e.g. call reviews, dashboards, observation checklists' },
};

export const driverStatuses = ['not_started', 'planned', 'in_place'] as const;
export type DriverStatus = (typeof driverStatuses)[number];
export const driverStatusLabels: Record<DriverStatus, string> = {
  not_started: 'Not started',
  planned: 'Planned',
  in_place: 'In place',
};

export const driverFields = z.strictObject({
  kind: z.enum(driverKinds, { message: 'Choose reinforce, encourage, reward or monitor.' }),
  text: shortText(300),
  owner: shortText(120),
  status: z.enum(driverStatuses, { message: 'Choose not started, planned or in place.' }),
  /** The culture-check lever whose suggested action this is; null: not from the check. */
  lever: lever.nullable(),
});
export const driverPatch = driverFields.partial();
export type DriverFields = z.infer<typeof driverFields>;
export type DriverPatch = z.infer<typeof driverPatch>;
/** One required driver of one behaviour. */
export const driver = z.object({ id, engagementId: id, behaviourId: id, order: z.number(), ...driverFields.shape });
export type Driver = z.infer<typeof driver>;

/**
 * The gentle warnings about a behaviour's drivers: a critical behaviour nobody watches on the job
 * drifts back, whatever the training did.
 */
export function driverWarnings(drivers: readonly Pick<Driver, 'kind' | 'text'>[]): string[] {
  const monitored = drivers.some((d) => d.kind === 'monitor' && d.text.trim() !== '');
  return monitored ? [] : ['Nothing monitors this behaviour yet: name who will check it is happening on the job (e.g. call reviews).'];
}
