import type { Answer, BemCell, Proposal, QuickPathState } from '../domain';

export type QuickPathProposalData = {
  /** The answer that triggers it. */
  on: Answer;
  cell: BemCell;
  cause: string;
  /** Keys into the intervention catalogue, best fit first. */
  interventions: string[];
};

export type QuickPathQuestion = {
  id: string;
  step: string;
  text: string;
  hint: string;
  /** Shown only when an earlier question got this answer. */
  after?: { id: string; answer: Answer };
  propose?: QuickPathProposalData;
};

/** Mager & Pipe's flowchart as a short questionnaire, in the order it is asked. */
export const quickPathQuestions: QuickPathQuestion[] = [
  {
    id: 'worth',
    step: 'Is it worth solving?',
    text: 'Is the gap worth closing, given what it costs each month against the effort of fixing it?',
    hint: 'If the gap costs little, park the behaviour with a note and spend the effort elsewhere.',
  },
  {
    id: 'expectations',
    step: 'Fast fixes',
    text: 'Do they know what is expected of them?',
    hint: 'Ask three performers to describe “good”. Do their answers match each other, and the standard?',
    propose: {
      on: 'no',
      cell: 1,
      cause: 'Performers are not clear what is expected of them',
      interventions: ['clear-standards', 'worked-examples'],
    },
  },
  {
    id: 'feedback',
    step: 'Fast fixes',
    text: 'Do they get feedback on how they are doing, soon enough to adjust?',
    hint: 'Feedback once a year, or only when something goes wrong, does not count.',
    propose: {
      on: 'no',
      cell: 1,
      cause: 'Performers get little or late feedback on how they are doing',
      interventions: ['feedback-loop', 'manager-check-ins'],
    },
  },
  {
    id: 'resources',
    step: 'Fast fixes',
    text: 'Do they have the tools, information, time and process the task needs?',
    hint: 'Walk through the task with a performer and note every wait, workaround and missing permission.',
    propose: {
      on: 'no',
      cell: 2,
      cause: 'Tools, information, time or process get in the way of doing it',
      interventions: ['process-redesign', 'system-fix', 'job-aid'],
    },
  },
  {
    id: 'consequences',
    step: 'Consequences',
    text: 'Is doing it right punished, doing it wrong rewarded, or does it not matter to them either way?',
    hint: 'Compare what happens to the best and the worst performer on this behaviour.',
    propose: {
      on: 'yes',
      cell: 3,
      cause: 'Doing it right is punished, or doing it wrong has no consequence',
      interventions: ['remove-punishment', 'incentive-realignment', 'manager-accountability'],
    },
  },
  {
    id: 'jobDependedOnIt',
    step: 'Skill or not?',
    text: 'Could they do it if their job depended on it?',
    hint: 'If yes, it is not a skill deficiency, and training will not fix it.',
  },
  {
    id: 'onceKnew',
    step: 'Skill deficiency',
    text: 'Did they once know how to do it?',
    hint: 'Think of people who did it well in the past, or in another team.',
    after: { id: 'jobDependedOnIt', answer: 'no' },
    propose: {
      on: 'no',
      cell: 4,
      cause: 'They have never learned how to do it',
      interventions: ['ilt-practice', 'simulation', 'elearning-scenarios'],
    },
  },
  {
    id: 'usedOften',
    step: 'Skill deficiency',
    text: 'Is the skill used often?',
    hint: 'A skill used twice a year fades; one used daily drifts without feedback.',
    after: { id: 'onceKnew', answer: 'yes' },
    propose: {
      on: 'no',
      cell: 4,
      cause: 'The skill is used too rarely to stay sharp',
      interventions: ['spaced-nudges', 'job-aid', 'simulation'],
    },
  },
  {
    id: 'usedOftenDrift',
    step: 'Skill deficiency',
    text: 'Do they get feedback and coaching on how they apply the skill?',
    hint: 'A skill used daily without feedback drifts from the standard.',
    after: { id: 'usedOften', answer: 'yes' },
    propose: {
      on: 'no',
      cell: 4,
      cause: 'The skill has drifted without feedback or coaching',
      interventions: ['coaching', 'manager-check-ins'],
    },
  },
  {
    id: 'simpler',
    step: 'Skill deficiency',
    text: 'Can the task be made simpler, with a job aid, a checklist or a redesign?',
    hint: 'Knowledge that can live in a job aid does not need to live in memory.',
    after: { id: 'jobDependedOnIt', answer: 'no' },
    propose: {
      on: 'yes',
      cell: 2,
      cause: 'The task is more complex than it needs to be',
      interventions: ['job-aid', 'performance-support', 'process-redesign'],
    },
  },
  {
    id: 'potential',
    step: 'Skill deficiency',
    text: 'Do they have the potential to learn it?',
    hint: 'Consider selection, the volume asked and the demands of the task.',
    after: { id: 'jobDependedOnIt', answer: 'no' },
    propose: {
      on: 'no',
      cell: 5,
      cause: 'The role asks more than the people in it can be expected to do',
      interventions: ['selection-criteria', 'placement', 'job-redesign'],
    },
  },
];

// The rules that walk the questionnaire live beside it: content may build on the domain, never the reverse.
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
