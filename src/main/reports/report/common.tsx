import { Text } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import { formatMoney } from '../../../shared/domain';
import type { ReportData } from '../data';
import { Heading, styles } from '../parts';
import { sectionTitle, type SectionId } from '../sections';
import { pdfText } from '../theme';

/** What every section receives: the report's data and where to report the page its heading lands on. */
export type SectionProps = { data: ReportData; onPage: (id: SectionId, page: number) => void };

/** A section's heading, titled from sections.ts so the contents and bookmarks match it. */
export function SectionHeading({ id, onPage }: { id: SectionId; onPage: SectionProps['onPage'] }) {
  return <Heading onPage={(page) => onPage(id, page)}>{sectionTitle(id)}</Heading>;
}

/** The honest line a section prints when its records are missing: never an empty heading. */
export function NotYet({ children }: { children: ReactNode }) {
  return <Text style={[styles.p, styles.muted]}>{typeof children === 'string' ? pdfText(children) : children}</Text>;
}

export const moneyOf = (data: ReportData) => (n: number) => formatMoney(n, data.currency);

/** A field left blank in the records, in a table cell. */
export const orDash = (s: string | null | undefined) => (s && s.trim() ? pdfText(s) : '—');
