import { Text, View } from '@react-pdf/renderer';
import { hasCapabilities, NODE_WIDTH } from '../../shared/domain';
import type { ReportData } from './data';
import { Frame } from './frame';
import { MapFigure } from './MapFigure';
import { MapLegend } from './MapLegend';
import { linesThatFit, MAP_FONT, mapPages, NODE_PAD, type MapArea, type MapPage } from './mapPages';
import { interMeasure, wrapLabel, type Measure } from './mapText';
import { Heading, styles } from './parts';
import { colours, pdfText } from './theme';

/**
 * The drawing's room on a landscape A4 page, in points: the page less its margins, the heading,
 * the page's title line, the column titles and the legend.
 */
export const MAP_AREA: MapArea = { width: 841.89 - 96, firstHeight: 345, height: 400 };

function pageTitle(page: MapPage) {
  const what = page.outcome !== null ? `Outcome: ${page.outcome}` : page.unlinked ? 'Records linked to no outcome' : 'The whole map';
  return pdfText(what);
}

/** Which tile this page is, among the tiles of its outcome, top to bottom. */
function TileKey({ tile }: { tile: { index: number; count: number } }) {
  return (
    <View style={{ flexDirection: 'row', alignItems: 'center' }}>
      <Text style={{ fontSize: 8, marginRight: 4 }}>
        Tile {tile.index} of {tile.count}, top to bottom:
      </Text>
      {Array.from({ length: tile.count }, (_, i) => (
        <View
          key={i}
          style={{
            width: 14,
            height: 11,
            marginLeft: 1,
            justifyContent: 'center',
            borderWidth: 0.6,
            borderColor: colours.muted,
            backgroundColor: i + 1 === tile.index ? colours.accent : '#ffffff',
          }}
        >
          <Text style={{ fontSize: 7, lineHeight: 1, textAlign: 'center', color: i + 1 === tile.index ? '#ffffff' : colours.ink }}>
            {i + 1}
          </Text>
        </View>
      ))}
    </View>
  );
}

function labelsFor(page: MapPage, data: ReportData, measure: Measure) {
  const width = NODE_WIDTH * page.scale - NODE_PAD.left - 1 - NODE_PAD.right;
  const max = linesThatFit(page.scale);
  const labels = new Map<string, string[]>();
  let shortened = false;
  for (const n of data.graph.nodes) {
    if (!page.positions.has(n.key)) continue;
    const wrapped = wrapLabel(pdfText(n.label), width, MAP_FONT, max, measure);
    labels.set(n.key, wrapped.lines);
    shortened ||= wrapped.shortened;
  }
  return { labels, shortened };
}

/**
 * The report's map section on landscape pages: the chain drawn with the screen's layout, text
 * never under MAP_FONT; one page per outcome or tiles when the whole map does not fit.
 */
export function MapSection({
  data,
  mapPositions,
  onPage,
  title,
}: {
  data: ReportData;
  mapPositions: Map<string, { x: number; y: number }>;
  onPage: (page: number) => void;
  title: string;
}) {
  // With capabilities the legend takes one more line (their colour and their links): the drawing gives it up.
  const capabilities = hasCapabilities(data.graph.nodes);
  const area = capabilities ? { ...MAP_AREA, firstHeight: MAP_AREA.firstHeight - 12, height: MAP_AREA.height - 12 } : MAP_AREA;
  const plan = mapPages(data.graph, mapPositions, area);
  const measure = interMeasure();
  const nodes = new Map(data.graph.nodes.map((n) => [n.key, n]));
  const perOutcome = new Set(plan.map((p) => `${p.outcome} ${p.unlinked}`)).size > 1;
  const tiled = plan.some((p) => p.tile);
  const how = `Outcome to behaviour to cause to intervention to measure, laid out as on screen.${
    perOutcome
      ? ` Printed one outcome per page${tiled ? ', cut into tiles where one page cannot hold it' : ''}.`
      : tiled
        ? ' Cut into tiles, top to bottom, so that the text stays readable.'
        : ''
  }`;
  if (plan.length === 0)
    return (
      <Frame data={data} orientation="landscape">
        <Heading onPage={onPage}>{title}</Heading>
        <Text style={styles.muted}>The map is empty: nothing has been recorded yet.</Text>
      </Frame>
    );
  return (
    <>
      {plan.map((page, i) => {
        const { labels, shortened } = labelsFor(page, data, measure);
        return (
          <Frame key={i} data={data} orientation="landscape">
            {i === 0 && <Heading onPage={onPage}>{title}</Heading>}
            {i === 0 && <Text style={[styles.small, styles.muted, { marginBottom: 4 }]}>{how}</Text>}
            <View style={{ flexDirection: 'row', justifyContent: 'space-between', marginBottom: 4 }}>
              {/* One line, so that the drawing keeps its room on the page. */}
              <Text style={{ fontWeight: 600, maxWidth: page.tile ? 420 : undefined, maxLines: 1, textOverflow: 'ellipsis' }}>
                {pageTitle(page)}
              </Text>
              {page.tile && <TileKey tile={page.tile} />}
            </View>
            <MapFigure page={page} nodes={nodes} labels={labels} measure={measure} />
            <MapLegend tiled={!!page.tile} capabilities={page.columns === 6} />
            {shortened && (
              <Text style={[styles.small, styles.muted]}>
                Labels ending in … are shortened to fit their box; the full text is in the causes section and the appendix.
              </Text>
            )}
          </Frame>
        );
      })}
    </>
  );
}
