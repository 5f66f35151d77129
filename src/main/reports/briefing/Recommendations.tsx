import { Text, View } from '@react-pdf/renderer';
import { formatMoney, hasCostLines, interventionCost, interventionStatusLabels } from '../../../shared/domain';
import type { ReportData } from '../data';
import { bookmarkProps, styles, Table } from '../parts';
import { pdfText } from '../theme';
import { briefingCaps, someNames, type BriefingModel } from './model';

const more = (n: number, one: string, many = `${one}s`) => `… and ${n} more ${n === 1 ? one : many} in the report.`;

/**
 * Training's limits are said here; each cause an action does not fit is counted among the risks
 * and listed in the report, so the briefing stays two pages.
 */
const isTrainingLimit = (w: string) => w.startsWith('Training won’t fix');

/** The top recommendations with their fitted credit, owner and cost, then what is not recommended as planned. */
export function Recommendations({ data, model }: { data: ReportData; model: BriefingModel }) {
  const { s } = data;
  const warnings = [...new Set(model.top.flatMap((r) => r.warnings.filter(isTrainingLimit)))];
  const hiddenRecommendations = data.recommended.length - model.top.length;
  return (
    <View>
      <View minPresenceAhead={60} wrap={false}>
        <Text style={styles.h3} {...bookmarkProps('Recommendations')}>
          Recommendations
        </Text>
      </View>
      <Table
        columns={[
          { label: 'Action', width: '44%' },
          { label: 'Owner', width: '20%' },
          { label: 'Cost', width: '14%', align: 'right' },
          { label: 'Fitted credit', width: '22%', align: 'right' },
        ]}
        rows={model.top.map((r) => [
          pdfText(`${r.item.name} (${interventionStatusLabels[r.item.status].toLowerCase()}${r.quickWin ? ', a quick win' : ''})`),
          pdfText(r.item.owner || '—'),
          hasCostLines(r.item.id, s.costs) ? formatMoney(interventionCost(r.item.id, s.costs), data.currency) : 'none recorded',
          `${Math.round(r.impact * 100)}% of the causes`,
        ])}
      />
      {model.top.length === 0 && (
        <Text style={styles.p}>No intervention yet addresses the causes found: plan one for each process and learning cause.</Text>
      )}
      {hiddenRecommendations > 0 && (
        <Text style={[styles.small, styles.muted, { marginTop: 2 }]}>{more(hiddenRecommendations, 'recommended action')}</Text>
      )}
      <Text style={[styles.small, styles.muted, { marginTop: 2, marginBottom: 4 }]}>
        Fitted credit: the share of the weighted causes an action is linked to and can fix (a course earns nothing for a process cause).
      </Text>
      {warnings.slice(0, briefingCaps.warnings).map((w) => (
        <Text key={w} style={[styles.warning, styles.small]}>
          {pdfText(w)}
        </Text>
      ))}
      {warnings.length > briefingCaps.warnings && (
        <Text style={[styles.small, styles.muted]}>{more(warnings.length - briefingCaps.warnings, 'warning')}</Text>
      )}
      <NotRecommended data={data} />
    </View>
  );
}

/** Interventions that address none of their causes: named apart in one sentence with training's limit, never as a recommendation. */
function NotRecommended({ data }: { data: ReportData }) {
  const items = data.notAddressing;
  if (items.length === 0) return null;
  const names = items.map((r) => r.item.name || 'An untitled intervention');
  const limit = items.flatMap((r) => r.warnings.filter(isTrainingLimit))[0];
  return (
    <View wrap={false}>
      <Text style={[styles.p, { fontWeight: 600, marginTop: 4, marginBottom: 2 }]}>Not recommended as planned</Text>
      <Text style={[styles.small, { marginBottom: 3 }]}>
        {pdfText(
          names.length === 1
            ? `${names[0]} addresses none of the causes it is linked to.`
            : `${someNames(names, briefingCaps.notAddressing)} address none of the causes they are linked to${names.length > briefingCaps.notAddressing ? ' (all named in the report)' : ''}.`,
        )}
      </Text>
      {limit && <Text style={[styles.warning, styles.small]}>{pdfText(limit)}</Text>}
    </View>
  );
}
