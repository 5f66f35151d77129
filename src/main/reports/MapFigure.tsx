import { G, Path, Rect, Svg, Text, View } from '@react-pdf/renderer';
import { columnX, drawnEnds, NODE_HEIGHT, NODE_WIDTH, type MapNode } from '../../shared/domain';
import { columnTitlesFor, edgeStyle, isFaint, nodeColour } from './mapKey';
import { MAP_FONT, MAP_LINE, mapWidth, NODE_PAD, type MapPage } from './mapPages';
import type { Measure } from './mapText';
import { colours } from './theme';

const svgText = { fontFamily: 'Inter', fontSize: MAP_FONT };
/** Continuation marks: how far the stub reaches out of the node, in points. */
const STUB = 7;

/**
 * One page of the map as vector shapes: the screen's layout at the page's scale, column titles
 * above the columns, each label wrapped to its node (`labels`: the lines per node key).
 */
export function MapFigure({
  page,
  nodes,
  labels,
  measure,
}: {
  page: MapPage;
  nodes: Map<string, MapNode>;
  labels: Map<string, string[]>;
  measure: Measure;
}) {
  const s = page.scale;
  const at = (k: string) => page.positions.get(k)!;
  const height = page.height * s + 2;
  return (
    <View wrap={false}>
      <View style={{ height: 12, marginBottom: 3, position: 'relative' }}>
        {columnTitlesFor(page.columns).map((title, c) => (
          <Text
            key={title}
            style={{
              position: 'absolute',
              left: columnX(c, page.columns) * s,
              width: NODE_WIDTH * s,
              fontSize: 8,
              fontWeight: 600,
              color: colours.ink,
            }}
          >
            {title}
          </Text>
        ))}
      </View>
      <Svg width={mapWidth(page.columns) * s} height={height}>
        {page.edges.map((e) => {
          const ends = drawnEnds(e);
          const a = at(ends.left);
          const b = at(ends.right);
          const x1 = (a.x + NODE_WIDTH) * s;
          const y1 = (a.y + NODE_HEIGHT / 2) * s + 1;
          const x2 = b.x * s;
          const y2 = (b.y + NODE_HEIGHT / 2) * s + 1;
          const mid = (x1 + x2) / 2;
          const style = e.fits === false ? edgeStyle.misfit : e.target.startsWith('capability:') ? edgeStyle.capability : edgeStyle.normal;
          return (
            <Path
              key={e.key}
              d={`M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}`}
              stroke={style.stroke}
              strokeWidth={style.width}
              strokeDasharray={e.fits === false ? edgeStyle.misfit.dash : undefined}
              fill="none"
            />
          );
        })}
        {page.continuations.map((c) => {
          const p = at(c.key);
          const y = (p.y + NODE_HEIGHT / 2) * s + 1;
          const text = `${c.side === 'right' ? 'to' : 'from'} tile${c.tiles.length > 1 ? 's' : ''} ${c.tiles.join(', ')}`;
          const edge = c.side === 'right' ? (p.x + NODE_WIDTH) * s : p.x * s;
          const tip = c.side === 'right' ? edge + STUB : edge - STUB;
          const width = measure(text, MAP_FONT);
          const textX = c.side === 'right' ? edge + 2 : edge - 2 - width;
          const textY = c.side === 'right' ? y - 2 : y + MAP_FONT + 1;
          return (
            <G key={`${c.key} ${c.side}`}>
              <Path d={`M${edge},${y} L${tip},${y}`} stroke={edgeStyle.normal.stroke} strokeWidth={0.8} strokeDasharray="2 1" />
              {/* On white, so that a mark stays readable where a link runs under it. */}
              <Rect x={textX - 1} y={textY - MAP_FONT + 0.5} width={width + 2} height={MAP_FONT + 1.5} fill="#ffffff" />
              <Text x={textX} y={textY} style={svgText} fill={colours.muted}>
                {text}
              </Text>
            </G>
          );
        })}
        {[...page.positions.keys()].map((key) => {
          const n = nodes.get(key)!;
          const p = at(key);
          const colour = nodeColour(n);
          const faint = isFaint(n);
          const lines = labels.get(key) ?? [];
          const x = p.x * s;
          const y = p.y * s + 1;
          const h = NODE_HEIGHT * s;
          const top = y + (h - lines.length * MAP_LINE) / 2;
          return (
            <G key={key}>
              <Rect
                x={x}
                y={y}
                width={NODE_WIDTH * s}
                height={h}
                rx={2}
                fill="#ffffff"
                stroke={colour}
                strokeOpacity={faint ? 0.45 : 1}
                strokeWidth={faint ? 0.6 : 1}
                strokeDasharray={n.evidenceState === 'hypothesis' ? '3 2' : undefined}
              />
              <Rect x={x} y={y} width={NODE_PAD.left - 2} height={h} fill={colour} fillOpacity={faint ? 0.45 : 1} />
              {lines.map((line, i) => (
                <Text
                  key={i}
                  x={x + NODE_PAD.left + 1}
                  y={top + i * MAP_LINE + MAP_FONT}
                  style={svgText}
                  fill={faint ? '#868e96' : colours.ink}
                >
                  {line}
                </Text>
              ))}
            </G>
          );
        })}
      </Svg>
    </View>
  );
}
