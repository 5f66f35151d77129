import { Text } from '@react-pdf/renderer';
import type { ReportData } from './data';
import { Frame } from './frame';
import { MapFigure } from './MapFigure';
import { Heading, styles } from './parts';

/** The report's map section: the chain drawn with the screen's layout. */
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
  return (
    <Frame data={data}>
      <Heading onPage={onPage}>{title}</Heading>
      <Text style={[styles.small, styles.muted, { marginBottom: 6 }]}>
        Outcome to behaviour to cause to intervention to measure. Causes are coloured by bucket (blue process/environment, orange learning
        gap, purple individual fit); a dashed outline is a hypothesis, a faint one ruled out.
      </Text>
      <MapFigure graph={data.graph} mapPositions={mapPositions} />
    </Frame>
  );
}
