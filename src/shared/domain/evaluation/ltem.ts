/** LTEM's eight tiers (Will Thalheimer), lowest to highest. */
export const ltemTiers: Record<number, string> = {
  1: 'Attendance',
  2: 'Activity',
  3: 'Learner perceptions',
  4: 'Knowledge',
  5: 'Decision-making competence',
  6: 'Task competence',
  7: 'Transfer to the job',
  8: 'Effects of transfer',
};

/**
 * Measurement methods and the highest LTEM tier each can support (the default over-claim rule;
 * a consultant can argue a case, but the app flags it).
 */
export const measureMethods = [
  { key: 'attendance', label: 'Attendance log', cap: 1 },
  { key: 'platform', label: 'Platform activity / completions', cap: 2 },
  { key: 'survey', label: 'Satisfaction survey or self-rating', cap: 3 },
  { key: 'knowledge-test', label: 'Knowledge test', cap: 4 },
  { key: 'scenario-test', label: 'Scenario decision test', cap: 5 },
  { key: 'skill-demo', label: 'Skill demonstration / simulation', cap: 6 },
  { key: 'observation', label: 'On-the-job observation or work-system data', cap: 7 },
  { key: 'business-metric', label: 'Business metric with an isolation method', cap: 8 },
] as const;
export type MeasureMethodKey = (typeof measureMethods)[number]['key'];
export const methodByKey = new Map<string, (typeof measureMethods)[number]>(measureMethods.map((m) => [m.key, m]));

/** When each Kirkpatrick level is usually measured (defaults the form offers). */
export const timingDefaults: Record<number, string> = {
  1: 'At the end of the programme',
  2: 'At the end, and again after a delay',
  3: '60–90 days after',
  4: '120–180 days after',
  5: 'After level 4 results are in',
};

type MeasureLike = { name: string; level: number; ltemTier: number | null; method: string };

/** Attendance and completions are activity, never impact. */
export function isActivity(m: MeasureLike) {
  return (
    (m.ltemTier !== null && m.ltemTier <= 2) || /\b(attendance|attended|completions?|completed|enrol(l)?ments?|logins?)\b/i.test(m.name)
  );
}

/** What a consultant should know before presenting this measure. */
export function measureWarnings(m: MeasureLike): string[] {
  const warnings: string[] = [];
  const method = methodByKey.get(m.method);
  if (method && m.ltemTier !== null && m.ltemTier > method.cap)
    warnings.push(
      `Claims LTEM tier ${m.ltemTier} (${ltemTiers[m.ltemTier].toLowerCase()}), but ${method.label.toLowerCase()} supports at most tier ${method.cap} (${ltemTiers[method.cap].toLowerCase()}).`,
    );
  if (isActivity(m)) warnings.push('This is activity, not impact: report it, but never as evidence that performance changed.');
  if (m.level >= 4 && m.ltemTier !== null && m.ltemTier < 7)
    warnings.push(`A level ${m.level} measure usually sits at LTEM tier 8; tier ${m.ltemTier} measures learning, not results.`);
  return warnings;
}
