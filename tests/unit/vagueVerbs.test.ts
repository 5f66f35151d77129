import { describe, expect, it } from 'vitest';
import { demoBehaviours } from '../../src/shared/content/demo';
import { vagueVerbs } from '../../src/shared/domain';

describe('vague verbs', () => {
  it.each([
    ['understand the refund policy', 'understand'],
    ['Agents know the tariffs', 'know'],
    ['learn the new CRM', 'learn'],
    ['appreciate the customer’s situation', 'appreciate'],
    ['be aware of the escalation rules', 'be aware of'],
    ['are aware of upcoming price changes', 'be aware of'],
    ['be familiar with the billing system', 'be familiar with'],
    ['realise when a call should be escalated', 'realise'],
    ['believe in the new process', 'believe'],
    ['feel confident on the phones', 'feel'],
  ])('"%s" is flagged as %s, with observable alternatives', (text, word) => {
    const hits = vagueVerbs(text);
    expect(hits.map((h) => h.word)).toEqual([word]);
    expect(hits[0].suggestion).toMatch(/can’t be observed.*“\w+/);
  });

  it.each([
    'resolve billing disputes on the first call',
    'check the knowledge base before transferring a call',
    'review two calls per agent per week and give feedback',
    'record the outcome code',
    'escalate unknown tariffs to the team leader',
  ])('"%s" is an observable action', (text) => expect(vagueVerbs(text)).toEqual([]));

  it.each([
    ['learn the steps before the first shift', 'learn'],
    ['start learning the steps of a refund', 'learn'],
    ['agents understand why a credit is refused', 'understand'],
    ['make sure the steps are understood', 'understand'],
    ['we know who owns each dispute', 'know'],
    ['the team learn the new tariffs', 'learn'],
    ['ensure that agents know the limits', 'know'],
  ])('"%s" uses a vague verb as a verb: flagged as %s', (text, word) => {
    expect(vagueVerbs(text).map((h) => h.word)).toEqual([word]);
  });

  it.each([
    'complete a learning task each week',
    'finish the learning module before going live',
    'book learning time with the team leader',
    'log a new learning plan in the portal',
    'add the call to the e-learning library',
    'share their know-how with new starters',
    'run an understanding check after each demo',
    'log known faults in the tracker',
    'record the feeling of the customer in the notes',
  ])('"%s" uses the word as a noun or modifier: not flagged', (text) => expect(vagueVerbs(text)).toEqual([]));

  it('the demo’s behaviours are observable actions', () => {
    const texts = demoBehaviours.map((b) => b.text);
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(vagueVerbs(text), text).toEqual([]);
  });

  it('a noun use does not hide a verb use in the same behaviour', () => {
    expect(vagueVerbs('finish the learning module and learn the steps').map((h) => h.found)).toEqual(['learn']);
  });

  it('finds several vague verbs in one behaviour', () => {
    expect(vagueVerbs('know and understand the process').map((h) => h.word)).toEqual(['understand', 'know']);
  });
});
