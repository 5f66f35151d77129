import type { z } from 'zod';

/**
 * Refusals in the user's words. A schema's own message always wins; `plainWords` replaces zod's
 * default English ("Too big: expected number to be <=10000000") wherever a schema has none, and
 * `describeIssues` names each field by its on-screen label, never by its key.
 */

// One formatter each, made once: toLocaleString builds a new one per call, and every number schema
// spells its bounds when the app loads.
const compact = new Intl.NumberFormat('en-GB', { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 3 });
const plain = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 6 });

/** 10000000 -> "10,000,000"; 1e12 -> "1 trillion" (a bound nobody types, said so it can be read). */
export function spellNumber(n: number): string {
  return Math.abs(n) >= 1e9 && n % 1e9 === 0 ? compact.format(n) : plain.format(n);
}

/** "Use a whole number from 1 to 5." / "Enter an amount from 0 to 1 trillion.": one message for every way a number can be refused. */
export function rangeMessage(min: number | null, max: number | null, whole = false, noun = whole ? 'a whole number' : 'a number') {
  // "Use a whole number…", "Choose a level…", "Enter an amount…".
  const verb = !whole ? 'Enter' : noun === 'a whole number' ? 'Use' : 'Choose';
  if (min !== null && max !== null) return `${verb} ${noun} from ${spellNumber(min)} to ${spellNumber(max)}.`;
  if (max !== null) return `${verb} ${noun} up to ${spellNumber(max)}.`;
  if (min !== null) return `${verb} ${noun} of ${spellNumber(min)} or more.`;
  return `${verb} ${noun}.`;
}

/** Bounds beyond these are zod's own (safe integers), not a rule the user should read. */
const MEANINGFUL = 1e15;
const bound = (n: unknown) => (typeof n !== 'number' || !Number.isFinite(n) || Math.abs(n) >= MEANINGFUL ? null : n);

/** The whole rule of the number schema that refused a value, read from the schema itself. */
function numberMessage(issue: { schema?: unknown; expected?: string }) {
  const n = (issue.schema ?? {}) as { minValue?: number | null; maxValue?: number | null; isInt?: boolean };
  return rangeMessage(bound(n.minValue), bound(n.maxValue), issue.expected === 'int' || n.isInt === true);
}

const typeWords: Record<string, string> = {
  string: 'Enter text.',
  boolean: 'Choose on or off.',
  array: 'Choose from the list.',
  object: 'Causeway could not read what was sent; nothing was changed. Reload and try again.',
  date: 'Use a date like 2026-12-31.',
};

/**
 * zod's error map for the user: pass it to safeParse (`{ error: plainWords }`). It only speaks where
 * the schema has no message of its own. Every branch says what to do.
 */
export const plainWords = (issue: z.core.$ZodRawIssue): string => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return 'Fill this in.';
      if (issue.expected === 'number' || issue.expected === 'int' || issue.expected === 'bigint') return numberMessage(issue);
      return typeWords[issue.expected] ?? 'Check this value.';
    case 'too_big':
    case 'too_small': {
      const big = issue.code === 'too_big';
      const limit = Number(big ? issue.maximum : issue.minimum);
      if (issue.origin === 'string')
        return big
          ? `Keep it under ${spellNumber(limit)} characters.`
          : limit <= 1
            ? 'Fill this in.'
            : `Write at least ${spellNumber(limit)} characters.`;
      if (issue.origin === 'array' || issue.origin === 'set')
        return big ? `Choose at most ${spellNumber(limit)}.` : `Choose at least ${spellNumber(limit)}.`;
      if (issue.origin === 'file') return big ? `Choose a file under ${spellNumber(limit)} bytes.` : 'Choose a file that is not empty.';
      if (issue.origin === 'date') return 'Choose a date within the allowed range.';
      return numberMessage(issue);
    }
    case 'not_multiple_of':
      return `Use a multiple of ${spellNumber(Number(issue.divisor))}.`;
    case 'invalid_format':
      if (issue.format === 'date' || issue.format === 'datetime') return 'Use a date like 2026-12-31.';
      if (issue.format === 'uuid' || issue.format === 'guid') return 'That is not a Causeway record; reload and try again.';
      return 'Check how this is written.';
    case 'invalid_value':
    case 'invalid_union':
      return 'Choose one of the options offered.';
    case 'unrecognized_keys':
      return 'Causeway was sent something it does not know; nothing was changed. Reload and try again.';
    case 'invalid_key':
    case 'invalid_element':
      return 'Check the entries in this list.';
    default:
      return 'Check this value.';
  }
};

/**
 * The on-screen label for an input's key. "entity.key" (the procedure's record, e.g. cause.text)
 * and "parent.key" (e.g. mapping.date) come first, then the key alone. A key with no label here
 * (ids, positions) gets none: the message stands alone rather than show the key.
 */
