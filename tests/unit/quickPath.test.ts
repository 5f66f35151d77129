import { describe, expect, it } from 'vitest';
import { emptyQuickPath, type QuickPathState } from '../../src/shared/domain';
import { notSkillDeficiency, quickPathProposals, visibleQuestions } from '../../src/shared/content';
import { catalogueEntryByKey } from '../../src/shared/content/interventionCatalogue';

const state = (answers: QuickPathState['answers'], extra: Partial<QuickPathState> = {}): QuickPathState => ({
  ...emptyQuickPath,
  answers,
  ...extra,
});
const ids = (s: QuickPathState) => visibleQuestions(s.answers).map((q) => q.id);
const proposals = (s: QuickPathState) => quickPathProposals(s).map((p) => (p.kind === 'park' ? 'park' : `${p.cell}:${p.text}`));

describe('quick path routes', () => {
  it('starts with the worth question, the fast fixes, consequences and the job-depended-on-it test', () => {
    expect(ids(state({}))).toEqual(['worth', 'expectations', 'feedback', 'resources', 'consequences', 'jobDependedOnIt']);
    expect(proposals(state({}))).toEqual([]);
  });

  it('not worth closing: park it, and ask nothing else', () => {
    const s = state({ worth: 'no', expectations: 'no' });
    expect(ids(s)).toEqual(['worth']);
    expect(quickPathProposals(s)).toEqual([
      { key: 'worth:no', kind: 'park', questionId: 'worth', text: expect.stringMatching(/^Park/), status: 'open' },
    ]);
  });

  it('fast fixes: each "no" proposes an information or resources cause', () => {
    expect(proposals(state({ expectations: 'no' }))).toEqual(['1:Performers are not clear what is expected of them']);
    expect(proposals(state({ feedback: 'no' }))).toEqual(['1:Performers get little or late feedback on how they are doing']);
    expect(proposals(state({ resources: 'no' }))).toEqual(['2:Tools, information, time or process get in the way of doing it']);
    expect(proposals(state({ expectations: 'yes', feedback: 'yes', resources: 'yes' }))).toEqual([]);
    expect(proposals(state({ expectations: 'unsure' }))).toEqual([]);
  });

  it('consequences: a "yes" proposes an incentives cause', () => {
    expect(proposals(state({ consequences: 'yes' }))).toEqual(['3:Doing it right is punished, or doing it wrong has no consequence']);
    expect(proposals(state({ consequences: 'no' }))).toEqual([]);
  });

  it('could they do it if their job depended on it? yes: not a skill deficiency, no skill questions', () => {
    const s = state({ jobDependedOnIt: 'yes' });
    expect(notSkillDeficiency(s)).toBe(true);
    expect(ids(s)).not.toContain('onceKnew');
    expect(proposals(s)).toEqual([]);
  });

  it('skill deficiency, never knew how: training with practice', () => {
    const s = state({ jobDependedOnIt: 'no', onceKnew: 'no' });
    expect(notSkillDeficiency(s)).toBe(false);
    expect(ids(s)).toEqual([
      'worth',
      'expectations',
      'feedback',
      'resources',
      'consequences',
      'jobDependedOnIt',
      'onceKnew',
      'simpler',
      'potential',
    ]);
    const [p] = quickPathProposals(s);
    expect(p).toMatchObject({ kind: 'cause', cell: 4, interventions: ['ilt-practice', 'simulation', 'elearning-scenarios'] });
  });

  it('knew how but rarely uses it: practice or a job aid', () => {
    const s = state({ jobDependedOnIt: 'no', onceKnew: 'yes', usedOften: 'no' });
    expect(ids(s)).toContain('usedOften');
    expect(quickPathProposals(s)[0]).toMatchObject({
      cell: 4,
      text: 'The skill is used too rarely to stay sharp',
      interventions: ['spaced-nudges', 'job-aid', 'simulation'],
    });
  });

  it('knew how and uses it often: feedback and coaching', () => {
    const s = state({ jobDependedOnIt: 'no', onceKnew: 'yes', usedOften: 'yes', usedOftenDrift: 'no' });
    expect(quickPathProposals(s)[0]).toMatchObject({ cell: 4, interventions: ['coaching', 'manager-check-ins'] });
  });

  it('the task can be simpler: a job aid in the resources cell; no potential: capacity', () => {
    expect(proposals(state({ jobDependedOnIt: 'no', simpler: 'yes' }))).toEqual(['2:The task is more complex than it needs to be']);
    expect(proposals(state({ jobDependedOnIt: 'no', potential: 'no' }))).toEqual([
      '5:The role asks more than the people in it can be expected to do',
    ]);
  });

  it('answers on a branch that is no longer shown propose nothing', () => {
    expect(proposals(state({ jobDependedOnIt: 'yes', onceKnew: 'no', potential: 'no' }))).toEqual([]);
  });

  it('marks accepted and dismissed proposals', () => {
    const s = state({ expectations: 'no', feedback: 'no' }, { accepted: ['expectations:no'], dismissed: ['feedback:no'] });
    expect(quickPathProposals(s).map((p) => p.status)).toEqual(['accepted', 'dismissed']);
  });

  it('every proposed intervention is in the catalogue', () => {
    const all = state({
      expectations: 'no',
      feedback: 'no',
      resources: 'no',
      consequences: 'yes',
      jobDependedOnIt: 'no',
      onceKnew: 'yes',
      usedOften: 'no',
      simpler: 'yes',
      potential: 'no',
    });
    for (const p of quickPathProposals(all))
      if (p.kind === 'cause') for (const key of p.interventions) expect(catalogueEntryByKey.has(key), key).toBe(true);
    expect(quickPathProposals(all)).toHaveLength(7);
  });
});
