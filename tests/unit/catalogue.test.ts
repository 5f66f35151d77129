import { describe, expect, it } from 'vitest';
import { catalogueCellsLabel, catalogueEntryByKey, interventionCatalogue, searchCatalogue } from '../../src/shared/content';

/** CONTENT.md section 5, entry by entry, in the words it uses. */
const section5: Record<number, string[]> = {
  1: [
    'clear standards',
    'task clarification',
    'goal setting with the performer',
    'worked examples of good performance',
    'feedback loop / dashboard',
    'self-monitoring',
    'peer-comparison feedback',
    'manager check-ins',
    'KPI and scorecard alignment',
  ],
  2: [
    'process redesign',
    'job aid / checklist',
    'performance-support tool in the workflow',
    'system or tool fix',
    'permissions and authority',
    'knowledge-base ownership',
    'time and staffing change',
  ],
  3: [
    'recognition',
    'public posting of group performance',
    'incentive realignment',
    'remove punishment of good performance',
    'manager accountability',
    'career-path link',
  ],
  4: [
    'instructor-led training with practice',
    'e-learning with scenarios',
    'simulation / practice environment',
    'coaching',
    'mentoring',
    'microlearning at the moment of need',
    'spaced repetition and nudges',
    'on-the-job learning plan',
    'community of practice',
    'peer learning / case sharing',
  ],
  5: ['selection criteria', 'placement / role fit', 'job redesign', 'scheduling around peaks'],
  6: ['recruiting for fit', 'development plan', 'psychological safety and experimentation', 'leadership role-modelling'],
};

describe('intervention catalogue', () => {
  it.each(Object.entries(section5).flatMap(([cell, names]) => names.map((name) => [name, Number(cell)] as const)))(
    'has “%s”, addressing cell %i first',
    (name, cell) => {
      const entry = interventionCatalogue.find((e) => e.name.toLowerCase().startsWith(name.toLowerCase()));
      expect(entry, name).toBeDefined();
      expect(entry!.cells[0]).toBe(cell);
    },
  );

  it('has one entry per key, each with a one-line description and no cell twice', () => {
    expect(catalogueEntryByKey.size).toBe(interventionCatalogue.length);
    for (const e of interventionCatalogue) {
      expect(e.description.length, e.key).toBeGreaterThan(20);
      expect(e.description, e.key).not.toContain('\n');
      expect(new Set(e.cells).size, e.key).toBe(e.cells.length);
    }
  });

  it('keeps the keys engagements already store', () => {
    for (const key of ['clear-standards', 'feedback-loop', 'job-aid', 'permissions', 'knowledge-ownership', 'simulation', 'coaching'])
      expect(catalogueEntryByKey.has(key), key).toBe(true);
  });

  it('posts group performance as an incentive that also gives feedback', () => {
    expect(catalogueEntryByKey.get('public-posting')!.cells).toEqual([3, 1]);
    expect(catalogueCellsLabel(catalogueEntryByKey.get('public-posting')!)).toBe('Incentives · also Information');
    expect(catalogueCellsLabel(catalogueEntryByKey.get('recognition')!)).toBe('Incentives');
  });
});

describe('searching the catalogue', () => {
  it('searches every cell, with the cause’s own cell first, then those that also help it, then the others, labelled', () => {
    const hits = searchCatalogue('feedback', 3);
    const keys = hits.map((h) => h.entry.key);
    // Public posting addresses incentives first; self-monitoring and peer comparison are information entries that also help incentives.
    expect(keys[0]).toBe('public-posting');
    expect(hits[0]).toMatchObject({ fit: 'first', label: 'Incentives · also Information' });
    expect(keys).toContain('feedback-loop');
    const fits = hits.map((h) => h.fit);
    expect(fits).toEqual([...fits].sort((a, b) => ['first', 'also', 'other'].indexOf(a) - ['first', 'also', 'other'].indexOf(b)));
    const feedbackLoop = hits.find((h) => h.entry.key === 'feedback-loop')!;
    expect(feedbackLoop).toMatchObject({ fit: 'other', label: 'Information' });
    expect(hits.find((h) => h.entry.key === 'peer-comparison')).toMatchObject({ fit: 'also', label: 'Information · also Incentives' });
  });

  it('with an empty search lists the whole catalogue, the cause’s cell first', () => {
    const hits = searchCatalogue('  ', 2);
    expect(hits).toHaveLength(interventionCatalogue.length);
    const firstOther = hits.findIndex((h) => h.fit === 'other');
    expect(hits.slice(0, firstOther).every((h) => h.entry.cells.includes(2))).toBe(true);
    expect(hits.slice(firstOther).every((h) => !h.entry.cells.includes(2))).toBe(true);
    expect(hits[0].entry.key).toBe('process-redesign');
  });

  it('matches every word, in the name, description or cell names, in any case', () => {
    expect(searchCatalogue('JOB aid', 4).map((h) => h.entry.key)).toEqual(['job-aid']);
    expect(searchCatalogue('capacity', null).every((h) => h.label.includes('Capacity'))).toBe(true);
    expect(searchCatalogue('no such intervention', 1)).toEqual([]);
  });

  it('without a cause keeps the catalogue order', () => {
    expect(searchCatalogue('', null).map((h) => h.entry.key)).toEqual(interventionCatalogue.map((e) => e.key));
  });
});
