import { Rect, Svg, Text, Text as SvgText, View } from '@react-pdf/renderer';
import { formatLeverScore, leverIds, leverNames, RATING_MAX, RATING_MIN, type CheckScores, type LeverScore } from '../../../shared/domain';
import { styles } from '../parts';
import { colours } from '../theme';

const WIDTH = 499;
const LABEL = 150;
const HEAD = 26;
const ROW = 20;

/** Light grey at 1, the accent at 5: darker is better, readable in greyscale. */
function shade(mean: number) {
  const t = (mean - RATING_MIN) / (RATING_MAX - RATING_MIN);
  const from = [0xf1, 0xf3, 0xf5];
  const to = [0x0b, 0x72, 0x85];
  return `#${from
    .map((f, i) =>
      Math.round(f + (to[i] - f) * t)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/**
 * The lever × group heatmap: one row per lever, a column for everyone then one per group, the mean
 * written in every cell. A cell under the lever's target is outlined in red and its number underlined
 * by a rule, so the flag does not rest on colour alone; a group with few respondents says so in its head.
 */
export function Heatmap({ scores, groups }: { scores: CheckScores; groups: { group: string; respondents: number }[] }) {
  const columns: { label: string; sub: string; cells: LeverScore[] }[] = [
    { label: 'Everyone', sub: `${scores.respondents} people`, cells: scores.levers },
    ...groups.map((g) => ({
      label: g.group,
      sub: `${g.respondents}${g.respondents < 5 ? ', few' : ''}`,
      cells: scores.byGroup.filter((s) => s.group === g.group),
    })),
  ];
  const col = (WIDTH - LABEL) / columns.length;
  const height = HEAD + ROW * leverIds.length;
  const text = { fontFamily: 'Inter', fontSize: 8 };
  return (
    <View wrap={false} style={{ marginBottom: 6 }}>
      <Svg width={WIDTH} height={height}>
        {columns.map((c, j) => (
          <SvgText
            key={`h${j}`}
            x={LABEL + col * j + col / 2}
            y={10}
            textAnchor="middle"
            style={{ ...text, fontWeight: 600 }}
            fill={colours.ink}
          >
            {c.label}
          </SvgText>
        ))}
        {columns.map((c, j) => (
          <SvgText
            key={`s${j}`}
            x={LABEL + col * j + col / 2}
            y={20}
            textAnchor="middle"
            style={{ ...text, fontSize: 7 }}
            fill={colours.muted}
          >
            {c.sub}
          </SvgText>
        ))}
        {leverIds.map((lever, i) => (
          <SvgText key={lever} x={0} y={HEAD + ROW * i + 13} style={text} fill={colours.ink}>
            {`${i + 1}. ${leverNames[lever]}`}
          </SvgText>
        ))}
        {columns.flatMap((c, j) =>
          c.cells.map((s, i) => {
            const x = LABEL + col * j + 1;
            const y = HEAD + ROW * i + 1;
            const dark = s.mean !== null && s.mean >= 3.4;
            return [
              <Rect
                key={`r${j}.${i}`}
                x={x}
                y={y}
                width={col - 2}
                height={ROW - 2}
                fill={s.mean === null ? '#ffffff' : shade(s.mean)}
                stroke={s.underTarget ? colours.red : colours.rule}
                strokeWidth={s.underTarget ? 1.5 : 0.5}
              />,
              <SvgText
                key={`t${j}.${i}`}
                x={x + (col - 2) / 2}
                y={y + 12}
                textAnchor="middle"
                style={{ ...text, fontWeight: j === 0 ? 700 : 400 }}
                fill={dark ? '#ffffff' : colours.ink}
              >
                {s.mean === null ? '–' : `${formatLeverScore(s.mean)}${s.underTarget ? ' ↓' : ''}`}
              </SvgText>,
            ];
          }),
        )}
      </Svg>
      <View style={{ flexDirection: 'row', marginTop: 2 }}>
        <Text style={[styles.small, { color: colours.muted }]}>
          Mean rating, 1 to 5 (darker is higher). Outlined in red and marked ↓: under the lever’s target. “few”: fewer than 5 respondents,
          read with care.
        </Text>
      </View>
    </View>
  );
}
