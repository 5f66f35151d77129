import { expect, openApp, test } from './fixtures';

/** What is typed just before a reload or a close is saved, or the user is asked before it is lost. */
test('text typed just before a reload is saved, not lost', async ({ page, host }) => {
  await openApp(page, host);
  await page.getByRole('button', { name: 'New engagement' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New engagement' });
  await dialog.getByRole('textbox', { name: /^Name/ }).fill('Quick reload');
  await dialog.getByLabel('Start date', { exact: true }).fill('2026-01-01');
  await dialog.getByLabel('End date', { exact: true }).fill('2026-12-31');
  await dialog.getByRole('button', { name: 'Create engagement' }).click();
  await expect(page.locator('body[data-ready="engagement"]')).toBeAttached();
  await page.getByRole('button', { name: 'Define the first outcome' }).click();
  const card = page.getByTestId('outcome-card');
  await expect(card.getByLabel('KPI name')).toBeVisible();

  // Typed and reloaded well inside the autosave pause: only the unload flush can save it.
  await card.getByLabel('KPI name').pressSequentially('Win rate');
  await page.reload();
  await expect(page.locator('body[data-ready="engagement"]')).toBeAttached();
  await expect(page.getByTestId('outcome-card').getByLabel('KPI name')).toHaveValue('Win rate');
});

test('leaving with text the app refused asks first', async ({ page, host }) => {
  await openApp(page, host);
  await page.getByRole('button', { name: 'New engagement' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New engagement' });
  await dialog.getByRole('textbox', { name: /^Name/ }).fill('Refused text');
  await dialog.getByLabel('Start date', { exact: true }).fill('2026-01-01');
  await dialog.getByLabel('End date', { exact: true }).fill('2026-12-31');
  await dialog.getByRole('button', { name: 'Create engagement' }).click();
  await page.getByRole('button', { name: 'Define the first outcome' }).click();
  const card = page.getByTestId('outcome-card');
  await card.getByLabel('Baseline value').fill('eighteen');
  await expect(card.getByText('Enter a number, like 62 or 4.5.')).toBeVisible();
  const asked = page.waitForEvent('dialog');
  const closing = page.close({ runBeforeUnload: true });
  const question = await asked;
  expect(question.type()).toBe('beforeunload');
  await question.accept();
  await closing;
});
