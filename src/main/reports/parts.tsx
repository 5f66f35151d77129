import { G, Rect, StyleSheet, Svg, Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import { buckets, bucketLabels, type Bucket, type Verdict } from '../../shared/domain';
import { colours } from './theme';

export { TrendChart } from './TrendChart';

const page = {
  fontFamily: 'Inter',
  fontSize: 10,
  color: colours.ink,
  paddingTop: 48,
  paddingBottom: 56,
  paddingHorizontal: 48,
  lineHeight: 1.4,
};

export const styles = StyleSheet.create({
  page,
  header: {
    position: 'absolute',
    top: 20,
    left: 48,
    right: 48,
    flexDirection: 'row',
    justifyContent: 'space-between',
    fontSize: 8,
    color: colours.muted,
  },
  h1: { fontSize: 20, fontWeight: 700, marginBottom: 10, color: colours.accent, lineHeight: 1.25 },
  h2: { fontSize: 13.5, fontWeight: 700, marginTop: 14, marginBottom: 6, lineHeight: 1.3 },
  h3: { fontSize: 11, fontWeight: 600, marginTop: 8, marginBottom: 4 },
  p: { marginBottom: 6 },
  muted: { color: colours.muted },
  small: { fontSize: 8.5 },
  row: { flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: colours.rule, paddingVertical: 3 },
  headRow: { flexDirection: 'row', borderBottomWidth: 1, borderBottomColor: colours.ink, paddingVertical: 3, fontWeight: 600 },
  cell: { paddingRight: 6 },
  /** Header labels a size smaller, so a long one wraps inside its column rather than past the margin. */
  headCell: { fontSize: 8.5, lineHeight: 1.25 },
  totalRow: { flexDirection: 'row', borderTopWidth: 1, borderTopColor: colours.ink, paddingVertical: 3, fontWeight: 700 },
  box: { backgroundColor: colours.band, padding: 8, borderRadius: 3, marginBottom: 8 },
  warning: { borderLeftWidth: 3, borderLeftColor: colours.red, paddingLeft: 6, marginBottom: 4 },
  /** The page's text size, stated on the node itself (see the contents page in EvaluationReport). */
  contentsNumber: { fontSize: page.fontSize, lineHeight: page.lineHeight },
});

export const bucketColour: Record<Bucket, string> = { process: colours.process, learning: colours.learning, fit: colours.fit };

/** The name a section's heading is found by: the contents page links to it, the heading carries it. */
export const anchorOf = (title: string) =>
  `section-${title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;

/** react-pdf makes a PDF bookmark of any node with a `bookmark` prop; its types give it to Page only. */
export const bookmarkProps = (title: string) => ({ bookmark: { title, fit: false, expanded: false } }) as object;

/**
 * A heading that never sits alone at the foot of a page. A section heading (level 2, plain text) is
 * also a PDF bookmark and the target the contents page links to; a level 3 one is when asked.
 */
export function Heading({
  children,
  level = 2,
  onPage,
  bookmark = level === 2,
}: {
  children: ReactNode;
  level?: 2 | 3;
  onPage?: (page: number) => void;
  bookmark?: boolean;
}) {
  // Only what the contents or bookmarks point at gets an anchor: level 3 titles repeat (one per behaviour).
  const title = typeof children === 'string' && (level === 2 || bookmark) ? children : null;
  return (
    <View
      minPresenceAhead={level === 2 ? 120 : 90}
      wrap={false}
      {...(title ? { id: anchorOf(title) } : {})}
      {...(title && bookmark ? bookmarkProps(title) : {})}
    >
      <Text style={level === 2 ? styles.h2 : styles.h3}>{children}</Text>
      {onPage && (
        <Text
          style={{ fontSize: 1, color: '#ffffff' }}
          render={({ pageNumber }) => {
            onPage(pageNumber);
            return ' ';
          }}
        />
      )}
    </View>
  );
}

type Column = { label: string; width: string; align?: 'right' };
const percent = (w: string) => Number.parseFloat(w) || 0;

/**
 * A table whose header repeats on every page it runs over. Widths are percentages of the text
 * block; were they ever to add up to more than 100% they are scaled down to fit the margins.
 * A `total` row is kept on one page with the last rows above it, never alone overleaf.
 */
export function Table({ columns, rows, total }: { columns: Column[]; rows: ReactNode[][]; total?: ReactNode[] }) {
  const sum = columns.reduce((a, c) => a + percent(c.width), 0);
  const width = (j: number) => (sum > 100 ? `${(percent(columns[j].width) * 100) / sum}%` : columns[j].width);
  // A cell is one Text, as in the head row: long tables lay out again on every page break.
  const row = (r: ReactNode[], key: number | string, isTotal = false) => (
    <View key={key} style={isTotal ? styles.totalRow : styles.row} wrap={false}>
      {r.map((cell, j) => (
        <Text key={j} style={[styles.cell, { width: width(j), textAlign: columns[j].align ?? 'left' }]}>
          {cell}
        </Text>
      ))}
    </View>
  );
  const kept = total ? rows.slice(-2) : [];
  const body = rows.slice(0, rows.length - kept.length);
  return (
    <View style={{ marginBottom: 4 }}>
      <View style={styles.headRow} fixed>
        {columns.map((c, j) => (
          <Text key={j} style={[styles.cell, styles.headCell, { width: width(j), textAlign: c.align ?? 'left' }]}>
            {c.label}
          </Text>
        ))}
      </View>
      {body.map((r, i) => row(r, i))}
      {total && (
        <View wrap={false}>
          {kept.map((r, i) => row(r, `kept${i}`))}
          {row(total, 'total', true)}
        </View>
      )}
    </View>
  );
}

/** The process-vs-learning split as a stacked bar with the shares written on it and below it. */
export function VerdictChart({ verdict, width = 499 }: { verdict: Verdict; width?: number }) {
  let x = 0;
  const segments = buckets.filter((b) => verdict.shares[b].percent > 0);
  return (
    <View wrap={false} style={{ marginBottom: 6 }}>
      <Svg width={width} height={26}>
        {verdict.counted === 0 ? (
          <Rect x={0} y={0} width={width} height={26} fill={colours.band} />
        ) : (
          segments.map((b) => {
            const w = (verdict.shares[b].percent / 100) * width;
            const el = (
              <G key={b}>
                <Rect x={x} y={0} width={w} height={26} fill={bucketColour[b]} />
                {w > 34 && (
                  <Text
                    x={x + w / 2}
                    y={17}
                    textAnchor="middle"
                    style={{ fontFamily: 'Inter', fontSize: 10, fontWeight: 700 }}
                    fill="#ffffff"
                  >
                    {`${verdict.shares[b].percent}%`}
                  </Text>
                )}
              </G>
            );
            x += w;
            return el;
          })
        )}
      </Svg>
      <View style={{ flexDirection: 'row', marginTop: 3 }}>
        {buckets.map((b) => (
          <View key={b} style={{ flexDirection: 'row', alignItems: 'center', marginRight: 14 }}>
            <View style={{ width: 8, height: 8, backgroundColor: bucketColour[b], marginRight: 4 }} />
            <Text style={styles.small}>
              {bucketLabels[b]} {verdict.shares[b].percent}%
            </Text>
          </View>
        ))}
      </View>
    </View>
  );
}
