import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconFileTypeCsv } from '@tabler/icons-react';
import { useMemo } from 'react';
import { capabilityGaps, personPlans, rankedGaps, rolePlans, type OpenEngagement } from '../../../../shared/domain';
import { call } from '../../api/client';
import { usePresenter } from '../../app/presenter';
import { settle } from '../../app/saveState';
import { download } from '../../components/download';
import type { EngagementApi } from '../engagement/useEngagement';
import { LearningGapPicker } from './LearningGapPicker';
import { LearningNeedCard } from './LearningNeedCard';
import { PlanPeople } from './PlanPeople';
import { PlanRoles } from './PlanRoles';

/** From gaps to learning: learning needs with observable objectives, the learning that closes them, and development plans. */
export function LearningPanel({ api, detail }: { api: EngagementApi; detail: OpenEngagement }) {
  const presenter = usePresenter().on;
  const { requirements, assessments, capabilities, behaviours } = detail;
  const cells = useMemo(() => capabilityGaps(requirements, assessments), [requirements, assessments]);
  const ranked = useMemo(() => rankedGaps(cells, capabilities, behaviours), [cells, capabilities, behaviours]);
  const roles = useMemo(() => rolePlans(detail), [detail]);
  const people = useMemo(() => (presenter ? [] : personPlans(detail)), [detail, presenter]);
  const cellOf = (capabilityId: string, audienceId: string) =>
    cells.find((c) => c.capabilityId === capabilityId && c.audienceId === audienceId);
  const exportPlans = async () => {
    // In presenter view the file is client-safe: per role only, no person ids.
    const file = await call('export.csv', { id: detail.engagement.id, table: 'developmentPlans', clientSafe: presenter });
    download(file.fileName, new Blob([file.content], { type: 'text/csv' }));
  };
  return (
    <Stack gap="lg">
      <LearningGapPicker api={api} detail={detail} cells={cells} ranked={ranked} />
      <Stack gap="sm">
        <Title order={3}>Learning needs</Title>
        {detail.learningNeeds.length === 0 ? (
          <Text c="dimmed">None yet: choose a gap above and write what people will be able to do.</Text>
        ) : (
          detail.learningNeeds.map((n) => (
            <LearningNeedCard key={n.id} need={n} cell={cellOf(n.capabilityId, n.audienceId)} api={api} detail={detail} />
          ))
        )}
      </Stack>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end">
          <div>
            <Title order={3}>Development plans</Title>
            <Text size="sm" c="dimmed">
              Per role, the gaps largest first and the learning that closes them; per person where assessments were imported.
            </Text>
          </div>
          <Button variant="default" leftSection={<IconFileTypeCsv size={16} />} onClick={() => settle(exportPlans())}>
            Download plans (CSV)
          </Button>
        </Group>
        <PlanRoles plans={roles} detail={detail} />
        <PlanPeople plans={people} presenterHidden={presenter && assessments.length > 0} />
      </Stack>
    </Stack>
  );
}
