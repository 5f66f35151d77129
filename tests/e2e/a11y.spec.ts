import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

/** Serious and critical accessibility problems on the screen as it is now. */
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => `${n.target.join(' ')} ${n.html.slice(0, 120)} ${n.failureSummary?.split('\n')[1] ?? ''}`)
          .join(' | ')}`,
    );
}

test('the main screens have no serious accessibility violations (axe-core)', async ({ page, host }) => {
  test.setTimeout(120_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openApp(page, host);
  expect(await seriousViolations(page), 'empty engagement list').toEqual([]);
  await page.getByRole('button', { name: 'Open the demo' }).first().click();
  await expect(page.locator('body[data-ready="engagement"]')).toBeAttached();
  const id = page.url().split('/engagement/')[1].split('/')[0];
  for (const step of ['outcome', 'performance', 'causes', 'interventions', 'evaluation', 'report', 'map', 'workshop']) {
    await page.goto(`${host.origin}/#/engagement/${id}/${step}`);
    await expect(page.locator('body[data-ready="engagement"]')).toBeAttached();
    if (step === 'map') await expect(page.locator('body[data-map="ready"]')).toBeAttached();
    expect(await seriousViolations(page), step).toEqual([]);
  }
  await page.goto(`${host.origin}/#/`);
  await expect(page.locator('body[data-ready="engagements"]')).toBeAttached();
  expect(await seriousViolations(page), 'engagement list with the demo').toEqual([]);
});
