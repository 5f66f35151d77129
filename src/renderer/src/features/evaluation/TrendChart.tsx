import { Group, Text } from '@mantine/core';
import { chartSeries, formatDate, type Measure, type Observation } from '../../../../shared/domain';

const W = 560;
const H = 220;
const pad = { l: 52, r: 16, t: 16, b: 32 };
/** Axis and line labels large enough to read on a projector (the chart is drawn at most at its own size). */
const FONT = 13;
/** Cohorts differ by dash pattern as well as colour, so the chart survives greyscale printing. */
const styles = {
  treatment: { colour: 'var(--mantine-color-blue-8)', dash: undefined, label: 'Treatment' },
  control: { colour: 'var(--mantine-color-gray-7)', dash: '6 4', label: 'Control' },
  all: { colour: 'var(--mantine-color-teal-8)', dash: undefined, label: 'All' },
} as const;

const t = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** A measure's observations over time against its baseline and target; many points are averaged per week or month. */
export function TrendChart({ measure: m, observations: obs }: { measure: Measure; observations: readonly Observation[] }) {
  if (obs.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No observations yet: add them by hand or import a CSV to see the trend.
      </Text>
    );
  const series = chartSeries(obs);
  const values = [
    ...series.points.map((o) => o.value),
    ...(m.baseline !== null ? [m.baseline] : []),
    ...(m.target !== null ? [m.target] : []),
  ];
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (lo === hi) [lo, hi] = [lo - 1, hi + 1];
  const margin = (hi - lo) * 0.1;
  lo -= margin;
  hi += margin;
  const dates = obs.map((o) => t(o.date));
  const d0 = Math.min(...dates);
  const d1 = Math.max(...dates) === d0 ? d0 + 86_400_000 : Math.max(...dates);
  const x = (iso: string) => pad.l + ((t(iso) - d0) / (d1 - d0)) * (W - pad.l - pad.r);
  const y = (v: number) => pad.t + (1 - (v - lo) / (hi - lo)) * (H - pad.t - pad.b);
  const cohorts = (['treatment', 'control', 'all'] as const).filter((c) => obs.some((o) => o.cohort === c));
  const first = obs.reduce((a, o) => (o.date < a ? o.date : a), obs[0].date);
  const last = obs.reduce((a, o) => (o.date > a ? o.date : a), obs[0].date);
  const fmt = (v: number) => v.toLocaleString('en-GB', { maximumFractionDigits: 1 });
  return (
    <div>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        width="100%"
        style={{ maxWidth: W }}
        role="img"
        aria-label={`${m.name}: ${obs.length} observations from ${formatDate(first)} to ${formatDate(last)}${series.period === 'day' ? '' : `, mean per ${series.period}`}`}
        data-testid="trend-chart"
        data-period={series.period}
      >
        <line x1={pad.l} y1={H - pad.b} x2={W - pad.r} y2={H - pad.b} stroke="currentColor" strokeOpacity={0.5} />
        {[lo + margin, (lo + hi) / 2, hi - margin].map((v) => (
          <text key={v} x={pad.l - 6} y={y(v) + 4} fontSize={FONT} textAnchor="end" fill="currentColor">
            {fmt(v)}
          </text>
        ))}
        <text x={pad.l} y={H - 8} fontSize={FONT} fill="currentColor">
          {formatDate(first)}
        </text>
        <text x={W - pad.r} y={H - 8} fontSize={FONT} fill="currentColor" textAnchor="end">
          {formatDate(last)}
        </text>
        {m.baseline !== null && (
          <g>
            <line
              x1={pad.l}
              x2={W - pad.r}
              y1={y(m.baseline)}
              y2={y(m.baseline)}
              stroke="var(--mantine-color-red-7)"
              strokeDasharray="2 4"
              strokeWidth={1.5}
            />
            <text x={W - pad.r} y={y(m.baseline) - 4} fontSize={FONT} textAnchor="end" fill="var(--mantine-color-red-8)">
              Baseline {fmt(m.baseline)}
            </text>
          </g>
        )}
        {m.target !== null && (
          <g>
            <line
              x1={pad.l}
              x2={W - pad.r}
              y1={y(m.target)}
              y2={y(m.target)}
              stroke="var(--mantine-color-green-8)"
              strokeDasharray="8 4"
              strokeWidth={1.5}
            />
            <text x={W - pad.r} y={y(m.target) - 4} fontSize={FONT} textAnchor="end" fill="var(--mantine-color-green-9)">
              Target {fmt(m.target)}
            </text>
          </g>
        )}
        {cohorts.map((c) => {
          const pts = series.points.filter((o) => o.cohort === c);
          return (
            <g key={c}>
              <polyline
                fill="none"
                stroke={styles[c].colour}
                strokeWidth={2.5}
                strokeDasharray={styles[c].dash}
                points={pts.map((p) => `${x(p.date)},${y(p.value)}`).join(' ')}
              />
              {pts.map((p) => (
                <circle key={`${p.date} ${p.value}`} cx={x(p.date)} cy={y(p.value)} r={3} fill={styles[c].colour} />
              ))}
            </g>
          );
        })}
      </svg>
      <Group gap="md">
        {cohorts.map((c) => (
          <Text key={c} size="xs">
            <svg width="26" height="8" aria-hidden>
              <line x1="0" y1="4" x2="26" y2="4" stroke={styles[c].colour} strokeWidth="2.5" strokeDasharray={styles[c].dash} />
            </svg>{' '}
            {styles[c].label}
          </Text>
        ))}
      </Group>
    </div>
  );
}
