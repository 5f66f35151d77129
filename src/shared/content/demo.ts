import type { EngagementFields } from '../domain/engagement';
import type { OutcomeFields } from '../domain/outcome';
import type { BemCell, EvidenceState } from '../domain/causes';

/**
 * The demo engagement: a believable contact-centre case (numbers are illustrative). Records
 * refer to each other by local keys; the seeding service gives them real ids.
 */
export type DemoEvidence = {
  source: 'interview' | 'data' | 'observation' | 'survey' | 'document' | 'workshop';
  date: string;
  note: string;
  strength: 'weak' | 'moderate' | 'strong';
  person?: string;
  confidential?: boolean;
};
export type DemoCause = {
  /** Lets interventions refer to the causes they serve. */
  key?: string;
  text: string;
  cell: BemCell;
  weight: number;
  evidenceState: EvidenceState;
  raisedBy: string;
  evidence: DemoEvidence[];
};
export type DemoBehaviour = {
  text: string;
  audience: 'agents' | 'leaders';
  desired: string;
  actual: string;
  impact: number;
  gapSize: number;
  causes: DemoCause[];
};

export const demoEngagement: EngagementFields = {
  name: 'First-contact resolution 2026',
  client: 'Northwind Energy',
  sponsor: 'Priya Raman, Head of Customer Operations',
  consultant: 'Alex Morgan',
  startDate: '2026-01-12',
  endDate: '2026-12-31',
  confidential: true,
  status: 'diagnosing',
};

export const demoAudiences = {
  agents: { role: 'Frontline agents', headcount: 140 },
  leaders: { role: 'Team leaders', headcount: 14 },
} as const;

export const demoOutcome: OutcomeFields = {
  kpiName: 'First-contact resolution',
  unit: '%',
  direction: 'increase',
  baselineValue: 62,
  baselineDate: '2026-01-31',
  targetValue: 75,
  targetDate: '2026-12-31',
  dataSource: 'Telephony platform + CRM case closure codes',
  owner: 'Head of Customer Operations',
};

