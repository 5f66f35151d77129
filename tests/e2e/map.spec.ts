import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { api, expect, openApp, shot, test } from './fixtures';

async function openMap(page: Page, engagementId: string, origin: string) {
  await page.goto(`${origin}/#/engagement/${engagementId}/map`);
  await expect(page.locator('body[data-map="ready"]')).toBeAttached();
}

/** Every pair of node boxes, checked for overlap: the map must be readable. */
async function overlaps(page: Page) {
  const boxes = await page
    .locator('.react-flow__node')
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ x: r.x, y: r.y, w: r.width, h: r.height })));
  let count = 0;
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      if (a.x < b.x + b.w - 1 && b.x < a.x + a.w - 1 && a.y < b.y + b.h - 1 && b.y < a.y + a.h - 1) count++;
    }
  return { count, nodes: boxes.length };
}

test('the demo map is laid out left to right without overlaps, and reads a path back', async ({ page, host }) => {
  await openApp(page, host);
  const demo = await api(page, 'demo.open', {});
  // The demo's capability framework, where it has one, adds a column of its own.
  const capabilities = (await api(page, 'engagement.open', { id: demo.id })).capabilities.length;
  await openMap(page, demo.id, host.origin);
  const { count, nodes } = await overlaps(page);
  expect(nodes).toBe(1 + 3 + 10 + 6 + 6 + capabilities);
  expect(count).toBe(0);
  await shot(page, 'map-demo');
  await page.locator('[data-node-key^="intervention:"]', { hasText: 'Billing simulator' }).click();
  await expect(page.getByTestId('read-back')).toContainText('Billing simulator for new hires tackles “New agents get no practice');
  await expect(page.getByTestId('read-back')).toContainText('moving First-contact resolution from 62% to 75% by 31 December 2026');
  await shot(page, 'map-demo-selected');

  // Keyboard: from the outcome, right goes to a behaviour, then to one of its causes.
  await page.locator('[data-node-key^="outcome:"]').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('[data-node-key]:focus')).toHaveAttribute('data-node-key', /^behaviour:/);
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('[data-node-key]:focus')).toHaveAttribute('data-node-key', /^cause:/);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('node-panel').getByLabel('Cause', { exact: true })).toBeFocused();

  // Filters and search.
  await page.getByText('Learning gap', { exact: true }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(26 + capabilities - 4);
  await page.getByLabel('Search the map').fill('credit');
  // The credit-limit cause and intervention, and the "Credit and refund policy" capability.
  await expect(page.getByText(/^\d+ match/)).toHaveText('3 matches');
});

test('build a chain on the map, refuse an illegal edge, drag and reload, export PNG and SVG', async ({ page, host }) => {
  await openApp(page, host);
  const e = await api(page, 'engagement.create', {
    name: 'Safety 2027',
    client: 'Fabrikam',
    sponsor: '',
    consultant: '',
    startDate: null,
    endDate: null,
    confidential: false,
    status: 'diagnosing',
  });
  await openMap(page, e.id, host.origin);
  const panel = page.getByTestId('node-panel');

  await page.getByRole('button', { name: 'Outcome', exact: true }).click();
  await panel.getByLabel('KPI').fill('Lost-time injuries');
  await panel.getByLabel('KPI').blur();
  await panel.getByRole('button', { name: 'Behaviour' }).click();
  await expect(panel.getByLabel('Behaviour', { exact: true })).toHaveValue('New behaviour');
  await panel.getByLabel('Behaviour', { exact: true }).fill('lock out machines before clearing jams');
  await panel.getByLabel('Behaviour', { exact: true }).blur();
  await panel.getByRole('button', { name: 'Cause', exact: true }).click();
  await panel.getByLabel('Cause', { exact: true }).fill('Lock-out kits are kept in the stores, far from the line');
  await panel.getByLabel('Cause', { exact: true }).blur();
  await panel.getByRole('button', { name: 'Intervention', exact: true }).click();
  await page.getByTestId('catalogue-entry').filter({ hasText: 'Process redesign' }).click();
  await expect(panel.getByLabel('Intervention', { exact: true })).toHaveValue('Process redesign');
  await panel.getByRole('button', { name: 'Measure' }).click();
  await panel.getByLabel('Measure', { exact: true }).fill('Lock-out audits passed');
  await panel.getByLabel('Measure', { exact: true }).blur();
  await expect(page.locator('.react-flow__node')).toHaveCount(5);
  await expect(page.locator('.react-flow__edge')).toHaveCount(4);
  await expect(panel.getByTestId('read-back')).toContainText(
    'Process redesign tackles “Lock-out kits are kept in the stores, far from the line”, so that people lock out machines before clearing jams, moving Lost-time injuries; checked by Lock-out audits passed.',
  );

  // An illegal edge (cause -> measure) drawn with the mouse is refused with a message.
  await page.getByRole('button', { name: 'Fit View' }).click();
  const cause = page.locator('[data-node-key^="cause:"]');
  const measure = page.locator('[data-node-key^="measure:"]');
  await cause.locator('.react-flow__handle-right').dragTo(measure.locator('.react-flow__handle-left'), { steps: 12 });
  await expect(page.getByText('A cause cannot link to a measure. A cause links only to an intervention or a capability.')).toBeVisible();
  await expect(page.locator('.react-flow__edge')).toHaveCount(4);
  await shot(page, 'map-illegal-edge');

  // Drag the outcome down; its place survives a reload.
  const outcome = page.locator('[data-node-key^="outcome:"]');
  const before = await outcome.boundingBox();
  await outcome.hover();
  await page.mouse.down();
  await page.mouse.move(before!.x + 100, before!.y + 200, { steps: 10 });
  await page.mouse.up();
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  const saved = await api(page, 'engagement.open', { id: e.id });
  expect(saved.mapPositions).toHaveLength(1);
  await page.reload();
  await expect(page.locator('body[data-map="ready"]')).toBeAttached();
  const reloaded = await api(page, 'engagement.open', { id: e.id });
  expect(reloaded.mapPositions).toEqual(saved.mapPositions);
  const transform = await page.locator('.react-flow__node', { has: page.locator('[data-node-key^="outcome:"]') }).getAttribute('style');
  expect(transform).toContain(`translate(${saved.mapPositions[0].x}px, ${saved.mapPositions[0].y}px)`);

  // Exports: a real PNG and an SVG with the labels as text.
  const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PNG' }).click()]);
  const pngPath = await png.path();
  const bytes = readFileSync(pngPath);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  expect(bytes.length).toBeGreaterThan(10_000);
  expect(png.suggestedFilename()).toBe('safety-2027-map.png');
  const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'SVG' }).click()]);
  const text = readFileSync(await svg.path(), 'utf8');
  expect(text.startsWith('<svg')).toBe(true);
  expect(text).toContain('Lost-time injuries');
  expect(text).toContain('Lock-out kits are kept in the');
  expect(text).not.toContain('foreignObject');
  expect((text.match(/<path d="M[^"]+" fill="none"/g) ?? []).length).toBe(4);
});
