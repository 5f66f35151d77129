import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import {
  costCategories,
  currency,
  engagementCurrency,
  formatMoney,
  evaluationResults,
  headlineRows,
  multiYearSentence,
  type CostCategory,
  type OpenEngagement,
} from '../../../../shared/domain';
import { AutosaveText } from '../../components/AutosaveFields';
import type { EngagementApi } from '../engagement/useEngagement';
import { BenefitCard } from './BenefitCard';
import { useLatestObservations } from './useLatestObservations';
import { settle } from '../../app/saveState';

export function RoiPanel({ api, detail }: { api: EngagementApi; detail: OpenEngagement }) {
  const observations = useLatestObservations(
    api,
    detail.benefits.map((b) => b.measureId).filter((x): x is string => x !== null),
  );
  const r = evaluationResults(detail.benefits, detail.costs, {
    measures: detail.measures,
    interventions: detail.interventions,
    observations,
    asOf: new Date().toISOString().slice(0, 10),
  });
  const currency = engagementCurrency(detail.engagement);
  const engagementId = detail.engagement.id;
  const multiYear = multiYearSentence(r, currency);
  return (
    <Stack gap="lg">
      <CurrencyChoice api={api} detail={detail} />
      <Group gap="sm" data-testid="roi-basis">
        <Badge color={r.basis.kind === 'actual' ? 'teal' : 'orange'} variant="light" size="lg">
          {r.basis.kind === 'actual' ? 'Actual' : 'Forecast'}
        </Badge>
        <Text size="sm">
          {r.basis.kind === 'actual'
            ? 'Every figure rests on observed, isolated results of interventions that are done.'
            : `Every figure is a ${r.basis.label}${r.basis.kind === 'forecast' ? ': it rests on expected effects, not yet on observed results of interventions that are done' : ''}.`}
        </Text>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {headlineRows(r, currency).map((row) => (
          <Paper key={row.key} withBorder p="md" data-testid={`roi-${row.key}`}>
            <Group justify="space-between" gap={4} wrap="nowrap">
              <Text size="xs" tt="uppercase" fw={700} c="dimmed">
                {row.label}
              </Text>
              <Text size="xs" c="dimmed">
                {r.basis.kind === 'actual' ? 'actual' : 'forecast'}
              </Text>
            </Group>
            <Text fw={750} size={row.expected.length > 16 ? '1.2rem' : '1.7rem'} lh={1.2}>
              {row.expected}
            </Text>
            <Text size="sm">conservative {row.conservative}</Text>
            <Text size="xs" c="dimmed" mt={4}>
              {row.how}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      <Alert
        color={r.confidence.level === 'good' ? 'teal' : r.confidence.level === 'moderate' ? 'yellow' : 'orange'}
        variant="light"
        p="xs"
        data-testid="roi-confidence"
      >
        <Text size="sm">
          <b>Confidence</b> {r.confidence.statement}.
        </Text>
      </Alert>
      {multiYear && (
        <Text size="sm" data-testid="roi-multi-year">
          {multiYear}
        </Text>
      )}
      {r.warnings.map((w) => (
        <Alert key={w} color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} p="xs" data-testid="roi-warning">
          {w}
        </Alert>
      ))}
      <Group justify="space-between">
        <Title order={3}>Benefits</Title>
        <Button
          leftSection={<IconPlus size={16} />}
          variant="light"
          onClick={() => settle(api.change('benefit.create', { engagementId, fields: { name: 'New benefit' } }))}
        >
          Add a benefit
        </Button>
      </Group>
      {detail.benefits.map((b) => (
        <BenefitCard key={b.id} benefit={b} api={api} detail={detail} />
      ))}
      <CostsTable api={api} detail={detail} byCategory={r.costs.byCategory} />
      <Intangibles api={api} detail={detail} />
    </Stack>
  );
}

function CostsTable({
  api,
  detail,
  byCategory,
}: {
  api: EngagementApi;
  detail: OpenEngagement;
  byCategory: { category: CostCategory; label: string; amount: number }[];
}) {
  const [row, setRow] = useState<{ category: CostCategory; description: string; amount: number | '' }>({
    category: 'participants-time',
    description: '',
    amount: '',
  });
  const [error, setError] = useState<string | null>(null);
  const add = async () => {
    if (row.amount === '' || row.amount < 0) return setError('Enter an amount of 0 or more.');
    setError(null);
    await api.change('cost.create', {
      engagementId: detail.engagement.id,
      fields: { category: row.category, description: row.description.trim(), amount: row.amount, interventionId: null },
    });
    setRow({ ...row, description: '', amount: '' });
  };
  return (
    <Stack gap="sm" component="section" aria-label="Costs">
      <Title order={3}>Costs, fully loaded</Title>
      <Table fz="sm" data-testid="costs-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Category</Table.Th>
            <Table.Th>Item</Table.Th>
            <Table.Th ta="right">Amount</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {byCategory.map((c) => {
            const items = detail.costs.filter((x) => x.category === c.category);
            if (items.length === 0)
              return (
                <Table.Tr key={c.category}>
                  <Table.Td>{c.label}</Table.Td>
                  <Table.Td c="dimmed">none recorded</Table.Td>
                  <Table.Td ta="right">—</Table.Td>
                  <Table.Td />
                </Table.Tr>
              );
            return items.map((x, i) => (
              <Table.Tr key={x.id}>
                <Table.Td>{i === 0 ? c.label : ''}</Table.Td>
                <Table.Td>{x.description || '—'}</Table.Td>
                <Table.Td ta="right">{formatMoney(x.amount, engagementCurrency(detail.engagement))}</Table.Td>
                <Table.Td>
                  <ActionIcon
                    size="sm"
                    variant="subtle"
                    color="red"
                    aria-label={`Delete cost ${x.description}`}
                    onClick={() => settle(api.change('cost.delete', { id: x.id }))}
                  >
                    <IconTrash size={14} />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ));
          })}
        </Table.Tbody>
      </Table>
      <Group align="flex-end" gap="xs">
        <Select
          w={280}
          label="Category"
          data={costCategories.map((c) => ({ value: c.key, label: c.label }))}
          value={row.category}
          allowDeselect={false}
          onChange={(v) => v && setRow({ ...row, category: v })}
        />
        <TextInput
          style={{ flex: 1 }}
          label="Item"
          placeholder="e.g. Agents’ practice hours"
          value={row.description}
          onChange={(e) => setRow({ ...row, description: e.currentTarget.value })}
        />
        <NumberInput
          w={150}
          label="Amount"
          min={0}
          thousandSeparator=","
          value={row.amount}
          error={error}
          onChange={(v) => setRow({ ...row, amount: typeof v === 'number' ? v : '' })}
        />
        <Button onClick={() => settle(add())}>Add cost</Button>
      </Group>
    </Stack>
  );
}

function Intangibles({ api, detail }: { api: EngagementApi; detail: OpenEngagement }) {
  const [text, setText] = useState('');
  return (
    <Stack gap="sm" component="section" aria-label="Intangible benefits">
      <Title order={3}>Intangible benefits</Title>
      <Text size="sm" c="dimmed">
        Real benefits with no credible way to put a money value on them: listed in the report, never added to the ROI.
      </Text>
      {detail.intangibles.map((i) => (
        <Group key={i.id} wrap="nowrap" align="flex-end">
          <AutosaveText
            style={{ flex: 1 }}
            aria-label="Intangible"
            value={i.text}
            onSave={(t) => api.change('intangible.update', { id: i.id, patch: { text: t } })}
          />
          <AutosaveText
            style={{ flex: 1 }}
            aria-label="Note"
            placeholder="Why it is not converted"
            value={i.note}
            onSave={(note) => api.change('intangible.update', { id: i.id, patch: { note } })}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            aria-label={`Delete intangible ${i.text}`}
            onClick={() => settle(api.change('intangible.delete', { id: i.id }))}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <TextInput
          style={{ flex: 1 }}
          aria-label="New intangible"
          placeholder="e.g. Better team morale"
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <Button
          disabled={!text.trim()}
          onClick={() =>
            settle(async () => {
              await api.change('intangible.create', { engagementId: detail.engagement.id, fields: { text: text.trim(), note: '' } });
              setText('');
            })
          }
        >
          Add
        </Button>
      </Group>
    </Stack>
  );
}

/** Common ISO 4217 codes offered first; any other three-letter code can be typed. */
const commonCurrencies = ['GBP', 'EUR', 'USD', 'CHF', 'CAD', 'AUD', 'NZD', 'JPY', 'SEK', 'NOK', 'DKK', 'PLN', 'INR', 'SGD', 'ZAR'];

function CurrencyChoice({ api, detail }: { api: EngagementApi; detail: OpenEngagement }) {
  const current = engagementCurrency(detail.engagement);
  const [error, setError] = useState<string | null>(null);
  const choose = (v: string | null) => {
    if (!v) return;
    const parsed = currency.safeParse(v);
    if (!parsed.success) return setError(parsed.error.issues[0].message);
    setError(null);
    settle(api.change('engagement.update', { id: detail.engagement.id, patch: { currency: parsed.data } }));
  };
  return (
    <Select
      w={260}
      label="Currency of every amount"
      description="ISO code, shown on screen and in every export"
      data={[...new Set([current, ...commonCurrencies])]}
      value={current}
      searchable
      allowDeselect={false}
      error={error}
      onChange={choose}
    />
  );
}
