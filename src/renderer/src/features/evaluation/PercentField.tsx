import { z } from 'zod';
import type { ComponentProps } from 'react';
import { AutosaveNumber } from '../../components/AutosaveFields';

const message = 'Enter a percentage from 0 to 100.';
const percent = z.number({ message }).min(0, { message }).max(100, { message });

/** A share stored as 0-1, typed and shown as a percentage; out of range is refused, never clamped. */
export function PercentField({
  value,
  onSave,
  ...props
}: Omit<ComponentProps<typeof AutosaveNumber>, 'value' | 'onSave' | 'schema'> & {
  value: number;
  onSave: (share: number) => Promise<unknown>;
}) {
  return (
    <AutosaveNumber
      {...props}
      rightSection="%"
      value={Math.round(value * 1e6) / 1e4}
      schema={percent}
      onSave={(v) => onSave((v ?? 0) / 100)}
    />
  );
}
