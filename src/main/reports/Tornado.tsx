import { Line, Rect, Svg, Text, View } from '@react-pdf/renderer';
import { formatPercent, sensitivity, type Results } from '../../shared/domain';
import { bookmarkProps, styles } from './parts';
import { colours, pdfText } from './theme';

const LABEL = 170;
const ROW = 24;
/** Room at each side of the bars for the ROI written outside their ends. */
const ROOM = 34;

/**
 * The sensitivity of ROI to each key assumption as a compact tornado: the ROI written at both ends
 * of every bar, the 0% line dashed, the expected ROI a solid line; then the swings and the break-even.
 */
export function Tornado({
  results,
  currency,
  title,
  width = 499,
  bars: most,
}: {
  results: Results;
  currency: string;
  /** A heading kept on the same page as the chart. */
  title?: string;
  width?: number;
  bars?: number;
}) {
  const s = sensitivity(results, currency);
  const expected = s.expectedRoi;
  const bars = s.bars.slice(0, most);
  const heading = title ? (
    <Text style={styles.h3} {...bookmarkProps(title)}>
      {title}
    </Text>
  ) : null;
  const breakEven = <Text style={[styles.p, { fontWeight: 600 }]}>{pdfText(s.breakEven.sentence)}</Text>;
  if (expected === null || bars.length === 0)
    return (
      <View wrap={false}>
        {heading}
        {breakEven}
      </View>
    );
  const w = width - LABEL;
  const values = [0, expected, ...bars.flatMap((b) => [b.low.roiPercent, b.high.roiPercent])];
  const lo = Math.min(...values);
  const hi = Math.max(...values, lo + 1);
  const x = (v: number) => ROOM + ((v - lo) / (hi - lo)) * (w - 2 * ROOM);
  const lines = (height: number) => (
    <>
      <Line x1={x(0)} x2={x(0)} y1={0} y2={height} stroke={colours.red} strokeWidth={1} strokeDasharray="3 2" />
      <Line x1={x(expected)} x2={x(expected)} y1={0} y2={height} stroke={colours.ink} strokeWidth={1.2} />
    </>
  );
  return (
    <View wrap={false}>
      {heading}
      <View style={{ flexDirection: 'row' }}>
        <View style={{ width: LABEL }} />
        <Svg width={w} height={12}>
          <Text x={x(0)} y={9} textAnchor="middle" style={{ fontFamily: 'Inter', fontSize: 7.5, fontWeight: 600 }} fill={colours.red}>
            0%
          </Text>
          {Math.abs(x(expected) - x(0)) > 50 && (
            <Text x={x(expected)} y={9} textAnchor="middle" style={{ fontFamily: 'Inter', fontSize: 7.5, fontWeight: 600 }}>
              {`expected ${formatPercent(expected)}`}
            </Text>
          )}
        </Svg>
      </View>
      {bars.map((b) => (
        <View key={b.key} style={{ flexDirection: 'row', alignItems: 'center', paddingVertical: 1.5 }}>
          <View style={{ width: LABEL, paddingRight: 6 }}>
            <Text style={{ fontSize: 8.5, fontWeight: 600, lineHeight: 1.2 }}>{pdfText(b.label)}</Text>
            <Text style={{ fontSize: 7, color: colours.muted, lineHeight: 1.2 }}>
              {pdfText(`${b.low.assumption} to ${b.high.assumption}`)}
            </Text>
          </View>
          <Svg width={w} height={ROW}>
            <Rect x={x(b.low.roiPercent)} y={6} width={x(expected) - x(b.low.roiPercent)} height={12} fill={colours.learning} />
            <Rect x={x(expected)} y={6} width={x(b.high.roiPercent) - x(expected)} height={12} fill={colours.accent} />
            {lines(ROW)}
            <Text x={x(b.low.roiPercent) - 3} y={15} textAnchor="end" style={{ fontFamily: 'Inter', fontSize: 8, fontWeight: 700 }}>
              {formatPercent(b.low.roiPercent)}
            </Text>
            <Text x={x(b.high.roiPercent) + 3} y={15} style={{ fontFamily: 'Inter', fontSize: 8, fontWeight: 700 }}>
              {formatPercent(b.high.roiPercent)}
            </Text>
          </Svg>
        </View>
      ))}
      <Text style={[styles.small, styles.muted, { marginTop: 3, marginBottom: 4 }]}>
        {pdfText(
          `${s.method}${most !== undefined && s.bars.length > bars.length ? ` The ${bars.length} widest of ${s.bars.length} shown.` : ''} Orange: below the expected ROI; teal: above; dashed red line: 0% ROI; solid line: expected ROI.`,
        )}
      </Text>
      {breakEven}
    </View>
  );
}
