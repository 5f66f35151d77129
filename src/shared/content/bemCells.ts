import type { BemCell } from '../domain/analysis';

export type Bucket = 'process' | 'learning' | 'fit';

export const bucketLabels: Record<Bucket, string> = {
  process: 'Process/environment',
  learning: 'Learning gap',
  fit: 'Individual fit',
};

/** Gilbert's six cells in the order they are checked: cheapest fixes first. */
export const bemCellInfo: Record<BemCell, { name: string; bucket: Bucket; question: string }> = {
  1: {
    name: 'Information: expectations & feedback',
    bucket: 'process',
    question: 'Do people know exactly what good looks like, and hear how they are doing soon enough to adjust?',
  },
  2: {
    name: 'Resources: tools, process, time',
    bucket: 'process',
    question: 'Do they have the tools, information, materials, process and time the task needs?',
  },
  3: {
    name: 'Incentives & consequences',
    bucket: 'process',
    question: 'What happens to someone who does it right, and to someone who does not?',
  },
  4: {
    name: 'Knowledge & skills',
    bucket: 'learning',
    question: 'Do they know how, and have they practised enough to do it well under real conditions?',
  },
  5: {
    name: 'Capacity',
    bucket: 'fit',
    question: 'Can the people in this role do it at all: physically, cognitively, at that volume?',
  },
  6: {
    name: 'Motives',
    bucket: 'fit',
    question: 'Do they want to do it; does the job as it really is match what motivates them?',
  },
};
