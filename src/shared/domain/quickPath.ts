import { z } from 'zod';
import { quickPathQuestions, type Answer, type QuickPathQuestion } from '../content/quickPath';
import type { BemCell } from './analysis';

export const answer = z.enum(['yes', 'no', 'unsure']);

/** What a behaviour's quick path holds: the answers, and which proposals were taken or set aside. */
export const quickPathState = z.object({
  answers: z.record(z.string(), answer).default({}),
  accepted: z.array(z.string()).default([]),
  dismissed: z.array(z.string()).default([]),
});
export type QuickPathState = z.infer<typeof quickPathState>;
export const emptyQuickPath: QuickPathState = { answers: {}, accepted: [], dismissed: [] };

export type Proposal =
  | { key: string; kind: 'park'; questionId: string; text: string }
  | { key: string; kind: 'cause'; questionId: string; cell: BemCell; text: string; interventions: string[] };

export const questionIds = quickPathQuestions.map((q) => q.id);

/** The questions to show given the answers so far: a "no" to "worth closing?" ends the path. */
export function visibleQuestions(answers: Record<string, Answer>): QuickPathQuestion[] {
  if (answers.worth === 'no') return quickPathQuestions.filter((q) => q.id === 'worth');
  const shown: QuickPathQuestion[] = [];
  for (const q of quickPathQuestions) {
    if (!q.after) shown.push(q);
    else if (shown.some((s) => s.id === q.after!.id) && answers[q.after.id] === q.after.answer) shown.push(q);
  }
  return shown;
}

/** What the answers propose, in question order; accepted and dismissed ones are marked, not hidden. */
export function quickPathProposals(state: QuickPathState): (Proposal & { status: 'open' | 'accepted' | 'dismissed' })[] {
  const status = (key: string) => (state.accepted.includes(key) ? 'accepted' : state.dismissed.includes(key) ? 'dismissed' : 'open');
  const out: (Proposal & { status: 'open' | 'accepted' | 'dismissed' })[] = [];
  if (state.answers.worth === 'no') {
    const key = 'worth:no';
    return [
      { key, kind: 'park', questionId: 'worth', text: 'Park this behaviour: the gap is not worth closing now.', status: status(key) },
    ];
  }
  for (const q of visibleQuestions(state.answers)) {
    if (!q.propose || state.answers[q.id] !== q.propose.on) continue;
    const key = `${q.id}:${q.propose.on}`;
    out.push({
      key,
      kind: 'cause',
      questionId: q.id,
      cell: q.propose.cell,
      text: q.propose.cause,
      interventions: q.propose.interventions,
      status: status(key),
    });
  }
  return out;
}

/** "Could they do it if their job depended on it?" — yes means training will not fix it. */
export function notSkillDeficiency(state: QuickPathState) {
  return state.answers.worth !== 'no' && state.answers.jobDependedOnIt === 'yes';
}

export function isQuestionId(id: string) {
  return questionIds.includes(id);
}
