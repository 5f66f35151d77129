import { View } from '@react-pdf/renderer';
import { formatDate, ltemTiers, measureLevelLabels } from '../../../shared/domain';
import { Heading, Table } from '../parts';
import { pdfText } from '../theme';
import { NotYet, orDash, SectionHeading, type SectionProps } from './common';

/** The evidence log and every measure's definition. */
export function Appendix({ data, onPage }: SectionProps) {
  const { s } = data;
  return (
    <View>
      <SectionHeading id="appendix" onPage={onPage} />
      <Heading level={3}>Evidence log</Heading>
      {s.evidence.length === 0 ? (
        <NotYet>Evidence: not recorded yet.</NotYet>
      ) : (
        <Table
          columns={[
            { label: 'Cause', width: '30%' },
            { label: 'Source', width: '12%' },
            { label: 'Date', width: '14%' },
            { label: 'Strength', width: '11%' },
            { label: 'What it shows', width: '33%' },
          ]}
          rows={s.evidence.map((x) => [
            pdfText(s.causes.find((c) => c.id === x.causeId)?.text ?? ''),
            x.source,
            x.date ? formatDate(x.date) : '—',
            x.strength,
            pdfText(`${x.note || '—'}${x.person ? ` (${x.person})` : ''}`),
          ])}
        />
      )}
      <Heading level={3}>Measure definitions</Heading>
      {s.measures.length === 0 ? (
        <NotYet>Measures: not recorded yet.</NotYet>
      ) : (
        <Table
          columns={[
            { label: 'Measure', width: '28%' },
            { label: 'Unit', width: '10%' },
            { label: 'Level', width: '20%' },
            { label: 'LTEM tier', width: '24%' },
            { label: 'Leading or lagging', width: '18%' },
          ]}
          rows={s.measures.map((m) => [
            pdfText(m.name || 'Untitled measure'),
            orDash(m.unit),
            measureLevelLabels[m.level],
            m.ltemTier ? `${m.ltemTier} ${ltemTiers[m.ltemTier]}` : '—',
            m.leading ? 'Leading' : 'Lagging',
          ])}
        />
      )}
    </View>
  );
}
