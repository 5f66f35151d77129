import type { Page } from '@playwright/test';
import { expect, openApp, shot, test } from './fixtures';

/** Opens a row's action menu and picks an item from that menu only. */
async function rowAction(page: Page, engagement: string, item: string) {
  await page.getByRole('button', { name: `Actions for ${engagement}`, exact: true }).click();
  await page
    .getByRole('menu', { name: `Actions for ${engagement}`, exact: true })
    .getByRole('menuitem', { name: item })
    .click();
}

test('rename, duplicate, archive, restore and delete engagements', async ({ page, host }) => {
  await openApp(page, host);
  await page.getByRole('button', { name: 'Open the demo' }).first().click();
  await expect(page.locator('body[data-ready="engagement"]')).toBeAttached();
  await page.getByRole('button', { name: 'Engagements' }).click();
  const rows = page.getByTestId('engagement-row');
  await expect(rows).toHaveCount(1);

  // Rename: an empty name is refused in place.
  await rowAction(page, 'First-contact resolution 2026', 'Rename…');
  const rename = page.getByRole('dialog', { name: 'Rename engagement' });
  await rename.getByLabel('Name').fill('   ');
  await rename.getByRole('button', { name: 'Rename' }).click();
  await expect(rename.getByText('Give the engagement a name.')).toBeVisible();
  await rename.getByLabel('Name').fill('FCR programme');
  await rename.getByRole('button', { name: 'Rename' }).click();
  await expect(rows.first()).toContainText('FCR programme');

  await rowAction(page, 'FCR programme', 'Duplicate');
  await expect(rows).toHaveCount(2);
  await expect(page.getByRole('button', { name: 'FCR programme (copy)', exact: true })).toBeVisible();

  await rowAction(page, 'FCR programme (copy)', 'Archive');
  await expect(rows).toHaveCount(1);
  await page.getByLabel('Show archived').check();
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'FCR programme (copy)' })).toContainText('Archived');
  await shot(page, 'engagements-archived');
  await rowAction(page, 'FCR programme (copy)', 'Restore from archive');
  await expect(rows.filter({ hasText: 'FCR programme (copy)' })).not.toContainText('Archived');

  // Delete asks first; keeping it changes nothing.
  await rowAction(page, 'FCR programme (copy)', 'Delete…');
  const confirm = page.getByRole('dialog', { name: /Delete “FCR programme \(copy\)”/ });
  await expect(confirm).toContainText('cannot be undone');
  await confirm.getByRole('button', { name: 'Keep it' }).click();
  await expect(rows).toHaveCount(2);
  await rowAction(page, 'FCR programme (copy)', 'Delete…');
  await page.getByRole('button', { name: 'Delete for good' }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('FCR programme');

  // The copy was independent: the original still opens with its outcome.
  await page.getByRole('button', { name: 'FCR programme', exact: true }).click();
  await expect(page.getByTestId('goal-sentence')).toContainText('First-contact resolution will increase');
});

test('edit the engagement’s details from inside it', async ({ page, host }) => {
  await openApp(page, host);
  await page.getByRole('button', { name: 'Open the demo' }).first().click();
  await page.getByRole('button', { name: 'Details' }).click();
  const dialog = page.getByRole('dialog', { name: 'Engagement details' });
  await dialog.getByLabel('Sponsor').fill('Chief Operating Officer');
  await dialog.getByLabel('Confidential client data').click();
  await expect(dialog.getByLabel('Confidential client data')).not.toBeChecked();
  await dialog.getByLabel('End date').fill('2026-01-01');
  await dialog.getByLabel('Client', { exact: true }).click();
  await expect(dialog.getByText('End date: choose a date on or after the start date.')).toBeVisible();
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'error');
  await dialog.getByLabel('End date').fill('2027-03-31');
  await dialog.getByLabel('Client', { exact: true }).click();
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  await page.keyboard.press('Escape');
  await expect(page.getByText('Confidential', { exact: true })).toHaveCount(0);
  await page.reload();
  await page.getByRole('button', { name: 'Details' }).click();
  await expect(page.getByRole('dialog', { name: 'Engagement details' }).getByLabel('Sponsor')).toHaveValue('Chief Operating Officer');
  await expect(page.getByRole('dialog', { name: 'Engagement details' }).getByLabel('End date')).toHaveValue('2027-03-31');
});
