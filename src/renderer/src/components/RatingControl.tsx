import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useId } from 'react';

/** A 1-5 rating as five big buttons: quick to hit on a laptop in a workshop. */
export function RatingControl({
  label,
  value,
  onChange,
  hint,
}: {
  label: string;
  value: number;
  onChange: (v: number) => void;
  hint?: string;
}) {
  const id = useId();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id={id}>
        {label}
      </Text>
      <SegmentedControl
        aria-labelledby={id}
        data={['1', '2', '3', '4', '5']}
        value={String(value)}
        onChange={(v) => onChange(Number(v))}
        fullWidth
      />
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Stack>
  );
}
