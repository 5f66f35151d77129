import { Text, View } from '@react-pdf/renderer';
import { formatMoney, formatPayback, formatPercent, formatRatio, multiYearSentence } from '../../../shared/domain';
import type { ReportData } from '../data';
import { bookmarkProps, styles } from '../parts';
import { Tornado } from '../Tornado';
import { pdfText } from '../theme';

/** What it is worth, forecast or actual, with its confidence, the three widest sensitivity bars and the break-even. */
export function Value({ data }: { data: ReportData }) {
  const { results } = data;
  const money = (n: number) => formatMoney(n, data.currency);
  const basis = results.basis.kind;
  const multiYear = multiYearSentence(results, data.currency);
  return (
    <View>
      <View wrap={false}>
        <Text style={styles.h3} {...bookmarkProps(`What it is worth (${basis === 'actual' ? 'actual' : 'a forecast'})`)}>
          What it is worth ({basis === 'actual' ? 'actual' : 'a forecast'})
        </Text>
        <Text style={styles.p}>
          {pdfText(
            results.expected.roiPercent === null
              ? `ROI cannot be worked out until costs are recorded. Expected benefit ${money(results.expected.benefits)} in the first year.`
              : `${basis === 'actual' ? 'Actual' : `Forecast${basis === 'mixed' ? ` (${results.basis.label})` : ''}`}: benefits ${money(results.expected.benefits)} in the first year (conservative ${money(results.conservative.benefits)}) against ${money(results.costs.total)} of fully loaded costs; net benefits ${money(results.expected.netBenefits)} (conservative ${money(results.conservative.netBenefits)}); ROI ${formatPercent(results.expected.roiPercent)} (conservative ${formatPercent(results.conservative.roiPercent)}); benefit-cost ratio ${formatRatio(results.expected.bcr)}; payback ${formatPayback(results.conservative)} (conservative).`,
          )}
        </Text>
        {multiYear && <Text style={styles.p}>{pdfText(multiYear)}</Text>}
        <Text style={styles.p}>{pdfText(`Confidence: ${results.confidence.statement}.`)}</Text>
      </View>
      <Tornado results={results} currency={data.currency} bars={3} title="Sensitivity and break-even" />
    </View>
  );
}
