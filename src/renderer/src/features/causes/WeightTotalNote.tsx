import { Alert, Text } from '@mantine/core';
import { IconScale } from '@tabler/icons-react';
import type { WeightTotal } from '../../../../shared/domain';

/** On the % scale: the running total of a behaviour's weights, and a visible note when the verdict has to scale them. */
export function WeightTotalNote({ total }: { total: WeightTotal }) {
  if (total.counted === 0) return null;
  if (!total.note)
    return (
      <Text size="sm" c="dimmed" data-testid="weight-total">
        Weights of this behaviour’s causes add up to {total.total}%.
      </Text>
    );
  return (
    <Alert color="yellow" variant="light" p="xs" icon={<IconScale size={18} />} data-testid="weight-total" role="status">
      {total.note} Each cause shows the share it gets.
    </Alert>
  );
}
