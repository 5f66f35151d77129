import { Document, Page, View } from '@react-pdf/renderer';
import { RunningHead } from '../frame';
import type { ReportData } from '../data';
import { styles } from '../parts';
import { Answer } from './Answer';
import { briefingModel } from './model';
import { Kpi, Split } from './Kpi';
import { Readiness, READINESS_WIDTH } from './Readiness';
import { Recommendations } from './Recommendations';
import { Decisions, Risks } from './Risks';
import { Value } from './Value';

/** The briefing's titles, in the order they are printed (the tests read them in this order). */
export const briefingSections = [
  'The answer',
  'where it stands',
  'Readiness for learning',
  'What training can and cannot fix',
  'Recommendations',
  'What it is worth',
  'Risks',
  'Decisions needed',
] as const;

/**
 * The one-to-two-page leadership briefing: the answer first, then the KPI, the split, what to do,
 * what it is worth and how sure, what could go wrong, what to decide. Lists are capped so a long
 * engagement still fits two pages; the report holds the rest.
 */
export function Briefing({ data }: { data: ReportData }) {
  const e = data.s.engagement;
  const safe = data.options.clientSafe;
  const m = briefingModel(data);
  return (
    <Document
      title={`${e.name} — leadership briefing${safe ? ' (client-safe)' : ''}`}
      subject="Leadership briefing"
      creator="Causeway"
      producer="Causeway"
    >
      <Page size="A4" style={styles.page}>
        <RunningHead data={data} document="Leadership briefing" />
        <Answer data={data} model={m} />
        {m.readiness ? (
          <View style={{ flexDirection: 'row', justifyContent: 'space-between' }}>
            <Kpi data={data} model={m} width={499 - READINESS_WIDTH - 14} />
            <Readiness readiness={m.readiness} />
          </View>
        ) : (
          <Kpi data={data} model={m} />
        )}
        <Split data={data} model={m} />
        <Recommendations data={data} model={m} />
        <Value data={data} />
        <Risks risks={m.risks} />
        <Decisions decisions={m.decisions} />
      </Page>
    </Document>
  );
}
