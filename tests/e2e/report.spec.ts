import { readFileSync } from 'node:fs';
import { expect, openApp, shot, test } from './fixtures';

test('preview and save the briefing, export and re-import the engagement', async ({ page, host }) => {
  await openApp(page, host);
  await page.getByRole('button', { name: 'Open the demo' }).first().click();
  await page
    .getByRole('button', { name: /Report/ })
    .first()
    .click();
  await expect(page.getByLabel('Client-safe')).toBeChecked(); // confidential engagements default to client-safe
  await shot(page, 'report-step');

  // The PDF renders in the worker (the UI shows progress) and opens in a preview first.
  await page.getByTestId('export-briefing').getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByRole('dialog', { name: /Leadership briefing/ });
  await expect(preview.getByTestId('preview-info')).toContainText('Rendered in');
  await expect(preview.locator('iframe')).toHaveAttribute('src', /^blob:/);
  await shot(page, 'report-preview');
  const [pdf] = await Promise.all([page.waitForEvent('download'), preview.getByRole('button', { name: 'Save PDF' }).click()]);
  expect(pdf.suggestedFilename()).toBe('first-contact-resolution-2026-leadership-briefing-client-safe.pdf');
  expect(
    readFileSync(await pdf.path())
      .subarray(0, 5)
      .toString(),
  ).toBe('%PDF-');
  await page.keyboard.press('Escape');

  // The full report renders too.
  await page.getByTestId('export-report').getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByRole('dialog', { name: /Evaluation report/ }).getByTestId('preview-info')).toContainText('Rendered in', {
    timeout: 30_000,
  });
  await page.keyboard.press('Escape');

  // CSV and the .causeway file.
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  expect(readFileSync(await csv.path(), 'utf8')).toContain('Behaviour,Cause,Cell,Bucket');
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export .causeway' }).click()]);
  const saved = await file.path();
  expect(JSON.parse(readFileSync(saved, 'utf8'))).toMatchObject({ format: 'causeway-engagement', clientSafe: true });

  // Import it back from the engagements: a second, independent engagement.
  await page.getByRole('button', { name: 'Engagements' }).click();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import…' }).click()]);
  await chooser.setFiles(saved);
  await expect(page.locator('body[data-ready="engagement"]')).toBeAttached();
  await expect(page.getByTestId('engagement-name')).toHaveText('First-contact resolution 2026 (imported)');

  // A broken file is refused with a message, and nothing changes.
  await page.getByRole('button', { name: 'Engagements' }).click();
  await expect(page.getByTestId('engagement-row')).toHaveCount(2);
  const [again] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import…' }).click()]);
  await again.setFiles({
    name: 'broken.causeway',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"causeway-engagement","version":1,"engagement":'),
  });
  await expect(page.getByText('“broken.causeway” was not imported')).toBeVisible();
  await expect(page.getByText(/incomplete or damaged/)).toBeVisible();
  await expect(page.getByTestId('engagement-row')).toHaveCount(2);
});