export const fieldLabels: Record<string, string> = {
  'engagement.name': 'Name',
  'intervention.name': 'Intervention',
  'measure.name': 'Measure',
  'benefit.name': 'Benefit',
  'behaviour.text': 'Behaviour',
  'cause.text': 'Cause',
  'intangible.text': 'Intangible',
  'evidence.note': 'What it shows',
  'intangible.note': 'Note',
  'driver.text': 'Driver',
  'driver.owner': 'Owner',
  'driver.kind': 'Kind of driver',
  'driver.status': 'Status',
  'conversion.note': 'Where the value comes from',
  'intervention.kind': 'Type',
  'benefit.kind': 'Kind of benefit',
  'intervention.description': 'Description',
  'cost.description': 'Item',
  'intervention.startDate': 'Start',
  'intervention.endDate': 'End',
  'conversion.method': 'Conversion to money',
  'isolation.method': 'Isolation',
  'isolation.actual': 'Actual',
  'mapping.date': 'Date column',
  'mapping.value': 'Value column',
  'mapping.cohort': 'Cohort column',
  'mapping.decimal': 'Decimal separator',
  'mapping.person': 'Person id column',
  'mapping.role': 'Role column',
  'mapping.capability': 'Capability column',
  'mapping.level': 'Level column',
  'mapping.source': 'Source column',
  client: 'Client',
  sponsor: 'Sponsor',
  consultant: 'Consultant',
  startDate: 'Start date',
  endDate: 'End date',
  confidential: 'Confidential',
  status: 'Status',
  weightScale: 'Weights',
  kpiName: 'KPI name',
  unit: 'Unit',
  direction: 'Direction',
  baselineValue: 'Baseline value',
  baselineDate: 'Baseline date',
  targetValue: 'Target value',
  targetDate: 'Target date',
  dataSource: 'Data source',
  owner: 'Owner',
  role: 'Role',
  headcount: 'Headcount',
  audienceId: 'Audience',
  desired: 'Desired performance',
  actual: 'Actual performance',
  impact: 'Impact on the KPI',
  gapSize: 'Size of the gap',
  parked: 'Parked',
  parkNote: 'Why it is parked',
  cell: 'Cell',
  weight: 'Weight',
  evidenceState: 'Evidence',
  raisedBy: 'Raised by',
  votes: 'Votes',
  date: 'Date',
  strength: 'Strength',
  person: 'Person',
  cells: 'Cells it addresses',
  cost: 'Cost',
  effort: 'Effort',
  expectedEffect: 'Expected effect',
  level: 'Level',
  ltemTier: 'LTEM tier',
  leading: 'Leading indicator',
  method: 'Method',
  timing: 'Timing',
  baseline: 'Baseline',
  target: 'Target',
  value: 'Value',
  cohort: 'Cohort',
  csv: 'CSV file',
  treatmentBefore: 'Treatment before',
  treatmentAfter: 'Treatment after',
  controlBefore: 'Control before',
  controlAfter: 'Control after',
  projected: 'Projected by the pre-programme trend',
  respondent: 'Respondent',
  improvement: 'Improvement',
  share: 'Share attributed %',
  confidence: 'Confidence %',
  betterWhen: 'Better when the measure is',
  valuePerUnit: 'Value per unit per year',
  valuePerUnitLow: 'Lowest credible value',
  hoursPerWeek: 'Hours a week',
  weeks: 'Weeks a year',
  people: 'People',
  hourlyCost: 'Hourly cost',
  benefitsFactor: 'Benefits factor',
  redeployed: 'Time redeployed to productive work',
  years: 'Years of benefit',
  justification: 'Why more than the first year',
  category: 'Category',
  amount: 'Amount',
  // The capability framework, assessments and learning needs.
  'capability.name': 'Capability',
  'capability.kind': 'Kind',
  'capability.description': 'Description',
  behaviourIds: 'Behaviours that depend on it',
  causeIds: 'Learning-gap causes it explains',
  capabilityScale: 'Proficiency scale',
  'capabilityScale.name': 'Level name',
  'capabilityScale.anchor': 'What a person at this level does',
  'requirement.required': 'Required level',
  'requirement.importance': 'Importance',
  'requirement.typical': 'Typical level now',
  'requirement.low': 'Lowest level now',
  'requirement.high': 'Highest level now',
  learnerNeeds: 'What the learners say they need',
  capabilityId: 'Capability',
  'assessment.source': 'Source',
  measureId: 'Measure',
  behaviourId: 'Behaviour',
  interventionId: 'Intervention',
  'learningNeed.action': 'Action',
  'learningNeed.condition': 'Condition',
  'learningNeed.standard': 'Standard',
  'learningNeed.dueDate': 'Due date',
};

/** The label of the field an issue is about, or null when the user has no name for it. */
export function fieldLabel(path: readonly PropertyKey[], entity?: string): string | null {
  const keys = path.filter((k): k is string => typeof k === 'string');
  const key = keys[keys.length - 1];
  if (key === undefined) return null;
  const parent = keys[keys.length - 2];
  // The nearer name wins: a scale level's name inside an engagement is the level's, not the engagement's.
  return (parent && fieldLabels[`${parent}.${key}`]) || fieldLabels[`${entity}.${key}`] || fieldLabels[key] || null;
}

const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s);

/** "End date: choose a date on or after the start date." */
export const labelled = (label: string | null, message: string) => (label ? `${label}: ${lowerFirst(message)}` : message);

/**
 * zod's issues as sentences a user can act on: one per field (the first few), each led by the
 * field's on-screen label. `entity` is the kind of record the input is about (a procedure's prefix).
 */
export function describeIssues(issues: readonly Pick<z.core.$ZodIssue, 'path' | 'message'>[], entity?: string): string {
  const sentences = issues.map((issue) => labelled(fieldLabel(issue.path, entity), issue.message));
  return [...new Set(sentences)].slice(0, 3).join(' ');
}

/** Parses with messages in the user's words (the schema's own first, then `plainWords`). */
export function parseInWords<S extends z.ZodType>(schema: S, value: unknown) {
  return schema.safeParse(value, { error: plainWords }) as z.ZodSafeParseResult<z.output<S>>;
}
