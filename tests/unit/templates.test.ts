import { describe, expect, it } from 'vitest';
import { builtInTemplates } from '../../src/shared/content';
import { templateContent, templateOutline, vagueVerbs } from '../../src/shared/domain';

/** CONTENT.md section 12: the five skeletons, their outcome direction and the cells most often at fault. */
const skeletons = {
  'Sales win rate': { direction: 'increase', cells: [1, 3, 4] },
  'Customer-service quality': { direction: 'increase', cells: [2, 3, 1] },
  'New-hire time to proficiency': { direction: 'decrease', cells: [4, 2, 1] },
  'Safety incidents': { direction: 'decrease', cells: [3, 2, 1] },
  'Compliance errors': { direction: 'decrease', cells: [2, 1, 4] },
} as const;

describe('built-in templates', () => {
  it('are the five skeletons, each with a one-line description', () => {
    expect(builtInTemplates.map((t) => t.name)).toEqual(Object.keys(skeletons));
    for (const t of builtInTemplates) {
      expect(t.id).toMatch(/^builtin:[a-z-]+$/);
      expect(t.description.length).toBeGreaterThan(20);
      expect(t.description).not.toContain('\n');
    }
  });

  it.each(builtInTemplates.map((t) => [t.name, t] as const))(
    '“%s” is a valid template: sample outcome, 2-3 behaviours, causes in the usual cells',
    (name, t) => {
      expect(templateContent.parse(t.content)).toEqual(t.content);
      const { direction, cells } = skeletons[name as keyof typeof skeletons];
      expect(t.content.outcomes).toHaveLength(1);
      expect(t.content.outcomes[0].direction).toBe(direction);
      expect(t.content.outcomes[0].kpiName.length).toBeGreaterThan(3);
      expect(t.content.behaviours.length).toBeGreaterThanOrEqual(2);
      expect(t.content.behaviours.length).toBeLessThanOrEqual(3);
      expect(new Set(t.content.causes.map((c) => c.cell))).toEqual(new Set(cells));
      // Worded as possibilities: they start as hypotheses, to be checked.
      for (const c of t.content.causes) expect(c.text).toMatch(/\bmay\b/);
      for (const b of t.content.behaviours) expect(vagueVerbs(b.text), b.text).toEqual([]);
      expect(templateOutline(t.content)).toMatch(/^1 outcome · \d behaviours · \d causes( · \d capabilities)?$/);
    },
  );
});
