import { Alert, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { formatDate, formatLevel, needSummary, type OpenEngagement, type RolePlan } from '../../../../shared/domain';

const dates = (start: string | null, due: string | null) =>
  [start && `from ${formatDate(start)}`, due && `due ${formatDate(due)}`].filter(Boolean).join(', ') || '—';

/** The development plan of each role: its gaps largest first, the learning that closes them, owner and dates. */
export function PlanRoles({ plans, detail }: { plans: RolePlan[]; detail: OpenEngagement }) {
  const intervention = (id: string | null) => detail.interventions.find((i) => i.id === id)?.name || '—';
  if (plans.length === 0) return <Text c="dimmed">No role has a required level yet, so there is no plan to show.</Text>;
  return (
    <Stack gap="md">
      {plans.map((plan) => {
        const role = plan.audience.role || 'Untitled role';
        const rows = plan.gaps.flatMap((g) =>
          (g.needs.length ? g.needs : [null]).map((n, i) => (
            <Table.Tr key={`${g.capability.id}-${n?.id ?? 'none'}`}>
              <Table.Td>{i === 0 ? g.capability.name || 'Untitled capability' : ''}</Table.Td>
              <Table.Td ta="right">{i === 0 ? `${g.cell.required} / ${formatLevel(g.cell.current)}` : ''}</Table.Td>
              <Table.Td ta="right">{i === 0 ? formatLevel(g.cell.gap) : ''}</Table.Td>
              <Table.Td>
                {n ? (
                  needSummary(n, role)
                ) : (
                  <Text c="red.8" size="sm" fw={500}>
                    No learning planned yet
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{n ? intervention(n.interventionId) : '—'}</Table.Td>
              <Table.Td>{n?.owner || '—'}</Table.Td>
              <Table.Td>{n ? dates(n.startDate, n.dueDate) : '—'}</Table.Td>
            </Table.Tr>
          )),
        );
        const capability = (id: string) => detail.capabilities.find((c) => c.id === id)?.name || 'Untitled capability';
        const others = plan.otherNeeds.map((n) => (
          <Table.Tr key={n.id}>
            <Table.Td>{capability(n.capabilityId)}</Table.Td>
            <Table.Td ta="right" colSpan={2}>
              no gap known
            </Table.Td>
            <Table.Td>{needSummary(n, role)}</Table.Td>
            <Table.Td>{intervention(n.interventionId)}</Table.Td>
            <Table.Td>{n.owner || '—'}</Table.Td>
            <Table.Td>{dates(n.startDate, n.dueDate)}</Table.Td>
          </Table.Tr>
        ));
        return (
          <Paper
            key={plan.audience.id}
            withBorder
            p="md"
            component="section"
            aria-label={`Development plan: ${role}`}
            data-testid="role-plan"
          >
            <Stack gap="xs">
              <Title order={4}>Development plan: {role}</Title>
              {plan.gaps.length === 0 && others.length === 0 ? (
                <Text size="sm" c="dimmed">
                  No gap known for this role: its people meet the required levels, or their current levels are not known yet.
                </Text>
              ) : (
                <Table.ScrollContainer minWidth={760}>
                  <Table striped withTableBorder verticalSpacing={6}>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>Capability</Table.Th>
                        <Table.Th ta="right">Required / now</Table.Th>
                        <Table.Th ta="right">Gap</Table.Th>
                        <Table.Th>Learning objective</Table.Th>
                        <Table.Th>Learning</Table.Th>
                        <Table.Th>Owner</Table.Th>
                        <Table.Th>Dates</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {rows}
                      {others}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
              {plan.uncovered.length > 0 && (
                <Alert color="orange" variant="light" p="xs" data-testid="plan-uncovered">
                  No learning planned yet for {plan.uncovered.map((g) => g.capability.name || 'Untitled capability').join(', ')}.
                </Alert>
              )}
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}
