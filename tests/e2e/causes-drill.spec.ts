import type { Locator, Page } from '@playwright/test';
import { join } from 'node:path';
import { api, choose, expect, openApp, shot, shots, test, type Host } from './fixtures';

const sizes = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
] as const;

async function openDemoCauses(page: Page, host: Host) {
  await openApp(page, host);
  const demo = await api(page, 'demo.open', {});
  await page.goto(`${host.origin}/#/engagement/${demo.id}/causes`);
  await expect(page.locator('body[data-ready="engagement"]')).toBeAttached();
  return demo;
}

/** Whether the element's top-left corner is on screen and not under the header or a sticky verdict. */
const uncovered = (locator: Locator) =>
  locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + 8, r.top + 8);
    return !!hit && el.contains(hit);
  });

/** The row of the cause whose text starts with `text`. */
const causeRow = (page: Page, text: string) => page.getByTestId('cause-row').filter({ has: page.locator('textarea', { hasText: text }) });

test('from the engagement verdict to a piece of evidence within three clicks, at every size', async ({ page, host }) => {
  await openDemoCauses(page, host);
  const whole = page.getByTestId('verdict-panel').filter({ hasText: 'Whole engagement' });
  const list = page.getByTestId('share-causes');
  const row = causeRow(page, 'Team leaders have no protected time');
  for (const size of sizes) {
    await page.setViewportSize(size);
    await page.evaluate(() => window.scrollTo(0, 0));

    // 1: the share. It lists the causes behind it with weight and evidence state, heaviest first.
    await whole.getByTestId('share-process').click();
    await expect(list).toContainText(/^Process\/environment \d+%: the causes behind it/);
    const first = list.getByTestId('share-cause').first();
    await expect(first).toContainText('Agents may not issue credits above £25');
    await expect(first).toContainText('Confirmed');
    await expect(first).toContainText('Weight 5 points × priority 20');
    // The parts of the share add up to 100.
    const parts = await list
      .getByTestId('share-cause')
      .evaluateAll((rows) => rows.map((r) => Number(/(\d+)% of share/.exec(r.textContent ?? '')?.[1] ?? 0)));
    expect(parts.reduce((a, b) => a + b, 0)).toBe(100);
    await shot(page, `drill-share-${size.width}x${size.height}`);

    // 2: a cause of another behaviour than the one on screen. It opens, focused, with its evidence in view.
    await list.getByTestId('share-cause').filter({ hasText: 'Team leaders have no protected time' }).click();
    await expect(list).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Behaviours to diagnose' }).locator('[aria-current="true"]')).toContainText(
      'review two calls per agent',
    );
    await expect(row).toBeFocused();
    // 3: the evidence itself, with its source, strength and note, not under the header or the sticky verdict.
    const evidence = row.getByTestId('evidence-item').first();
    await expect(evidence).toBeInViewport();
    await expect(evidence).toContainText('Team leaders spent 62% of their week on the phones');
    expect(await uncovered(row)).toBe(true);
    await page.screenshot({ path: join(shots, `drill-cause-${size.width}x${size.height}.png`) });
  }
});

test('the drill-down works from the keyboard, and lists ruled-out causes apart', async ({ page, host }) => {
  await openDemoCauses(page, host);
  const behaviour = page.getByTestId('verdict-panel').filter({ hasText: 'Behaviour:' });
  await expect(behaviour).toContainText('resolve billing disputes');
  await behaviour.getByTestId('share-learning').focus();
  await page.keyboard.press('Enter');
  const list = page.getByTestId('share-causes');
  await expect(list.getByTestId('share-cause')).toHaveCount(2);
  await expect(list).toContainText('Ruled out · not counted');
  await expect(list.getByTestId('share-cause').last()).toContainText('Agents lack empathy training');
  await expect(list.getByTestId('share-cause').first()).toContainText('100% of share');
  await page.keyboard.press('Escape');
  await expect(list).toBeHidden();
  await expect(behaviour.getByTestId('share-learning')).toBeFocused();
});

test('the map’s side panel shows a cause’s evidence, and presenter view hides what is confidential', async ({ page, host }) => {
  const demo = await openDemoCauses(page, host);
  await page.goto(`${host.origin}/#/engagement/${demo.id}/map`);
  await expect(page.locator('body[data-map="ready"]')).toBeAttached();
  await page.locator('.react-flow__node', { hasText: 'Agents may not issue credits' }).click();
  const panel = page.getByTestId('map-cause-evidence');
  await expect(panel).toContainText('Evidence (2)');
  await expect(panel.getByTestId('evidence-item')).toHaveCount(2);
  await expect(panel).toContainText('Agent, Leeds site');
  for (const size of sizes) {
    await page.setViewportSize(size);
    await shot(page, `map-cause-evidence-${size.width}x${size.height}`);
  }
  await page.keyboard.press('Control+Shift+P');
  await expect(panel).not.toContainText('Agent, Leeds site');
  await expect(panel).toContainText('Confidential note hidden in presenter view');
  await page.keyboard.press('Control+Shift+P');

  // From the panel to the cause's evidence log on the Causes step.
  await panel.getByRole('button', { name: 'Add or edit evidence on the Causes step' }).click();
  await expect(causeRow(page, 'Agents may not issue credits').getByTestId('evidence-log')).toBeInViewport();
});

