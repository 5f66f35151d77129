import { expect, openApp, shot, test } from './fixtures';

test('plan interventions from the catalogue, see the training warning and the ranking', async ({ page, host }) => {
  await openApp(page, host);
  await page.getByRole('button', { name: 'Open the demo' }).first().click();
  await page
    .getByRole('button', { name: /Interventions/ })
    .first()
    .click();

  const cause = page
    .getByTestId('cause-interventions')
    .filter({ hasText: 'Agents are never told their own first-contact resolution rate' });
  await expect(cause).toContainText('Weekly personal FCR feedback');
  await cause.getByRole('button', { name: /Add intervention for/ }).click();
  const picker = page.getByRole('dialog', { name: /Intervention for/ });
  // Filtered to the cause's cell (information), best fits first.
  const first = picker.getByTestId('catalogue-entry').first();
  await expect(first).toContainText('Clear standards & expectations');
  await expect(first).toContainText('Best fit');
  await shot(page, 'interventions-catalogue');
  await picker.getByTestId('catalogue-entry').filter({ hasText: 'Manager check-ins' }).click();
  await expect(cause).toContainText('Manager check-ins');
  await shot(page, 'interventions-by-cause');

  await page
    .getByRole('radiogroup', { name: 'Interventions view' })
    .getByText(/All interventions/)
    .click();
  const simulator = page.getByTestId('intervention-card').filter({ has: page.locator('input[value="Billing simulator for new hires"]') });
  await expect(simulator.getByTestId('training-warning')).toHaveText([
    'Training won’t fix this alone: 75% of the weighted causes of “resolve billing disputes on the first call” are process/environment or individual fit, which no course fixes; learning is 25%.',
  ]);
  // Linking training to a process cause: the link earns nothing, and the card says so.
  await simulator.getByLabel(/Link Billing simulator/).click();
  await page.getByRole('option', { name: /Knowledge-base articles on tariffs/ }).click();
  await expect(simulator.locator('[data-fits="no"]')).toContainText('Knowledge-base articles on tariffs');
  await expect(simulator.getByTestId('training-warning').filter({ hasText: 'does not address this cause’s cell' })).toHaveCount(1);
  await shot(page, 'interventions-all');

  await page.getByRole('radiogroup', { name: 'Interventions view' }).getByText('Impact × effort').click();
  const rows = page.getByTestId('ranking').locator('tbody tr');
  await expect(rows).toHaveCount(7);
  await expect(rows.first()).toContainText('Raise the credit limit');
  await shot(page, 'interventions-ranking');
});
