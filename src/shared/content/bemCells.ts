import type { BemCell } from '../domain/causes';
import { cellBucket, type Bucket } from '../domain/buckets';

export { bucketLabels, type Bucket } from '../domain/buckets';

export type BemCellInfo = {
  name: string;
  short: string;
  bucket: Bucket;
  question: string;
  lookFor: string[];
  evidence: string;
  /** Cathy Moore's "Will training help?" branch, for users who think in action mapping. */
  moore: string;
  note?: string;
};

/** Gilbert's six cells in the order they are checked: cheapest fixes first. */
export const bemCellInfo: Record<BemCell, BemCellInfo> = {
  1: {
    name: 'Information: expectations & feedback',
    short: 'Information',
    bucket: cellBucket(1),
    question: 'Do people know exactly what good looks like, and hear how they are doing soon enough to adjust?',
    lookFor: [
      'Standards that differ from one manager to the next',
      'Targets nobody can recite',
      'Feedback only at the annual review',
      'Conflicting instructions',
      'Dashboards that exist but nobody sees',
    ],
    evidence: 'Interviews with performers and managers; job descriptions and scorecards; observation.',
    moore: 'Environment',
  },
  2: {
    name: 'Resources: tools, process, time',
    short: 'Resources',
    bucket: cellBucket(2),
    question: 'Do they have the tools, information, materials, process and time the task needs?',
    lookFor: [
      'Missing system permissions or authority',
      'Slow or broken tools',
      'Out-of-date reference material',
      'Steps that need another team',
      'Workloads that leave no time to do it the right way',
    ],
    evidence: 'Process walk-throughs, system data, observation, time studies.',
    moore: 'Environment',
  },
  3: {
    name: 'Incentives & consequences',
    short: 'Incentives',
    bucket: cellBucket(3),
    question: 'What happens to someone who does it right, and to someone who doesn’t?',
    lookFor: [
      'Doing it right is slower, and the metric punishes slowness',
      'Rewards for the wrong thing',
      'No consequence either way',
      'Good performers get more work',
    ],
    evidence: 'Scorecards and incentive plans, interviews, top vs bottom performers compared.',
    moore: 'Environment / motivation',
  },
  4: {
    name: 'Knowledge & skills',
    short: 'Knowledge & skills',
    bucket: cellBucket(4),
    question: 'Do they know how, and have they practised enough to do it well under real conditions?',
    lookFor: [
      'People who could not do it even if their job depended on it',
      'Errors that show a wrong mental model',
      'New hires struggling while veterans succeed with the same tools',
    ],
    evidence: 'Skill demonstrations, scenario tests, error analysis, observation.',
    moore: 'Knowledge / skills',
    note: 'Should this knowledge live in memory, or in a job aid?',
  },
  5: {
    name: 'Capacity',
    short: 'Capacity',
    bucket: cellBucket(5),
    question: 'Can the people in this role do it at all: physically, cognitively, at that volume?',
    lookFor: ['Selection that does not match the job', 'Peaks beyond anyone’s capacity', 'Tasks that need a different profile'],
    evidence: 'Workload data, selection criteria, comparison across shifts or sites.',
    moore: 'Environment (fit)',
  },
  6: {
    name: 'Motives',
    short: 'Motives',
    bucket: cellBucket(6),
    question: 'Do they want to do it; does the job as it really is match what motivates them?',
    lookFor: ['Disengagement that persists after environment causes are fixed', 'Recruiting that sells a different job'],
    evidence: 'Engagement surveys, exit interviews, interviews.',
    moore: 'Motivation',
    note: 'Low motivation is usually a symptom of cells 1–3: check them first.',
  },
};
