import {
  Accordion,
  Alert,
  Button,
  Checkbox,
  FileInput,
  Group,
  List,
  Modal,
  ScrollArea,
  Select,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import { useState } from 'react';
import type { ProcedureOutput } from '../../../../shared/api';
import { statementIds, type CultureCheck, type CultureCsvMapping } from '../../../../shared/domain';
import { cultureLevers, statementText } from '../../../../shared/content';
import { call } from '../../api/client';
import { useCsvPreview } from '../import/useCsvPreview';
import { settle } from '../../app/saveState';
import type { EngagementApi } from '../engagement/useEngagement';

type Preview = ProcedureOutput<'cultureResponse.preview'>;

/**
 * Imports a survey tool's export: one row per respondent, a group column, a column per statement.
 * Columns are matched by code (L1S1) or wording; the user maps the rest. Nothing is written until confirmed.
 */
export function CultureCsvImport({ api, check, onClose }: { api: EngagementApi; check: CultureCheck; onClose: () => void }) {
  const {
    csv,
    preview,
    error,
    pick,
    remap: previewWith,
  } = useCsvPreview<CultureCsvMapping, Preview>((text, mapping) =>
    call('cultureResponse.preview', { checkId: check.id, csv: text, mapping }),
  );
  const [skip, setSkip] = useState(false);
  const [busy, setBusy] = useState(false);
  const columns = preview?.columns.map((c, i) => ({ value: String(i), label: c })) ?? [];
  const remap = (patch: Partial<CultureCsvMapping>) => {
    if (preview) settle(previewWith({ ...preview.mapping, ...patch, statements: { ...preview.mapping.statements, ...patch.statements } }));
  };
  const errors = preview ? preview.total - preview.valid : 0;
  const confirm = async () => {
    if (!csv || !preview) return;
    setBusy(true);
    try {
      await api.change('cultureResponse.import', { checkId: check.id, csv, mapping: preview.mapping, skipInvalid: skip });
      onClose();
    } catch {
      // Already shown by the save state; nothing was imported.
    } finally {
      setBusy(false);
    }
  };
  const statementSelect = (statement: string) => {
    const column = preview?.mapping.statements[statement];
    return (
      <Select
        key={statement}
        label={statementText(statement)}
        placeholder="Not in the file"
        data={columns}
        value={typeof column === 'number' ? String(column) : null}
        onChange={(v) => remap({ statements: { [statement]: v === null ? null : Number(v) } })}
        clearable
        size="xs"
      />
    );
  };

  return (
    <Modal opened onClose={onClose} title="Import a survey export" size="xl">
      <Stack gap="sm">
        <FileInput
          label="CSV file"
          placeholder="Choose a .csv file"
          accept=".csv,text/csv"
          onChange={(f) => settle(pick(f))}
          clearable
          description="One row per respondent: a group column, then one column per statement, rated 1-5 or in words (strongly disagree … strongly agree). An empty cell, N/A or “Don’t know” counts as skipped."
        />
        {error && (
          <Alert color="red" title="This file cannot be imported" data-testid="culture-csv-error">
            {error}
          </Alert>
        )}
        {preview && (
          <>
            <Select
              label="Group column"
              data={columns}
              value={String(preview.mapping.group)}
              onChange={(v) => v !== null && remap({ group: Number(v) })}
              allowDeselect={false}
            />
            <Text size="sm" data-testid="culture-csv-mapped">
              {statementIds.length - preview.unmapped.length} of {statementIds.length} statements matched to a column
              {preview.unmapped.length ? '; choose a column for the others, or leave them out.' : '.'}
            </Text>
            <Accordion variant="contained" defaultValue={preview.unmapped.length ? 'map' : null}>
              <Accordion.Item value="map">
                <Accordion.Control>Columns for each statement</Accordion.Control>
                <Accordion.Panel>
                  <ScrollArea.Autosize mah={300}>
                    <Stack gap="sm">
                      {cultureLevers.map((l) => (
                        <SimpleGrid key={l.id} cols={{ base: 1, sm: 3 }} spacing="xs">
                          {l.statements.map((_, i) => statementSelect(`${l.id}.${i + 1}`))}
                        </SimpleGrid>
                      ))}
                    </Stack>
                  </ScrollArea.Autosize>
                </Accordion.Panel>
              </Accordion.Item>
            </Accordion>
            <Text fw={600} data-testid="culture-csv-summary">
              {preview.valid} of {preview.total} respondents can be imported{errors ? `; ${errors} rows have errors` : ''}.
            </Text>
            <Text size="sm" c="dimmed">
              {preview.groups.map((g) => `${g.group}: ${g.respondents}`).join(' · ')}
            </Text>
            {errors > 0 && (
              <ScrollArea.Autosize mah={140}>
                <List size="sm" c="red.8" data-testid="culture-csv-errors">
                  {preview.errors.map((e) => (
                    <List.Item key={e}>{e}</List.Item>
                  ))}
                </List>
              </ScrollArea.Autosize>
            )}
            {errors > 0 && (
              <Checkbox
                label={`Skip the ${errors} rows with errors and import the other ${preview.valid}`}
                checked={skip}
                onChange={(e) => setSkip(e.currentTarget.checked)}
              />
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                Cancel
              </Button>
              <Button loading={busy} disabled={preview.valid === 0 || (errors > 0 && !skip)} onClick={() => settle(confirm())}>
                Import {preview.valid} respondent{preview.valid === 1 ? '' : 's'}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}