export const demoBehaviours: DemoBehaviour[] = [
  {
    text: 'resolve billing disputes on the first call',
    audience: 'agents',
    desired: '80% of billing disputes closed on the first call',
    actual: '54% closed on the first call',
    impact: 5,
    gapSize: 4,
    causes: [
      {
        key: 'credit-limit',
        text: 'Agents may not issue credits above £25 without a supervisor, so disputes wait for a call-back',
        cell: 2,
        weight: 5,
        evidenceState: 'confirmed',
        raisedBy: 'Team leader interviews',
        evidence: [
          {
            source: 'data',
            date: '2026-02-10',
            note: '41% of repeat billing calls in January were waiting for a supervisor credit approval.',
            strength: 'strong',
          },
          {
            source: 'interview',
            date: '2026-02-04',
            note: '"I know what to do, I just am not allowed to do it."',
            strength: 'moderate',
            person: 'Agent, Leeds site',
            confidential: true,
          },
        ],
      },
      {
        key: 'aht',
        text: 'The average-handle-time target penalises the longer calls that resolve disputes',
        cell: 3,
        weight: 4,
        evidenceState: 'supported',
        raisedBy: 'Workshop, 12 Feb',
        evidence: [
          {
            source: 'document',
            date: '2026-02-06',
            note: 'Agent scorecard weights handle time at 40%; FCR is not on it.',
            strength: 'strong',
          },
        ],
      },
      {
        key: 'no-practice',
        text: 'New agents get no practice on the billing system before going live',
        cell: 4,
        weight: 3,
        evidenceState: 'supported',
        raisedBy: 'Training team',
        evidence: [
          {
            source: 'observation',
            date: '2026-02-18',
            note: 'Agents in their first 90 days took twice as long to find the adjustment screen.',
            strength: 'moderate',
          },
        ],
      },
      {
        text: 'Agents lack empathy training',
        cell: 4,
        weight: 2,
        evidenceState: 'ruled_out',
        raisedBy: 'Sponsor',
        evidence: [
          {
            source: 'data',
            date: '2026-02-20',
            note: 'Quality scores for empathy are 4.5/5 on disputed calls; no link with repeat calls.',
            strength: 'strong',
          },
        ],
      },
    ],
  },
  {
    text: 'check the knowledge base before transferring a call',
    audience: 'agents',
    desired: 'Knowledge base opened on 90% of calls before a transfer',
    actual: 'Opened on 35% of calls before a transfer',
    impact: 4,
    gapSize: 4,
    causes: [
      {
        key: 'kb-stale',
        text: 'Knowledge-base articles on tariffs are months out of date, so agents stopped trusting them',
        cell: 2,
        weight: 5,
        evidenceState: 'confirmed',
        raisedBy: 'Process walk-through',
        evidence: [
          {
            source: 'document',
            date: '2026-02-12',
            note: '23 of 31 tariff articles were last reviewed before the October price change.',
            strength: 'strong',
          },
        ],
      },
      {
        key: 'no-fcr-feedback',
        text: 'Agents are never told their own first-contact resolution rate',
        cell: 1,
        weight: 3,
        evidenceState: 'supported',
        raisedBy: 'Agent focus group',
        evidence: [
          {
            source: 'survey',
            date: '2026-02-16',
            note: '78% of agents could not estimate their own FCR within 10 points.',
            strength: 'moderate',
          },
        ],
      },
      {
        key: 'kb-syntax',
        text: 'Agents do not know the search syntax of the knowledge base',
        cell: 4,
        weight: 2,
        evidenceState: 'hypothesis',
        raisedBy: 'IT service desk',
        evidence: [],
      },
    ],
  },
  {
    text: 'review two calls per agent per week and give feedback',
    audience: 'leaders',
    desired: '2 reviewed calls per agent per week',
    actual: '0.6 reviewed calls per agent per week',
    impact: 3,
    gapSize: 5,
    causes: [
      {
        key: 'no-time',
        text: 'Team leaders have no protected time for call reviews; they cover the queue at peaks',
        cell: 2,
        weight: 4,
        evidenceState: 'confirmed',
        raisedBy: 'Time study',
        evidence: [
          {
            source: 'data',
            date: '2026-02-24',
            note: 'Team leaders spent 62% of their week on the phones in February.',
            strength: 'strong',
          },
        ],
      },
      {
        text: 'Each team leader covers 10 agents across two shifts: more reviews than one person can fit in',
        cell: 5,
        weight: 2,
        evidenceState: 'supported',
        raisedBy: 'Workforce planning',
        evidence: [
          {
            source: 'data',
            date: '2026-02-24',
            note: 'Span of control is 1:10, against 1:8 at the two best-performing sites.',
            strength: 'moderate',
          },
        ],
      },
      {
        key: 'feedback-skill',
        text: 'Team leaders are unsure how to give feedback that changes behaviour',
        cell: 4,
        weight: 2,
        evidenceState: 'hypothesis',
        raisedBy: 'HR business partner',
        evidence: [],
      },
    ],
  },
];

export type DemoMeasure = {
  name: string;
  unit: string;
  level: number;
  ltemTier: number | null;
  leading: boolean;
  method: string;
  timing: string;
  baseline: number | null;
  target: number | null;
};

export type DemoIntervention = {
  name: string;
  catalogueKey: string;
  kind: 'information' | 'resources' | 'incentives' | 'training' | 'capacity' | 'motives' | 'other';
  description: string;
  owner: string;
  effort: number;
  status: 'proposed' | 'planned' | 'in_progress' | 'done' | 'dropped';
  startDate: string;
  endDate: string;
  expectedEffect: string;
  causes: string[];
  measures: DemoMeasure[];
};

/** Measures of the outcome itself (level 4 results). */
export const demoOutcomeMeasures: DemoMeasure[] = [
  {
    name: 'First-contact resolution',
    unit: '%',
    level: 4,
    ltemTier: 8,
    leading: false,
    method: 'Telephony + CRM closure codes, control site comparison',
    timing: 'Monthly',
    baseline: 62,
    target: 75,
  },
  {
    name: 'Repeat-call rate',
    unit: '%',
    level: 4,
    ltemTier: 8,
    leading: false,
    method: 'Telephony: same caller within 7 days',
    timing: 'Monthly',
    baseline: 21,
    target: 14,
  },
];

