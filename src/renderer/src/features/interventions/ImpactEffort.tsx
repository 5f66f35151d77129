import { Badge, Paper, Stack, Table, Text, Title } from '@mantine/core';
import {
  interventionKindLabels,
  interventionStatusLabels,
  quickWinRule,
  rankInterventions,
  type OpenEngagement,
} from '../../../../shared/domain';

const W = 640;
const H = 360;
const pad = 56;

/** Impact (share of weighted causes addressed) against effort: quick wins top left. */
export function ImpactEffort({ detail }: { detail: OpenEngagement }) {
  const ranked = rankInterventions(detail.interventions, detail);
  // The impact axis stops at the largest share (rounded up to 10%), so small shares stay apart.
  const top = Math.max(0.1, Math.ceil(Math.max(0, ...ranked.map((r) => r.impact)) * 10) / 10);
  const x = (effort: number) => pad + ((effort - 1) / 4) * (W - pad * 2);
  const y = (impact: number) => H - pad - (impact / top) * (H - pad * 2);
  // Points that would sit on top of each other are spread sideways.
  const seen = new Map<string, number>();
  const spread = ranked.map((r) => {
    const cell = `${r.effort}:${Math.round(y(r.impact) / 24)}`;
    const n = seen.get(cell) ?? 0;
    seen.set(cell, n + 1);
    return (n % 2 ? 1 : -1) * Math.ceil(n / 2) * 30;
  });
  return (
    <Stack gap="md">
      <Paper withBorder p="md">
        <Title order={3} size="h4" mb="xs">
          Impact × effort
        </Title>
        <svg viewBox={`0 0 ${W} ${H}`} width="100%" style={{ maxWidth: W }} role="img" aria-label="Interventions by impact and effort">
          <rect
            x={pad}
            y={pad}
            width={x(quickWinRule.maxEffort + 0.5) - pad}
            height={Math.max(0, y(quickWinRule.minShare) - pad)}
            fill="var(--mantine-color-teal-light)"
          />
          <text x={pad + 8} y={pad + 20} fontSize="14" fill="currentColor" fontWeight={700}>
            Quick wins
          </text>
          <line x1={pad} y1={H - pad} x2={W - pad} y2={H - pad} stroke="currentColor" />
          <line x1={pad} y1={pad} x2={pad} y2={H - pad} stroke="currentColor" />
          <text x={W / 2} y={H - 8} textAnchor="middle" fontSize="14" fill="currentColor">
            Effort (1 quick → 5 major)
          </text>
          <text x={16} y={H / 2} textAnchor="middle" fontSize="14" fill="currentColor" transform={`rotate(-90 16 ${H / 2})`}>
            Impact: share of the gap addressed
          </text>
          {[0, top / 2, top].map((t) => (
            <text key={t} x={pad - 6} y={y(t) + 4} textAnchor="end" fontSize="12" fill="currentColor">
              {Math.round(t * 100)}%
            </text>
          ))}
          {[1, 2, 3, 4, 5].map((e) => (
            <text key={e} x={x(e)} y={H - pad + 16} textAnchor="middle" fontSize="12" fill="currentColor">
              {e}
            </text>
          ))}
          {ranked.map((r, n) => (
            <g key={r.item.id}>
              <circle
                cx={x(r.effort) + spread[n]}
                cy={y(r.impact)}
                r={14}
                fill={
                  r.impact === 0
                    ? 'var(--mantine-color-gray-6)'
                    : r.quickWin
                      ? 'var(--mantine-color-teal-8)'
                      : 'var(--mantine-color-blue-8)'
                }
                stroke="var(--mantine-color-body)"
                strokeWidth={2}
              />
              <text x={x(r.effort) + spread[n]} y={y(r.impact) + 5} textAnchor="middle" fontSize="13" fill="white" fontWeight={700}>
                {n + 1}
              </text>
            </g>
          ))}
        </svg>
      </Paper>
      <Table verticalSpacing="sm" fz="md" aria-label="Interventions ranked by impact per effort" data-testid="ranking">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>#</Table.Th>
            <Table.Th>Intervention</Table.Th>
            <Table.Th>Addresses</Table.Th>
            <Table.Th>Effort</Table.Th>
            <Table.Th>Type</Table.Th>
            <Table.Th>Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {ranked.map((r, n) => (
            <Table.Tr key={r.item.id}>
              <Table.Td>{n + 1}</Table.Td>
              <Table.Td>
                {r.item.name || 'Untitled'}{' '}
                {r.quickWin && (
                  <Badge color="teal" variant="light" data-testid="quick-win">
                    Quick win
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                {Math.round(r.impact * 100)}%
                {r.impact === 0 && r.credit.causes.length > 0 && (
                  <Text size="sm" c="red.8">
                    addresses none of its causes
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{r.effort}</Table.Td>
              <Table.Td>{interventionKindLabels[r.item.kind]}</Table.Td>
              <Table.Td>{interventionStatusLabels[r.item.status]}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm" c="dimmed">
        Impact is the share of the engagement’s weighted causes (each weighted by its behaviour’s priority, ruled-out causes left out) that
        an intervention addresses: a linked cause counts only when the intervention fits its cell. Ranked by impact per unit of effort. A
        quick win takes effort 1–2 for at least {Math.round(quickWinRule.minShare * 100)}% of the gap, and is never a course against causes
        that are mostly not a learning gap.
      </Text>
    </Stack>
  );
}
