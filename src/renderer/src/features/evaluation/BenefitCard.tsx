import {
  ActionIcon,
  Badge,
  Button,
  Group,
  List,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import {
  benefitValue,
  engagementCurrency,
  formatMoney,
  isolationMethods,
  type Benefit,
  type BenefitFields,
  type OpenEngagement,
  type Isolation,
} from '../../../../shared/domain';
import { AutosaveNumber, AutosavePercent, AutosaveText } from '../../components/AutosaveFields';
import type { EngagementApi } from '../engagement/useEngagement';
import { settle } from '../../app/saveState';
import { ClaimFields, FactorFields, MoneyFields } from './PublishedIsolation';
import { ConversionFields } from './ConversionFields';
import { ObservedIsolation } from './ObservedIsolation';
import { TimeSavedFields } from './TimeSavedFields';

type Estimate = Extract<Isolation, { method: 'estimate' }>['estimates'][number];

/** What choosing an isolation method starts from: nothing credited until the user enters the evidence. */
const startOf: Record<Isolation['method'], Isolation> = {
  none: { method: 'none' },
  control: { method: 'control', treatmentBefore: 0, treatmentAfter: 0, controlBefore: 0, controlAfter: 0 },
  trend: { method: 'trend', projected: 0, actual: 0 },
  estimate: { method: 'estimate', estimates: [] },
  factor: { method: 'factor', improvement: null, inMoney: false, share: 0, confidence: 0, source: '' },
  money: { method: 'money', expected: 0, lowest: null, how: '' },
  claim: { method: 'claim', before: 0, after: 0, source: '' },
};

/** A unit conversion applies unless the figure is already money (or credited nothing). */
const converts = (i: Isolation) => !(i.method === 'money' || i.method === 'claim' || (i.method === 'factor' && i.inMoney));

export function BenefitCard({ benefit: b, api, detail }: { benefit: Benefit; api: EngagementApi; detail: OpenEngagement }) {
  const save = (patch: Partial<BenefitFields>) => api.change('benefit.update', { id: b.id, patch });
  const value = benefitValue(b, detail.engagement.benefitAdjustment);
  const currency = engagementCurrency(detail.engagement);
  const iso = b.isolation;
  const setIso = (next: Isolation) => save({ isolation: next });
  const name = b.name || 'Untitled benefit';
  return (
    <Paper withBorder p="md" component="article" aria-label={`Benefit: ${name}`} data-testid="benefit-card">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <AutosaveText style={{ flex: 1 }} label="Benefit" value={b.name} onSave={(name) => save({ name })} />
          <Stack gap={0} align="flex-end" mt={18}>
            <Group gap="xs" wrap="nowrap">
              {value.label && (
                <Badge color="orange" variant="light" data-testid="benefit-label">
                  {value.label}
                </Badge>
              )}
              <Text fw={700} size="lg" data-testid="benefit-expected">
                {formatMoney(value.expected, currency)}
              </Text>
            </Group>
            <Text size="xs" c="dimmed">
              expected in the first year · conservative {formatMoney(value.conservative, currency)}
            </Text>
          </Stack>
          <Tooltip label="Delete benefit">
            <ActionIcon
              mt={24}
              variant="subtle"
              color="red"
              size="lg"
              aria-label={`Delete benefit ${name}`}
              onClick={() => settle(api.change('benefit.delete', { id: b.id }))}
            >
              <IconTrash size={18} />
            </ActionIcon>
          </Tooltip>
        </Group>
        <Group>
          <SegmentedControl
            aria-label="Kind of benefit"
            value={b.kind}
            onChange={(kind) =>
              settle(
                save({
                  kind: kind,
                  isolation: { method: 'none' },
                  timeSaved:
                    kind === 'time' && !b.timeSaved
                      ? { hoursPerWeek: 0, weeks: 46, people: 0, hourlyCost: 0, benefitsFactor: 0.3, redeployed: false }
                      : b.timeSaved,
                }),
              )
            }
            data={[
              { value: 'effect', label: 'Improvement in a measure' },
              { value: 'time', label: 'Time saved' },
            ]}
          />
          {b.kind === 'effect' && (
            <Select
              w={260}
              aria-label="Measure"
              placeholder="Which measure improved"
              data={detail.measures.map((m) => ({ value: m.id, label: m.name || 'Untitled measure' }))}
              value={b.measureId}
              clearable
              onChange={(measureId) => settle(save({ measureId }))}
            />
          )}
        </Group>
        {b.kind === 'effect' ? (
          <>
            <Select
              label="Isolation: how the programme’s effect is separated"
              data={isolationMethods.map((m) => ({ value: m.key, label: m.label }))}
              value={iso.method}
              allowDeselect={false}
              onChange={(v) => v && v !== iso.method && settle(setIso(startOf[v]))}
              maw={520}
            />
            {(iso.method === 'control' || iso.method === 'trend') && (
              <ObservedIsolation iso={iso} measureId={b.measureId} api={api} onSave={setIso} />
            )}
            {iso.method === 'estimate' && (
              <Estimates estimates={iso.estimates} onChange={(estimates) => setIso({ method: 'estimate', estimates })} />
            )}
            {iso.method === 'factor' && <FactorFields iso={iso} onSave={setIso} />}
            {iso.method === 'money' && <MoneyFields iso={iso} onSave={setIso} />}
            {iso.method === 'claim' && <ClaimFields iso={iso} onSave={setIso} />}
            {converts(iso) && <ConversionFields b={b} save={save} />}
          </>
        ) : (
          <TimeSavedFields b={b} save={save} />
        )}
        <Group align="flex-end">
          <AutosaveNumber
            w={160}
            required
            label="Years of benefit"
            min={0.1}
            max={10}
            value={b.years}
            onSave={(years) => save({ years: years! })}
          />
          {b.years > 1 && (
            <AutosaveText
              style={{ flex: 1 }}
              label="Why more than the first year?"
              value={b.justification}
              onSave={(justification) => save({ justification })}
            />
          )}
        </Group>
        <Paper p="sm" bg="var(--mantine-color-default-hover)" data-testid="benefit-trace">
          <Text size="xs" tt="uppercase" fw={700} c="dimmed" mb={4}>
            How this figure is worked out
          </Text>
          <List size="sm" spacing={2}>
            {value.how.map((h) => (
              <List.Item key={h}>{h}</List.Item>
            ))}
          </List>
        </Paper>
      </Stack>
    </Paper>
  );
}

/** One line per respondent: improvement × share attributed × confidence; blank answers count zero. */
function Estimates({ estimates, onChange }: { estimates: Estimate[]; onChange: (e: Estimate[]) => Promise<unknown> }) {
  const set = (i: number, patch: Partial<Estimate>) => onChange(estimates.map((e, j) => (j === i ? { ...e, ...patch } : e)));
  return (
    <Stack gap="xs">
      <Table fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Respondent</Table.Th>
            <Table.Th>Improvement</Table.Th>
            <Table.Th>Share attributed %</Table.Th>
            <Table.Th>Confidence %</Table.Th>
            <Table.Th>Exclude</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {estimates.map((e, i) => (
            <Table.Tr key={i}>
              <Table.Td>
                <TextInput
                  aria-label="Respondent"
                  defaultValue={e.respondent}
                  onBlur={(ev) => ev.currentTarget.value !== e.respondent && settle(set(i, { respondent: ev.currentTarget.value }))}
                />
              </Table.Td>
              <Table.Td>
                <AutosaveNumber aria-label="Improvement" value={e.improvement} onSave={(improvement) => set(i, { improvement })} />
              </Table.Td>
              <Table.Td>
                <AutosavePercent aria-label="Share attributed %" value={e.share} onSave={(share) => set(i, { share })} />
              </Table.Td>
              <Table.Td>
                <AutosavePercent aria-label="Confidence %" value={e.confidence} onSave={(confidence) => set(i, { confidence })} />
              </Table.Td>
              <Table.Td>
                <Switch
                  aria-label="Exclude as extreme"
                  checked={Boolean(e.excluded)}
                  onChange={(ev) => settle(set(i, { excluded: ev.currentTarget.checked }))}
                />
              </Table.Td>
              <Table.Td>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label="Delete estimate"
                  onClick={() => settle(onChange(estimates.filter((_, j) => j !== i)))}
                >
                  <IconTrash size={14} />
                </ActionIcon>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Button
        size="xs"
        variant="light"
        leftSection={<IconPlus size={14} />}
        style={{ alignSelf: 'flex-start' }}
        onClick={() =>
          settle(
            onChange([
              ...estimates,
              { respondent: `Respondent ${estimates.length + 1}`, improvement: null, share: null, confidence: null },
            ]),
          )
        }
      >
        Add a respondent
      </Button>
    </Stack>
  );
}
