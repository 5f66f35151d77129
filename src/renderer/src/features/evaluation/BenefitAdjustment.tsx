import { Group, Text } from '@mantine/core';
import type { OpenEngagement } from '../../../../shared/domain';
import type { EngagementApi } from '../engagement/useEngagement';
import { PercentField } from './PercentField';

/** One conservative adjustment for every benefit at once (e.g. halve every benefit), on the engagement. */
export function BenefitAdjustment({ api, detail }: { api: EngagementApi; detail: OpenEngagement }) {
  const e = detail.engagement;
  const share = Math.round(e.benefitAdjustment * 1000) / 10;
  return (
    <Group align="flex-end" gap="md" wrap="nowrap" data-testid="benefit-adjustment">
      <PercentField
        w={220}
        style={{ flexShrink: 0 }}
        label="Share of every benefit counted"
        value={e.benefitAdjustment}
        onSave={(benefitAdjustment) => api.change('engagement.update', { id: e.id, patch: { benefitAdjustment } })}
      />
      <Text size="sm" c="dimmed" pb={6}>
        {e.benefitAdjustment < 1
          ? `Conservative adjustment: every benefit below counts at ${share}%, shown in each one’s arithmetic.`
          : 'Every benefit counts in full. Enter 50 to halve every benefit as a conservative adjustment.'}
      </Text>
    </Group>
  );
}
