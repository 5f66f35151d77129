import { Select } from '@mantine/core';
import { useState } from 'react';
import { currency, engagementCurrency, type OpenEngagement } from '../../../../shared/domain';
import type { EngagementApi } from '../engagement/useEngagement';
import { settle } from '../../app/saveState';

/** Common ISO 4217 codes offered first; any other three-letter code can be typed. */
const commonCurrencies = ['GBP', 'EUR', 'USD', 'CHF', 'CAD', 'AUD', 'NZD', 'JPY', 'SEK', 'NOK', 'DKK', 'PLN', 'INR', 'SGD', 'ZAR'];

export function CurrencyChoice({ api, detail }: { api: EngagementApi; detail: OpenEngagement }) {
  const current = engagementCurrency(detail.engagement);
  const [error, setError] = useState<string | null>(null);
  const choose = (v: string | null) => {
    if (!v) return;
    const parsed = currency.safeParse(v);
    if (!parsed.success) return setError(parsed.error.issues[0].message);
    setError(null);
    settle(api.change('engagement.update', { id: detail.engagement.id, patch: { currency: parsed.data } }));
  };
  return (
    <Select
      w={260}
      label="Currency of every amount"
      description="ISO code, shown on screen and in every export"
      data={[...new Set([current, ...commonCurrencies])]}
      value={current}
      searchable
      allowDeselect={false}
      error={error}
      onChange={choose}
    />
  );
}
