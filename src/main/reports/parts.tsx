import { Circle, G, Line, Polyline, Rect, StyleSheet, Svg, Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import { buckets, bucketLabels, formatDate, type Bucket, type Measure, type Verdict, type Snapshot } from '../../shared/domain';
import { colours, pdfText } from './theme';

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
  box: { backgroundColor: colours.band, padding: 8, borderRadius: 3, marginBottom: 8 },
  warning: { borderLeftWidth: 3, borderLeftColor: colours.red, paddingLeft: 6, marginBottom: 4 },
  /** The page's text size, stated on the node itself (see the contents page in EvaluationReport). */
  contentsNumber: { fontSize: page.fontSize, lineHeight: page.lineHeight },
});

export const bucketColour: Record<Bucket, string> = { process: colours.process, learning: colours.learning, fit: colours.fit };

/** A heading that never sits alone at the foot of a page. */
export function Heading({ children, level = 2, onPage }: { children: ReactNode; level?: 2 | 3; onPage?: (page: number) => void }) {
  return (
    <View minPresenceAhead={90} wrap={false}>
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

export function Table({ columns, rows }: { columns: { label: string; width: string; align?: 'right' }[]; rows: ReactNode[][] }) {
  return (
    <View>
      <View style={styles.headRow} fixed>
        {columns.map((c) => (
          <Text key={c.label} style={[styles.cell, { width: c.width, textAlign: c.align ?? 'left' }]}>
            {c.label}
          </Text>
        ))}
      </View>
      {/* A cell is one Text, as in the head row: long tables lay out again on every page break. */}
      {rows.map((r, i) => (
        <View key={i} style={styles.row} wrap={false}>
          {r.map((cell, j) => (
            <Text key={j} style={[styles.cell, { width: columns[j].width, textAlign: columns[j].align ?? 'left' }]}>
              {cell}
            </Text>
          ))}
        </View>
      ))}
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
                  <Text x={x + w / 2 - 10} y={17} style={{ fontSize: 10, fontWeight: 700 }} fill="#ffffff">
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

/** A measure's observations over time, cohorts told apart by dash pattern as well as colour. */
export function TrendChart({
  measure: m,
  observations,
  width = 499,
  height = 130,
}: {
  measure: Measure;
  observations: Snapshot['observations'];
  width?: number;
  height?: number;
}) {
  const obs = observations.filter((o) => o.measureId === m.id);
  if (obs.length === 0) return <Text style={[styles.small, styles.muted]}>No observations recorded.</Text>;
  const values = [...obs.map((o) => o.value), ...(m.baseline !== null ? [m.baseline] : []), ...(m.target !== null ? [m.target] : [])];
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (lo === hi) [lo, hi] = [lo - 1, hi + 1];
  const pad = { l: 36, r: 8, t: 6, b: 16 };
  const t = (d: string) => Date.parse(`${d}T00:00:00Z`);
  const d0 = Math.min(...obs.map((o) => t(o.date)));
  const d1 = Math.max(d0 + 86_400_000, ...obs.map((o) => t(o.date)));
  const x = (d: string) => pad.l + ((t(d) - d0) / (d1 - d0)) * (width - pad.l - pad.r);
  const y = (v: number) => pad.t + (1 - (v - lo) / (hi - lo)) * (height - pad.t - pad.b);
  const cohortStyle = {
    treatment: { stroke: colours.process, dash: undefined },
    control: { stroke: colours.muted, dash: '4 3' },
    all: { stroke: colours.accent, dash: undefined },
  } as const;
  const first = obs.reduce((a, o) => (o.date < a ? o.date : a), obs[0].date);
  const last = obs.reduce((a, o) => (o.date > a ? o.date : a), obs[0].date);
  return (
    <View wrap={false}>
      <Svg width={width} height={height}>
        <Line x1={pad.l} y1={height - pad.b} x2={width - pad.r} y2={height - pad.b} stroke={colours.rule} strokeWidth={1} />
        <Text x={2} y={y(hi) + 6} style={{ fontSize: 7 }}>{`${Math.round(hi * 10) / 10}`}</Text>
        <Text x={2} y={y(lo)} style={{ fontSize: 7 }}>{`${Math.round(lo * 10) / 10}`}</Text>
        <Text x={pad.l} y={height - 3} style={{ fontSize: 7 }}>
          {formatDate(first)}
        </Text>
        <Text x={width - pad.r - 60} y={height - 3} style={{ fontSize: 7 }}>
          {formatDate(last)}
        </Text>
        {m.baseline !== null && (
          <Line
            x1={pad.l}
            x2={width - pad.r}
            y1={y(m.baseline)}
            y2={y(m.baseline)}
            stroke={colours.red}
            strokeWidth={1}
            strokeDasharray="1 3"
          />
        )}
        {m.target !== null && (
          <Line
            x1={pad.l}
            x2={width - pad.r}
            y1={y(m.target)}
            y2={y(m.target)}
            stroke={colours.green}
            strokeWidth={1}
            strokeDasharray="6 3"
          />
        )}
        {(['treatment', 'control', 'all'] as const).map((c) => {
          const pts = obs.filter((o) => o.cohort === c).sort((a, b) => a.date.localeCompare(b.date));
          if (pts.length === 0) return null;
          return (
            <G key={c}>
              <Polyline
                points={pts.map((p) => `${x(p.date)},${y(p.value)}`).join(' ')}
                stroke={cohortStyle[c].stroke}
                strokeWidth={1.6}
                strokeDasharray={cohortStyle[c].dash}
                fill="none"
              />
              {pts.length <= 40 &&
                pts.map((p) => <Circle key={p.date} cx={x(p.date)} cy={y(p.value)} r={1.8} fill={cohortStyle[c].stroke} />)}
            </G>
          );
        })}
      </Svg>
      <Text style={[styles.small, styles.muted]}>
        {pdfText(
          [
            ...(['treatment', 'control', 'all'] as const)
              .filter((c) => obs.some((o) => o.cohort === c))
              .map((c) => `${c === 'all' ? 'All' : c[0].toUpperCase() + c.slice(1)} ${c === 'control' ? '(dashed)' : '(solid)'}`),
            m.baseline !== null ? `baseline ${m.baseline} (dotted)` : '',
            m.target !== null ? `target ${m.target} (long dashes)` : '',
          ]
            .filter(Boolean)
            .join(' · '),
        )}
      </Text>
    </View>
  );
}
