import { Alert, Button, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import {
  controlFromObservations,
  latestCompleteMonth,
  observedMonths,
  periodDates,
  periodWords,
  trendFromObservations,
  type Isolation,
} from '../../../../shared/domain';
import { AutosaveNumber } from '../../components/AutosaveFields';
import { useObservations, type EngagementApi } from '../engagement/useEngagement';
import { settle } from '../../app/saveState';

type Observed = Extract<Isolation, { method: 'control' | 'trend' }>;
const monthLabel = (m: string) =>
  new Date(`${m}-01T00:00:00Z`).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * Control group or trend line: the figures typed as published, or worked out from the measure's
 * observations for chosen months (by default the latest complete month), naming the dates used.
 */
export function ObservedIsolation({
  iso,
  measureId,
  api,
  onSave,
}: {
  iso: Observed;
  measureId: string | null;
  api: EngagementApi;
  onSave: (next: Isolation) => Promise<unknown>;
}) {
  // A typed figure replaces the worked-out one, so the period it came from no longer applies.
  const typed = (key: string, v: number | null) => {
    const { period: _period, ...rest } = iso;
    return onSave({ ...rest, [key]: v ?? 0 });
  };
  const num = (label: string, key: string, current: number) => (
    <AutosaveNumber required label={label} value={current} onSave={(v) => typed(key, v)} />
  );
  return (
    <Stack gap="xs">
      {measureId && <FromObservations iso={iso} measureId={measureId} api={api} onSave={onSave} />}
      {iso.method === 'control' ? (
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          {num('Treatment before', 'treatmentBefore', iso.treatmentBefore)}
          {num('Treatment after', 'treatmentAfter', iso.treatmentAfter)}
          {num('Control before', 'controlBefore', iso.controlBefore)}
          {num('Control after', 'controlAfter', iso.controlAfter)}
        </SimpleGrid>
      ) : (
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          {num('Projected by the pre-programme trend', 'projected', iso.projected)}
          {num('Actual', 'actual', iso.actual)}
        </SimpleGrid>
      )}
    </Stack>
  );
}

function FromObservations({
  iso,
  measureId,
  api,
  onSave,
}: {
  iso: Observed;
  measureId: string;
  api: EngagementApi;
  onSave: (next: Isolation) => Promise<unknown>;
}) {
  const { observations } = useObservations(api, measureId);
  const months = observedMonths(observations);
  const latest = latestCompleteMonth(
    observations.map((o) => o.date),
    new Date().toISOString().slice(0, 10),
  );
  const first = months[0] ?? null;
  const baselineEnd = iso.method === 'trend' ? (months[Math.min(2, months.length - 1)] ?? null) : first;
  const [beforeFrom, setBeforeFrom] = useState<string | null>(iso.period?.beforeFrom ?? null);
  const [beforeTo, setBeforeTo] = useState<string | null>(iso.period?.beforeTo ?? null);
  const [after, setAfter] = useState<string | null>(iso.period?.after ?? null);
  const [error, setError] = useState<string | null>(null);
  if (months.length === 0)
    return (
      <Text size="sm" c="dimmed">
        This measure has no observations yet: type the figures as published, or add observations to work them out.
      </Text>
    );
  const chosen = { from: beforeFrom ?? first, to: beforeTo ?? baselineEnd, after: after ?? latest ?? months[months.length - 1] };
  const data = months.map((m) => ({ value: m, label: monthLabel(m) }));
  const workOut = () => {
    const r = (iso.method === 'control' ? controlFromObservations : trendFromObservations)(
      observations,
      chosen.from,
      chosen.to,
      chosen.after,
    );
    if ('error' in r) return setError(r.error ?? null);
    setError(null);
    settle(onSave({ ...iso, ...r.figures, period: r.period }));
  };
  return (
    <Stack gap={6} data-testid="isolation-period">
      <Group align="flex-end" gap="sm">
        <Select w={170} label="Baseline from" data={data} value={chosen.from} allowDeselect={false} onChange={setBeforeFrom} />
        <Select w={170} label="Baseline to" data={data} value={chosen.to} allowDeselect={false} onChange={setBeforeTo} />
        <Select w={170} label="Compared month" data={data} value={chosen.after} allowDeselect={false} onChange={setAfter} />
        <Button variant="light" onClick={workOut}>
          Work out from the observations
        </Button>
      </Group>
      <Text size="xs" c="dimmed">
        Baseline {periodDates(chosen.from, chosen.to)}; compared {periodDates(chosen.after)}
        {latest ? `; the latest complete month observed is ${monthLabel(latest)}.` : '.'}
      </Text>
      {error && (
        <Alert color="red" variant="light" p="xs">
          {error}
        </Alert>
      )}
      {iso.period ? (
        <Text size="sm" data-testid="isolation-period-used">
          Figures below worked out from the observations: {periodWords(iso.period)}.
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          Figures below are as typed (as published), not from the observations.
        </Text>
      )}
      {iso.period && latest && latest > iso.period.after && (
        <Alert color="yellow" variant="light" p="xs">
          Stale isolation data: it compares {monthLabel(iso.period.after)}, but {monthLabel(latest)} is the latest complete month. Choose it
          and work the figures out again.
        </Alert>
      )}
    </Stack>
  );
}
