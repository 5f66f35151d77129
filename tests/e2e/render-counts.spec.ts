import { api, expect, openApp, test } from './fixtures';

type Counted = { __renderCounts?: Record<string, number> };

test('editing one cause re-renders that cause’s row and not the others', async ({ page, host }) => {
  await openApp(page, host);
  const demo = await api(page, 'demo.open', {});
  await page.goto(`${host.origin}/#/engagement/${demo.id}/causes`);
  await expect(page.locator('body[data-ready="engagement"]')).toBeAttached();
  const rows = page.getByTestId('cause-row');
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeGreaterThan(2);

  // Count renders from here on (the app counts only when asked).
  await page.evaluate(() => ((window as Counted).__renderCounts = {}));
  const field = rows.first().getByLabel('Raised by');
  await field.fill('Render check');
  await field.blur();
  // The saved answer (what changed) has come back and been applied…
  await expect.poll(() => page.evaluate(() => Object.keys((window as Counted).__renderCounts ?? {}).length)).toBeGreaterThan(0);
  await page.waitForTimeout(300);
  // …and only the edited cause's row rendered again.
  const counts = await page.evaluate(() => (window as Counted).__renderCounts ?? {});
  expect(Object.keys(counts)).toHaveLength(1);
});
