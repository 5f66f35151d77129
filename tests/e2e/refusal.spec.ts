import type { Locator, Page } from '@playwright/test';
import { join } from 'node:path';
import { api, expect, openApp, shot, shots as screenshots, test, type Host } from './fixtures';

const sizes = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
] as const;

/** The whole page, and the screen as the user sees it with `field` in view (its message and the header). */
async function shots(page: Page, name: string, field: Locator) {
  for (const size of sizes) {
    await page.setViewportSize(size);
    await shot(page, `refusal-${name}-${size.width}`);
    await field.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(screenshots, `refusal-${name}-${size.width}-view.png`) });
  }
}

/** The demo's evaluation, its control-group benefit switched to one respondent's estimate (60% share). */
async function openDemoBenefits(page: Page, host: Host) {
  await openApp(page, host);
  const demo = await api(page, 'demo.open', {});
  const benefits = (await api(page, 'engagement.open', { id: demo.id })).benefits;
  const benefitId = benefits.find((b) => b.name === 'Fewer repeat calls')!.id;
  const estimates = [{ respondent: 'Team leader A', improvement: -4, share: 0.6, confidence: 0.8 }];
  await api(page, 'benefit.update', { id: benefitId, patch: { isolation: { method: 'estimate', estimates } } });
  await page.goto(`${host.origin}/#/engagement/${demo.id}/evaluation`);
  await expect(page.locator('body[data-ready="engagement"]')).toBeAttached();
  await page.getByRole('radiogroup', { name: 'Evaluation view' }).getByText('Benefits, costs & ROI').click();
  /** The benefit as stored now, read from the library itself. */
  const stored = async (name = 'Fewer repeat calls') =>
    (await api(page, 'engagement.open', { id: demo.id })).benefits.find((b) => b.name === name)!;
  const storedShare = async () => {
    const iso = (await stored()).isolation;
    return iso.method === 'estimate' ? iso.estimates[0].share : undefined;
  };
  return { stored, storedShare };
}

test('a percent out of range, negative or not a number is refused in place and nothing is saved', async ({ page, host }) => {
  const { storedShare } = await openDemoBenefits(page, host);
  const card = page.getByTestId('benefit-card').filter({ has: page.locator('input[value="Fewer repeat calls"]') });
  const share = card.getByLabel('Share attributed %');
  const header = page.getByTestId('save-state');
  await expect(share).toHaveValue('60');

  await share.fill('150');
  await share.blur();
  await expect(card.getByText('150% is too high. Enter a percentage from 0 to 100.')).toBeVisible();
  await expect(share).toHaveValue('150'); // kept as typed, to correct
  await expect(share).toHaveAttribute('aria-invalid', 'true');
  await expect(header).toHaveAttribute('data-state', 'error');
  await expect(header).toContainText('Not saved: Share attributed %: 150% is too high');
  expect(await storedShare()).toBe(0.6);
  await shots(page, 'out-of-range', share);

  await share.fill('-10');
  await share.blur();
  await expect(card.getByText('-10% is too low. Enter a percentage from 0 to 100.')).toBeVisible();
  await expect(share).toHaveValue('-10');
  await expect(header).toContainText('Not saved');
  expect(await storedShare()).toBe(0.6);

  await share.fill('sixty');
  await share.blur();
  await expect(card.getByText('“sixty” is not a number. Enter a number, like 62 or 4.5.')).toBeVisible();
  await expect(share).toHaveValue('sixty');
  await expect(header).toContainText('Not saved');
  expect(await storedShare()).toBe(0.6);
  await shots(page, 'letters', share);

  // Correcting the field saves it, and only then does the header say so.
  await share.fill('55');
  await share.blur();
  await expect(header).toHaveAttribute('data-state', 'saved');
  await expect(header).toHaveText('Saved');
  await expect.poll(storedShare).toBe(0.55);
});

