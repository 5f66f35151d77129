import { Line, Rect, Svg, Text, View } from '@react-pdf/renderer';
import { formatLeverScore, leverNames, RATING_MAX, RATING_MIN, type LeverScore } from '../../../shared/domain';
import { colours } from '../theme';

const ROW = 9.5;
const small = { fontSize: 7, lineHeight: 1.2 };

/**
 * The seven levers' scores against their targets, one compact row each: the bar is the mean on the
 * 1-5 scale, the tick the target; a lever under target has its name in bold, an open (outlined) bar
 * and an arrow by its score, so the flag survives greyscale printing.
 */
export function ReadinessChart({ levers, label: LABEL = 110, bar: BAR = 46 }: { levers: LeverScore[]; label?: number; bar?: number }) {
  const x = (v: number) => ((v - RATING_MIN) / (RATING_MAX - RATING_MIN)) * BAR;
  return (
    <View wrap={false}>
      {levers.map((s) => (
        <View key={s.lever} style={{ flexDirection: 'row', alignItems: 'center', minHeight: ROW }}>
          <Text style={{ ...small, width: LABEL, flexShrink: 0, fontWeight: s.underTarget ? 700 : 400 }}>{leverNames[s.lever]}</Text>
          <View style={{ width: BAR + 4, flexShrink: 0 }}>
            <Svg width={BAR + 4} height={ROW - 1.5}>
              <Rect x={0} y={1} width={BAR} height={ROW - 3.5} fill={colours.band} />
              {s.mean !== null && (
                <Rect
                  x={0}
                  y={1}
                  width={Math.max(1, x(s.mean))}
                  height={ROW - 3.5}
                  fill={s.underTarget ? '#ffffff' : colours.accent}
                  stroke={s.underTarget ? colours.red : colours.accent}
                  strokeWidth={0.8}
                />
              )}
              <Line x1={x(s.target)} x2={x(s.target)} y1={0} y2={ROW - 1.5} stroke={colours.ink} strokeWidth={1.2} />
            </Svg>
          </View>
          <Text style={{ ...small, marginLeft: 4, fontWeight: s.underTarget ? 700 : 400 }}>
            {s.mean === null ? 'not answered' : `${formatLeverScore(s.mean)} of ${formatLeverScore(s.target)}${s.underTarget ? ' ↓' : ''}`}
          </Text>
        </View>
      ))}
      <Text style={{ fontSize: 6.5, lineHeight: 1.25, color: colours.muted, marginTop: 2 }}>
        Bar: mean rating, 1-5; tick: the lever’s target. Bold, open bar and ↓: under target.
      </Text>
    </View>
  );
}
