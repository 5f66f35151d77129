import type { ComponentProps } from 'react';
import { AutosavePercent } from '../../components/AutosaveFields';

/** A required share, stored as 0-1 and typed as a percentage (with the shared "did you mean 75%?" question). */
export function PercentField({
  value,
  onSave,
  ...props
}: Omit<ComponentProps<typeof AutosavePercent>, 'value' | 'onSave'> & {
  value: number;
  onSave: (share: number) => Promise<unknown>;
}) {
  return <AutosavePercent required {...props} value={value} onSave={(v) => onSave(v ?? 0)} />;
}
