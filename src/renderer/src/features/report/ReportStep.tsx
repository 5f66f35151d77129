import { Alert, Button, Group, Loader, Modal, Paper, Select, SimpleGrid, Stack, Switch, Text, Title } from '@mantine/core';
import { IconDownload, IconEye, IconFileTypeCsv, IconFileExport, IconPresentation } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { csvTableLabel, csvTables, type CsvTable, type OpenEngagement } from '../../../../shared/domain';
import { ApiError, call } from '../../api/client';
import { base64Blob, download, pdfBlob } from '../../components/download';
import { settle } from '../../app/saveState';

type Kind = 'report' | 'briefing';
const pptxType = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
type Rendered = { kind: Kind; fileName: string; url: string; blob: Blob; ms: number; bytes: number };

const kinds: Record<Kind, { title: string; text: string }> = {
  report: {
    title: 'Evaluation report',
    text: 'Cover, contents, executive summary, the business need, the causes with the verdict, the map, interventions, evaluation method, results level 1 to 5, intangibles, conclusions and the evidence appendix.',
  },
  briefing: {
    title: 'Leadership briefing',
    text: 'One to two pages: the question, the KPI against target, what training can and cannot fix, the top recommendations, what it is worth and the decisions needed.',
  },
};

export function ReportStep({ detail }: { detail: OpenEngagement }) {
  const id = detail.engagement.id;
  const [safe, setSafe] = useState(detail.engagement.confidential);
  const [busy, setBusy] = useState<Kind | 'pptx' | null>(null);
  const [elapsed, setElapsed] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<Rendered | null>(null);
  const [table, setTable] = useState<CsvTable>('causes');

  useEffect(() => {
    if (!busy) return;
    const start = performance.now();
    const timer = setInterval(() => setElapsed((performance.now() - start) / 1000), 100);
    return () => clearInterval(timer);
  }, [busy]);

  const render = async (kind: Kind) => {
    setBusy(kind);
    setError(null);
    const start = performance.now();
    try {
      const r = await call('report.pdf', { id, kind, clientSafe: safe });
      const blob = pdfBlob(r.base64);
      setPreview({ kind, fileName: r.fileName, blob, url: URL.createObjectURL(blob), ms: performance.now() - start, bytes: r.bytes });
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'The report could not be rendered.');
    } finally {
      setBusy(null);
    }
  };
  const downloadPptx = async () => {
    setBusy('pptx');
    setError(null);
    try {
      const r = await call('report.pptx', { id, clientSafe: safe });
      download(r.fileName, base64Blob(r.base64, pptxType));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'The PowerPoint briefing could not be made.');
    } finally {
      setBusy(null);
    }
  };
  const closePreview = () => {
    if (preview) URL.revokeObjectURL(preview.url);
    setPreview(null);
  };
  const exportFile = async (work: () => Promise<{ fileName: string; content: string }>, type: string) => {
    try {
      const f = await work();
      download(f.fileName, new Blob([f.content], { type }));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  };

  return (
    <Stack gap="lg">
      <div>
        <Title order={2}>Report</Title>
        <Text c="dimmed" maw={760}>
          Everything below is rendered from the records as they are now, with the same figures the other steps show.
        </Text>
      </div>
      <Paper withBorder p="md">
        <Switch
          size="md"
          checked={safe}
          onChange={(e) => setSafe(e.currentTarget.checked)}
          label="Client-safe"
          description="Removes interviewee names, who raised each cause and notes marked confidential from every export below."
        />
      </Paper>
      {error && (
        <Alert color="red" title="That did not work" data-testid="report-error">
          {error}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {(['report', 'briefing'] as const).map((kind) => (
          <Paper key={kind} withBorder p="md" data-testid={`export-${kind}`}>
            <Stack gap="xs">
              <Title order={3}>{kinds[kind].title} (PDF)</Title>
              <Text size="sm">{kinds[kind].text}</Text>
              <Group>
                <Button
                  leftSection={busy === kind ? <Loader size={14} color="white" /> : <IconEye size={16} />}
                  disabled={busy !== null}
                  onClick={() => settle(render(kind))}
                >
                  {busy === kind ? `Rendering… ${elapsed.toFixed(1)} s` : 'Preview'}
                </Button>
              </Group>
            </Stack>
          </Paper>
        ))}
        <Paper withBorder p="md" data-testid="export-pptx">
          <Stack gap="xs">
            <Title order={3}>PowerPoint briefing (.pptx)</Title>
            <Text size="sm">
              The leadership briefing as slides to edit: the answer, the KPI trend, the split, readiness for learning (when there is a
              culture check), what it is worth (editable charts), the recommendations, the decisions needed and the map.
            </Text>
            <Group>
              <Button
                variant="default"
                leftSection={busy === 'pptx' ? <Loader size={14} /> : <IconPresentation size={16} />}
                disabled={busy !== null}
                onClick={() => settle(downloadPptx())}
              >
                {busy === 'pptx' ? `Making slides… ${elapsed.toFixed(1)} s` : 'Download .pptx'}
              </Button>
            </Group>
          </Stack>
        </Paper>
        <Paper withBorder p="md">
          <Stack gap="xs">
            <Title order={3}>Data (CSV)</Title>
            <Text size="sm">One kind of record per file, for a spreadsheet. Cells that look like formulas are neutralised.</Text>
            <Group align="flex-end">
              <Select
                w={200}
                aria-label="Records to export"
                data={csvTables.map((t) => ({ value: t, label: csvTableLabel(t) }))}
                value={table}
                allowDeselect={false}
                onChange={(v) => v && setTable(v)}
              />
              <Button
                variant="default"
                leftSection={<IconFileTypeCsv size={16} />}
                onClick={() => settle(exportFile(() => call('export.csv', { id, table, clientSafe: safe }), 'text/csv'))}
              >
                Download CSV
              </Button>
            </Group>
          </Stack>
        </Paper>
        <Paper withBorder p="md">
          <Stack gap="xs">
            <Title order={3}>Engagement file (.causeway)</Title>
            <Text size="sm">
              The whole engagement in one file, which another Causeway imports exactly (Engagements → Import). Client-safe applies here too.
            </Text>
            <Group>
              <Button
                variant="default"
                leftSection={<IconFileExport size={16} />}
                onClick={() => settle(exportFile(() => call('export.causeway', { id, clientSafe: safe }), 'application/json'))}
              >
                Export .causeway
              </Button>
            </Group>
          </Stack>
        </Paper>
      </SimpleGrid>
      <Modal
        opened={preview !== null}
        onClose={closePreview}
        title={preview ? `${kinds[preview.kind].title}${safe ? ' (client-safe)' : ''}` : ''}
        size="90%"
      >
        {preview && (
          <Stack gap="sm">
            <Group justify="space-between">
              <Text size="sm" c="dimmed" data-testid="preview-info">
                Rendered in {(preview.ms / 1000).toFixed(1)} s · {(preview.bytes / 1024).toFixed(0)} KB
              </Text>
              <Button leftSection={<IconDownload size={16} />} onClick={() => download(preview.fileName, preview.blob)}>
                Save PDF
              </Button>
            </Group>
            <iframe
              title="Report preview"
              src={preview.url}
              style={{ width: '100%', height: '75vh', border: '1px solid var(--mantine-color-default-border)' }}
            />
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
