import { Alert, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconPlus } from '@tabler/icons-react';
import { engagementCurrency, evaluationResults, headlineRows, multiYearSentence, type OpenEngagement } from '../../../../shared/domain';
import type { EngagementApi } from '../engagement/useEngagement';
import { BenefitAdjustment } from './BenefitAdjustment';
import { BenefitCard } from './BenefitCard';
import { CostsPanel } from './CostsPanel';
import { CurrencyChoice } from './CurrencyChoice';
import { IntangiblesPanel } from './IntangiblesPanel';
import { SensitivityPanel } from './SensitivityPanel';
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
    benefitAdjustment: detail.engagement.benefitAdjustment,
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
      <SensitivityPanel results={r} currency={currency} />
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
      <BenefitAdjustment api={api} detail={detail} />
      {detail.benefits.map((b) => (
        <BenefitCard key={b.id} benefit={b} api={api} detail={detail} />
      ))}
      <CostsPanel api={api} detail={detail} />
      <IntangiblesPanel api={api} detail={detail} />
    </Stack>
  );
}
