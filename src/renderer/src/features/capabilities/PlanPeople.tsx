import { Anchor, Badge, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import type { PersonPlan } from '../../../../shared/domain';

const SHOWN = 40;

/** Plans per person from the imported assessments: confidential, so presenter view hides them. */
export function PlanPeople({ plans, presenterHidden }: { plans: PersonPlan[]; presenterHidden: boolean }) {
  const [all, setAll] = useState(false);
  if (presenterHidden)
    return (
      <Text size="sm" c="dimmed" data-testid="person-plans-hidden">
        <IconLock size={14} aria-label="Confidential" /> Plans per person are hidden in presenter view: they are confidential.
      </Text>
    );
  if (plans.length === 0) return null;
  const shown = all ? plans : plans.slice(0, SHOWN);
  return (
    <Paper withBorder p="md" component="section" aria-label="Development plans per person" data-testid="person-plans">
      <Stack gap="xs">
        <Title order={4}>
          <IconLock size={16} aria-label="Confidential" /> Per person ({plans.length} below a required level)
        </Title>
        <Text size="sm" c="dimmed">
          Confidential: never in client-safe exports. Levels are each person’s counted level (a test, then an observation, then their
          manager, then themselves).
        </Text>
        <Table.ScrollContainer minWidth={640}>
          <Table striped withTableBorder verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Person</Table.Th>
                <Table.Th>Role</Table.Th>
                <Table.Th>Below required (now → required)</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((p) => (
                <Table.Tr key={`${p.audience.id}-${p.person}`}>
                  <Table.Td>{p.person}</Table.Td>
                  <Table.Td>{p.audience.role}</Table.Td>
                  <Table.Td>
                    {p.items.map((item) => (
                      <Badge
                        key={item.capability.id}
                        variant="light"
                        color={item.needs.length ? 'blue' : 'orange'}
                        mr={4}
                        style={{ textTransform: 'none' }}
                      >
                        {item.capability.name}: {item.level} → {item.required}
                        {item.needs.length ? '' : ' · no learning yet'}
                      </Badge>
                    ))}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {plans.length > SHOWN && !all && (
          <Text size="sm">
            Showing {SHOWN} of {plans.length}.{' '}
            <Anchor component="button" type="button" onClick={() => setAll(true)}>
              Show everyone
            </Anchor>
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
