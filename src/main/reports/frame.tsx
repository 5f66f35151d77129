import { Link, Page, Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import { formatDate, goalSentence, sentenceText } from '../../shared/domain';
import type { ReportData } from './data';
import { reportSections, type SectionId } from './sections';
import { anchorOf, bookmarkProps, styles } from './parts';
import { colours, pdfText } from './theme';

/** What the running head says of an edition: confidential, client-safe, both or neither. */
export const editionLabel = (data: ReportData) =>
  [data.s.engagement.confidential ? 'Confidential' : '', data.options.clientSafe ? 'Client-safe edition' : ''].filter(Boolean).join(', ');

/** The running head of either PDF: engagement, document, edition and page number. */
export function RunningHead({ data, document }: { data: ReportData; document: string }) {
  const e = data.s.engagement;
  const edition = editionLabel(data);
  return (
    <View style={styles.header} fixed>
      <Text style={{ maxWidth: '70%' }}>{pdfText(`${e.client ? `${e.client} · ` : ''}${e.name} · ${document}`)}</Text>
      <Text fixed render={({ pageNumber, totalPages }) => `${edition ? `${edition} · ` : ''}Page ${pageNumber} of ${totalPages}`} />
    </View>
  );
}

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
  return (
    <Page size="A4" orientation={orientation} style={styles.page}>
      {/* Running head with the page number (react-pdf drops bottom-anchored fixed footers here). */}
      <RunningHead data={data} document="Evaluation report" />
      {children}
    </Page>
  );
}

/** The report's cover: what it is, for whom, by whom, when, and whether it is confidential or client-safe. */
export function Cover({ data }: { data: ReportData }) {
  const e = data.s.engagement;
  const o = data.s.outcomes[0];
  return (
    <Page size="A4" style={[styles.page, { justifyContent: 'center' }]} {...bookmarkProps('Cover')}>
      <Text style={{ fontSize: 11, color: colours.accent, fontWeight: 600 }}>EVALUATION REPORT</Text>
      {/* A title of several lines needs room for its descenders above the client's name. */}
      <Text style={{ fontSize: 28, fontWeight: 700, lineHeight: 1.25, marginTop: 12, marginBottom: 14 }}>{pdfText(e.name)}</Text>
      <Text style={{ fontSize: 14, lineHeight: 1.4 }}>{pdfText(e.client)}</Text>
      {o && (
        <Text style={{ fontSize: 12, marginTop: 24, color: colours.muted }}>
          {pdfText(sentenceText(goalSentence(o)).replace(/ as \[who\] \[do what, differently\]/, ''))}
        </Text>
      )}
      <Text style={{ marginTop: 40 }}>Sponsor: {pdfText(e.sponsor) || '—'}</Text>
      <Text>Consultant: {pdfText(e.consultant) || '—'}</Text>
      <Text>Date: {formatDate(data.options.generatedAt.slice(0, 10))}</Text>
      {e.confidential && <Text style={{ marginTop: 24, color: colours.red, fontWeight: 600 }}>Confidential</Text>}
      {data.options.clientSafe && (
        <Text style={{ marginTop: e.confidential ? 4 : 24, color: colours.accent, fontWeight: 600 }}>
          Client-safe edition: interviewee names, who raised each cause and confidential notes removed
        </Text>
      )}
    </Page>
  );
}

/** The contents page; each number is resolved after pagination (see EvaluationReport). */
export function Contents({ data, contentsNumber }: { data: ReportData; contentsNumber: (id: SectionId) => ReactNode }) {
  return (
    <Frame data={data}>
      <Text style={styles.h1} {...bookmarkProps('Contents')}>
        Contents
      </Text>
      {/* Each line is a link to its section's heading (the heading carries the same anchor). */}
      {reportSections.map(([id, label]) => (
        <Link
          key={id}
          src={`#${anchorOf(label)}`}
          style={{
            flexDirection: 'row',
            justifyContent: 'space-between',
            borderBottomWidth: 0.5,
            borderBottomColor: colours.rule,
            paddingVertical: 4,
            color: colours.ink,
            textDecoration: 'none',
          }}
        >
          <Text>{label}</Text>
          <View render={() => contentsNumber(id)} />
        </Link>
      ))}
    </Frame>
  );
}
