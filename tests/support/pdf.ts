import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What a PDF really says, as poppler's pdftotext extracts it (in reading order, pages split by \f). */
export function pdfText(pdf: Uint8Array): { text: string; pages: string[]; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'causeway-pdf-'));
  const file = join(dir, 'report.pdf');
  writeFileSync(file, pdf);
  // Reading order (not -layout), so a table cell's words stay together.
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  return { text, pages: text.split('\f').filter((p) => p.trim()), file };
}
