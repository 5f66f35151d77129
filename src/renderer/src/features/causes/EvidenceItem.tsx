import { Badge, Group, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { formatDate, type Evidence } from '../../../../shared/domain';
import { usePresenter } from '../../app/presenter';

export const capital = (s: string) => s[0].toUpperCase() + s.slice(1);
const strengthColour = { strong: 'teal', moderate: 'blue', weak: 'gray' } as const;

/** One piece of evidence: source, strength, date, person and note; presenter view hides the person and confidential notes. */
export function EvidenceItem({ e }: { e: Evidence }) {
  const presenter = usePresenter().on;
  return (
    <div>
      <Group gap={6}>
        <Badge variant="outline">{capital(e.source)}</Badge>
        <Badge variant="light" color={strengthColour[e.strength]}>
          {e.strength}
        </Badge>
        {e.date && <Text size="xs">{formatDate(e.date)}</Text>}
        {e.person && !presenter && (
          <Text size="xs" c="dimmed">
            {e.confidential && <IconLock size={12} aria-label="Confidential" />} {e.person}
          </Text>
        )}
      </Group>
      <Text size="sm">{presenter && e.confidential ? <i>Confidential note hidden in presenter view</i> : e.note}</Text>
    </div>
  );
}
