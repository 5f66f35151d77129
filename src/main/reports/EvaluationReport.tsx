import { Document, Text } from '@react-pdf/renderer';
import type { ReportData } from './data';
import { MapSection } from './MapSection';
import { Contents, Cover, Frame } from './frame';
import { styles } from './parts';
import { Analysis } from './report/Analysis';
import { Capabilities } from './report/Capabilities';
import { Appendix } from './report/Appendix';
import { Barriers } from './report/Barriers';
import { Conclusions } from './report/Conclusions';
import { Costs } from './report/Costs';
import { DevelopmentPlans } from './report/DevelopmentPlans';
import { CultureCheck } from './report/CultureCheck';
import { Intangibles } from './report/Intangibles';
import { Interventions } from './report/Interventions';
import { Method } from './report/Method';
import { Need } from './report/Need';
import { Objectives } from './report/Objectives';
import { Results } from './report/Results';
import { Roi } from './report/Roi';
import { Summary } from './report/Summary';
import { reportSections, sectionTitle, type SectionId } from './sections';

export { reportSections, type SectionId } from './sections';

type Props = {
  data: ReportData;
  mapPositions: Map<string, { x: number; y: number }>;
  /** What the contents page prints: read when the page numbers are resolved, after pagination. */
  pages: Partial<Record<SectionId, number>>;
  /** Each section's heading reports the page it lands on while the document is laid out. */
  onPage: (id: SectionId, page: number) => void;
  /** Called with the numbers the contents page printed. */
  onContents?: (printed: Partial<Record<SectionId, number>>) => void;
};

/** The evaluation report in the structure of a Phillips ROI impact study (PRODUCT.md section 6); one file per section in report/. */
export function EvaluationReport({ data, mapPositions, pages, onPage, onContents }: Props) {
  const e = data.s.engagement;
  // The contents' numbers are render props: react-pdf splits the whole document into pages before
  // it resolves page numbers, so by then every heading has reported its page. The number is a fresh
  // Text under a dynamic View with its size set on it: react-pdf resolves a kept node's styles again
  // on each relayout, which would multiply an inherited line height until the line no longer fits.
  const printed: Partial<Record<SectionId, number>> = {};
  const contentsNumber = (id: SectionId) => {
    printed[id] = pages[id];
    if (id === reportSections[reportSections.length - 1][0]) onContents?.({ ...printed });
    return pages[id] === undefined ? null : <Text style={styles.contentsNumber}>{pages[id]}</Text>;
  };
  const section = { data, onPage };
  return (
    <Document
      title={`${e.name} — evaluation report`}
      author={data.options.clientSafe ? 'Causeway' : e.consultant || 'Causeway'}
      subject="Evaluation report"
      creator="Causeway"
      producer="Causeway"
    >
      <Cover data={data} />
      <Contents data={data} contentsNumber={contentsNumber} />
      {/* The executive summary is one page of its own. */}
      <Frame data={data}>
        <Summary {...section} />
      </Frame>
      <Frame data={data}>
        <Need {...section} />
        <Objectives {...section} />
        <Analysis {...section} />
        <Capabilities {...section} />
        <CultureCheck {...section} />
      </Frame>
      <MapSection data={data} mapPositions={mapPositions} onPage={(page) => onPage('map', page)} title={sectionTitle('map')} />
      <Frame data={data}>
        <Interventions {...section} />
        <DevelopmentPlans {...section} />
        <Method {...section} />
        <Results {...section} />
        <Costs {...section} />
        <Roi {...section} />
        <Intangibles {...section} />
        <Barriers {...section} />
        <Conclusions {...section} />
      </Frame>
      <Frame data={data}>
        <Appendix {...section} />
      </Frame>
    </Document>
  );
}
