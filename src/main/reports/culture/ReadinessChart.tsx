import { Line, Rect, Svg, Text, View } from '@react-pdf/renderer';
import { formatLeverScore, leverNames, RATING_MAX, RATING_MIN, type LeverScore } from '../../../shared/domain';
import { colours } from '../theme';

const LABEL = 130;
const BAR = 210;
const ROW = 12;
const x = (v: number) => ((v - RATING_MIN) / (RATING_MAX - RATING_MIN)) * BAR;

/**
 * The seven levers' scores against their targets, one compact row each: the bar is the mean on the
 * 1-5 scale, the tick the target; a lever under target is written "under target" beside its score
 * and drawn open (outlined), so the flag survives greyscale printing.
 */
export function ReadinessChart({ levers }: { levers: LeverScore[] }) {
  return (
    <View wrap={false} style={{ marginBottom: 4 }}>
      {levers.map((s) => (
        <View key={s.lever} style={{ flexDirection: 'row', alignItems: 'center', minHeight: ROW }}>
          <Text style={{ width: LABEL, flexShrink: 0, fontSize: 8, lineHeight: 1.2 }}>{leverNames[s.lever]}</Text>
          <View style={{ width: BAR + 4, flexShrink: 0 }}>
            <Svg width={BAR + 4} height={ROW - 2}>
              <Rect x={0} y={1} width={BAR} height={ROW - 4} fill={colours.band} />
              {s.mean !== null && (
                <Rect
                  x={0}
                  y={1}
                  width={Math.max(1, x(s.mean))}
                  height={ROW - 4}
                  fill={s.underTarget ? '#ffffff' : colours.accent}
                  stroke={s.underTarget ? colours.red : colours.accent}
                  strokeWidth={1}
                />
              )}
              <Line x1={x(s.target)} x2={x(s.target)} y1={0} y2={ROW - 2} stroke={colours.ink} strokeWidth={1.5} />
            </Svg>
          </View>
          <Text style={{ fontSize: 8, lineHeight: 1.2, marginLeft: 6, fontWeight: s.underTarget ? 700 : 400 }}>
            {s.mean === null
              ? 'not answered'
              : `${formatLeverScore(s.mean)} of target ${formatLeverScore(s.target)}${s.underTarget ? ' · under target' : ''}`}
          </Text>
        </View>
      ))}
      <Text style={{ fontSize: 7, color: colours.muted, marginLeft: LABEL, marginTop: 2 }}>
        Bar: mean rating, 1 (strongly disagree) to 5 (strongly agree); tick: the lever’s target.
      </Text>
    </View>
  );
}
