/** Whole currency units with separators; the engagement's currency is whatever the user works in. */
export const money = (n: number) => n.toLocaleString('en-GB', { maximumFractionDigits: 0 });
export const ratio = (n: number | null) =>
  n === null ? '—' : n.toLocaleString('en-GB', { maximumFractionDigits: 2, minimumFractionDigits: 1 });
export const percent = (n: number | null) => (n === null ? '—' : `${n.toLocaleString('en-GB', { maximumFractionDigits: 0 })}%`);
export const payback = (months: number | null) =>
  months === null
    ? 'never'
    : months < 24
      ? `${months.toLocaleString('en-GB', { maximumFractionDigits: 1 })} months`
      : `${(months / 12).toLocaleString('en-GB', { maximumFractionDigits: 1 })} years`;
