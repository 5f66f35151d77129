import type { Locator, Page } from '@playwright/test';
import { api, expect, openApp, test } from './fixtures';

type Counted = { __renderCounts?: Record<string, number> };

/**
 * Edits one field and returns what rendered because of it: counting starts just before the edit
 * and stops once the answer (what changed) is applied and two frames have painted.
 */
async function rendersAfterEdit(page: Page, field: Locator, text: string) {
  await page.evaluate(() => ((window as Counted).__renderCounts = {}));
  await field.fill(text);
  await field.blur();
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null)))));
  return page.evaluate(() => (window as Counted).__renderCounts ?? {});
}

test('editing one cause re-renders that cause’s row and not the others', async ({ page, host }) => {
  await openApp(page, host);
  const demo = await api(page, 'demo.open', {});
  await page.goto(`${host.origin}/#/engagement/${demo.id}/causes`);
  await expect(page.locator('body[data-ready="engagement"]')).toBeAttached();
  const rows = page.getByTestId('cause-row');
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeGreaterThan(2);

  const counts = await rendersAfterEdit(page, rows.first().getByLabel('Raised by'), 'Render check');
  const rowRenders = Object.keys(counts).filter((k) => k.startsWith('cause-row:'));
  expect(rowRenders).toHaveLength(1);
});

test('editing one measure re-renders that measure’s card and chart, not the other measures', async ({ page, host }) => {
  await openApp(page, host);
  const demo = await api(page, 'demo.open', {});
  await page.goto(`${host.origin}/#/engagement/${demo.id}/evaluation`);
  await expect(page.locator('body[data-ready="engagement"]')).toBeAttached();
  const cards = page.getByTestId('measure-card');
  await expect(cards.first()).toBeVisible();
  expect(await cards.count()).toBeGreaterThan(2);
  // Each card loads its observations when shown (a re-render when they arrive); count only once
  // every card has them.
  await expect(page.locator('[data-testid="measure-card"][data-observations="loading"]')).toHaveCount(0);

  const counts = await rendersAfterEdit(page, cards.first().getByLabel('Measure', { exact: true }), 'Render check measure');
  const cardRenders = Object.keys(counts).filter((k) => k.startsWith('measure-card:'));
  expect(cardRenders).toHaveLength(1);
});