export const demoInterventions: DemoIntervention[] = [
  {
    name: 'Raise the credit limit to £150, with an audit rule',
    catalogueKey: 'permissions',
    kind: 'resources',
    description: 'Agents approve credits up to £150; a weekly audit samples 5% of them.',
    owner: 'Head of Customer Operations',
    effort: 2,
    status: 'planned',
    startDate: '2026-04-01',
    endDate: '2026-04-30',
    expectedEffect: 'Removes the supervisor call-back on most billing disputes.',
    causes: ['credit-limit'],
    measures: [],
  },
  {
    name: 'Knowledge-base ownership and monthly review cycle',
    catalogueKey: 'knowledge-ownership',
    kind: 'resources',
    description: 'Each tariff article gets a named owner and a review date tied to price changes.',
    owner: 'Knowledge manager',
    effort: 3,
    status: 'in_progress',
    startDate: '2026-03-15',
    endDate: '2026-06-30',
    expectedEffect: 'Agents trust and use the knowledge base instead of transferring.',
    causes: ['kb-stale'],
    measures: [
      {
        name: 'Transfer rate',
        unit: '%',
        level: 3,
        ltemTier: 7,
        leading: true,
        method: 'Telephony transfer logs',
        timing: 'Weekly',
        baseline: 18,
        target: 10,
      },
      {
        name: 'Knowledge-base use per call',
        unit: 'views',
        level: 3,
        ltemTier: 7,
        leading: true,
        method: 'Knowledge-base analytics',
        timing: 'Weekly',
        baseline: 0.4,
        target: 1,
      },
    ],
  },
  {
    name: 'Replace handle time with FCR on agent scorecards',
    catalogueKey: 'incentive-realignment',
    kind: 'incentives',
    description: 'Handle time is reported but no longer scored; first-contact resolution takes its weight.',
    owner: 'Head of Customer Operations',
    effort: 2,
    status: 'planned',
    startDate: '2026-04-01',
    endDate: '2026-05-31',
    expectedEffect: 'Agents stop rushing disputes to protect their handle time.',
    causes: ['aht'],
    measures: [],
  },
  {
    name: 'Weekly personal FCR feedback',
    catalogueKey: 'feedback-loop',
    kind: 'information',
    description: 'Each agent sees their own FCR and repeat calls every Monday.',
    owner: 'MI team',
    effort: 2,
    status: 'proposed',
    startDate: '2026-05-01',
    endDate: '2026-06-15',
    expectedEffect: 'Agents can see and correct their own patterns.',
    causes: ['no-fcr-feedback'],
    measures: [],
  },
  {
    name: 'Billing simulator for new hires',
    catalogueKey: 'simulation',
    kind: 'training',
    description: 'Ten scenarios on a copy of the billing system, practised before going live.',
    owner: 'Training team',
    effort: 4,
    status: 'planned',
    startDate: '2026-05-01',
    endDate: '2026-08-31',
    expectedEffect: 'New agents handle billing adjustments confidently from their first week.',
    causes: ['no-practice'],
    measures: [
      {
        name: 'Simulator scenario scores',
        unit: '%',
        level: 2,
        ltemTier: 6,
        leading: true,
        method: 'Simulator skill demonstration',
        timing: 'End of training and after 30 days',
        baseline: null,
        target: 85,
      },
      {
        name: 'Agent reaction',
        unit: '/5',
        level: 1,
        ltemTier: 3,
        leading: false,
        method: 'Post-training survey',
        timing: 'End of training',
        baseline: null,
        target: 4.2,
      },
    ],
  },
  {
    name: 'Protected coaching hours for team leaders',
    catalogueKey: 'time-staffing',
    kind: 'resources',
    description: 'Four hours a week off the queue for each team leader, covered by a floating agent.',
    owner: 'Workforce planning',
    effort: 3,
    status: 'proposed',
    startDate: '2026-06-01',
    endDate: '2026-12-31',
    expectedEffect: 'Two reviewed calls per agent per week.',
    causes: ['no-time'],
    measures: [],
  },
];

