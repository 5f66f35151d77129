import { Page, Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import { formatDate, goalSentence, sentenceText } from '../../shared/domain';
import type { ReportData } from './data';
import { reportSections, type SectionId } from './sections';
import { styles } from './parts';
import { colours, pdfText } from './theme';

/** A page of the report with its running head and page number. */
export function Frame({
  data,
  children,
  orientation = 'portrait',
}: {
  data: ReportData;
  children: ReactNode;
  /** Landscape for the map's wide pages. */
  orientation?: 'portrait' | 'landscape';
}) {
  const e = data.s.engagement;
  return (
    <Page size="A4" orientation={orientation} style={styles.page}>
      {/* Running head with the page number (react-pdf drops bottom-anchored fixed footers here). */}
      <View style={styles.header} fixed>
        <Text>{pdfText(`${e.client ? `${e.client} · ` : ''}${e.name} · Evaluation report`)}</Text>
        <Text
          fixed
          render={({ pageNumber, totalPages }) =>
            `${e.confidential ? (data.options.clientSafe ? 'Confidential, client-safe · ' : 'Confidential · ') : data.options.clientSafe ? 'Client-safe · ' : ''}Page ${pageNumber} of ${totalPages}`
          }
        />
      </View>
      {children}
    </Page>
  );
}

/** The report's cover: what it is, for whom, by whom, when, and whether it is confidential or client-safe. */
export function Cover({ data }: { data: ReportData }) {
  const e = data.s.engagement;
  const o = data.s.outcomes[0];
  return (
    <Page size="A4" style={[styles.page, { justifyContent: 'center' }]}>
      <Text style={{ fontSize: 11, color: colours.accent, fontWeight: 600 }}>EVALUATION REPORT</Text>
      <Text style={{ fontSize: 28, fontWeight: 700, marginVertical: 12 }}>{pdfText(e.name)}</Text>
      <Text style={{ fontSize: 14 }}>{pdfText(e.client)}</Text>
      {o && (
        <Text style={{ fontSize: 12, marginTop: 24, color: colours.muted }}>
          {pdfText(sentenceText(goalSentence(o)).replace(/ as \[who\] \[do what, differently\]/, ''))}
        </Text>
      )}
      <Text style={{ marginTop: 40 }}>Sponsor: {pdfText(data.options.clientSafe ? '' : e.sponsor) || '—'}</Text>
      <Text>Consultant: {pdfText(e.consultant) || '—'}</Text>
      <Text>Date: {formatDate(data.options.generatedAt.slice(0, 10))}</Text>
      {e.confidential && (
        <Text style={{ marginTop: 24, color: colours.red, fontWeight: 600 }}>
          Confidential{data.options.clientSafe ? ': client-safe edition (interviewee names and confidential notes removed)' : ''}
        </Text>
      )}
    </Page>
  );
}

/** The contents page; each number is resolved after pagination (see EvaluationReport). */
export function Contents({ data, contentsNumber }: { data: ReportData; contentsNumber: (id: SectionId) => ReactNode }) {
  return (
    <Frame data={data}>
      <Text style={styles.h1}>Contents</Text>
      {reportSections.map(([id, label]) => (
        <View
          key={id}
          style={{
            flexDirection: 'row',
            justifyContent: 'space-between',
            borderBottomWidth: 0.5,
            borderBottomColor: colours.rule,
            paddingVertical: 4,
          }}
        >
          <Text>{label}</Text>
          <View render={() => contentsNumber(id)} />
        </View>
      ))}
    </Frame>
  );
}
