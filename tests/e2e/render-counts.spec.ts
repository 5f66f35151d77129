import type { Locator, Page } from '@playwright/test';
import { api, expect, openApp, test, type Host } from './fixtures';

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

/**
 * The demo's Evaluation step with every measure card shown and holding its observations: each card
 * loads them when shown (a re-render when they arrive), so counting starts only after.
 */
async function measureCards(page: Page, host: Host) {
  await openApp(page, host);
  const demo = await api(page, 'demo.open', {});
  await page.goto(`${host.origin}/#/engagement/${demo.id}/evaluation`);
  await expect(page.locator('body[data-ready="engagement"]')).toBeAttached();
  const cards = page.getByTestId('measure-card');
  await expect(cards.first()).toBeVisible();
  expect(await cards.count()).toBeGreaterThan(2);
  await expect(page.locator('[data-testid="measure-card"][data-observations="loading"]')).toHaveCount(0);
  return cards;
}
const cardsIn = (counts: Record<string, number>) => Object.keys(counts).filter((k) => k.startsWith('measure-card:'));

test('editing one measure re-renders that measure’s card and chart, not the other measures', async ({ page, host }) => {
  const cards = await measureCards(page, host);
  const counts = await rendersAfterEdit(page, cards.first().getByLabel('Measure', { exact: true }), 'Render check measure');
  expect(cardsIn(counts)).toHaveLength(1);
});

test('adding an observation to one measure redraws that measure’s card only', async ({ page, host }) => {
  const card = (await measureCards(page, host)).first();
  const toggle = card.getByRole('button', { name: /^Observations/ });
  const held = Number(/\((\d+)\)/.exec((await toggle.textContent()) ?? '')?.[1]);
  await toggle.click();
  await card.getByLabel('Date').fill('2026-06-30');

  // Every other card holds observations too: their charts must not redraw for this one's new point.
  await page.evaluate(() => ((window as Counted).__renderCounts = {}));
  await card.getByLabel('Value').fill('71');
  await card.getByLabel('Value').press('Enter');
  await expect(toggle).toHaveText(`Observations (${held + 1})`);
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null)))));
  expect(cardsIn(await page.evaluate(() => (window as Counted).__renderCounts ?? {}))).toHaveLength(1);
});
