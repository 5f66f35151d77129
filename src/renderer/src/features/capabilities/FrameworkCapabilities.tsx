import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPlus, IconTemplate } from '@tabler/icons-react';
import { useState } from 'react';
import type { OpenEngagement } from '../../../../shared/domain';
import { settle } from '../../app/saveState';
import type { EngagementApi } from '../engagement/useEngagement';
import { FrameworkCapabilityCard } from './FrameworkCapabilityCard';
import { FrameworkFromTemplate } from './FrameworkFromTemplate';

/** The capabilities the behaviours depend on, each with its kind and links. */
export function FrameworkCapabilities({ api, detail }: { api: EngagementApi; detail: OpenEngagement }) {
  const add = () => settle(api.change('capability.create', { engagementId: detail.engagement.id, fields: {} }));
  const [fromTemplate, setFromTemplate] = useState(false);
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="capabilities-title">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <div>
            <Title order={3} id="capabilities-title">
              Capabilities
            </Title>
            <Text size="sm" c="dimmed">
              The skills, knowledge, behaviours and tools the critical behaviours depend on. A capability explains only learning-gap causes
              (Knowledge & skills): a process, incentive or fit cause is not closed by raising anyone’s level, so those are not offered.
            </Text>
          </div>
          <Stack gap={6} style={{ flexShrink: 0 }}>
            <Button variant="light" leftSection={<IconPlus size={16} />} onClick={add}>
              Add capability
            </Button>
            <Button variant="default" leftSection={<IconTemplate size={16} />} onClick={() => setFromTemplate(true)}>
              From a template…
            </Button>
          </Stack>
        </Group>
        {fromTemplate && <FrameworkFromTemplate api={api} detail={detail} onClose={() => setFromTemplate(false)} />}
        {detail.capabilities.length === 0 && (
          <Text c="dimmed" data-testid="capabilities-empty">
            No capabilities yet. Add one for each thing people must be able to do, e.g. “Billing-dispute resolution in the billing system”,
            or start from a template’s framework.
          </Text>
        )}
        {detail.capabilities.map((c) => (
          <FrameworkCapabilityCard key={c.id} capability={c} api={api} detail={detail} />
        ))}
      </Stack>
    </Paper>
  );
}
