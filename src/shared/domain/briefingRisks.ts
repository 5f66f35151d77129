import type { DriverStatus } from './driver';
import type { Results } from './evaluation/results';

export type BriefingRiskInput = {
  results: Pick<Results, 'confidence' | 'warnings'>;
  /** Share (0-1) of the weighted causes no intervention in the plan addresses (unaddressedShare). */
  unaddressedShare: number;
  /** Whether there are behaviours to keep going on the job (drivers are about them). */
  behaviours: number;
  /** The required drivers of the behaviours not parked. */
  drivers: { text: string; status: DriverStatus }[];
  /** Interventions in the plan linked to causes they do not address; none: they address nothing at all. */
  misfits: { name: string; none: boolean }[];
  /** Interventions leaders are asked to approve that have no cost line. */
  uncosted: string[];
};

const pct = (share: number) => `${Math.round(share * 100)}%`;
const quoted = (s: string) => `“${s}”`;
const some = (names: string[]) =>
  names.length <= 2 ? names.map(quoted).join(' and ') : `${quoted(names[0])} and ${names.length - 1} more`;

/**
 * What could stop the value being realised, composed from the records, worst first: a weak
 * confidence, part of the gap left open, drivers not in place, stale data, interventions that do
 * not fit their causes, an ask with uncosted actions. Empty when the records show none.
 */
export function briefingRisks(i: BriefingRiskInput): string[] {
  const out: string[] = [];
  const c = i.results.confidence;
  if (c.level === 'low' || c.level === 'moderate')
    out.push(`Confidence in the value is ${c.level}: ${c.weakenedBy.slice(0, 3).join('; ')}.`);
  else if (c.level === 'not yet known') out.push(`The value is not yet known (${c.statement.replace(/^not yet known: /, '')}).`);
  if (Math.round(i.unaddressedShare * 100) > 0)
    out.push(
      `${pct(i.unaddressedShare)} of the weighted causes are addressed by no intervention in the plan: that part of the gap stays open.`,
    );
  const open = i.drivers.filter((d) => d.status !== 'in_place');
  if (i.behaviours > 0 && i.drivers.length === 0)
    out.push('No required drivers are recorded: nothing is named to reinforce, encourage, reward or monitor the behaviours on the job.');
  else if (open.length > 0)
    out.push(
      `${open.length} of ${i.drivers.length} required drivers ${open.length === 1 ? 'is' : 'are'} not in place yet (${some(open.map((d) => d.text || 'untitled driver'))}): without them the behaviour drifts back.`,
    );
  const stale = i.results.warnings.filter((w) => w.startsWith('Stale isolation data'));
  const old = c.weakenedBy.find((w) => w.startsWith('the latest data is'));
  if (stale.length > 0)
    out.push(
      stale.length === 1
        ? 'One benefit is isolated on stale data: work it out again for the latest month.'
        : `${stale.length} benefits are isolated on stale data: work them out again for the latest month.`,
    );
  else if (old && !c.weakenedBy.slice(0, 3).includes(old)) out.push(`The data is stale: ${old}.`);
  const none = i.misfits.filter((m) => m.none).map((m) => m.name);
  const part = i.misfits.filter((m) => !m.none).map((m) => m.name);
  if (none.length)
    out.push(
      `${some(none)} ${none.length === 1 ? 'addresses' : 'address'} none of the causes ${none.length === 1 ? 'it is' : 'they are'} linked to: not recommended as planned.`,
    );
  if (part.length)
    out.push(
      `${some(part)} ${part.length === 1 ? 'is' : 'are'} linked to causes ${part.length === 1 ? 'it does' : 'they do'} not address, and ${part.length === 1 ? 'earns' : 'earn'} no credit for them.`,
    );
  if (i.uncosted.length)
    out.push(
      `${some(i.uncosted)} ${i.uncosted.length === 1 ? 'has' : 'have'} no cost line yet: the ask leaves ${i.uncosted.length === 1 ? 'it' : 'them'} out.`,
    );
  return out;
}
