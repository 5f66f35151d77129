import { Text, View } from '@react-pdf/renderer';
import { headlineRows, multiYearSentence } from '../../../shared/domain';
import { styles, Table } from '../parts';
import { Tornado } from '../Tornado';
import { pdfText } from '../theme';
import { NotYet, SectionHeading, type SectionProps } from './common';

/** The headline figures (benefits, costs, net benefits, BCR, ROI, payback), multi-year apart, and the sensitivity. */
export function Roi({ data, onPage }: SectionProps) {
  const { results } = data;
  const basis = results.basis.kind === 'actual' ? 'actual' : 'forecast';
  const multiYear = multiYearSentence(results, data.currency);
  if (data.s.benefits.length === 0 && data.s.costs.length === 0)
    return (
      <View>
        <SectionHeading id="roi" onPage={onPage} />
        <NotYet>Benefits and costs: not recorded yet, so there is no return, benefit–cost ratio or sensitivity to show.</NotYet>
      </View>
    );
  return (
    <View>
      <SectionHeading id="roi" onPage={onPage} />
      <View wrap={false}>
        <Table
          columns={[
            { label: '', width: '40%' },
            { label: `Expected (${basis})`, width: '30%', align: 'right' },
            { label: `Conservative (${basis})`, width: '30%', align: 'right' },
          ]}
          rows={headlineRows(results, data.currency).map((r) => [r.label, pdfText(r.expected), pdfText(r.conservative)])}
        />
        <Text style={[styles.small, { marginTop: 4 }]}>
          {pdfText(
            `Every figure is ${results.basis.kind === 'actual' ? 'an actual' : `a ${results.basis.label}`}. Confidence: ${results.confidence.statement}.`,
          )}
        </Text>
      </View>
      {multiYear && <Text style={[styles.small, { marginTop: 4 }]}>{pdfText(multiYear)}</Text>}
      <Tornado results={results} currency={data.currency} title="Sensitivity and break-even" />
    </View>
  );
}
