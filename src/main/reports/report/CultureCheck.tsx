import { Text, View } from '@react-pdf/renderer';
import {
  formatDate,
  formatLeverScore,
  groupGaps,
  latestCheck,
  leverIds,
  leverPhrase,
  leverNames,
  readinessMovement,
  respondentsByGroup,
  RATING_MAX,
  RATING_MIN,
  scoreCheck,
  sentenceOf,
  statementIds,
  targetOf,
  type LeverId,
} from '../../../shared/domain';
import { Heatmap } from '../culture/Heatmap';
import { Heading, styles, Table } from '../parts';
import { pdfText } from '../theme';
import { NotYet, SectionHeading, type SectionProps } from './common';

/**
 * The seven-levers performance-culture check: how it was run, who answered (groups only, never a
 * respondent), the lever × group heatmap, the flags, the actions taken on the levers, and the
 * movement since the first check when the check has been repeated.
 */
export function CultureCheck({ data, onPage }: SectionProps) {
  const { s } = data;
  const check = latestCheck(s.cultureChecks);
  if (!check)
    return (
      <View>
        <SectionHeading id="culture" onPage={onPage} />
        <NotYet>
          Culture check: not recorded yet. The seven-levers check (from the Causes step) shows whether the organisation lets learning move
          performance.
        </NotYet>
      </View>
    );
  const scores = scoreCheck(check, s.cultureResponses);
  const groups = respondentsByGroup(scores, check.groups);
  const targets = [...new Set(leverIds.map((l) => targetOf(check, l)))];
  const under = scores.levers.filter((l) => l.underTarget);
  const gaps = groupGaps(scores);
  const few = groups.filter((g) => g.respondents > 0 && g.respondents < 5);
  const baseline = [...s.cultureChecks].sort((a, b) => (a.heldOn ?? '9999').localeCompare(b.heldOn ?? '9999') || a.order - b.order)[0];
  const movement = baseline.id !== check.id ? readinessMovement(baseline, check, s.cultureResponses) : null;
  const actions = (lever: LeverId) => [
    ...s.interventions
      .filter((i) => i.lever === lever)
      .map((i) => `${i.name || 'An untitled intervention'} (intervention, ${i.status.replace('_', ' ')})`),
    ...s.drivers
      .filter((d) => d.lever === lever)
      .map((d) => `${d.text || 'An untitled driver'} (required driver, ${d.status.replace('_', ' ')})`),
  ];
  const acted = leverIds.filter((l) => actions(l).length > 0 || scores.levers.find((x) => x.lever === l)!.underTarget);
  return (
    <View>
      {/* The heading keeps its first sentence with it: never alone at the foot of a page. */}
      <View wrap={false}>
        <SectionHeading id="culture" onPage={onPage} />
        <Text style={[styles.p, { fontWeight: 600 }]}>{pdfText(sentenceOf(scores))}</Text>
      </View>
      <Text style={styles.p}>
        {pdfText(
          `Method: ${check.name || 'the check'}${check.heldOn ? `, held on ${formatDate(check.heldOn)}` : ''}. ${statementIds.length} statements, three for each of the seven levers, each rated ${RATING_MIN} (strongly disagree) to ${RATING_MAX} (strongly agree); a lever’s score is the mean of its statements’ ratings, and its spread the standard deviation. Every statement is worded positively, so none is reverse-scored. Target: ${targets.length === 1 ? `${formatLeverScore(targets[0])} for every lever` : 'set per lever (in the table below)'}. A lever is flagged when its score is under target, and when two groups differ by more than one point.`,
        )}
      </Text>
      <Text style={styles.p}>
        {pdfText(
          `Respondents: ${scores.respondents}, answering anonymously in ${groups.length} group${groups.length === 1 ? '' : 's'} — ${groups.map((g) => `${g.group} ${g.respondents}`).join(', ')}.${few.length ? ` ${few.map((g) => g.group).join(', ')}: fewer than 5 respondents, so ${few.length === 1 ? 'its scores rest' : 'their scores rest'} on very few people.` : ''}`,
        )}
      </Text>
      <Heading level={3}>Scores by lever and group</Heading>
      <Heatmap scores={scores} groups={groups} />
      <Heading level={3}>Flags</Heading>
      {under.length === 0 && gaps.length === 0 && (
        <Text style={styles.p}>No lever is under target and no two groups differ by more than a point.</Text>
      )}
      {under.map((l) => (
        <Text key={l.lever} style={styles.warning}>
          {pdfText(
            `Under target: ${leverNames[l.lever]} ${formatLeverScore(l.mean!)} against ${formatLeverScore(l.target)} (spread ${formatLeverScore(l.spread!)}, ${l.respondents} respondents).`,
          )}
        </Text>
      ))}
      {gaps.map((g) => (
        <Text key={`gap-${g.lever}`} style={styles.warning}>
          {pdfText(
            `Groups apart: ${g.high.group} rate ${leverPhrase(g.lever)} ${formatLeverScore(g.high.mean!)}, ${g.low.group} ${formatLeverScore(g.low.mean!)} — ${formatLeverScore(g.difference)} points apart.`,
          )}
        </Text>
      ))}
      <Heading level={3}>Actions on the levers</Heading>
      {acted.length === 0 && <NotYet>No lever is under target and no action is linked to a lever.</NotYet>}
      {acted.map((l) => {
        const list = actions(l);
        return (
          <Text key={l} style={styles.p}>
            {pdfText(`${leverNames[l]}: ${list.length ? list.join('; ') : 'no action recorded yet'}.`)}
          </Text>
        );
      })}
      {movement && (
        <View wrap={false}>
          <Heading level={3}>{pdfText(`Movement since ${baseline.name || 'the first check'}`)}</Heading>
          <Table
            columns={[
              { label: 'Lever', width: '46%' },
              { label: baseline.heldOn ? formatDate(baseline.heldOn) : 'First check', width: '18%', align: 'right' },
              { label: check.heldOn ? formatDate(check.heldOn) : 'Latest check', width: '18%', align: 'right' },
              { label: 'Change', width: '18%', align: 'right' },
            ]}
            rows={movement.map((m) => [
              leverNames[m.lever],
              m.before === null ? '—' : formatLeverScore(m.before),
              m.after === null ? '—' : formatLeverScore(m.after),
              m.change === null ? '—' : `${m.change > 0 ? '+' : m.change < 0 ? '−' : ''}${formatLeverScore(Math.abs(m.change))}`,
            ])}
          />
        </View>
      )}
    </View>
  );
}
