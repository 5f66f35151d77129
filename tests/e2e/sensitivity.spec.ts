import { join } from 'node:path';
import { expect, openApp, shot, shots, test } from './fixtures';

test('the demo’s ROI shows its sensitivity to each key assumption as a tornado, and the break-even', async ({ page, host }) => {
  await openApp(page, host);
  await page.getByRole('button', { name: 'Open the demo' }).first().click();
  await page
    .getByRole('button', { name: /Evaluation/ })
    .first()
    .click();
  await page.getByRole('radiogroup', { name: 'Evaluation view' }).getByText('Benefits, costs & ROI').click();

  const panel = page.getByTestId('roi-sensitivity');
  await expect(panel.getByRole('heading', { name: 'Sensitivity and break-even' })).toBeVisible();
  // One bar per key assumption, widest swing first, each with the ROI written at both ends.
  const bars = panel.getByTestId('tornado-bar');
  // The demo credits one benefit (the time released is not isolated, so it counts zero): two bars.
  await expect(bars).toHaveCount(2);
  await expect(bars.nth(0)).toContainText('Fully loaded costs');
  await expect(bars.nth(0)).toContainText('GBP 175,200 (+20%) to GBP 116,800 (−20%)');
  await expect(bars.nth(0).getByTestId('tornado-low')).toHaveText('68%');
  await expect(bars.nth(0).getByTestId('tornado-high')).toHaveText('153%');
  await expect(bars.nth(1)).toContainText('Benefit: Fewer repeat calls');
  await expect(bars.nth(1)).toContainText('GBP 252,000 (lowest credible) to GBP 354,240 (+20%)');
  await expect(bars.nth(1).getByTestId('tornado-low')).toHaveText('73%');
  await expect(bars.nth(1).getByTestId('tornado-high')).toHaveText('143%');
  await expect(panel.getByText('expected 102%')).toBeVisible();
  await expect(panel.getByText('0%', { exact: true })).toBeVisible();
  // The chart has a text alternative with every figure; the swings are stated under it.
  await expect(panel.getByRole('img', { name: /^Expected ROI 102%; each assumption moved alone: Fully loaded costs/ })).toBeVisible();
  await expect(panel).toContainText('fully loaded costs 20% higher and lower');
  await expect(panel.getByTestId('roi-break-even')).toHaveText(
    'ROI stays positive unless first-year benefits fall by more than 50.5% from the expected case (42.1% from the conservative case).',
  );

  for (const [w, h] of [
    [1024, 768],
    [1280, 720],
    [1440, 900],
  ]) {
    await page.setViewportSize({ width: w, height: h });
    // Centred, so the sticky engagement header does not cover the panel in its picture.
    await panel.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    // Every ROI figure sits inside its row, none cut at the chart's edge.
    for (const end of await panel.getByTestId('tornado-high').all()) {
      const box = (await end.boundingBox())!;
      const row = (await end.locator('..').boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(row.x + row.width + 1);
    }
    await shot(page, `sensitivity-${w}`);
    await panel.screenshot({ path: join(shots, `sensitivity-panel-${w}.png`) });
  }

  // In the dark theme too the bars, lines and figures stay readable.
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await panel.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await panel.screenshot({ path: join(shots, 'sensitivity-dark-1440.png') });
  await page.getByRole('button', { name: 'Switch to light theme' }).click();

  // Costs far above the benefits: every bar lies below 0%, and the break-even says how far benefits must rise.
  const costs = page.getByRole('region', { name: 'Costs' });
  await costs.getByLabel('Item').fill('Platform licence overrun');
  await costs.getByLabel('Amount').fill('1000000');
  await costs.getByRole('button', { name: 'Add cost' }).click();
  // 1,146,000 ÷ 295,200 − 1 = 288.2%
  await expect(panel.getByTestId('roi-break-even')).toHaveText(
    'ROI is already negative: first-year benefits would have to rise by 288.2% to break even.',
  );
  await expect(panel.getByText('expected -74%')).toBeVisible();
  await panel.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await panel.screenshot({ path: join(shots, 'sensitivity-negative-1440.png') });
  await page.setViewportSize({ width: 640, height: 400 });
  await panel.screenshot({ path: join(shots, 'sensitivity-negative-640.png') });
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(panel.getByText('expected 102%')).toBeVisible();

  // The chart follows the data: without the costs there is no ROI to move, and the break-even says what is missing.
  const deletes = page.getByRole('button', { name: /^Delete cost / });
  const n = await deletes.count();
  for (let left = n - 1; left >= 0; left--) {
    await deletes.first().click();
    await expect(deletes).toHaveCount(left); // each delete lands before the next click
  }
  await expect(panel.getByTestId('roi-break-even')).toHaveText(
    'Break-even cannot be worked out until the fully loaded costs are recorded.',
  );
  await expect(panel.getByTestId('tornado')).toHaveCount(0);
});