/** Monthly results at the main site (treatment) and the control site, which started three months later. */
const months = [
  '2026-01-31',
  '2026-02-28',
  '2026-03-31',
  '2026-04-30',
  '2026-05-31',
  '2026-06-30',
  '2026-07-31',
  '2026-08-31',
  '2026-09-30',
  '2026-10-31',
];
const series = (treatment: number[], control: number[]) => [
  ...months.map((date, i) => ({ date, value: treatment[i], cohort: 'treatment' as const })),
  ...months.map((date, i) => ({ date, value: control[i], cohort: 'control' as const })),
];
export const demoObservations: Record<string, { date: string; value: number; cohort: 'all' | 'treatment' | 'control' }[]> = {
  'First-contact resolution': series([62, 62, 63, 64, 66, 68, 69, 70, 71, 72], [61, 62, 62, 63, 63, 63, 64, 66, 68, 69]),
  'Repeat-call rate': series([21, 21, 20.5, 19, 17.5, 16.5, 16, 15.5, 15, 15], [21, 21.5, 21, 21, 20.5, 20.5, 20, 19, 18, 17.5]),
  'Transfer rate': [18, 17, 16, 14, 13, 12, 12, 11, 11, 10].map((value, i) => ({ date: months[i], value, cohort: 'all' as const })),
  'Simulator scenario scores': [71, 78, 83, 86, 88].map((value, i) => ({ date: months[i + 4], value, cohort: 'treatment' as const })),
};

export const demoBenefits = [
  {
    name: 'Fewer repeat calls',
    measure: 'Repeat-call rate',
    kind: 'effect' as const,
    // January (before either site began) against October, the latest complete month of the data.
    isolation: {
      method: 'control' as const,
      treatmentBefore: 21,
      treatmentAfter: 15,
      controlBefore: 21,
      controlAfter: 17.5,
      period: { beforeFrom: '2026-01', beforeTo: '2026-01', after: '2026-10', observations: 4 },
    },
    conversion: {
      method: 'standard' as const,
      betterWhen: 'lower' as const,
      valuePerUnit: 118_080,
      valuePerUnitLow: 100_800,
      note: 'One point of repeat-call rate = 2,400 calls a month; × 12 months × £4.10 handling cost per call (£3.50 at the lowest credible rate).',
    },
    timeSaved: null,
    years: 1,
    justification: '',
  },
  {
    name: 'Team leaders’ time released from the queue',
    measure: null,
    kind: 'time' as const,
    // Rests on protected coaching hours, not yet in place: nothing isolates it, so it is credited zero.
    isolation: { method: 'none' as const },
    conversion: { method: 'standard' as const, betterWhen: 'higher' as const, valuePerUnit: null, valuePerUnitLow: null, note: '' },
    timeSaved: { hoursPerWeek: 2, weeks: 46, people: 14, hourlyCost: 24, benefitsFactor: 0.3, redeployed: true },
    years: 1,
    justification: '',
  },
];

/**
 * The fully loaded costs. Each intervention's cost is its own lines (keyed by its catalogue entry);
 * needs analysis, project management and evaluation serve the whole programme. 146,000 in all:
 * 118,000 on the six interventions, 28,000 programme-wide.
 */