test('a fraction typed into a percent field asks what was meant, and each answer does what it says', async ({ page, host }) => {
  const { storedShare } = await openDemoBenefits(page, host);
  const card = page.getByTestId('benefit-card').filter({ has: page.locator('input[value="Fewer repeat calls"]') });
  const share = card.getByLabel('Share attributed %');
  const header = page.getByTestId('save-state');

  await share.fill('0.75');
  await share.blur();
  await expect(card.getByText('Did you mean 75%?')).toBeVisible();
  await expect(header).toContainText('Not saved: Share attributed %: did you mean 75%?');
  expect(await storedShare()).toBe(0.6);
  await shots(page, 'fraction-question', share);

  await card.getByRole('button', { name: 'Yes, 75%' }).click();
  await expect.poll(storedShare).toBe(0.75);
  await expect(share).toHaveValue('75');
  await expect(card.getByText('Did you mean 75%?')).toHaveCount(0);
  await expect(header).toHaveText('Saved');

  await share.fill('0.75');
  await share.blur();
  await card.getByRole('button', { name: 'No, keep 0.75%' }).click();
  await expect.poll(storedShare).toBe(0.0075);
  await expect(share).toHaveValue('0.75');
  await expect(header).toHaveText('Saved');
  // The figure now rests on 0.75%: the trace says so.
  await expect(card.getByTestId('benefit-trace')).toContainText('0.75%');
});

test('an implausibly large amount is flagged and saved only when confirmed', async ({ page, host }) => {
  const { stored } = await openDemoBenefits(page, host);
  const card = page.getByTestId('benefit-card').filter({ has: page.locator('input[value="Fewer repeat calls"]') });
  const value = card.getByLabel('Value per unit per year');
  const header = page.getByTestId('save-state');
  const valuePerUnit = async () => (await stored()).conversion.valuePerUnit;
  await expect(value).toHaveValue('118080');

  await value.fill('1,000,000,000,000');
  await value.blur();
  await expect(card.getByText('That is 1,000,000,000,000 — is that right?')).toBeVisible();
  await expect(header).toContainText('Not saved');
  expect(await valuePerUnit()).toBe(118_080);
  await shots(page, 'extreme', value);

  await card.getByRole('button', { name: 'No, cancel' }).click();
  await expect(value).toHaveValue('118080');
  await expect(card.getByText(/is that right/)).toHaveCount(0);
  await expect(header).not.toContainText('Not saved');
  expect(await valuePerUnit()).toBe(118_080);

  await value.fill('1000000000000');
  await value.blur();
  await card.getByRole('button', { name: 'Yes, save it' }).click();
  await expect.poll(valuePerUnit).toBe(1e12);
  await expect(value).toHaveValue('1000000000000');
  await expect(header).toHaveText('Saved');
});

test('a value the main side refuses shows its message at the field, and years out of range are refused', async ({ page, host }) => {
  const { stored } = await openDemoBenefits(page, host);
  const time = page.getByTestId('benefit-card').filter({ has: page.locator('input[value="Team leaders’ time released from the queue"]') });
  const header = page.getByTestId('save-state');
  const weeks = time.getByLabel('Weeks a year');

  // The field itself has no range; the library's own rule (0 to 53) refuses it and says so in place.
  await weeks.fill('60');
  await weeks.blur();
  await expect(time.getByText('Weeks a year: enter a number from 0 to 53.')).toBeVisible();
  await expect(header).toContainText('Not saved: Weeks a year: enter a number from 0 to 53.');
  await expect(weeks).toHaveValue('60');
  await expect(header).toContainText('Not saved');
  expect((await stored('Team leaders’ time released from the queue')).timeSaved?.weeks).toBe(46);
  await shots(page, 'main-side', weeks);

  // An empty box is not zero.
  await weeks.fill('');
  await weeks.blur();
  await expect(time.getByText('Fill this in with a number; an empty box is not zero.')).toBeVisible();
  expect((await stored('Team leaders’ time released from the queue')).timeSaved?.weeks).toBe(46);

  const years = time.getByLabel('Years of benefit');
  await years.fill('11');
  await years.blur();
  await expect(time.getByText('11 is too high. Enter a number from 0.1 to 10.')).toBeVisible();
  expect((await stored('Team leaders’ time released from the queue')).years).toBe(1);
});
