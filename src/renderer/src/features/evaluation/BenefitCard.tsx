import {
  ActionIcon,
  Button,
  Group,
  List,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
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
  conversionMethods,
  engagementCurrency,
  formatMoney,
  type Benefit,
  type BenefitFields,
  type OpenEngagement,
  type Isolation,
} from '../../../../shared/domain';
import { AutosaveAmount, AutosaveNumber, AutosavePercent, AutosaveText } from '../../components/AutosaveFields';
import type { EngagementApi } from '../engagement/useEngagement';
import { settle } from '../../app/saveState';

type Estimate = Extract<Isolation, { method: 'estimate' }>['estimates'][number];

export function BenefitCard({ benefit: b, api, detail }: { benefit: Benefit; api: EngagementApi; detail: OpenEngagement }) {
  const save = (patch: Partial<BenefitFields>) => api.change('benefit.update', { id: b.id, patch });
  const value = benefitValue(b);
  const iso = b.isolation;
  const setIso = (next: Isolation) => save({ isolation: next });
  const num = (label: string, key: string, current: number) => (
    <AutosaveNumber required label={label} value={current} onSave={(v) => setIso({ ...iso, [key]: v })} />
  );
  const changeMethod = (method: string) => {
    if (method === 'none') return setIso({ method: 'none' });
    if (method === 'control')
      return setIso({ method: 'control', treatmentBefore: 0, treatmentAfter: 0, controlBefore: 0, controlAfter: 0 });
    if (method === 'trend') return setIso({ method: 'trend', projected: 0, actual: 0 });
    return setIso({ method: 'estimate', estimates: [] });
  };
  const name = b.name || 'Untitled benefit';
  return (
    <Paper withBorder p="md" component="article" aria-label={`Benefit: ${name}`} data-testid="benefit-card">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <AutosaveText style={{ flex: 1 }} label="Benefit" value={b.name} onSave={(name) => save({ name })} />
          <Stack gap={0} align="flex-end" mt={18}>
            <Text fw={700} size="lg" data-testid="benefit-expected">
              {formatMoney(value.expected, engagementCurrency(detail.engagement))}
            </Text>
            <Text size="xs" c="dimmed">
              expected in the first year · conservative {formatMoney(value.conservative, engagementCurrency(detail.engagement))}
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
              label="Isolation: how much of the change the programme caused"
              data={[
                { value: 'none', label: 'Not isolated yet' },
                { value: 'control', label: 'Control group' },
                { value: 'trend', label: 'Trend-line projection' },
                { value: 'estimate', label: 'Participant / manager estimates' },
              ]}
              value={iso.method}
              allowDeselect={false}
              onChange={(v) => v && settle(changeMethod(v))}
              maw={420}
            />
            {iso.method === 'control' && (
              <SimpleGrid cols={{ base: 2, md: 4 }}>
                {num('Treatment before', 'treatmentBefore', iso.treatmentBefore)}
                {num('Treatment after', 'treatmentAfter', iso.treatmentAfter)}
                {num('Control before', 'controlBefore', iso.controlBefore)}
                {num('Control after', 'controlAfter', iso.controlAfter)}
              </SimpleGrid>
            )}
            {iso.method === 'trend' && (
              <SimpleGrid cols={{ base: 2, md: 4 }}>
                {num('Projected by the pre-programme trend', 'projected', iso.projected)}
                {num('Actual', 'actual', iso.actual)}
              </SimpleGrid>
            )}
            {iso.method === 'estimate' && (
              <Estimates estimates={iso.estimates} onChange={(estimates) => setIso({ method: 'estimate', estimates })} />
            )}
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
              <Select
                label="Conversion to money"
                data={conversionMethods.map((c) => ({ value: c.key, label: `${c.rank}. ${c.label}` }))}
                value={b.conversion.method}
                allowDeselect={false}
                onChange={(v) => v && settle(save({ conversion: { ...b.conversion, method: v } }))}
              />
              <Select
                label="Better when the measure is"
                data={[
                  { value: 'higher', label: 'Higher' },
                  { value: 'lower', label: 'Lower' },
                ]}
                value={b.conversion.betterWhen}
                allowDeselect={false}
                onChange={(v) => v && settle(save({ conversion: { ...b.conversion, betterWhen: v as 'higher' } }))}
              />
              <AutosaveAmount
                label="Value per unit per year"
                value={b.conversion.valuePerUnit}
                onSave={(valuePerUnit) => save({ conversion: { ...b.conversion, valuePerUnit } })}
              />
              <AutosaveAmount
                label="Lowest credible value"
                placeholder="Same as expected"
                value={b.conversion.valuePerUnitLow}
                onSave={(valuePerUnitLow) => save({ conversion: { ...b.conversion, valuePerUnitLow } })}
              />
            </SimpleGrid>
            <AutosaveText
              multiline
              label="Where the value comes from"
              value={b.conversion.note}
              onSave={(note) => save({ conversion: { ...b.conversion, note } })}
            />
          </>
        ) : (
          b.timeSaved && (
            <SimpleGrid cols={{ base: 2, md: 3, lg: 6 }}>
              {(['hoursPerWeek', 'weeks', 'people', 'hourlyCost', 'benefitsFactor'] as const).map((k) => (
                <AutosaveNumber
                  key={k}
                  required
                  unit={k === 'hourlyCost' ? 'amount' : k === 'people' ? 'count' : 'number'}
                  label={
                    {
                      hoursPerWeek: 'Hours a week',
                      weeks: 'Weeks a year',
                      people: 'People',
                      hourlyCost: 'Hourly cost',
                      benefitsFactor: 'Benefits factor (0.3 = 30%)',
                    }[k]
                  }
                  value={b.timeSaved![k]}
                  onSave={(v) => save({ timeSaved: { ...b.timeSaved!, [k]: v } })}
                />
              ))}
              <Switch
                mt={30}
                label="Time redeployed to productive work"
                checked={b.timeSaved.redeployed}
                onChange={(e) => settle(save({ timeSaved: { ...b.timeSaved!, redeployed: e.currentTarget.checked } }))}
              />
            </SimpleGrid>
          )
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
