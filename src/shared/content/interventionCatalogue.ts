import type { BemCell } from '../domain/causes';
import { interventionKinds, type InterventionFields } from '../domain/intervention';
import { kindCells } from '../domain/recommendations';

export type CatalogueEntry = {
  key: string;
  name: string;
  description: string;
  /** Cells it addresses first, then others it helps. */
  cells: BemCell[];
  /** Counts as training for the "training won't fix this" warning. */
  training?: boolean;
};

/** The built-in intervention catalogue, keyed by the BEM cell each entry addresses first. */
export const interventionCatalogue: CatalogueEntry[] = [
  {
    key: 'clear-standards',
    name: 'Clear standards & expectations',
    description: 'Write down what good looks like, with measures, and agree it with every manager.',
    cells: [1],
  },
  {
    key: 'task-clarification',
    name: 'Task clarification',
    description: 'A written, step-by-step description of the task, with the standard each step must meet.',
    cells: [1],
  },
  {
    key: 'goal-setting',
    name: 'Goal setting with the performer',
    description: 'Agree a specific, reachable goal with each person, and review it together.',
    cells: [1, 6],
  },
  {
    key: 'worked-examples',
    name: 'Worked examples of good performance',
    description: 'Show real examples of the task done well, and why they are good.',
    cells: [1, 4],
  },
  {
    key: 'feedback-loop',
    name: 'Feedback loop / dashboard',
    description: 'Give each person timely data on their own performance.',
    cells: [1],
  },
  {
    key: 'self-monitoring',
    name: 'Self-monitoring',
    description: 'People record and chart their own results, so they see progress as it happens.',
    cells: [1, 3],
  },
  {
    key: 'peer-comparison',
    name: 'Peer-comparison feedback',
    description: 'Show each person where their results sit among colleagues doing the same work.',
    cells: [1, 3],
  },
  {
    key: 'manager-check-ins',
    name: 'Manager check-ins',
    description: 'Short, regular conversations about progress on the critical behaviours.',
    cells: [1, 3],
  },
  {
    key: 'kpi-alignment',
    name: 'KPI and scorecard alignment',
    description: 'Make the scorecard measure the behaviour the outcome needs.',
    cells: [1, 3],
  },
  {
    key: 'process-redesign',
    name: 'Process redesign',
    description: 'Remove the steps, hand-offs and approvals that get in the way.',
    cells: [2],
  },
  {
    key: 'job-aid',
    name: 'Job aid / checklist',
    description: 'Put the steps at the point of work, so they need not be remembered.',
    cells: [2, 4, 5],
  },
  {
    key: 'performance-support',
    name: 'Performance-support tool in the workflow',
    description: 'Guidance inside the system people already use.',
    cells: [2, 4],
  },
  { key: 'system-fix', name: 'System or tool fix', description: 'Repair or replace the tool that slows or blocks the work.', cells: [2] },
  {
    key: 'permissions',
    name: 'Permissions and authority',
    description: 'Let people decide and act within clear limits, without waiting for approval.',
    cells: [2],
  },
  {
    key: 'knowledge-ownership',
    name: 'Knowledge-base ownership',
    description: 'Give reference content an owner and a review cycle.',
    cells: [2],
  },
  {
    key: 'time-staffing',
    name: 'Time and staffing change',
    description: 'Protect the time the task needs, or staff for the peaks.',
    cells: [2, 5],
  },
  { key: 'recognition', name: 'Recognition', description: 'Notice and celebrate the behaviour, publicly and promptly.', cells: [3] },
  {
    key: 'public-posting',
    name: 'Public posting of group performance',
    description: 'A visible, often-updated chart of the team’s results against its goal: feedback and a shared aim.',
    cells: [3, 1],
  },
  {
    key: 'incentive-realignment',
    name: 'Incentive realignment',
    description: 'Reward the outcome and the behaviour, not the activity.',
    cells: [3],
  },
  {
    key: 'remove-punishment',
    name: 'Remove punishment of good performance',
    description: 'Stop the metrics or workloads that penalise doing it right.',
    cells: [3],
  },
  {
    key: 'manager-accountability',
    name: 'Manager accountability',
    description: 'Make managers answerable for reinforcing the behaviour.',
    cells: [3, 1],
  },
  { key: 'career-path', name: 'Career-path link', description: 'Tie progression to the critical behaviours.', cells: [3, 6] },
  {
    key: 'ilt-practice',
    name: 'Instructor-led training with practice',
    description: 'Live sessions built around realistic practice and feedback.',
    cells: [4],
    training: true,
  },
  {
    key: 'elearning-scenarios',
    name: 'E-learning with scenarios',
    description: 'Self-paced decisions in realistic situations, with consequences.',
    cells: [4],
    training: true,
  },
  {
    key: 'simulation',
    name: 'Simulation / practice environment',
    description: 'A safe copy of the real system to practise in before going live.',
    cells: [4],
    training: true,
  },
  {
    key: 'coaching',
    name: 'Coaching',
    description: 'Observed practice with specific feedback from a coach or manager.',
    cells: [4, 1],
    training: true,
  },
  {
    key: 'mentoring',
    name: 'Mentoring',
    description: 'An experienced colleague guides the person over time.',
    cells: [4, 6],
    training: true,
  },
  {
    key: 'microlearning',
    name: 'Microlearning at the moment of need',
    description: 'Short help available exactly when the task comes up.',
    cells: [4, 2],
    training: true,
  },
  {
    key: 'spaced-nudges',
    name: 'Spaced repetition and nudges',
    description: 'Reminders and retrieval practice spread over weeks.',
    cells: [4],
    training: true,
  },
  {
    key: 'ojt-plan',
    name: 'On-the-job learning plan',
    description: 'Planned stretch tasks with support, in the real job.',
    cells: [4],
    training: true,
  },
  {
    key: 'community-practice',
    name: 'Community of practice',
    description: 'Peers share cases and solutions regularly.',
    cells: [4, 6],
    training: true,
  },
  {
    key: 'peer-learning',
    name: 'Peer learning / case sharing',
    description: 'Short sessions where people walk through real cases.',
    cells: [4],
    training: true,
  },
  { key: 'selection-criteria', name: 'Selection criteria', description: 'Hire for the capabilities the job really needs.', cells: [5] },
  { key: 'placement', name: 'Placement / role fit', description: 'Match people to the roles that fit their strengths.', cells: [5, 6] },
  { key: 'job-redesign', name: 'Job redesign', description: 'Reshape the role so it can be done well by the people in it.', cells: [5, 2] },
  {
    key: 'peak-scheduling',
    name: 'Scheduling around peaks',
    description: 'Plan rotas so the hardest work meets the people able to do it.',
    cells: [5, 2],
  },
  { key: 'recruit-fit', name: 'Recruiting for fit', description: 'Describe the job as it really is when recruiting.', cells: [6] },
  {
    key: 'development-plan',
    name: 'Development plan',
    description: 'A personal plan that links the job to the person’s goals.',
    cells: [6, 4],
  },
  {
    key: 'psych-safety',
    name: 'Psychological safety and experimentation',
    description: 'Make it safe to try, ask and admit mistakes.',
    cells: [6, 3],
  },
  {
    key: 'role-modelling',
    name: 'Leadership role-modelling',
    description: 'Leaders visibly do the behaviour they ask for.',
    cells: [6, 1],
  },
];

export const catalogueEntryByKey = new Map(interventionCatalogue.map((i) => [i.key, i]));

/** A catalogue entry as a new intervention's fields: its cells travel with it, so its credit never depends on the catalogue later. */
export function catalogueFields(
  entry: CatalogueEntry,
): Pick<InterventionFields, 'name' | 'description' | 'catalogueKey' | 'kind' | 'cells'> {
  const kind = entry.training ? 'training' : interventionKinds.find((k) => kindCells[k][0] === entry.cells[0])!;
  return { name: entry.name, description: entry.description, catalogueKey: entry.key, kind, cells: [...entry.cells] };
}

/**
 * A new intervention from the picker: a catalogue entry brings its cells; one written freely for a
 * cause addresses that cause's cell until the user says otherwise (shown and editable on its card).
 */
export function pickedIntervention(entry: CatalogueEntry | { name: string }, causeCell: BemCell | null): Partial<InterventionFields> {
  if ('key' in entry) return catalogueFields(entry);
  return { name: entry.name, cells: causeCell ? [causeCell] : null };
}