export const demoCosts: {
  category: 'needs-analysis' | 'design-development' | 'delivery' | 'materials' | 'participants-time' | 'coordination' | 'evaluation';
  description: string;
  amount: number;
  /** The catalogue key of the demo intervention it belongs to; null: programme-wide. */
  intervention: string | null;
}[] = [
  { category: 'needs-analysis', description: 'Interviews, call listening and data analysis', amount: 12_000, intervention: null },
  { category: 'coordination', description: 'Project management and communications', amount: 9_000, intervention: null },
  { category: 'evaluation', description: 'Data extraction, control-site analysis and report', amount: 7_000, intervention: null },
  { category: 'design-development', description: 'Credit policy and audit rule', amount: 2_500, intervention: 'permissions' },
  { category: 'materials', description: 'Job aid: credits and the audit rule', amount: 1_500, intervention: 'permissions' },
  {
    category: 'design-development',
    description: 'Review process and article templates',
    amount: 6_000,
    intervention: 'knowledge-ownership',
  },
  {
    category: 'participants-time',
    description: 'Article owners’ review time (salary + benefits)',
    amount: 5_000,
    intervention: 'knowledge-ownership',
  },
  { category: 'design-development', description: 'Scorecard redesign', amount: 2_500, intervention: 'incentive-realignment' },
  { category: 'materials', description: 'Scorecard guides for team leaders', amount: 1_500, intervention: 'incentive-realignment' },
  { category: 'design-development', description: 'Personal FCR report build (MI team)', amount: 6_000, intervention: 'feedback-loop' },
  { category: 'delivery', description: 'Simulator licence (first year)', amount: 18_000, intervention: 'simulation' },
  { category: 'design-development', description: 'Ten simulator scenarios', amount: 16_000, intervention: 'simulation' },
  { category: 'participants-time', description: 'Agents’ practice hours (salary + benefits)', amount: 19_000, intervention: 'simulation' },
  { category: 'delivery', description: 'Floating agents covering coaching hours', amount: 28_000, intervention: 'time-staffing' },
  {
    category: 'participants-time',
    description: 'Team leaders’ coaching workshops (salary + benefits)',
    amount: 12_000,
    intervention: 'time-staffing',
  },
];

export const demoIntangibles = [
  { text: 'Agents more confident handling billing adjustments', note: 'From the post-simulator survey; not converted to money.' },
  { text: 'Fewer complaints escalated to the energy ombudsman', note: 'Too few cases in ten months to value credibly.' },
];

/** The objective each demo measure checks (Phillips: one at every level), by measure name. */
export const demoObjectives: Record<string, string> = {
  'First-contact resolution': 'First-contact resolution rises from 62% to 75% by 31 December 2026',
  'Repeat-call rate': 'Repeat calls within 7 days fall from 21% to 14% of contacts by December 2026',
  'Transfer rate': 'Agents check the knowledge base before transferring: transfers fall from 18% to 10% of calls',
  'Knowledge-base use per call': 'Agents open the tariff article on every billing call: at least one knowledge-base view per call',
  'Simulator scenario scores': 'New agents resolve 85% of simulated billing disputes correctly before they go live',
  'Agent reaction': 'New agents rate the simulator as useful for their first week: 4.2 of 5 or more',
};

export type DemoDriver = {
  kind: 'reinforce' | 'encourage' | 'reward' | 'monitor';
  text: string;
  owner: string;
  status: 'not_started' | 'planned' | 'in_place';
};
/**
 * New World Kirkpatrick's required drivers, by behaviour text. The team leaders' reviews have
 * nothing monitoring them yet, so the demo shows the warning about it.
 */
export const demoDrivers: Record<string, DemoDriver[]> = {
  'resolve billing disputes on the first call': [
    { kind: 'reinforce', text: 'Credit-limit quick guide beside every screen', owner: 'Knowledge manager', status: 'in_place' },
    { kind: 'encourage', text: 'Team leaders ask about one resolved dispute in each one-to-one', owner: 'Team leaders', status: 'planned' },
    { kind: 'reward', text: 'FCR replaces handle time on agent scorecards', owner: 'Head of Customer Operations', status: 'planned' },
    {
      kind: 'monitor',
      text: 'Team leaders’ weekly call reviews check disputes closed on the first call',
      owner: 'Team leaders',
      status: 'not_started',
    },
  ],
  'check the knowledge base before transferring a call': [
    { kind: 'reinforce', text: 'Tariff articles reviewed after every price change', owner: 'Knowledge manager', status: 'in_place' },
    { kind: 'monitor', text: 'Monthly transfer-rate report by team', owner: 'Contact-centre analyst', status: 'planned' },
  ],
  'review two calls per agent per week and give feedback': [
    {
      kind: 'encourage',
      text: 'Operations manager sits in on one review per team leader each month',
      owner: 'Head of Customer Operations',
      status: 'not_started',
    },
  ],
};
