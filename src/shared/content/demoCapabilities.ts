import type { AssessmentSource, CapabilityKind, TransferSupport } from '../domain/capability/records';

/**
 * The demo's capability framework (CONTENT.md section 10): what Northwind's agents and team leaders
 * must be able to do, the level each role requires, and assessments that tell the verdict's story:
 * the real learning gap is narrow (new agents, on the billing system).
 */

type Role = 'agents' | 'leaders';
export type DemoCapability = {
  key: string;
  name: string;
  kind: CapabilityKind;
  description: string;
  role: Role;
  required: number;
  importance: number;
  /** Behaviours by their text in the demo (demo.ts). */
  behaviours: string[];
  /** Learning-gap causes by their key in the demo. */
  causes: string[];
};

const resolve = 'resolve billing disputes on the first call';
const checkKb = 'check the knowledge base before transferring a call';
const review = 'review two calls per agent per week and give feedback';

export const demoCapabilities: DemoCapability[] = [
  {
    key: 'billing',
    name: 'Billing-dispute resolution in the billing system',
    kind: 'skill',
    description:
      'Finds the disputed charge, corrects it and issues the adjustment in the billing system while the customer is on the line.',
    role: 'agents',
    required: 3,
    importance: 5,
    behaviours: [resolve],
    causes: ['no-practice'],
  },
  {
    key: 'policy',
    name: 'Credit and refund policy',
    kind: 'knowledge',
    description: 'Which credits and refunds an agent may give, up to what amount, and when to escalate.',
    role: 'agents',
    required: 3,
    importance: 4,
    behaviours: [resolve],
    causes: [],
  },
  {
    key: 'kb',
    name: 'Knowledge-base search and judging an article’s currency',
    kind: 'tool',
    description: 'Finds the right article in a few searches and checks its review date before relying on it.',
    role: 'agents',
    required: 3,
    importance: 3,
    behaviours: [checkKb],
    causes: ['kb-syntax'],
  },
  {
    key: 'deescalation',
    name: 'De-escalation on a difficult call',
    kind: 'skill',
    description: 'Calms an upset customer enough to work on the problem together.',
    role: 'agents',
    required: 3,
    importance: 3,
    behaviours: [resolve],
    causes: [],
  },
  {
    key: 'code',
    name: 'Recording the resolution code correctly',
    kind: 'behaviour',
    description: 'Closes every call with the code that matches what happened, so FCR is measured truly.',
    role: 'agents',
    required: 4,
    importance: 2,
    behaviours: [resolve],
    causes: [],
  },
  {
    key: 'review',
    name: 'Call review with the FCR rubric',
    kind: 'skill',
    description: 'Scores a recorded call against the first-contact-resolution rubric and picks the one point to work on.',
    role: 'leaders',
    required: 3,
    importance: 4,
    behaviours: [review],
    causes: [],
  },
  {
    key: 'coaching',
    name: 'Coaching conversation',
    kind: 'skill',
    description: 'Runs a short conversation in which the agent names what to do differently on the next call.',
    role: 'leaders',
    required: 3,
    importance: 4,
    behaviours: [review],
    causes: ['feedback-skill'],
  },
];

export type DemoAssessment = { capability: string; role: Role; person: string; level: number; source: AssessmentSource; date: string };

