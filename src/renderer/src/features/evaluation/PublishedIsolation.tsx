import { Alert, SimpleGrid, Stack, Switch } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { Isolation } from '../../../../shared/domain';
import { AutosaveAmount, AutosaveNumber, AutosaveText } from '../../components/AutosaveFields';
import { PercentField } from './PercentField';
import { settle } from '../../app/saveState';

type Of<M extends Isolation['method']> = Extract<Isolation, { method: M }>;
type Save = (next: Isolation) => Promise<unknown>;

/** A factor as published: the study's share attributed × confidence, applied to the whole improvement. */
export function FactorFields({ iso, onSave, forTime = false }: { iso: Of<'factor'>; onSave: Save; forTime?: boolean }) {
  const set = (patch: Partial<Of<'factor'>>) => onSave({ ...iso, ...patch });
  return (
    <Stack gap="xs">
      {!forTime && (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <AutosaveNumber
            label="Improvement before isolation"
            description={iso.inMoney ? 'Money a year, as the study reports it' : 'In the measure’s unit'}
            value={iso.improvement}
            onSave={(improvement) => set({ improvement })}
          />
          <Switch
            mt={36}
            label="The improvement is already money a year"
            checked={iso.inMoney}
            onChange={(e) => settle(set({ inMoney: e.currentTarget.checked }))}
          />
        </SimpleGrid>
      )}
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <PercentField
          label={forTime ? 'Share of the time saved due to the programme' : 'Share attributed to the programme'}
          value={iso.share}
          onSave={(share) => set({ share })}
        />
        <PercentField label="Confidence in that share" value={iso.confidence} onSave={(confidence) => set({ confidence })} />
        <AutosaveText
          label="Source"
          placeholder="Study, table or page; or who estimated it"
          value={iso.source}
          onSave={(source) => set({ source })}
        />
      </SimpleGrid>
    </Stack>
  );
}

/** Already in money and already isolated, as a published study reports it: no respondents, no unit values invented. */
export function MoneyFields({ iso, onSave }: { iso: Of<'money'>; onSave: Save }) {
  const set = (patch: Partial<Of<'money'>>) => onSave({ ...iso, ...patch });
  return (
    <Stack gap="xs">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <AutosaveAmount required label="Money a year, isolated (expected)" value={iso.expected} onSave={(v) => set({ expected: v ?? 0 })} />
        <AutosaveAmount
          label="Lowest credible money a year"
          placeholder="Same as expected"
          value={iso.lowest}
          onSave={(lowest) => set({ lowest })}
        />
      </SimpleGrid>
      <AutosaveText
        multiline
        label="How it was isolated and converted"
        placeholder="The study, its isolation method and the figure it reports"
        value={iso.how}
        onSave={(how) => set({ how })}
      />
    </Stack>
  );
}

/** A before/after claim with nothing isolating it: recorded and shown, credited zero. */
export function ClaimFields({ iso, onSave }: { iso: Of<'claim'>; onSave: Save }) {
  const set = (patch: Partial<Of<'claim'>>) => onSave({ ...iso, ...patch });
  return (
    <Stack gap="xs">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <AutosaveNumber required label="Before" value={iso.before} onSave={(v) => set({ before: v ?? 0 })} />
        <AutosaveNumber required label="After" value={iso.after} onSave={(v) => set({ after: v ?? 0 })} />
        <AutosaveText label="Source of the claim" value={iso.source} onSave={(source) => set({ source })} />
      </SimpleGrid>
      <Alert color="yellow" variant="light" p="xs" icon={<IconAlertTriangle size={18} />}>
        Not isolated: a before/after change includes everything else that changed at the same time. It is shown but credited zero in the ROI
        until an isolation method separates the programme’s effect.
      </Alert>
    </Stack>
  );
}
