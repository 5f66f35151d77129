import { leverNames, type BemCell, type DriverKind, type InterventionKind, type LeverId } from '../domain';

/**
 * The seven-levers performance-culture check (CONTENT.md section 11), in Causeway's own words:
 * each lever's name, its three statements (rated 1 strongly disagree to 5 strongly agree, all worded
 * positively) and the actions a weak lever suggests. An action becomes an intervention in its BEM
 * cell, or a required driver of a behaviour.
 */
export type LeverAction = {
  text: string;
  /** The BEM cell the action works on, where it becomes an intervention. */
  cell: BemCell;
  kind: InterventionKind;
  /** The catalogue entry closest to it, if any. */
  catalogueKey: string | null;
  /** Where it fits better as a required driver of a behaviour, the driver's kind. */
  driver: DriverKind | null;
};
export type LeverContent = {
  id: LeverId;
  number: number;
  name: string;
  summary: string;
  statements: [string, string, string];
  actions: LeverAction[];
};

export const cultureLevers: LeverContent[] = [
  {
    id: 'leaders',
    number: 1,
    name: leverNames.leaders,
    summary: 'Leaders tie learning to strategy and model it.',
    statements: [
      'Our senior leaders explain how learning serves the strategy.',
      'Leaders develop themselves in plain sight and ask about their teams’ development.',
      'We set learning priorities from business goals, not from a course catalogue.',
    ],
    actions: [
      {
        text: 'Name a sponsor for each engagement, with the business goal it serves',
        cell: 1,
        kind: 'information',
        catalogueKey: 'goal-setting',
        driver: null,
      },
      {
        text: 'Put learning and its results on the leadership team’s agenda',
        cell: 1,
        kind: 'information',
        catalogueKey: null,
        driver: 'encourage',
      },
    ],
  },
  {
    id: 'expectations',
    number: 2,
    name: leverNames.expectations,
    summary: 'Performance expectations are clear and measurable.',
    statements: [
      'I know the two or three results my work is judged by.',
      'Good performance in my role is described in terms anyone could observe.',
      'My team’s targets would be the same whoever my manager was.',
    ],
    actions: [
      {
        text: 'Write clear, observable standards for the role',
        cell: 1,
        kind: 'information',
        catalogueKey: 'clear-standards',
        driver: null,
      },
      {
        text: 'Clarify each task: what good looks like and when it is due',
        cell: 1,
        kind: 'information',
        catalogueKey: 'task-clarification',
        driver: null,
      },
      {
        text: 'Align KPIs and scorecards with the behaviours that matter',
        cell: 3,
        kind: 'incentives',
        catalogueKey: 'kpi-alignment',
        driver: 'reward',
      },
    ],
  },
  {
    id: 'data',
    number: 3,
    name: leverNames.data,
    summary: 'Data and insight target learning and show its impact.',
    statements: [
      'We track the business measures our learning is meant to move.',
      'We know where the data for those measures lives and who owns it.',
      'Decisions about learning rest on evidence, not only on opinion.',
    ],
    actions: [
      {
        text: 'Agree a measurement plan with an owner for each measure',
        cell: 1,
        kind: 'information',
        catalogueKey: null,
        driver: 'monitor',
      },
      {
        text: 'Build a dashboard of the measures the programme should move',
        cell: 1,
        kind: 'information',
        catalogueKey: 'feedback-loop',
        driver: 'monitor',
      },
      { text: 'Take a baseline before any programme starts', cell: 1, kind: 'information', catalogueKey: null, driver: null },
    ],
  },
  {
    id: 'flow',
    number: 4,
    name: leverNames.flow,
    summary: 'Learning happens in the flow of work, at the moment of need.',
    statements: [
      'I can find help at the moment I need it in my work.',
      'Our job aids and checklists are kept up to date.',
      'I can practise new skills on real work soon after learning them.',
    ],
    actions: [
      {
        text: 'Put performance support inside the workflow',
        cell: 2,
        kind: 'resources',
        catalogueKey: 'performance-support',
        driver: 'reinforce',
      },
      { text: 'Provide job aids for the critical tasks', cell: 2, kind: 'resources', catalogueKey: 'job-aid', driver: 'reinforce' },
      {
        text: 'Give each knowledge article an owner and a review date',
        cell: 2,
        kind: 'resources',
        catalogueKey: 'knowledge-ownership',
        driver: null,
      },
      {
        text: 'Offer short pieces of learning at the moment of need',
        cell: 4,
        kind: 'training',
        catalogueKey: 'microlearning',
        driver: 'reinforce',
      },
    ],
  },
  {
    id: 'managers',
    number: 5,
    name: leverNames.managers,
    summary: 'Managers own their people’s development.',
    statements: [
      'My manager coaches me regularly.',
      'My manager helps me apply what I learn.',
      'Managers are given the time and the tools to develop their people.',
    ],
    actions: [
      {
        text: 'Protect time in managers’ diaries for coaching',
        cell: 2,
        kind: 'resources',
        catalogueKey: 'time-staffing',
        driver: 'encourage',
      },
      { text: 'Give managers a toolkit for coaching conversations', cell: 2, kind: 'resources', catalogueKey: null, driver: 'encourage' },
      {
        text: 'Make managers accountable for their people’s development',
        cell: 3,
        kind: 'incentives',
        catalogueKey: 'manager-accountability',
        driver: 'reward',
      },
    ],
  },
  {
    id: 'performance',
    number: 6,
    name: leverNames.performance,
    summary: 'Performance is valued over attendance.',
    statements: [
      'We judge learning by what changes at work, not by completions.',
      'Nobody here is praised just for finishing a course.',
      'Our evaluations go further than satisfaction surveys.',
    ],
    actions: [
      { text: 'Evaluate at levels 3 and 4 (LTEM tiers 7 and 8)', cell: 1, kind: 'information', catalogueKey: null, driver: 'monitor' },
      { text: 'Drop course-completion targets', cell: 3, kind: 'incentives', catalogueKey: 'incentive-realignment', driver: null },
      {
        text: 'Report learning’s impact on the business measures',
        cell: 1,
        kind: 'information',
        catalogueKey: 'feedback-loop',
        driver: 'monitor',
      },
    ],
  },
  {
    id: 'safety',
    number: 7,
    name: leverNames.safety,
    summary: 'Psychological safety, experimentation and feedback.',
    statements: [
      'It is safe here to try a new way of working and get it wrong.',
      'I get useful feedback on my work at least once a week.',
      'We discuss mistakes to learn from them, not to blame.',
    ],
    actions: [
      {
        text: 'Build psychological-safety practices into team routines',
        cell: 6,
        kind: 'motives',
        catalogueKey: 'psych-safety',
        driver: 'encourage',
      },
      { text: 'Set a weekly feedback routine', cell: 1, kind: 'information', catalogueKey: 'feedback-loop', driver: 'reinforce' },
      { text: 'Hold blameless reviews of what went wrong', cell: 6, kind: 'motives', catalogueKey: null, driver: 'encourage' },
    ],
  },
];

export const leverContent = Object.fromEntries(cultureLevers.map((l) => [l.id, l])) as Record<LeverId, LeverContent>;
/** "leaders.2" -> its wording. */
export const statementText = (statement: string) => {
  const [lever, n] = statement.split('.');
  return leverContent[lever as LeverId]?.statements[Number(n) - 1] ?? statement;
};
