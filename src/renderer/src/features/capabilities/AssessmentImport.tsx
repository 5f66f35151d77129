import { Alert, Button, Checkbox, FileInput, Group, List, Modal, ScrollArea, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { ProcedureOutput } from '../../../../shared/api';
import {
  assessmentColumnLabels,
  assessmentColumns,
  assessmentSourceLabels,
  assessmentSources,
  formatDate,
  type AssessmentCsvMapping,
  type AssessmentColumn,
  type OpenEngagement,
} from '../../../../shared/domain';
import { usePresenter } from '../../app/presenter';
import { settle } from '../../app/saveState';
import { call } from '../../api/client';
import { useCsvPreview } from '../import/useCsvPreview';
import type { EngagementApi } from '../engagement/useEngagement';
import { AssessmentRoundChoice, FIRST_ROUND } from './AssessmentRoundChoice';

type Preview = ProcedureOutput<'assessment.preview'>;

/**
 * Import assessments: choose the round and a file, check the preview, the column mapping and every
 * row's errors, then confirm. Nothing is written until then; the import is one undoable step.
 */
export function AssessmentImport({
  api,
  detail,
  opened,
  onClose,
}: {
  api: EngagementApi;
  detail: OpenEngagement;
  opened: boolean;
  onClose: () => void;
}) {
  const presenter = usePresenter().on;
  const engagementId = detail.engagement.id;
  const { csv, preview, error, clear, pick, remap } = useCsvPreview<AssessmentCsvMapping, Preview>((text, mapping) =>
    call('assessment.preview', { engagementId, csv: text, mapping }),
  );
  const [skip, setSkip] = useState(false);
  const [round, setRound] = useState<string>(FIRST_ROUND);
  const close = () => (clear(), setSkip(false), onClose());
  const setColumn = (column: AssessmentColumn, v: string | null) => {
    if (preview && v !== null) settle(remap({ ...preview.mapping, [column]: Number(v) }));
  };
  const errors = preview ? preview.total - preview.valid : 0;
  const confirm = async () => {
    if (!csv || !preview) return;
    await api.change('assessment.import', {
      engagementId,
      csv,
      mapping: preview.mapping,
      skipInvalid: skip,
      measureId: round === FIRST_ROUND ? null : round,
    });
    close();
  };
  const columnData = preview?.columns.map((c, i) => ({ value: String(i), label: c })) ?? [];
  const role = (id: string) => detail.audiences.find((a) => a.id === id)?.role ?? '';
  const capability = (id: string) => detail.capabilities.find((c) => c.id === id)?.name ?? '';

  return (
    <Modal opened={opened} onClose={close} title="Import assessments" size="xl">
      <Stack gap="sm">
        <AssessmentRoundChoice api={api} detail={detail} value={round} onChange={setRound} />
        <FileInput
          label="CSV file"
          placeholder="Choose a .csv file"
          accept=".csv,text/csv"
          onChange={(f) => (setSkip(false), settle(pick(f)))}
          clearable
          description="One row per person and capability: anonymous person id (never a name), role, capability, level (0-5 or its name), source (self, manager, test, observation), date."
        />
        {error && (
          <Alert color="red" title="This file cannot be imported" data-testid="assessment-csv-error">
            {error}
          </Alert>
        )}
        {preview && (
          <>
            <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm">
              {assessmentColumns.map((column) => (
                <Select
                  key={column}
                  label={`${assessmentColumnLabels[column]} column`}
                  data={columnData}
                  value={String(preview.mapping[column])}
                  onChange={(v) => setColumn(column, v)}
                  allowDeselect={false}
                />
              ))}
            </SimpleGrid>
            <Group gap="xs" align="baseline">
              <Text fw={600} data-testid="assessment-csv-summary">
                {preview.valid} of {preview.total} rows can be imported{errors ? `; ${errors} have errors` : ''}.
              </Text>
              {preview.valid > 0 && (
                <Text size="sm" c="dimmed" data-testid="assessment-csv-counts">
                  {preview.people} {preview.people === 1 ? 'person' : 'people'};{' '}
                  {assessmentSources
                    .filter((s) => preview.bySource[s] > 0)
                    .map((s) => `${preview.bySource[s]} ${assessmentSourceLabels[s].toLowerCase()}`)
                    .join(', ')}{' '}
                  ratings.
                </Text>
              )}
            </Group>
            {errors > 0 && (
              <ScrollArea.Autosize mah={160}>
                <List size="sm" c="red.8" data-testid="assessment-csv-errors">
                  {preview.errors.map((e) => (
                    <List.Item key={e}>{e}</List.Item>
                  ))}
                </List>
              </ScrollArea.Autosize>
            )}
            {preview.sample.length > 0 && (
              <Table fz="sm" withTableBorder data-testid="assessment-csv-sample">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Line</Table.Th>
                    {!presenter && <Table.Th>Person id</Table.Th>}
                    <Table.Th>Role</Table.Th>
                    <Table.Th>Capability</Table.Th>
                    <Table.Th>Level</Table.Th>
                    <Table.Th>Source</Table.Th>
                    <Table.Th>Date</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {preview.sample.slice(0, 3).map((r) => (
                    <Table.Tr key={r.line}>
                      <Table.Td>{r.line}</Table.Td>
                      {!presenter && <Table.Td>{r.person}</Table.Td>}
                      <Table.Td>{role(r.audienceId)}</Table.Td>
                      <Table.Td>{capability(r.capabilityId)}</Table.Td>
                      <Table.Td>{r.level}</Table.Td>
                      <Table.Td>{assessmentSourceLabels[r.source]}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(r.date)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            {errors > 0 && preview.valid > 0 && (
              <Checkbox
                label={`Skip the ${errors} rows with errors and import the other ${preview.valid}`}
                checked={skip}
                onChange={(e) => setSkip(e.currentTarget.checked)}
              />
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button disabled={preview.valid === 0 || (errors > 0 && !skip)} onClick={() => settle(confirm())}>
                Import {preview.valid} assessment{preview.valid === 1 ? '' : 's'}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}
