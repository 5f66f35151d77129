import { vagueVerbs } from '../vagueVerbs';
import type { LearningNeed } from './records';

type Objective = Pick<LearningNeed, 'action' | 'condition' | 'standard'>;

const trimEnd = (s: string) => s.trim().replace(/[.\s]+$/, '');
const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s);

/**
 * The learning objective as one sentence: "Given <condition>, <role> will <action> <standard>."
 * Missing parts are left out rather than shown as blanks; null when no action is written yet.
 */
export function learningObjectiveSentence(o: Objective, role: string): string | null {
  const action = trimEnd(o.action);
  if (!action) return null;
  const condition = trimEnd(o.condition).replace(/^given\s+/i, '');
  const standard = trimEnd(o.standard);
  const who = role.trim() || 'the learner';
  const body = `${who} will ${lowerFirst(action.replace(/^will\s+/i, ''))}${standard ? ` ${standard}` : ''}.`;
  return condition ? `Given ${lowerFirst(condition)}, ${body}` : body[0].toUpperCase() + body.slice(1);
}

/**
 * What keeps an objective from being observable: a vague verb in what the learner does (the same
 * check as behaviours and measure objectives), and no standard to judge it by.
 */
export function learningObjectiveWarnings(o: Objective): string[] {
  if (!o.action.trim()) return ['Say what the learner will do, as an action someone could watch: for example “resolve a billing dispute”.'];
  const out = vagueVerbs(o.action).map((v) => v.suggestion);
  if (!o.standard.trim())
    out.push(
      'Add a standard: how well or how fast, so anyone can tell whether it was met (for example “within 10 minutes, with no errors”).',
    );
  if (!o.condition.trim())
    out.push('Add the condition: in what situation, with what help or tools (for example “on a live call, with the billing system”).');
  return out;
}
