import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract, procedureNames } from '../../src/shared/api';
import { describeIssues, fieldLabel, parseInWords, plainWords, rangeMessage, spellNumber } from '../../src/shared/domain';

/** What must never reach the screen: zod's default English, field keys, dotted paths. */
const leaks = [
  /expected/i,
  /too big/i,
  /too small/i,
  /invalid input/i,
  /received/i,
  /\bNaN\b|undefined|Infinity/,
  /\b[a-z]+[A-Z][A-Za-z]*\b/, // a camelCase key such as endDate
  /\b[A-Za-z_]+\.[A-Za-z_]+\b/, // a dotted path such as patch.endDate
];
const leaked = (message: string) => leaks.filter((re) => re.test(message)).map(String);

type Def = { type: string; [k: string]: unknown };
const defOf = (s: unknown) => (s as { _zod: { def: Def; bag: Record<string, number> } })._zod;

/**
 * A bad value for every field of a schema, the k-th of each field's list of bad values: too long,
 * too big, too small, fractions where whole numbers belong, wrong types, missing, unknown options.
 */
function bad(schema: unknown, k: number): unknown {
  const { def, bag } = defOf(schema);
  const pick = (values: unknown[]) => values[k % values.length];
  switch (def.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(def.shape as Record<string, unknown>)) out[key] = bad(child, k);
      if (k % 4 === 0) out.surpriseField = 1;
      return out;
    }
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
      return bad(def.innerType, k);
    case 'pipe':
      return bad(def.in, k);
    case 'union': {
      const options = def.options as unknown[];
      return bad(options[k % options.length], k);
    }
    case 'array': {
      const max = bag.maximum ?? Infinity;
      if (k % 3 === 1 && max < 10_000) return Array.from({ length: max + 1 }, () => bad(def.element, k));
      if (k % 3 === 2) return [];
      return [bad(def.element, k)];
    }
    case 'record':
      return { someKey: bad(def.valueType, k) };
    case 'string':
      return pick(['x'.repeat((bag.maximum ?? 5_000) + 1), '', 'not a date', '2026-02-30', 42, null, {}, ' ']);
    case 'number': {
      const over = bag.maximum !== undefined && bag.maximum < 1e15 ? bag.maximum + 1 : 1e13;
      const under = bag.minimum !== undefined && bag.minimum > -1e15 ? bag.minimum - 1 : -1e13;
      return pick([over, under, 1.5, 'abc', null, Number.NaN, 1e13, -1e13, {}]);
    }
    case 'boolean':
      return pick(['yes', 1, null]);
    case 'enum':
    case 'literal':
      return pick(['not-an-option', 7, null]);
    default:
      return null;
  }
}

const wholeInputs: unknown[] = [null, 'text', [], 42, {}];

