import { G, Path, Rect, Svg, Text } from '@react-pdf/renderer';
import { NODE_HEIGHT, NODE_WIDTH, wrapText, type MapGraph } from '../../shared/domain';
import { bucketColour } from './parts';
import { colours, pdfText } from './theme';

const kindColour = {
  outcome: colours.accent,
  behaviour: '#495057',
  cause: colours.process,
  intervention: colours.green,
  measure: colours.fit,
} as const;

/** The map as vector shapes, scaled to the page: the same layout rules as on screen. */
export function MapFigure({
  graph,
  mapPositions,
  width = 499,
  maxHeight = 640,
}: {
  graph: MapGraph;
  mapPositions: Map<string, { x: number; y: number }>;
  width?: number;
  maxHeight?: number;
}) {
  const placed = graph.nodes.filter((n) => mapPositions.has(n.key));
  if (placed.length === 0) return null;
  const xs = placed.map((n) => mapPositions.get(n.key)!.x);
  const ys = placed.map((n) => mapPositions.get(n.key)!.y);
  const minX = Math.min(...xs);
  const minY = Math.min(...ys);
  const w = Math.max(...xs) + NODE_WIDTH - minX;
  const h = Math.max(...ys) + NODE_HEIGHT - minY;
  const scale = Math.min(width / w, maxHeight / h);
  const at = (k: string) => mapPositions.get(k)!;
  const X = (v: number) => (v - minX) * scale;
  const Y = (v: number) => (v - minY) * scale;
  const fontSize = Math.max(3, 13 * scale);
  return (
    <Svg width={w * scale} height={h * scale}>
      {graph.edges
        .filter((e) => mapPositions.has(e.source) && mapPositions.has(e.target))
        .map((e) => {
          const s = at(e.source);
          const t = at(e.target);
          const x1 = X(s.x + NODE_WIDTH);
          const y1 = Y(s.y + NODE_HEIGHT / 2);
          const x2 = X(t.x);
          const y2 = Y(t.y + NODE_HEIGHT / 2);
          const mid = (x1 + x2) / 2;
          return (
            <Path
              key={e.key}
              d={`M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}`}
              stroke={e.fits === false ? '#c92a2a' : '#868e96'}
              strokeWidth={e.fits === false ? 0.9 : 0.6}
              strokeDasharray={e.fits === false ? '3 2' : undefined}
              fill="none"
            />
          );
        })}
      {placed.map((n) => {
        const p = at(n.key);
        const colour = n.bucket ? bucketColour[n.bucket] : kindColour[n.kind];
        const faded = n.evidenceState === 'ruled_out' || n.parked;
        return (
          <G key={n.key}>
            <Rect
              x={X(p.x)}
              y={Y(p.y)}
              width={NODE_WIDTH * scale}
              height={NODE_HEIGHT * scale}
              fill="#ffffff"
              stroke={colour}
              strokeWidth={faded ? 0.5 : 1}
              strokeDasharray={n.evidenceState === 'hypothesis' ? '3 2' : undefined}
            />
            <Rect x={X(p.x)} y={Y(p.y)} width={7 * scale} height={NODE_HEIGHT * scale} fill={colour} />
            {scale > 0.2 &&
              wrapText(pdfText(n.label), 30, 3).map((line, i) => (
                <Text key={i} x={X(p.x + 14)} y={Y(p.y + 34 + i * 18)} style={{ fontSize, color: faded ? colours.muted : colours.ink }}>
                  {line}
                </Text>
              ))}
          </G>
        );
      })}
    </Svg>
  );
}
