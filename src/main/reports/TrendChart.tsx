import { Circle, G, Line, Polyline, Svg, Text, View } from '@react-pdf/renderer';
import { chartSeries, dateTicks, formatValue, niceTicks, type Measure, type Snapshot } from '../../shared/domain';
import { colours, pdfText } from './theme';

type Cohort = 'treatment' | 'control' | 'all';
const cohorts: Cohort[] = ['treatment', 'control', 'all'];
const cohortNames: Record<Cohort, string> = { treatment: 'Treatment', control: 'Control', all: 'All' };
const cohortStyle: Record<Cohort, { stroke: string; dash?: string }> = {
  treatment: { stroke: colours.process },
  control: { stroke: colours.muted, dash: '4 3' },
  all: { stroke: colours.accent },
};
const periodNote = { day: '', week: 'Weekly averages.', month: 'Monthly averages.' } as const;
/** Points a cohort's line may have on a page before they are averaged per week or month. */
const PER_COHORT = 60;
const axisText = { fontFamily: 'Inter', fontSize: 7 };
const gridColour = '#e9ecef';

/** Labels at the right of the plot, moved apart so none overlaps another, all kept between top and bottom. */
export function spread<T extends { y: number }>(labels: T[], gap: number, top: number, bottom: number): T[] {
  const out = [...labels].sort((a, b) => a.y - b.y).map((l) => ({ ...l, y: Math.min(Math.max(l.y, top), bottom) }));
  for (let i = 1; i < out.length; i++) out[i].y = Math.max(out[i].y, out[i - 1].y + gap);
  // Pushed past the bottom: move the run up, each label at least a gap above the next.
  for (let i = out.length - 1; i >= 0 && out[i].y > (i === out.length - 1 ? bottom : out[i + 1].y - gap); i--)
    out[i].y = i === out.length - 1 ? bottom : out[i + 1].y - gap;
  return out;
}

/**
 * A measure's observations over time, read for numbers: round ticks in the measure's unit with
 * light gridlines, month labels, each cohort averaged per period when there are many points and
 * named with its latest value at the line's end, baseline and target named at theirs.
 */
