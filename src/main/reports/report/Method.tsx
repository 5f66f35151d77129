import { Text, View } from '@react-pdf/renderer';
import { conversionMethods, isolationMethods, methodByKey, multiYearSentence, principlesApplied } from '../../../shared/domain';
import { Heading, styles, Table } from '../parts';
import { pdfText } from '../theme';
import { NotYet, orDash, SectionHeading, type SectionProps } from './common';

/** How the evaluation was done: the data-collection plan, isolation with its periods, conversion, assumptions, principles. */
export function Method({ data, onPage }: SectionProps) {
  const { s, results } = data;
  const adjustment = s.engagement.benefitAdjustment;
  const multiYear = multiYearSentence(results, data.currency);
  return (
    <View>
      <SectionHeading id="method" onPage={onPage} />
      <Heading level={3}>Data-collection plan</Heading>
      {s.measures.length === 0 ? (
        <NotYet>Measures: not recorded yet, so there is no data-collection plan.</NotYet>
      ) : (
        <>
          <Table
            columns={[
              { label: 'Measure', width: '24%' },
              { label: 'Level', width: '7%' },
              { label: 'Method', width: '23%' },
              { label: 'Data source', width: '17%' },
              { label: 'Timing', width: '14%' },
              { label: 'Owner', width: '15%' },
            ]}
            rows={s.measures.map((m) => [
              pdfText(m.name || 'Untitled measure'),
              String(m.level),
              methodByKey.get(m.method)?.label ?? orDash(m.method),
              orDash(m.dataSource),
              orDash(m.timing),
              orDash(m.owner),
            ])}
          />
          <Text style={[styles.small, styles.muted, { marginTop: 3 }]}>A dash marks a field not recorded yet.</Text>
        </>
      )}
      <Heading level={3}>Isolation and conversion of each benefit</Heading>
      {s.benefits.length === 0 && <NotYet>Benefits: not recorded yet, so nothing is isolated or converted to money.</NotYet>}
      {s.benefits.map((b) => {
        const v = results.benefits.find((x) => x.id === b.id);
        const conversion = conversionMethods.find((c) => c.key === b.conversion.method)?.label ?? b.conversion.method;
        return (
          <View key={b.id} style={styles.box} wrap={false}>
            <Text style={{ fontWeight: 600 }}>{pdfText(b.name || 'Untitled benefit')}</Text>
            <Text style={styles.small}>
              {pdfText(
                `Isolation: ${isolationMethods.find((m) => m.key === b.isolation.method)?.label ?? b.isolation.method}. Conversion: ${b.kind === 'time' ? 'time saved, valued at its loaded cost' : conversion}. Amounts in ${data.currency}.`,
              )}
            </Text>
            {(v?.how ?? []).map((h) => (
              <Text key={h} style={styles.small}>
                {pdfText(h)}
              </Text>
            ))}
          </View>
        );
      })}
      <Heading level={3}>Assumptions</Heading>
      <Text style={styles.p}>
        {pdfText(
          `Benefits count the first year only unless stated; the conservative figure uses the lowest credible value per unit${adjustment < 1 ? ` and counts ${Math.round(adjustment * 100)}% of every benefit` : ''}; amounts in ${data.currency}.`,
        )}
      </Text>
      {multiYear && <Text style={styles.p}>{pdfText(multiYear)}</Text>}
      <Heading level={3}>Guiding principles applied</Heading>
      <Table
        columns={[
          { label: 'Principle', width: '32%' },
          { label: 'How these figures apply it', width: '68%' },
        ]}
        rows={principlesApplied(results, data.currency, adjustment).map((p) => [pdfText(p.principle), pdfText(p.applied)])}
      />
      {results.warnings.length > 0 && <Text style={[styles.p, { marginTop: 6 }]}>Where the records fall short of them:</Text>}
      {results.warnings.map((w) => (
        <Text key={w} style={[styles.warning, { marginTop: 4 }]}>
          {pdfText(w)}
        </Text>
      ))}
    </View>
  );
}
