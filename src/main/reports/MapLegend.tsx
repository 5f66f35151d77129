import { Line, Svg, Text, View } from '@react-pdf/renderer';
import { bucketLabels, buckets, notAddressedLabel } from '../../shared/domain';
import { bucketColour } from './parts';
import { edgeStyle, kindColour } from './mapKey';
import { colours } from './theme';

const label = { fontSize: 7.5, marginRight: 10 };
const item = { flexDirection: 'row' as const, alignItems: 'center' as const, marginBottom: 2 };

function NodeSwatch({ colour, dashed, faint }: { colour: string; dashed?: boolean; faint?: boolean }) {
  return (
    <View
      style={{
        width: 14,
        height: 8,
        marginRight: 3,
        borderWidth: faint ? 0.6 : 1,
        borderColor: colour,
        borderStyle: dashed ? 'dashed' : 'solid',
        borderLeftWidth: 3,
        opacity: faint ? 0.45 : 1,
      }}
    />
  );
}

function EdgeSwatch({ stroke, width, dash }: { stroke: string; width: number; dash?: string }) {
  return (
    <Svg width={16} height={8} style={{ marginRight: 3 }}>
      <Line x1={0} y1={4} x2={16} y2={4} stroke={stroke} strokeWidth={width} strokeDasharray={dash} />
    </Svg>
  );
}

/** What every colour and line style on the map means; the tile marks only where tiles are printed. */
export function MapLegend({ tiled, capabilities = false }: { tiled: boolean; capabilities?: boolean }) {
  const kinds: [string, string][] = [
    ['Outcome', kindColour.outcome],
    ['Behaviour', kindColour.behaviour],
    ...(capabilities ? [['Capability', kindColour.capability] as [string, string]] : []),
    ...buckets.map((b): [string, string] => [`Cause: ${bucketLabels[b].toLowerCase()}`, bucketColour[b]]),
    ['Intervention', kindColour.intervention],
    ['Measure', kindColour.measure],
  ];
  return (
    <View style={{ flexDirection: 'row', flexWrap: 'wrap', marginTop: 6, color: colours.ink }} wrap={false}>
      {kinds.map(([name, colour]) => (
        <View key={name} style={item}>
          <NodeSwatch colour={colour} />
          <Text style={label}>{name}</Text>
        </View>
      ))}
      <View style={item}>
        <NodeSwatch colour={colours.muted} dashed />
        <Text style={label}>Hypothesis (dashed outline)</Text>
      </View>
      <View style={item}>
        <NodeSwatch colour={colours.muted} faint />
        <Text style={label}>Ruled out or parked (faint)</Text>
      </View>
      <View style={item}>
        <EdgeSwatch {...edgeStyle.normal} />
        <Text style={label}>Link</Text>
      </View>
      {capabilities && (
        <View style={item}>
          <EdgeSwatch {...edgeStyle.capability} />
          <Text style={label}>Behaviour depends on a capability; learning-gap cause explains its gap</Text>
        </View>
      )}
      <View style={item}>
        <EdgeSwatch {...edgeStyle.misfit} />
        <Text style={label}>Intervention {notAddressedLabel.replace('’', "'")}</Text>
      </View>
      {tiled && (
        <View style={item}>
          <EdgeSwatch stroke={edgeStyle.normal.stroke} width={0.8} dash="2 1" />
          <Text style={label}>“to tile 2”, “from tile 1”: the link continues on that tile</Text>
        </View>
      )}
    </View>
  );
}
