import type { EngagementFields } from '../domain/engagement';
import type { OutcomeFields } from '../domain/outcome';
import type { BemCell, EvidenceState } from '../domain/analysis';

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
        text: 'Agents may not issue credits above £25 without a supervisor, so disputes wait for a call-back',
        cell: 2,
        weight: 5,
        evidenceState: 'confirmed',
        raisedBy: 'Team leader interviews',
        evidence: [
          { source: 'data', date: '2026-02-10', note: '41% of repeat billing calls in January were waiting for a supervisor credit approval.', strength: 'strong' },
          { source: 'interview', date: '2026-02-04', note: '"I know what to do, I just am not allowed to do it."', strength: 'moderate', person: 'Agent, Leeds site', confidential: true },
        ],
      },
      {
        text: 'The average-handle-time target penalises the longer calls that resolve disputes',
        cell: 3,
        weight: 4,
        evidenceState: 'supported',
        raisedBy: 'Workshop, 12 Feb',
        evidence: [
          { source: 'document', date: '2026-02-06', note: 'Agent scorecard weights handle time at 40%; FCR is not on it.', strength: 'strong' },
        ],
      },
      {
        text: 'New agents get no practice on the billing system before going live',
        cell: 4,
        weight: 3,
        evidenceState: 'supported',
        raisedBy: 'Training team',
        evidence: [
          { source: 'observation', date: '2026-02-18', note: 'Agents in their first 90 days took twice as long to find the adjustment screen.', strength: 'moderate' },
        ],
      },
      {
        text: 'Agents lack empathy training',
        cell: 4,
        weight: 2,
        evidenceState: 'ruled_out',
        raisedBy: 'Sponsor',
        evidence: [
          { source: 'data', date: '2026-02-20', note: 'Quality scores for empathy are 4.5/5 on disputed calls; no link with repeat calls.', strength: 'strong' },
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
        text: 'Knowledge-base articles on tariffs are months out of date, so agents stopped trusting them',
        cell: 2,
        weight: 5,
        evidenceState: 'confirmed',
        raisedBy: 'Process walk-through',
        evidence: [
          { source: 'document', date: '2026-02-12', note: '23 of 31 tariff articles were last reviewed before the October price change.', strength: 'strong' },
        ],
      },
      {
        text: 'Agents are never told their own first-contact resolution rate',
        cell: 1,
        weight: 3,
        evidenceState: 'supported',
        raisedBy: 'Agent focus group',
        evidence: [
          { source: 'survey', date: '2026-02-16', note: '78% of agents could not estimate their own FCR within 10 points.', strength: 'moderate' },
        ],
      },
      {
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
        text: 'Team leaders have no protected time for call reviews; they cover the queue at peaks',
        cell: 2,
        weight: 4,
        evidenceState: 'confirmed',
        raisedBy: 'Time study',
        evidence: [
          { source: 'data', date: '2026-02-24', note: 'Team leaders spent 62% of their week on the phones in February.', strength: 'strong' },
        ],
      },
      {
        text: 'Each team leader covers 10 agents across two shifts: more reviews than one person can fit in',
        cell: 5,
        weight: 2,
        evidenceState: 'supported',
        raisedBy: 'Workforce planning',
        evidence: [
          { source: 'data', date: '2026-02-24', note: 'Span of control is 1:10, against 1:8 at the two best-performing sites.', strength: 'moderate' },
        ],
      },
      {
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
