import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Collapse,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconAlertTriangle, IconTrash, IconUpload } from '@tabler/icons-react';
import { memo, useState } from 'react';
import {
  formatDate,
  isActivity,
  ltemTiers,
  measureFields,
  measureLevelLabels,
  measureMethods,
  measureWarnings,
  objectiveLevels,
  objectiveWarnings,
  timeToProficiency,
  timingDefaults,
  type Measure,
  type MeasurePatch,
} from '../../../../shared/domain';
import { AutosaveNumber, AutosaveText } from '../../components/AutosaveFields';
import { useObservations, type EngagementApi } from '../engagement/useEngagement';
import { CsvImport } from './CsvImport';
import { TrendChart } from './TrendChart';
import { settle } from '../../app/saveState';
import { countRender } from '../../app/renderCount';

const f = measureFields.shape;
const cohortLabel = { all: 'All', treatment: 'Treatment', control: 'Control' } as const;

/**
 * One measure with its chart. Memoised: it takes only its own record and the stable actions, and
 * reads its observations from the store, so an edit elsewhere does not redraw its chart.
 */
export const MeasureCard = memo(function MeasureCard({
  measure: m,
  api,
  direction,
}: {
  measure: Measure;
  api: EngagementApi;
  direction: 'increase' | 'decrease';
}) {
  countRender(`measure-card:${m.id}`);
  const [importing, setImporting] = useState(false);
  const [showObs, setShowObs] = useState(false);
  const [row, setRow] = useState({ date: '', value: '', cohort: 'all' });
  const [rowError, setRowError] = useState<string | null>(null);
  const save = (patch: MeasurePatch) => api.change('measure.update', { id: m.id, patch });
  const [liveObjective, setLiveObjective] = useState<string | undefined>(undefined);
  const warnings = [...objectiveWarnings({ level: m.level, objective: liveObjective ?? m.objective }), ...measureWarnings(m)];
  const { observations: obs, loaded } = useObservations(api, m.id);
  const proficiency = timeToProficiency(obs, m.target, direction);
  const name = m.name || 'Untitled measure';

  const addRow = async () => {
    const value = Number(row.value.replace(/[,%\s]/g, ''));
    if (!row.date) return setRowError('Choose a date.');
    if (row.value.trim() === '' || !Number.isFinite(value)) return setRowError('Enter a number, like 62 or 4.5.');
    setRowError(null);
    await api.change('observation.create', { measureId: m.id, observation: { date: row.date, value, cohort: row.cohort as 'all' } });
    setRow({ ...row, value: '' });
  };

  return (
    <Paper
      withBorder
      p="md"
      component="article"
      aria-label={`Measure: ${name}`}
      data-testid="measure-card"
      data-observations={loaded ? 'loaded' : 'loading'}
    >
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <AutosaveText style={{ flex: 1 }} label="Measure" value={m.name} schema={f.name} onSave={(name) => save({ name })} />
          <Group gap={6} mt={24} wrap="nowrap">
            {isActivity(m) ? (
              <Badge color="gray">Activity, not impact</Badge>
            ) : m.leading ? (
              <Badge color="cyan">Leading</Badge>
            ) : (
              <Badge color="grape">Lagging</Badge>
            )}
            <Tooltip label="Delete measure">
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                aria-label={`Delete measure ${name}`}
                onClick={() => settle(api.change('measure.delete', { id: m.id }))}
              >
                <IconTrash size={18} />
              </ActionIcon>
            </Tooltip>
          </Group>
        </Group>
        <AutosaveText
          multiline
          label={`Objective it checks (${objectiveLevels[m.level].name.toLowerCase()})`}
          placeholder={objectiveLevels[m.level].hint}
          value={m.objective}
          schema={f.objective}
          onLive={setLiveObjective}
          onSave={(objective) => save({ objective })}
        />
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
          <Select
            label="Level"
            data={[1, 2, 3, 4, 5].map((l) => ({ value: String(l), label: measureLevelLabels[l] }))}
            value={String(m.level)}
            allowDeselect={false}
            onChange={(v) => v && settle(save({ level: Number(v) }))}
          />
          <Select
            label="LTEM tier"
            placeholder="Choose a tier"
            data={Object.entries(ltemTiers).map(([k, label]) => ({ value: k, label: `${k} · ${label}` }))}
            value={m.ltemTier === null ? null : String(m.ltemTier)}
            clearable
            onChange={(v) => settle(save({ ltemTier: v === null ? null : Number(v) }))}
          />
          <Select
            label="Method"
            placeholder="How it is measured"
            data={measureMethods.map((x) => ({ value: x.key, label: x.label }))}
            value={measureMethods.some((x) => x.key === m.method) ? m.method : null}
            clearable
            onChange={(v) => settle(save({ method: v ?? '' }))}
          />
          <Switch
            mt={30}
            label="Leading indicator"
            checked={m.leading}
            onChange={(e) => settle(save({ leading: e.currentTarget.checked }))}
          />
          <AutosaveText label="Unit" value={m.unit} schema={f.unit} onSave={(unit) => save({ unit })} />
          <AutosaveNumber label="Baseline" value={m.baseline} schema={f.baseline} onSave={(baseline) => save({ baseline })} />
          <AutosaveNumber label="Target" value={m.target} schema={f.target} onSave={(target) => save({ target })} />
          <AutosaveText
            label="Timing"
            placeholder={timingDefaults[m.level]}
            value={m.timing}
            schema={f.timing}
            onSave={(timing) => save({ timing })}
          />
          <AutosaveText label="Data source" value={m.dataSource} schema={f.dataSource} onSave={(dataSource) => save({ dataSource })} />
          <AutosaveText label="Owner" value={m.owner} schema={f.owner} onSave={(owner) => save({ owner })} />
        </SimpleGrid>
        {warnings.map((w) => (
          <Alert key={w} color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} p="xs" data-testid="measure-warning">
            {w}
          </Alert>
        ))}
        <TrendChart measure={m} observations={obs} />
        {proficiency.length > 0 && (
          <Text size="sm" data-testid="time-to-proficiency">
            Time to target:{' '}
            {proficiency
              .map(
                (p) => `${cohortLabel[p.cohort]} ${p.days === null ? 'not reached yet' : `${p.days} days (${formatDate(p.reachedOn!)})`}`,
              )
              .join(' · ')}
          </Text>
        )}
        <Group gap="xs">
          <Button variant="light" size="sm" onClick={() => setShowObs((s) => !s)} aria-expanded={showObs}>
            Observations ({obs.length})
          </Button>
          <Button variant="default" size="sm" leftSection={<IconUpload size={16} />} onClick={() => setImporting(true)}>
            Import CSV
          </Button>
        </Group>
        <Collapse expanded={showObs}>
          <Stack gap="xs">
            <Group align="flex-end" gap="xs">
              <TextInput label="Date" type="date" value={row.date} onChange={(e) => setRow({ ...row, date: e.currentTarget.value })} />
              <TextInput
                label="Value"
                inputMode="decimal"
                value={row.value}
                error={rowError}
                onChange={(e) => setRow({ ...row, value: e.currentTarget.value })}
                onKeyDown={(e) => e.key === 'Enter' && settle(addRow())}
              />
              <Select
                w={140}
                label="Cohort"
                data={['all', 'treatment', 'control'].map((c) => ({ value: c, label: cohortLabel[c as 'all'] }))}
                value={row.cohort}
                allowDeselect={false}
                onChange={(v) => v && setRow({ ...row, cohort: v })}
              />
              <Button onClick={() => settle(addRow())}>Add</Button>
            </Group>
            {obs.length > 0 && (
              <Table fz="sm" striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Date</Table.Th>
                    <Table.Th>Value</Table.Th>
                    <Table.Th>Cohort</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {obs.map((o) => (
                    <Table.Tr key={o.id}>
                      <Table.Td>{formatDate(o.date)}</Table.Td>
                      <Table.Td>{o.value}</Table.Td>
                      <Table.Td>{cohortLabel[o.cohort]}</Table.Td>
                      <Table.Td>
                        <ActionIcon
                          size="sm"
                          variant="subtle"
                          color="red"
                          aria-label={`Delete observation of ${o.date}`}
                          onClick={() => settle(api.change('observation.delete', { id: o.id }))}
                        >
                          <IconTrash size={14} />
                        </ActionIcon>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Stack>
        </Collapse>
      </Stack>
      <CsvImport measure={m} api={api} opened={importing} onClose={() => setImporting(false)} />
    </Paper>
  );
});
