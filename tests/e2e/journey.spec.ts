import { expect, openApp, shot, test } from './fixtures';

test('create an engagement, define an outcome, reload, undo it', async ({ page, host }) => {
  await openApp(page, host);
  await expect(page.getByText('No engagements yet')).toBeVisible();
  await shot(page, 'engagements-empty');

  await page.getByRole('button', { name: 'New engagement' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New engagement' });
  await dialog.getByRole('button', { name: 'Create engagement' }).click();
  await expect(dialog.getByText('Give the engagement a name.')).toBeVisible();
  await dialog.getByRole('textbox', { name: /^Name/ }).fill('Sales win rate 2027');
  await dialog.getByLabel('Client', { exact: true }).fill('Contoso');
  await dialog.getByLabel('Start date', { exact: true }).fill('2026-12-01');
  await dialog.getByLabel('End date', { exact: true }).fill('2026-06-30');
  await dialog.getByRole('button', { name: 'Create engagement' }).click();
  await expect(dialog.getByText('Choose a date on or after the start date.', { exact: true })).toBeVisible();
  await dialog.getByLabel('End date', { exact: true }).fill('2027-06-30');
  await dialog.getByRole('button', { name: 'Create engagement' }).click();

  await expect(page.locator('body[data-ready="engagement"]')).toBeAttached();
  await expect(page.getByTestId('engagement-name')).toHaveText('Sales win rate 2027');
  await expect(page.getByRole('navigation', { name: 'Engagement steps' }).getByRole('button')).toHaveCount(7);
  await shot(page, 'stepper-outcome-empty');

  await page.getByRole('button', { name: 'Define the first outcome' }).click();
  const card = page.getByTestId('outcome-card');
  await card.getByLabel('KPI name').fill('Win rate');
  await card.getByLabel('Unit').fill('%');
  await card.getByLabel('Baseline value').fill('18');
  await card.getByLabel('Target value').fill('25');
  await card.getByLabel('Target date').fill('2027-06-30');
  // The goal sentence follows the typing before anything is saved.
  await expect(page.getByTestId('goal-sentence')).toHaveAttribute(
    'data-text',
    'Win rate will increase from 18% to 25% by 30 June 2027 as [who] [do what, differently].',
  );
  await card.getByLabel('Owner').fill('Head of Sales');
  await card.getByLabel('Owner').blur();
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  await shot(page, 'outcome-form');

  // A bad number is refused in place and not saved.
  await card.getByLabel('Baseline value').fill('eighteen');
  await expect(card.getByText('Enter a number, like 62 or 4.5.')).toBeVisible();

  await page.reload();
  await expect(page.locator('body[data-ready="engagement"]')).toBeAttached();
  const reloaded = page.getByTestId('outcome-card');
  await expect(reloaded.getByLabel('KPI name')).toHaveValue('Win rate');
  await expect(reloaded.getByLabel('Baseline value')).toHaveValue('18');
  await expect(reloaded.getByLabel('Owner')).toHaveValue('Head of Sales');

  // Undo with the keyboard (outside a field) takes back the last saved edit, then the rest.
  await page.getByTestId('engagement-name').click();
  await page.keyboard.press('Control+z');
  await expect(reloaded.getByLabel('Owner')).toHaveValue('');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(reloaded.getByLabel('Owner')).toHaveValue('Head of Sales');
  for (let i = 0; i < 7; i++) await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('No outcome yet')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();

  await page.getByRole('button', { name: 'Engagements' }).click();
  await expect(page.getByTestId('engagement-row')).toHaveCount(1);
  await expect(page.getByTestId('engagement-row')).toContainText('Contoso');
});

test('open the demo and look through the steps', async ({ page, host }) => {
  await openApp(page, host);
  await page.getByRole('button', { name: 'Open the demo' }).first().click();
  await expect(page.locator('body[data-ready="engagement"]')).toBeAttached();
  await expect(page.getByTestId('engagement-name')).toHaveText('First-contact resolution 2026');
  await expect(page.getByTestId('goal-sentence')).toHaveAttribute(
    'data-text',
    'First-contact resolution will increase from 62% to 75% by 31 December 2026 as frontline agents resolve billing disputes on the first call.',
  );
  await shot(page, 'demo-outcome');
  await page.getByRole('button', { name: /Report/ }).click();
  await expect(page.getByTestId('export-report')).toContainText('Evaluation report (PDF)');
  await page.getByRole('button', { name: 'Engagements' }).click();
  await expect(page.getByTestId('engagement-row')).toContainText('Northwind Energy');
  await shot(page, 'engagements');
});
