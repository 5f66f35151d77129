import type { Page } from '@playwright/test';
import { expect, openApp, shot, test } from './fixtures';

const sizes = [
  [1024, 768],
  [1280, 720],
  [1440, 900],
] as const;
const shots = async (page: Page, name: string) => {
  for (const [width, height] of sizes) {
    await page.setViewportSize({ width, height });
    await shot(page, `${name}-${width}`);
  }
};

test('a cost line added on an intervention card is its cost, appears in the reconciliation and in the ROI cost base', async ({
  page,
  host,
}) => {
  await openApp(page, host);
  await page.getByRole('button', { name: 'Open the demo' }).first().click();
  await page
    .getByRole('button', { name: /Interventions/ })
    .first()
    .click();
  await page
    .getByRole('radiogroup', { name: 'Interventions view' })
    .getByText(/All interventions/)
    .click();

  // The card shows its own cost lines and their total, in the engagement's currency.
  const card = page.getByTestId('intervention-card').filter({ has: page.locator('input[value="Weekly personal FCR feedback"]') });
  const costs = card.getByTestId('intervention-costs');
  await expect(costs).toContainText('Personal FCR report build (MI team)');
  await expect(card.getByTestId('intervention-cost-total')).toHaveText('GBP 6,000');

  // Add a line in place: category, item, amount.
  const form = card.getByRole('group', { name: 'Add a cost line to Weekly personal FCR feedback' });
  await form.getByRole('combobox', { name: 'Category' }).click();
  await page.getByRole('option', { name: 'Materials' }).click();
  await form.getByLabel('Item').fill('Printed FCR cards');
  await form.getByLabel('Amount').fill('1500');
  await form.getByRole('button', { name: 'Add cost' }).click();
  await expect(card.getByTestId('intervention-cost-total')).toHaveText('GBP 7,500');
  await expect(costs).toContainText('Printed FCR cards');
  await card.scrollIntoViewIfNeeded();
  await shots(page, 'costs-intervention-card');

  // The costs screen reconciles: the line under its category with its intervention named, the totals, the ROI's cost base.
  await page
    .getByRole('button', { name: /Evaluation/ })
    .first()
    .click();
  await page.getByRole('radiogroup', { name: 'Evaluation view' }).getByText('Benefits, costs & ROI').click();
  await expect(page.getByTestId('roi-costs')).toContainText('GBP 147,500');
  await expect(page.getByTestId('costs-total')).toHaveText('GBP 147,500');
  const line = page.getByTestId('cost-line').filter({ hasText: 'Printed FCR cards' });
  await expect(line).toContainText('Weekly personal FCR feedback');
  await expect(line).toContainText('GBP 1,500');
  await expect(page.getByTestId('cost-line').filter({ hasText: 'Interviews, call listening' })).toContainText('programme-wide');
  await expect(page.getByTestId('costs-reconciled')).toContainText(
    'GBP 147,500 in all, the ROI’s cost base: GBP 119,500 on 6 interventions and GBP 28,000 programme-wide',
  );
  const byIntervention = page.getByTestId('costs-by-intervention');
  await expect(byIntervention.getByRole('row', { name: /Weekly personal FCR feedback/ })).toContainText('GBP 7,500');
  await expect(page.getByTestId('costs-missing')).toHaveCount(0);
  await page.getByRole('region', { name: 'Costs' }).scrollIntoViewIfNeeded();
  await shots(page, 'costs-reconciliation');

  // An intervention with no cost line is flagged, not silently left out.
  await page.getByRole('button', { name: 'Delete cost Printed FCR cards' }).click();
  await page.getByRole('button', { name: 'Delete cost Personal FCR report build (MI team)' }).click();
  await expect(page.getByTestId('costs-missing')).toContainText('No cost recorded for “Weekly personal FCR feedback”');
  await expect(byIntervention.getByRole('row', { name: /Weekly personal FCR feedback/ })).toContainText('no cost recorded');
  await expect(page.getByTestId('roi-costs')).toContainText('GBP 140,000');
  await page.getByTestId('costs-missing').scrollIntoViewIfNeeded();
  await shots(page, 'costs-missing');

  // Adding a line from the costs screen for that intervention clears the flag.
  const section = page.getByRole('region', { name: 'Costs' });
  await section.getByRole('combobox', { name: 'Add a cost line for' }).click();
  await page.getByRole('option', { name: 'Weekly personal FCR feedback' }).click();
  const add = section.getByRole('group', { name: 'Add a cost line' });
  await add.getByLabel('Item').fill('FCR report build');
  await add.getByLabel('Amount').fill('5000');
  await add.getByRole('button', { name: 'Add cost' }).click();
  await expect(page.getByTestId('costs-missing')).toHaveCount(0);
  await expect(page.getByTestId('cost-line').filter({ hasText: 'FCR report build' })).toContainText('Weekly personal FCR feedback');
  await expect(page.getByTestId('roi-costs')).toContainText('GBP 145,000');
});
