import { Select, SimpleGrid } from '@mantine/core';
import { conversionMethods, type Benefit, type BenefitFields } from '../../../../shared/domain';
import { AutosaveAmount, AutosaveText } from '../../components/AutosaveFields';
import { settle } from '../../app/saveState';

/** Conversion of an improvement in a measure to money a year, most credible method first. */
export function ConversionFields({ b, save }: { b: Benefit; save: (patch: Partial<BenefitFields>) => Promise<unknown> }) {
  const c = b.conversion;
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        <Select
          label="Conversion to money"
          data={conversionMethods.map((m) => ({ value: m.key, label: `${m.rank}. ${m.label}` }))}
          value={c.method}
          allowDeselect={false}
          onChange={(v) => v && settle(save({ conversion: { ...c, method: v } }))}
        />
        <Select
          label="Better when the measure is"
          data={[
            { value: 'higher', label: 'Higher' },
            { value: 'lower', label: 'Lower' },
          ]}
          value={c.betterWhen}
          allowDeselect={false}
          onChange={(v) => v && settle(save({ conversion: { ...c, betterWhen: v as 'higher' } }))}
        />
        <AutosaveAmount
          label="Value per unit per year"
          value={c.valuePerUnit}
          onSave={(valuePerUnit) => save({ conversion: { ...c, valuePerUnit } })}
        />
        <AutosaveAmount
          label="Lowest credible value"
          placeholder="Same as expected"
          value={c.valuePerUnitLow}
          onSave={(valuePerUnitLow) => save({ conversion: { ...c, valuePerUnitLow } })}
        />
      </SimpleGrid>
      <AutosaveText multiline label="Where the value comes from" value={c.note} onSave={(note) => save({ conversion: { ...c, note } })} />
    </>
  );
}
