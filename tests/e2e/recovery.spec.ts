import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { expect, openApp, shot, startHost, stopHost, test } from './fixtures';

test('a damaged library opens in recovery, and restoring a backup brings the work back', async ({ page, host }) => {
  await openApp(page, host);
  await page.getByRole('button', { name: 'Open the demo' }).first().click();
  await expect(page.locator('body[data-ready="engagement"]')).toBeAttached();
  await page.getByRole('button', { name: 'Engagements' }).click();
  await page.getByRole('button', { name: 'Backups and library folder' }).click();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByTestId('backups')).toContainText('Made by hand');
  await stopHost(host);

  // Damage the file while Causeway is closed: flip the bytes of its header.
  const fd = openSync(join(host.dataDir, 'causeway.db'), 'r+');
  writeSync(fd, Buffer.alloc(64, 0xff), 0, 64, 0);
  closeSync(fd);

  const again = await startHost(host.dataDir);
  try {
    await page.goto(again.url);
    await expect(page.locator('body[data-ready="recovery"]')).toBeAttached();
    await expect(page.getByTestId('recovery-message')).toContainText('cannot be');
    await shot(page, 'recovery');
    await page
      .getByTestId('backups')
      .getByRole('row', { name: /Made by hand/ })
      .getByRole('button', { name: 'Restore' })
      .click();
    await page.getByRole('dialog', { name: 'Restore this backup?' }).getByRole('button', { name: 'Restore' }).click();
    await expect(page.locator('body[data-ready="engagements"]')).toBeAttached();
    await expect(page.getByTestId('engagement-row')).toContainText('Northwind Energy');
  } finally {
    await stopHost(again);
  }
});

test('a missing library file opens recovery with the newest good backup offered first, never an empty library', async ({ page, host }) => {
  await openApp(page, host);
  await page.getByRole('button', { name: 'Open the demo' }).first().click();
  await expect(page.locator('body[data-ready="engagement"]')).toBeAttached();
  await page.getByRole('button', { name: 'Engagements' }).click();
  await page.getByRole('button', { name: 'Backups and library folder' }).click();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByTestId('backups')).toContainText('Made by hand');
  await stopHost(host);

  for (const suffix of ['', '-wal', '-shm']) rmSync(join(host.dataDir, `causeway.db${suffix}`), { force: true });

  const again = await startHost(host.dataDir);
  try {
    await page.goto(again.url);
    await expect(page.locator('body[data-ready="recovery"]')).toBeAttached();
    await expect(page.getByTestId('recovery-message')).toContainText('is missing, but 1 backup of it is here');
    await shot(page, 'recovery-missing');
    await page.getByRole('button', { name: 'Restore the newest good backup' }).click();
    await page.getByRole('dialog', { name: 'Restore this backup?' }).getByRole('button', { name: 'Restore' }).click();
    await expect(page.locator('body[data-ready="engagements"]')).toBeAttached();
    await expect(page.getByTestId('engagement-row')).toContainText('Northwind Energy');
  } finally {
    await stopHost(again);
  }
});