/** A small seeded generator (mulberry32): the same demo every time, no Math.random. */
function seeded(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
/** One of the levels, weighted: pick(r, [[1, 0.5], [2, 0.5]]). */
const pick = (r: number, weights: [number, number][]) => {
  let left = r;
  for (const [level, w] of weights) if ((left -= w) < 0) return level;
  return weights[weights.length - 1][0];
};

export const DEMO_AGENTS = 60;
/** The first 20 agents joined less than six months ago. */
export const DEMO_NEW_AGENTS = 20;
export const DEMO_LEADERS = 14;
const personOf = (n: number) => `P-${String(n).padStart(3, '0')}`;

/** Each capability's counted level for a new agent and for a veteran, as weights over levels. */
const agentLevels: Record<string, { fresh: [number, number][]; veteran: [number, number][] }> = {
  billing: {
    fresh: [
      [1, 0.45],
      [2, 0.45],
      [3, 0.1],
    ],
    veteran: [
      [3, 0.6],
      [4, 0.4],
    ],
  },
  policy: {
    fresh: [
      [2, 0.4],
      [3, 0.6],
    ],
    veteran: [
      [3, 0.7],
      [4, 0.3],
    ],
  },
  kb: {
    fresh: [
      [2, 0.2],
      [3, 0.8],
    ],
    veteran: [
      [3, 0.8],
      [4, 0.2],
    ],
  },
  deescalation: {
    fresh: [
      [2, 0.15],
      [3, 0.85],
    ],
    veteran: [
      [3, 0.8],
      [4, 0.2],
    ],
  },
  code: {
    fresh: [
      [3, 0.3],
      [4, 0.7],
    ],
    veteran: [
      [4, 0.8],
      [5, 0.2],
    ],
  },
};
const leaderLevels: Record<string, [number, number][]> = {
  review: [
    [2, 0.15],
    [3, 0.7],
    [4, 0.15],
  ],
  coaching: [
    [2, 0.2],
    [3, 0.65],
    [4, 0.15],
  ],
};
/** Tested in the billing-system sandbox and a policy quiz; the rest rated by managers. */
const tested = new Set(['billing', 'policy']);
/** Asked of every third agent and every second leader: people rate themselves half a level or so higher. */
const selfRated = new Set(['billing', 'deescalation', 'coaching']);

/** The demo's assessments, February 2026: about 60 agents and the 14 team leaders, anonymous. */
export function demoAssessments(): DemoAssessment[] {
  const random = seeded(20260217);
  const rows: DemoAssessment[] = [];
  const add = (capability: string, role: Role, person: string, level: number, every: number, n: number) => {
    const source: AssessmentSource = tested.has(capability) ? 'test' : 'manager';
    rows.push({ capability, role, person, level, source, date: source === 'test' ? '2026-02-10' : '2026-02-17' });
    // A manager's view beside every test, as the assessment round asked for both.
    if (source === 'test')
      rows.push({
        capability,
        role,
        person,
        level: Math.min(
          5,
          level +
            pick(random(), [
              [0, 0.7],
              [1, 0.3],
            ]),
        ),
        source: 'manager',
        date: '2026-02-17',
      });
    if (selfRated.has(capability) && n % every === 0)
      rows.push({
        capability,
        role,
        person,
        level: Math.min(
          5,
          level +
            pick(random(), [
              [0, 0.4],
              [1, 0.6],
            ]),
        ),
        source: 'self',
        date: '2026-02-05',
      });
  };
  for (let n = 1; n <= DEMO_AGENTS; n++)
    for (const [capability, levels] of Object.entries(agentLevels))
      add(capability, 'agents', personOf(n), pick(random(), n <= DEMO_NEW_AGENTS ? levels.fresh : levels.veteran), 3, n);
  for (let n = 1; n <= DEMO_LEADERS; n++)
    for (const [capability, levels] of Object.entries(leaderLevels))
      add(capability, 'leaders', personOf(DEMO_AGENTS + n), pick(random(), levels), 2, n);
  return rows;
}

/** The learning needs that turn the billing gap into objectives, closed by the billing simulator. */
export const demoLearningNeeds = [
  {
    capability: 'billing',
    role: 'agents' as Role,
    behaviour: resolve,
    intervention: 'simulation',
    action: 'Resolve a billing dispute in the billing system, issuing any credit up to the agent’s limit',
    condition: 'On a live-like call in the billing simulator, without a supervisor’s help',
    standard: 'Correct adjustment and resolution code in 8 of 10 scenarios, each within 12 minutes',
    owner: 'Team leaders',
    startDate: '2026-05-01',
    dueDate: '2026-08-31',
  },
  {
    capability: 'policy',
    role: 'agents' as Role,
    behaviour: resolve,
    intervention: 'simulation',
    action: 'Decide whether a credit or refund is within policy, then issue or escalate it',
    condition: 'For the 15 most common dispute types, with the credit quick guide at hand',
    standard: 'Every decision matches the policy in the monthly audit sample',
    owner: 'Team leaders',
    startDate: '2026-05-01',
    dueDate: '2026-07-31',
  },
];

/** What makes the billing simulator stick: realistic practice, spaced repetition and coaching. */
export const demoSimulatorTransfer: { supports: TransferSupport[]; note: string } = {
  supports: ['realistic_practice', 'spaced_repetition', 'manager_coaching'],
  note: 'Scenarios repeated one, two and four weeks after going live; team leaders replay one simulator call in each one-to-one.',
};