export function TrendChart({
  measure: m,
  observations,
  width = 499,
  height = 130,
  title,
}: {
  measure: Measure;
  observations: Snapshot['observations'];
  width?: number;
  height?: number;
  /** A title kept on the same page as the chart. */
  title?: string;
}) {
  const heading = title ? <Text style={{ fontWeight: 600, marginBottom: 2 }}>{pdfText(title)}</Text> : null;
  const obs = observations.filter((o) => o.measureId === m.id);
  if (obs.length === 0)
    return (
      <View wrap={false}>
        {heading}
        <Text style={{ fontSize: 8.5, color: colours.muted }}>No observations recorded.</Text>
      </View>
    );
  const present = cohorts.filter((c) => obs.some((o) => o.cohort === c));
  const { points, period } = chartSeries(obs, PER_COHORT * present.length);
  const value = (v: number) => formatValue(Math.round(v * 10) / 10, m.unit);
  const inline = m.unit.trim() === '%' || /^[£$€¥]$/.test(m.unit.trim());
  const tickText = (v: number) => (inline ? formatValue(v, m.unit) : v.toLocaleString('en-GB'));
  const axis = niceTicks(
    Math.min(...points.map((p) => p.value), ...(m.baseline !== null ? [m.baseline] : []), ...(m.target !== null ? [m.target] : [])),
    Math.max(...points.map((p) => p.value), ...(m.baseline !== null ? [m.baseline] : []), ...(m.target !== null ? [m.target] : [])),
  );
  const pad = { l: 8 + 4.2 * Math.max(...axis.ticks.map((t) => tickText(t).length)), r: 78, t: inline ? 6 : 14, b: 16 };
  const t = (d: string) => Date.parse(`${d}T00:00:00Z`);
  const first = points[0].date;
  const last = points[points.length - 1].date;
  const d0 = t(first);
  const d1 = Math.max(d0 + 86_400_000, t(last));
  const x = (d: string) => pad.l + ((t(d) - d0) / (d1 - d0)) * (width - pad.l - pad.r);
  const y = (v: number) => pad.t + (1 - (v - axis.min) / (axis.max - axis.min)) * (height - pad.t - pad.b);
  const right = width - pad.r;
  const lines = present.map((c) => ({ c, pts: points.filter((p) => p.cohort === c) }));
  const endLabels = spread(
    [
      ...lines.map(({ c, pts }) => {
        const end = pts[pts.length - 1];
        return { key: c, y: y(end.value), text: `${cohortNames[c]} ${value(end.value)}`, fill: cohortStyle[c].stroke, weight: 700 };
      }),
      ...(m.target !== null
        ? [{ key: 'target', y: y(m.target), text: `target ${value(m.target)}`, fill: colours.green, weight: 600 }]
        : []),
      ...(m.baseline !== null
        ? [{ key: 'baseline', y: y(m.baseline), text: `baseline ${value(m.baseline)}`, fill: colours.red, weight: 600 }]
        : []),
    ],
    8,
    pad.t + 3,
    height - pad.b,
  );
  const ticks = dateTicks(first, last, Math.max(2, Math.floor((right - pad.l) / 48)));
  return (
    <View wrap={false} style={{ marginBottom: 4 }}>
      {heading}
      <Svg width={width} height={height}>
        {!inline && m.unit.trim() && (
          <Text x={2} y={7} style={axisText} fill={colours.muted}>
            {pdfText(m.unit.trim())}
          </Text>
        )}
        {axis.ticks.map((v) => (
          <G key={v}>
            <Line x1={pad.l} x2={right} y1={y(v)} y2={y(v)} stroke={gridColour} strokeWidth={0.6} />
            <Text x={pad.l - 4} y={y(v) + 2.4} textAnchor="end" style={axisText} fill={colours.muted}>
              {pdfText(tickText(v))}
            </Text>
          </G>
        ))}
        <Line x1={pad.l} y1={height - pad.b} x2={right} y2={height - pad.b} stroke={colours.rule} strokeWidth={0.8} />
        {ticks.map((d) => (
          <G key={d.date}>
            <Line x1={x(d.date)} x2={x(d.date)} y1={height - pad.b} y2={height - pad.b + 3} stroke={colours.rule} strokeWidth={0.8} />
            <Text x={x(d.date)} y={height - 4} textAnchor="middle" style={axisText} fill={colours.muted}>
              {d.label}
            </Text>
          </G>
        ))}
        {m.baseline !== null && (
          <Line x1={pad.l} x2={right} y1={y(m.baseline)} y2={y(m.baseline)} stroke={colours.red} strokeWidth={1} strokeDasharray="1 3" />
        )}
        {m.target !== null && (
          <Line x1={pad.l} x2={right} y1={y(m.target)} y2={y(m.target)} stroke={colours.green} strokeWidth={1} strokeDasharray="6 3" />
        )}
        {lines.map(({ c, pts }) => {
          const end = pts[pts.length - 1];
          return (
            <G key={c}>
              <Polyline
                points={pts.map((p) => `${x(p.date)},${y(p.value)}`).join(' ')}
                stroke={cohortStyle[c].stroke}
                strokeWidth={1.5}
                strokeDasharray={cohortStyle[c].dash}
                fill="none"
              />
              {pts.length <= 40 &&
                pts.map((p) => <Circle key={p.date} cx={x(p.date)} cy={y(p.value)} r={1.5} fill={cohortStyle[c].stroke} />)}
              <Circle cx={x(end.date)} cy={y(end.value)} r={2.6} fill={cohortStyle[c].stroke} />
            </G>
          );
        })}
        {endLabels.map((l) => (
          <Text key={l.key} x={right + 5} y={l.y + 2.5} style={{ ...axisText, fontWeight: l.weight }} fill={l.fill}>
            {pdfText(l.text)}
          </Text>
        ))}
      </Svg>
      <View style={{ flexDirection: 'row', flexWrap: 'wrap', alignItems: 'center', marginTop: 2 }}>
        {present.map((c) => (
          <Swatch key={c} colour={cohortStyle[c].stroke} dash={cohortStyle[c].dash} label={cohortNames[c]} />
        ))}
        {m.baseline !== null && <Swatch colour={colours.red} dash="1 3" label="Baseline" />}
        {m.target !== null && <Swatch colour={colours.green} dash="6 3" label="Target" />}
        <Text style={{ fontSize: 7.5, color: colours.muted }}>
          {pdfText(
            `${periodNote[period]} Latest value at each line's end${m.unit.trim() && !inline ? `; values in ${m.unit.trim()}` : ''}.`,
          )}
        </Text>
      </View>
    </View>
  );
}

/** A legend entry: a short stroke drawn as on the chart, then its name. */
function Swatch({ colour, dash, label }: { colour: string; dash?: string; label: string }) {
  return (
    <View style={{ flexDirection: 'row', alignItems: 'center', marginRight: 10 }}>
      <Svg width={16} height={6}>
        <Line x1={0} x2={16} y1={3} y2={3} stroke={colour} strokeWidth={1.5} strokeDasharray={dash} />
      </Svg>
      <Text style={{ fontSize: 7.5, marginLeft: 3 }}>{label}</Text>
    </View>
  );
}
