import { describe, expect, it } from 'vitest';
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

  it('finds several vague verbs in one behaviour', () => {
    expect(vagueVerbs('know and understand the process').map((h) => h.word)).toEqual(['understand', 'know']);
  });
});
