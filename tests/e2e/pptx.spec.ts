import { readFileSync } from 'node:fs';
import { expect, openApp, shot, test } from './fixtures';

test('the Report step offers the PowerPoint briefing and downloading it gives a .pptx', async ({ page, host }) => {
  await openApp(page, host);
  await page.getByRole('button', { name: 'Open the demo' }).first().click();
  await page
    .getByRole('button', { name: /Report/ })
    .first()
    .click();
  const card = page.getByTestId('export-pptx');
  await expect(card.getByRole('heading', { name: 'PowerPoint briefing (.pptx)' })).toBeVisible();
  for (const [width, height] of [
    [1024, 768],
    [1280, 720],
    [1440, 900],
  ]) {
    await page.setViewportSize({ width, height });
    await shot(page, `report-step-pptx-${width}x${height}`);
  }
  // Client-safe is on for the confidential demo, and applies to the slides too.
  await expect(page.getByLabel('Client-safe')).toBeChecked();
  const [pptx] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: 'Download .pptx' }).click()]);
  expect(pptx.suggestedFilename()).toBe('first-contact-resolution-2026-leadership-briefing-client-safe.pptx');
  const bytes = readFileSync(await pptx.path());
  expect(bytes.subarray(0, 2).toString()).toBe('PK'); // a zip, as every .pptx is
  expect(bytes.toString('latin1')).toContain('ppt/slides/slide8.xml');
  await expect(card.getByRole('button', { name: 'Download .pptx' })).toBeEnabled();
});
