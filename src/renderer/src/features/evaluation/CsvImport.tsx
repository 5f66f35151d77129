import {
  Alert,
  Button,
  Checkbox,
  FileInput,
  Group,
  List,
  Modal,
  ScrollArea,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { useId, useState } from 'react';
import type { ProcedureOutput } from '../../../../shared/api';
import type { CsvColumns, CsvMapping, DecimalSeparator, Measure } from '../../../../shared/domain';
import { call } from '../../api/client';
import { useCsvPreview } from '../import/useCsvPreview';
import type { EngagementApi } from '../engagement/useEngagement';
import { settle } from '../../app/saveState';

type Preview = ProcedureOutput<'observation.previewCsv'>;

/** Import observations: choose a file, check the preview and the column mapping, then confirm. */
export function CsvImport({
  measure,
  api,
  opened,
  onClose,
}: {
  measure: Measure;
  api: EngagementApi;
  opened: boolean;
  onClose: () => void;
}) {
  const { csv, preview, error, clear, pick, remap } = useCsvPreview<CsvMapping, Preview>((text, mapping) =>
    call('observation.previewCsv', { measureId: measure.id, csv: text, mapping }),
  );
  const [skip, setSkip] = useState(false);
  /** The user's own choice; until they make one, the preview reads the separator from the file or asks. */
  const [decimal, setDecimal] = useState<DecimalSeparator | null>(null);
  const decimalLabel = useId();
  const reset = () => (clear(), setSkip(false), setDecimal(null));
  const columnData = preview?.columns.map((c, i) => ({ value: String(i), label: c })) ?? [];
  const setColumn = (key: keyof CsvColumns, v: string | null) => {
    if (preview) settle(remap({ ...preview.mapping, decimal, [key]: v === null ? null : Number(v) }));
  };
  const chooseDecimal = (v: string) => {
    if (!preview || !csv || (v !== '.' && v !== ',')) return;
    setDecimal(v);
    settle(remap({ ...preview.mapping, decimal: v }));
  };
  const errors = preview ? preview.total - preview.valid : 0;
  const mustChoose = preview?.decimal.mustChoose ?? false;
  const confirm = async () => {
    if (!csv || !preview || mustChoose) return;
    await api.change('observation.importCsv', { measureId: measure.id, csv, mapping: preview.mapping, skipInvalid: skip });
    reset();
    onClose();
  };

  return (
    <Modal
      opened={opened}
      onClose={() => (reset(), onClose())}
      title={`Import observations for ${measure.name || 'this measure'}`}
      size="xl"
    >
      <Stack gap="sm">
        <FileInput
          label="CSV file"
          placeholder="Choose a .csv file"
          accept=".csv,text/csv"
          onChange={(f) => (setSkip(false), setDecimal(null), settle(pick(f)))}
          clearable
          description="A header line, then one row per observation: a date, a value and optionally a cohort (all, treatment or control)."
        />
        {error && (
          <Alert color="red" title="This file cannot be imported" data-testid="csv-error">
            {error}
          </Alert>
        )}
        {preview && (
          <>
            <Group grow>
              <Select
                label="Date column"
                data={columnData}
                value={String(preview.mapping.date)}
                onChange={(v) => setColumn('date', v)}
                allowDeselect={false}
              />
              <Select
                label="Value column"
                data={columnData}
                value={String(preview.mapping.value)}
                onChange={(v) => setColumn('value', v)}
                allowDeselect={false}
              />
              <Select
                label="Cohort column"
                placeholder="None: all"
                data={columnData}
                value={preview.mapping.cohort === null ? null : String(preview.mapping.cohort)}
                onChange={(v) => setColumn('cohort', v)}
                clearable
              />
            </Group>
            <Stack gap={4}>
              <Text size="sm" fw={500} id={decimalLabel}>
                Decimal separator
              </Text>
              <SegmentedControl
                aria-labelledby={decimalLabel}
                data={[
                  { value: '.', label: 'Point: 1,234.5' },
                  { value: ',', label: 'Comma: 1.234,5' },
                ]}
                value={preview.mapping.decimal ?? ''}
                onChange={chooseDecimal}
                style={{ alignSelf: 'flex-start' }}
              />
              {!mustChoose && (
                <Text size="xs" c="dimmed" data-testid="csv-decimal-note">
                  {preview.decimal.note}
                </Text>
              )}
            </Stack>
            {mustChoose && (
              <Alert color="yellow" title="Which decimal separator does this file use?" data-testid="csv-decimal-ambiguous">
                {preview.decimal.note} Nothing is imported until you choose.
              </Alert>
            )}
            <Text fw={600} data-testid="csv-summary">
              {preview.valid} of {preview.total} rows can be imported{errors ? `; ${errors} have errors` : ''}.
            </Text>
            {errors > 0 && (
              <ScrollArea.Autosize mah={160}>
                <List size="sm" c="red.8" data-testid="csv-row-errors">
                  {preview.errors.map((e) => (
                    <List.Item key={e}>{e}</List.Item>
                  ))}
                </List>
              </ScrollArea.Autosize>
            )}
            {preview.sample.length > 0 && (
              <Table fz="sm" withTableBorder>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Line</Table.Th>
                    <Table.Th>Date</Table.Th>
                    <Table.Th>Value</Table.Th>
                    <Table.Th>Cohort</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {preview.sample.slice(0, 8).map((r) => (
                    <Table.Tr key={r.line}>
                      <Table.Td>{r.line}</Table.Td>
                      <Table.Td>{r.date}</Table.Td>
                      <Table.Td>{r.value}</Table.Td>
                      <Table.Td>{r.cohort}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            {errors > 0 && (
              <Checkbox
                label={`Skip the ${errors} rows with errors and import the other ${preview.valid}`}
                checked={skip}
                onChange={(e) => setSkip(e.currentTarget.checked)}
              />
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => (reset(), onClose())}>
                Cancel
              </Button>
              <Button disabled={mustChoose || preview.valid === 0 || (errors > 0 && !skip)} onClick={() => settle(confirm())}>
                Import {preview.valid} observation{preview.valid === 1 ? '' : 's'}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}
