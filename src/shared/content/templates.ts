import { TEMPLATE_FORMAT, type TemplateContent } from '../domain/template';
import type { BemCell } from '../domain/causes';
import type { Direction } from '../domain/outcome';
import type { CapabilityKind } from '../domain/capability/records';

export type BuiltInTemplate = { id: string; name: string; description: string; content: TemplateContent };

type Skeleton = {
  key: string;
  name: string;
  description: string;
  outcome: { kpiName: string; unit: string; direction: Direction };
  audience: string;
  behaviours: { text: string; desired: string }[];
  /** Typical causes, worded as possibilities: they start as hypotheses, to be checked with evidence. */
  causes: { behaviour: number; cell: BemCell; text: string }[];
  /** A starter framework for the one audience: behaviours and (learning-gap) causes by index. */
  capabilities?: {
    name: string;
    kind: CapabilityKind;
    description: string;
    required: number;
    importance: number;
    behaviours: number[];
    causes: number[];
  }[];
};

/**
 * The five skeletons of CONTENT.md section 12: a sample outcome (no baseline or target: those are
 * the client's), two or three behaviours, and the causes most often found in the usual cells.
 * The causes are included because the point of a template is to make the consultant check those
 * cells first; they arrive as hypotheses, so the verdict says "no evidence yet" until checked.
 */