test('switching to % of the gap converts every weight after showing them, and one Undo puts them back', async ({ page, host }) => {
  await openDemoCauses(page, host);
  const scale = page.getByRole('radiogroup', { name: 'Weigh causes by' });
  await scale.getByText('% of the gap').click();
  const dialog = page.getByRole('dialog', { name: 'Weigh causes by % of the gap?' });
  await expect(dialog.getByTestId('conversion-row')).toHaveCount(10);
  const credit = dialog.getByTestId('conversion-row').filter({ hasText: 'Agents may not issue credits' });
  await expect(credit).toContainText('5 points');
  await expect(credit).toContainText('42%');
  await expect(dialog.getByTestId('conversion-row').filter({ hasText: 'Agents lack empathy training' })).toContainText(
    'Ruled out · not counted',
  );
  // Each behaviour's counted weights: 5 + 4 + 3 points become 100%.
  await expect(dialog.getByTestId('conversion-total').first()).toHaveText('Total counted in the verdict12 points100%');
  for (const size of sizes) {
    await page.setViewportSize(size);
    await shot(page, `weights-convert-${size.width}x${size.height}`);
  }
  // Cancel changes nothing.
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(scale.getByRole('radio', { name: 'Points 1–5' })).toBeChecked();

  await scale.getByText('% of the gap').click();
  await page.getByRole('button', { name: 'Convert weights' }).click();
  await expect(scale.getByRole('radio', { name: '% of the gap' })).toBeChecked();
  const row = causeRow(page, 'Agents may not issue credits');
  await expect(row.getByLabel('Share of gap %')).toHaveValue('42');
  await expect(page.getByTestId('weight-total')).toHaveText('Weights of this behaviour’s causes add up to 100%.');

  // Weights that do not add up to 100 are said to be scaled, and each cause shows what the verdict uses.
  await row.getByLabel('Share of gap %').fill('22');
  await row.getByLabel('Share of gap %').blur();
  await expect(page.getByTestId('weight-total')).toContainText('Weights add up to 80%: the verdict scales them to 100%.');
  await expect(row).toContainText('Verdict uses 28%');
  for (const size of sizes) {
    await page.setViewportSize(size);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, `weights-percent-${size.width}x${size.height}`);
  }

  // Undo the edit, then the conversion: every weight and the scale come back in one step.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(row.getByLabel('Share of gap %')).toHaveValue('42');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(scale.getByRole('radio', { name: 'Points 1–5' })).toBeChecked();
  await expect(row.getByRole('radio', { name: '5' })).toBeChecked();
  await expect(causeRow(page, 'The average-handle-time target').getByRole('radio', { name: '4' })).toBeChecked();
  await expect(page.getByTestId('weight-total')).toHaveCount(0);
});

test('strong or contradicting evidence proposes an evidence state, applied only when accepted', async ({ page, host }) => {
  await openDemoCauses(page, host);
  await page.getByRole('navigation', { name: 'Behaviours to diagnose' }).getByText('check the knowledge base').click();
  const row = causeRow(page, 'Agents do not know the search syntax');
  await expect(row).toHaveAttribute('data-state', 'hypothesis');
  await row.getByRole('button', { name: /Evidence/ }).click();

  await choose(page, row, 'Strength', 'Strong');
  await row.getByLabel('What it shows').fill('7 of 8 agents observed could not find the tariff article by keyword');
  await row.getByRole('button', { name: 'Add evidence' }).click();
  const proposal = row.getByTestId('evidence-proposal');
  await expect(proposal).toContainText('This strong evidence backs the cause up. Mark the cause Confirmed?');
  // It appears where the user is: beside the Add button, in view.
  await expect(proposal).toBeInViewport();
  expect(await uncovered(proposal)).toBe(true);
  // Proposed, not applied.
  await expect(row).toHaveAttribute('data-state', 'hypothesis');
  for (const size of sizes) {
    await page.setViewportSize(size);
    await proposal.evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await page.screenshot({ path: join(shots, `evidence-proposal-${size.width}x${size.height}.png`) });
  }
  await proposal.getByRole('button', { name: 'Accept' }).click();
  await expect(row).toHaveAttribute('data-state', 'confirmed');
  await expect(proposal).toHaveCount(0);

  // Contradicting evidence proposes ruling it out; "Not now" leaves the state alone.
  await row.getByRole('radiogroup', { name: 'This evidence' }).getByText('Contradicts it').click();
  await row.getByLabel('What it shows').fill('Agents who use the search syntax transfer just as often');
  await row.getByRole('button', { name: 'Add evidence' }).click();
  await expect(proposal).toContainText('Mark the cause Ruled out?');
  await proposal.getByRole('button', { name: 'Not now' }).click();
  await expect(proposal).toHaveCount(0);
  await expect(row).toHaveAttribute('data-state', 'confirmed');
  await expect(row.getByTestId('evidence-item')).toHaveCount(2);
});
