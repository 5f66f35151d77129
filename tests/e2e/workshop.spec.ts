import { api, expect, openApp, shot, test } from './fixtures';

test('run a workshop by keyboard: capture, move, vote, accept the votes, see the verdict', async ({ page, host }) => {
  await openApp(page, host);
  const demo = await api(page, 'demo.open', {});
  await page.goto(`${host.origin}/#/engagement/${demo.id}/causes`);
  await page.getByRole('button', { name: 'Workshop' }).click();
  await expect(page.getByTestId('workshop')).toBeVisible();
  await expect(page.getByTestId('workshop-context')).toContainText(
    'First-contact resolution · Frontline agents: resolve billing disputes on the first call',
  );
  await expect(page.getByTestId('workshop-question')).toHaveText(/know exactly what good looks like/);

  // Capture: type, Enter — the capture box keeps the focus for the next one.
  const capture = page.getByLabel('Capture a cause');
  await expect(capture).toBeFocused();
  await page.keyboard.type('Nobody has told agents what a resolved dispute looks like');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Team leaders give conflicting advice on credits');
  await page.keyboard.press('Enter');
  const causes = page.getByTestId('workshop-causes').getByTestId('workshop-cause');
  await expect(causes).toHaveCount(2);

  // Tab to the second cause and press 2: it moves to Resources, one undoable step.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(causes.nth(1)).toBeFocused();
  await page.keyboard.press('2');
  await expect(causes).toHaveCount(1);
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('workshop-question')).toHaveText(/tools, information, materials/);
  await expect(page.getByTestId('workshop-causes')).toContainText('Team leaders give conflicting advice on credits');

  // Dot voting: 2 participants × 2 dots; votes become weights only when accepted.
  await page.getByLabel('Dot voting').check();
  await page.getByLabel('Participants').fill('2');
  await page.getByLabel('Dots each').fill('2');
  const credit = page.getByTestId('workshop-cause').filter({ hasText: 'Agents may not issue credits' });
  await credit.getByRole('button', { name: /^Vote for/ }).click();
  await credit.getByRole('button', { name: /^Vote for/ }).click();
  await credit.getByRole('button', { name: /^Vote for/ }).click();
  await expect(credit.getByTestId('votes')).toHaveText('3');
  await expect(page.getByTestId('dots-used')).toHaveText('3 of 4 dots used');
  await shot(page, 'workshop-1920x1080');
  await page.setViewportSize({ width: 1280, height: 720 });
  await shot(page, 'workshop-1280x720');
  await page.getByRole('button', { name: 'Accept votes as weights' }).click();
  await expect(credit).toContainText('weight 3');

  // Jump to the summary: the verdict for the whole engagement and each behaviour.
  for (let i = 0; i < 20; i++) await page.keyboard.press('PageDown');
  await expect(page.getByTestId('workshop-summary')).toBeVisible();
  await expect(page.getByTestId('summary-sentence')).toHaveText(/^Learning can address \d+% of the weighted causes/);
  await shot(page, 'workshop-summary');
  await page.getByRole('button', { name: 'End workshop' }).click();
  await expect(page.getByRole('heading', { name: 'Causes', exact: true })).toBeVisible();
});

test('presenter view hides every confidential field on screen and says it is on', async ({ page, host }) => {
  await openApp(page, host);
  const demo = await api(page, 'demo.open', {});
  await page.goto(`${host.origin}/#/engagement/${demo.id}/causes`);
  await expect(page.locator('body[data-ready="engagement"]')).toBeAttached();
  const credit = page.getByTestId('cause-row').filter({ has: page.locator('textarea', { hasText: 'Agents may not issue credits' }) });
  await credit.getByRole('button', { name: /Evidence/ }).click();
  await expect(page.locator('body')).toContainText('Agent, Leeds site');
  await expect(page.locator('body')).toContainText('I just am not allowed to do it');
  await expect(page.locator('input[value="Team leader interviews"]')).toHaveCount(1);

  await page.getByLabel('Presenter view').check();
  await expect(page.getByTestId('presenter-badge')).toHaveText('Presenter view: confidential hidden');
  const html = await page.content();
  expect(html).not.toContain('Agent, Leeds site');
  expect(html).not.toContain('I just am not allowed to do it');
  expect(html).not.toContain('Team leader interviews');
  await shot(page, 'presenter-view');
  await page.keyboard.press('Control+Shift+P');
  await expect(page.getByTestId('presenter-badge')).toHaveCount(0);
  await expect(page.locator('body')).toContainText('Agent, Leeds site');
});

test('? opens the keyboard shortcuts sheet', async ({ page, host }) => {
  await openApp(page, host);
  await page.keyboard.press('Shift+Slash');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toContainText('Presenter view on/off');
  await expect(sheet).toContainText('Workshop: move the focused cause to cell 1–6');
});
