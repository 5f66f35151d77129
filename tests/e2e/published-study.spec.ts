import type { Locator, Page } from '@playwright/test';
import { choose, expect, openApp, shot, test } from './fixtures';

const ISOLATION = 'Isolation: how the programme’s effect is separated';

/** Types into a field of a benefit card, leaves it, and waits for the benefit's arithmetic to show the result. */
async function type(card: Locator, label: string, value: string, shows: string) {
  await card.getByLabel(label, { exact: true }).fill(value);
  await card.getByLabel(label, { exact: true }).blur();
  await expect(card.getByTestId('benefit-trace')).toContainText(shows);
}

/** One benefit as the study publishes it: an annual improvement in money, a share attributed and a confidence. */
async function addFactorBenefit(page: Page, index: number, name: string, improvement: number, share: number, confidence: number) {
  await page.getByRole('button', { name: 'Add a benefit' }).click();
  const card = page.getByTestId('benefit-card').nth(index);
  await card.getByLabel('Benefit', { exact: true }).fill(name);
  await card.getByLabel('Benefit', { exact: true }).blur();
  await expect(page.getByRole('article', { name: `Benefit: ${name}` })).toBeVisible();
  await choose(page, card, ISOLATION, 'Factor as published (share × confidence)');
  await expect(card.getByTestId('benefit-trace')).toContainText('Factor as published: no improvement entered yet.');
  await card.getByLabel('The improvement is already money a year').click();
  await expect(card.getByLabel('The improvement is already money a year')).toBeChecked();
  await expect(card.getByText('Money a year, as the study reports it')).toBeVisible();
  // Converting money to money needs no unit value: the conversion fields are not asked for.
  await expect(card.getByLabel('Value per unit per year')).toHaveCount(0);
  await type(
    card,
    'Improvement before isolation',
    String(improvement),
    `improvement ${improvement.toLocaleString('en-GB')} × 0% attributed`,
  );
  await type(card, 'Share attributed to the programme', String(share), `× ${share}% attributed`);
  await type(card, 'Confidence in that share', String(confidence), `× ${confidence}% confidence`);
  await type(card, 'Source', 'Published study, table 4', '(Published study, table 4)');
  return card;
}

test('a published study enters as published: four benefits each with its factor, one total cost, a 50% conservative adjustment', async ({
  page,
  host,
}) => {
  await openApp(page, host);
  await page.getByRole('button', { name: 'New engagement' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New engagement' });
  await dialog.getByRole('textbox', { name: /^Name/ }).fill('Sales coaching study');
  await dialog.getByRole('button', { name: 'Create engagement' }).click();
  await expect(page.locator('body[data-ready="engagement"]')).toBeAttached();
  await page
    .getByRole('button', { name: /Evaluation/ })
    .first()
    .click();
  await page.getByRole('radiogroup', { name: 'Evaluation view' }).getByText('Benefits, costs & ROI').click();

  const cards = [
    await addFactorBenefit(page, 0, 'Sales', 200_000, 40, 75),
    await addFactorBenefit(page, 1, 'Staff turnover', 150_000, 50, 80),
    await addFactorBenefit(page, 2, 'Quality', 90_000, 30, 90),
    await addFactorBenefit(page, 3, 'Absenteeism', 40_000, 25, 70),
  ];
  await expect(cards[0].getByTestId('benefit-expected')).toHaveText('GBP 60,000');
  await expect(page.getByTestId('roi-benefits')).toContainText('GBP 151,300');

  // One total cost, as the study reports it.
  await choose(page, page, 'Category', 'Delivery (facilitators, venue, platform)');
  await page.getByLabel('Item', { exact: true }).fill('Total programme cost as published');
  await page.getByLabel('Amount', { exact: true }).fill('50000');
  await page.getByRole('button', { name: 'Add cost' }).click();
  await expect(page.getByTestId('roi-costs')).toContainText('GBP 50,000');
  await expect(page.getByTestId('roi-percent')).toContainText('203%');

  // Halve every benefit at once: each benefit's arithmetic says so, and the headline follows.
  const adjustment = page.getByLabel('Share of every benefit counted');
  await adjustment.fill('50');
  await adjustment.blur();
  await expect(page.getByTestId('roi-benefits')).toContainText('GBP 75,650');
  await expect(page.getByTestId('roi-net')).toContainText('GBP 25,650');
  await expect(page.getByTestId('roi-percent')).toContainText('51%');
  await expect(page.getByTestId('roi-bcr')).toContainText('1.51');
  for (const card of cards)
    await expect(card.getByTestId('benefit-trace')).toContainText('× 50% conservative adjustment applied to every benefit');
  await expect(cards[0].getByTestId('benefit-expected')).toHaveText('GBP 30,000');

  // A before/after claim with no isolation: its figures are kept and shown, credited zero, labelled and warned.
  await page.getByRole('button', { name: 'Add a benefit' }).click();
  const claim = page.getByTestId('benefit-card').nth(4);
  await choose(page, claim, ISOLATION, 'Before/after claim, not isolated');
  await type(claim, 'Before', '62', 'before 62, after 0');
  await type(claim, 'After', '72', 'before 62, after 72, change 10 — credited zero');
  await expect(claim.getByTestId('benefit-label')).toHaveText('not isolated');
  await expect(claim.getByTestId('benefit-expected')).toHaveText('GBP 0');
  await expect(
    page.getByTestId('roi-warning').filter({ hasText: 'is a before/after claim with no isolation: it is credited zero' }),
  ).toHaveCount(1);
  await expect(page.getByTestId('roi-percent')).toContainText('51%');

  for (const [w, h] of [
    [1024, 768],
    [1280, 720],
    [1440, 900],
  ])
    await page.setViewportSize({ width: w, height: h }).then(() => shot(page, `published-study-${w}`));
  await claim.scrollIntoViewIfNeeded();
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.screenshot({ path: 'test-results/screenshots/published-study-claim-viewport.png' });
});