const skeletons: Skeleton[] = [
  {
    key: 'sales-win-rate',
    name: 'Sales win rate',
    description: 'More qualified proposals turn into won deals.',
    outcome: { kpiName: 'Win rate', unit: '%', direction: 'increase' },
    audience: 'Sales representatives',
    behaviours: [
      { text: 'qualify leads with the agreed checklist', desired: 'Every lead is checked against the checklist before any proposal' },
      {
        text: 'run a discovery call before proposing',
        desired: 'A discovery call, with the customer’s needs recorded, before each proposal',
      },
      { text: 'follow up within 48 hours', desired: 'Every meeting and proposal followed up within two working days' },
    ],
    causes: [
      { behaviour: 0, cell: 1, text: 'The qualification checklist may not be agreed, or may be applied differently by each manager' },
      { behaviour: 1, cell: 3, text: 'Commission may reward the number of proposals sent rather than deals won' },
      { behaviour: 1, cell: 4, text: 'Newer representatives may not have practised running a discovery call' },
      { behaviour: 2, cell: 1, text: 'Representatives may not see how quickly they follow up compared with the standard' },
    ],
  },
  {
    key: 'customer-service-quality',
    name: 'Customer-service quality',
    description: 'More customers helped on their first contact.',
    outcome: { kpiName: 'First-contact resolution', unit: '%', direction: 'increase' },
    audience: 'Service agents',
    behaviours: [
      { text: 'resolve the request on the first contact', desired: 'Requests the agent can settle are closed on the first contact' },
      { text: 'check the knowledge base before transferring', desired: 'The knowledge base is searched before any transfer' },
      { text: 'confirm the customer’s need before closing', desired: 'The customer confirms the need is met before the contact is closed' },
    ],
    causes: [
      { behaviour: 0, cell: 2, text: 'Agents may lack the authority or system access to settle common requests themselves' },
      { behaviour: 1, cell: 2, text: 'Knowledge-base articles may be out of date or hard to find' },
      { behaviour: 0, cell: 3, text: 'A handle-time target may reward short contacts over resolved ones' },
      { behaviour: 2, cell: 1, text: 'Agents may never hear how many of their contacts come back' },
    ],
    capabilities: [
      {
        name: 'Resolving the common requests in the service systems',
        kind: 'skill',
        description: 'Settles the requests that make up most contacts without a transfer or a call-back.',
        required: 3,
        importance: 5,
        behaviours: [0],
        causes: [],
      },
      {
        name: 'Knowledge-base search',
        kind: 'tool',
        description: 'Finds the right article in a few searches and checks it is current.',
        required: 3,
        importance: 3,
        behaviours: [1],
        causes: [],
      },
      {
        name: 'Confirming the customer’s need',
        kind: 'behaviour',
        description: 'Asks the customer to confirm the need is met before closing the contact.',
        required: 3,
        importance: 3,
        behaviours: [2],
        causes: [],
      },
    ],
  },
  {
    key: 'new-hire-proficiency',
    name: 'New-hire time to proficiency',
    description: 'New hires reach the expected standard sooner.',
    outcome: { kpiName: 'Days to reach the standard', unit: 'days', direction: 'decrease' },
    audience: 'New hires',
    behaviours: [
      { text: 'complete the core tasks to standard with a buddy', desired: 'Each core task done to standard, observed by a buddy' },
      { text: 'use the job aids', desired: 'The job aid is open for every task not yet done to standard' },
      { text: 'ask for feedback each week', desired: 'A feedback conversation with the buddy or manager every week' },
    ],
    causes: [
      { behaviour: 0, cell: 4, text: 'New hires may get little structured practice on the core tasks before working alone' },
      { behaviour: 1, cell: 2, text: 'Job aids may be missing, out of date or out of reach at the point of work' },
      { behaviour: 0, cell: 1, text: 'What “to standard” means may not be written down or shared with new hires' },
      { behaviour: 2, cell: 1, text: 'Buddies and managers may give feedback only when something goes wrong' },
    ],
    capabilities: [
      {
        name: 'The core tasks of the role, done to standard',
        kind: 'skill',
        description: 'Does each core task alone, to the written standard, in normal conditions.',
        required: 3,
        importance: 5,
        behaviours: [0],
        causes: [0],
      },
      {
        name: 'Finding and using the job aids',
        kind: 'tool',
        description: 'Opens the right job aid at the point of work and follows it.',
        required: 3,
        importance: 3,
        behaviours: [1],
        causes: [],
      },
      {
        name: 'Asking for and acting on feedback',
        kind: 'behaviour',
        description: 'Asks for feedback each week and names one thing to do differently.',
        required: 3,
        importance: 3,
        behaviours: [2],
        causes: [],
      },
    ],
  },
  {
    key: 'safety-incidents',
    name: 'Safety incidents',
    description: 'Fewer recordable incidents where people work.',
    outcome: { kpiName: 'Recordable incidents per 200,000 hours worked', unit: 'incidents', direction: 'decrease' },
    audience: 'Site workers',
    behaviours: [
      { text: 'complete the pre-task risk check', desired: 'A risk check completed before every task that needs one' },
      { text: 'stop work when a hazard is found', desired: 'Work stops and the hazard is reported as soon as it is found' },
      { text: 'report near misses', desired: 'Every near miss reported the same shift' },
    ],
    causes: [
      { behaviour: 1, cell: 3, text: 'Production pressure may make stopping work costly for the person who stops it' },
      { behaviour: 2, cell: 3, text: 'Reporting a near miss may lead to blame rather than a fix' },
      { behaviour: 0, cell: 2, text: 'The risk-check form may be long, or not at hand where the work starts' },
      { behaviour: 2, cell: 1, text: 'Workers may rarely hear what happened after they reported something' },
    ],
  },
  {
    key: 'compliance-errors',
    name: 'Compliance errors',
    description: 'Fewer cases handled with compliance errors.',
    outcome: { kpiName: 'Errors per 1,000 cases', unit: 'errors', direction: 'decrease' },
    audience: 'Case handlers',
    behaviours: [
      { text: 'apply the checklist to every case', desired: 'The checklist completed for every case before it is closed' },
      { text: 'escalate exceptions', desired: 'Every case outside the rules escalated before a decision' },
      { text: 'record the decision and its reason', desired: 'Each decision recorded with its reason in the case system' },
    ],
    causes: [
      { behaviour: 0, cell: 2, text: 'The checklist may not be built into the case system, so it is easy to skip' },
      { behaviour: 1, cell: 1, text: 'What counts as an exception may not be clearly defined' },
      { behaviour: 1, cell: 4, text: 'Case handlers may not have practised applying the rules to unusual cases' },
      { behaviour: 2, cell: 2, text: 'Recording the reason may take extra steps outside the case system' },
    ],
  },
];

export const builtInTemplates: BuiltInTemplate[] = skeletons.map((s) => ({
  id: `builtin:${s.key}`,
  name: s.name,
  description: s.description,
  content: {
    format: TEMPLATE_FORMAT,
    outcomes: [s.outcome],
    audiences: [{ role: s.audience }],
    behaviours: s.behaviours.map((b) => ({ ...b, outcome: 0, audience: 0, actual: '' })),
    causes: s.causes,
    drivers: [],
    interventions: [],
    links: [],
    measures: [],
    capabilities: (s.capabilities ?? []).map(({ required: _r, importance: _i, ...c }) => c),
    requirements: (s.capabilities ?? []).map((c, capability) => ({
      capability,
      audience: 0,
      required: c.required,
      importance: c.importance,
    })),
    scale: null,
  },
}));

export const isBuiltInTemplateId = (id: string) => id.startsWith('builtin:');