describe('refusals in the user’s words', () => {
  it.each(procedureNames)('%s: no default validator text, key or path in any message', (procedure) => {
    const schema = contract[procedure].input;
    const entity = procedure.split('.')[0];
    let refused = 0;
    const problems: string[] = [];
    for (const input of [...wholeInputs, ...Array.from({ length: 12 }, (_, k) => bad(schema, k))]) {
      const parsed = parseInWords(schema, input);
      if (parsed.success) continue;
      refused++;
      const said = [describeIssues(parsed.error.issues, entity), ...parsed.error.issues.map((i) => i.message)];
      for (const message of said) {
        const found = leaked(message);
        if (found.length) problems.push(`${message}  <- ${found.join(', ')}`);
        if (!/^[A-Z“]/.test(message) || !/[.?!]$/.test(message)) problems.push(`${message}  <- not a sentence`);
      }
    }
    expect(problems).toEqual([]);
    // Every procedure that takes input refused some of it: the loop above really ran.
    if (Object.keys((defOf(schema).def.shape as object) ?? {}).length) expect(refused).toBeGreaterThan(5);
  });

  const labelledCases: [string, unknown, string][] = [
    [
      'engagement.create',
      {
        name: 'Plan',
        client: '',
        sponsor: '',
        consultant: '',
        startDate: '2026-06-01',
        endDate: '2026-01-31',
        confidential: true,
        status: 'scoping',
      },
      'End date: choose a date on or after the start date.',
    ],
    [
      'audience.update',
      { id: crypto.randomUUID(), patch: { headcount: 20_000_000 } },
      'Headcount: use a whole number from 0 to 10,000,000.',
    ],
    ['behaviour.update', { id: crypto.randomUUID(), patch: { impact: 1.5 } }, 'Impact on the KPI: use a whole number from 1 to 5.'],
    ['intervention.update', { id: crypto.randomUUID(), patch: { name: 'x'.repeat(161) } }, 'Intervention: keep it under 160 characters.'],
    ['cause.update', { id: crypto.randomUUID(), patch: { text: 'x'.repeat(501) } }, 'Cause: keep it under 500 characters.'],
    ['cause.update', { id: crypto.randomUUID(), patch: { weight: -1 } }, 'Weight: enter a weight from 0 to 100.'],
    ['cost.update', { id: crypto.randomUUID(), patch: { amount: -5 } }, 'Amount: enter an amount from 0 to 1 trillion.'],
    ['outcome.update', { id: crypto.randomUUID(), patch: { targetDate: '2026-02-30' } }, 'Target date: that date does not exist.'],
    [
      'outcome.update',
      { id: crypto.randomUUID(), patch: { baselineValue: 'sixty' } },
      'Baseline value: enter a number from -1 trillion to 1 trillion.',
    ],
    [
      'observation.previewCsv',
      { measureId: crypto.randomUUID(), csv: 'a', mapping: { date: 1.5, value: 0, cohort: null, decimal: null } },
      'Date column: use a whole number from 0 to 100.',
    ],
    [
      'assessment.preview',
      { engagementId: crypto.randomUUID(), csv: 'a', mapping: { person: -1, role: 1, capability: 2, level: 3, source: 4, date: 5 } },
      'Person id column: use a whole number from 0 to 100.',
    ],
  ];
  it.each(labelledCases)('%s names the field by its label and says what to do', (procedure, input, message) => {
    const parsed = parseInWords(contract[procedure as 'audience.update'].input, input);
    expect(parsed.success).toBe(false);
    expect(describeIssues(parsed.error!.issues, procedure.split('.')[0])).toBe(message);
  });

  it('a field without a label (an id) is told without a key', () => {
    const parsed = parseInWords(contract['outcome.delete'].input, { id: 'nope' });
    expect(describeIssues(parsed.error!.issues, 'outcome')).toBe('That id is not a Causeway record id.');
    expect(fieldLabel(['patch', 'conversion', 'method'], 'benefit')).toBe('Conversion to money');
    expect(fieldLabel(['mapping', 'date'], 'observation')).toBe('Date column');
    expect(fieldLabel(['fields', 'name'], 'measure')).toBe('Measure');
    expect(fieldLabel(['positions', 0, 'x'], 'map')).toBeNull();
  });

  it('a schema’s own message wins; plainWords speaks only where there is none', () => {
    const s = z.object({ n: z.number().max(3), t: z.string().max(2, { message: 'Two letters at most.' }) });
    const parsed = s.safeParse({ n: 4, t: 'abc' }, { error: plainWords });
    expect(parsed.error!.issues.map((i) => i.message)).toEqual(['Enter a number up to 3.', 'Two letters at most.']);
  });

  it('says numbers as people read them', () => {
    expect(spellNumber(10_000_000)).toBe('10,000,000');
    expect(spellNumber(1e12)).toBe('1 trillion');
    expect(spellNumber(0.1)).toBe('0.1');
    expect(rangeMessage(1, 5, true)).toBe('Use a whole number from 1 to 5.');
    expect(rangeMessage(null, 10_000_000)).toBe('Enter a number up to 10,000,000.');
    expect(rangeMessage(0, null, false, 'an amount')).toBe('Enter an amount of 0 or more.');
  });
});
