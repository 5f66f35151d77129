import { expect, openApp, shot, test } from './fixtures';

test('dark theme, remembered after a reload', async ({ page, host }) => {
  await openApp(page, host);
  await page.getByRole('button', { name: 'Open the demo' }).first().click();
  await expect(page.locator('body[data-ready="engagement"]')).toBeAttached();
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await expect(page.locator('body[data-ready="engagement"]')).toBeAttached();
  await shot(page, 'demo-outcome-dark');
});

test.describe('at 200% zoom', () => {
  // A 1280x800 screen at 200%: the layout gets 640 CSS pixels and every one of them is doubled.
  test.use({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });

  test('the engagement list, the stepper and the outcome form stay usable', async ({ page, host }) => {
    await openApp(page, host);
    await shot(page, 'zoom200-engagements-empty');
    await page.getByRole('button', { name: 'Open the demo' }).first().click();
    await expect(page.locator('body[data-ready="engagement"]')).toBeAttached();
    // Nothing scrolls sideways: every control is reachable.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.getByRole('button', { name: 'Undo' })).toBeInViewport();
    await shot(page, 'zoom200-demo-outcome');
  });
});
