import { Select, SimpleGrid, Stack, Switch } from '@mantine/core';
import type { Benefit, BenefitFields, Isolation } from '../../../../shared/domain';
import { AutosaveNumber } from '../../components/AutosaveFields';
import { FactorFields } from './PublishedIsolation';
import { settle } from '../../app/saveState';

const labels = {
  hoursPerWeek: 'Hours a week',
  weeks: 'Weeks a year',
  people: 'People',
  hourlyCost: 'Hourly cost',
  benefitsFactor: 'Benefits factor (0.3 = 30%)',
} as const;

/** Time saved: its figures, whether it is redeployed, and the share the programme caused (credited zero without one). */
export function TimeSavedFields({ b, save }: { b: Benefit; save: (patch: Partial<BenefitFields>) => Promise<unknown> }) {
  const t = b.timeSaved;
  if (!t) return null;
  const iso = b.isolation;
  const setIso = (isolation: Isolation) => save({ isolation });
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 2, md: 3 }}>
        {(Object.keys(labels) as (keyof typeof labels)[]).map((k) => (
          <AutosaveNumber
            key={k}
            required
            unit={k === 'hourlyCost' ? 'amount' : k === 'people' ? 'count' : 'number'}
            label={labels[k]}
            value={t[k]}
            onSave={(v) => save({ timeSaved: { ...t, [k]: v ?? 0 } })}
          />
        ))}
        <Switch
          mt={30}
          label="Time redeployed to productive work"
          checked={t.redeployed}
          onChange={(e) => settle(save({ timeSaved: { ...t, redeployed: e.currentTarget.checked } }))}
        />
      </SimpleGrid>
      <Select
        label="Isolation: how much of the time saved the programme caused"
        data={[
          { value: 'none', label: 'Not isolated yet (credited zero)' },
          { value: 'factor', label: 'Share attributed × confidence' },
        ]}
        value={iso.method === 'factor' ? 'factor' : 'none'}
        allowDeselect={false}
        maw={520}
        onChange={(v) =>
          settle(
            setIso(
              v === 'factor'
                ? { method: 'factor', improvement: null, inMoney: false, share: 0, confidence: 0, source: '' }
                : { method: 'none' },
            ),
          )
        }
      />
      {iso.method === 'factor' && <FactorFields iso={iso} onSave={setIso} forTime />}
    </Stack>
  );
}
