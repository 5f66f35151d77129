import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openApp, shot, test } from './fixtures';

const sizes = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
];

/** Screenshots of what is open now at the three sizes, ending at the default 1440×900. */
async function shotsAtSizes(page: Page, name: string) {
  for (const size of sizes) {
    await page.setViewportSize(size);
    await shot(page, `${name}-${size.width}x${size.height}`);
  }
}

/** Serious or critical accessibility problems in the open dialog. */
async function dialogViolations(page: Page) {
  // Away from any button: a hovered button's lighter shade is the theme's, checked on its own.
  await page.mouse.move(0, 0);
  const results = await new AxeBuilder({ page })
    .include('[role="dialog"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => n.html.slice(0, 160) + ' ' + (n.failureSummary ?? '')).join(' | ')}`);
}

test('the catalogue searches every cell, the cause’s own cell first, each entry labelled with its cells', async ({ page, host }) => {
  await openApp(page, host);
  await page.getByRole('button', { name: 'Open the demo' }).first().click();
  await page
    .getByRole('button', { name: /Interventions/ })
    .first()
    .click();
  const cause = page
    .getByTestId('cause-interventions')
    .filter({ hasText: 'Agents are never told their own first-contact resolution rate' });
  await cause.getByRole('button', { name: /Add intervention for/ }).click();
  const picker = page.getByRole('dialog', { name: /Intervention for/ });
  const entries = picker.getByTestId('catalogue-entry');

  // Empty search: the cause's cell (information) first, then every other cell, under its own heading.
  await expect(picker.getByTestId('catalogue-group').first()).toHaveText('Addresses this cause’s cell: Information');
  await expect(entries.first()).toContainText('Clear standards & expectations');
  await expect(entries.filter({ hasText: 'Task clarification' })).toContainText('Information');
  await expect(entries.filter({ hasText: 'Public posting of group performance' })).toHaveAttribute('data-fit', 'also');
  await expect(entries.last()).toHaveAttribute('data-fit', 'other');
  await shotsAtSizes(page, 'catalogue-picker');
  expect(await dialogViolations(page)).toEqual([]);

  // One search across the cells: a fitting entry first, then others, each with its cells.
  await picker.getByLabel('Search the catalogue (every cell)').fill('peer');
  await expect(entries.first()).toContainText('Peer-comparison feedback');
  await expect(entries.first()).toHaveAttribute('data-fit', 'first');
  await expect(entries.first().getByTestId('catalogue-cells')).toHaveText('Information · also Incentives');
  const peerLearning = entries.filter({ hasText: 'Peer learning / case sharing' });
  await expect(peerLearning).toHaveAttribute('data-fit', 'other');
  await expect(peerLearning.getByTestId('catalogue-cells')).toHaveText('Knowledge & skills');
  await expect(picker.getByTestId('catalogue-group').last()).toHaveText('Other cells: these do not address this cause’s cell');
  await shot(page, 'catalogue-picker-search');
  await picker.getByLabel('Search the catalogue (every cell)').fill('posting');
  await expect(entries).toHaveCount(1);
  await expect(entries.getByTestId('catalogue-cells')).toHaveText('Incentives · also Information');
  await entries.click();
  await expect(cause).toContainText('Public posting of group performance');
});

test('start an engagement from a built-in template', async ({ page, host }) => {
  await openApp(page, host);
  await page.getByRole('button', { name: 'New engagement' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New engagement' });
  const cards = dialog.getByTestId('template-card');
  await expect(cards).toHaveCount(6);
  await expect(dialog.getByRole('radio', { name: /^Blank/ })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: /Safety incidents/ })).toContainText('Fewer recordable incidents');
  await dialog.getByRole('textbox', { name: /^Name/ }).fill('Site safety 2027');
  await dialog.getByLabel('Client', { exact: true }).fill('Fabrikam');
  await dialog.getByRole('radio', { name: /Safety incidents/ }).click();
  await expect(dialog.getByTestId('template-outline')).toContainText('Adds 1 outcome · 3 behaviours · 4 causes');
  await shotsAtSizes(page, 'new-engagement-template');
  expect(await dialogViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Create engagement' }).click();

  await expect(page.locator('body[data-ready="engagement"]')).toBeAttached();
  await expect(page.getByTestId('engagement-name')).toHaveText('Site safety 2027');
  await expect(page.getByTestId('goal-sentence')).toContainText('Recordable incidents per 200,000 hours worked will decrease');
  await expect(page.getByTestId('outcome-card').getByLabel('Baseline value')).toHaveValue('');
  await page
    .getByRole('button', { name: /Performance/ })
    .first()
    .click();
  const behaviours = page.getByTestId('behaviour-card').getByLabel('Behaviour: what people will be seen doing');
  await expect(behaviours).toHaveCount(3);
  await expect(behaviours.nth(0)).toHaveValue('complete the pre-task risk check');
  await expect(behaviours.nth(2)).toHaveValue('report near misses');
});

test('save the demo as a template, start a new engagement from it, then delete the template', async ({ page, host }) => {
  await openApp(page, host);
  await page.getByRole('button', { name: 'Open the demo' }).first().click();
  await expect(page.locator('body[data-ready="engagement"]')).toBeAttached();
  await page.getByRole('button', { name: 'Details' }).click();
  await expect(page.getByRole('dialog', { name: 'Engagement details' }).getByRole('button', { name: 'Save as template…' })).toBeVisible();
  await shotsAtSizes(page, 'details-save-as-template');
  await page.getByRole('dialog', { name: 'Engagement details' }).getByRole('button', { name: 'Save as template…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save as template' });
  await expect(dialog.getByTestId('template-leaves-out')).toContainText(
    'Client, people’s names, evidence, observations and figures are not saved.',
  );
  await dialog.getByRole('button', { name: 'Save template' }).click();
  await expect(dialog.getByText('Give the template a name.')).toBeVisible();
  await dialog.getByLabel('Template name').fill('Contact-centre FCR');
  await dialog.getByLabel('One-line description').fill('Repeat contacts in a service centre');
  await shotsAtSizes(page, 'save-as-template');
  expect(await dialogViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Save template' }).click();
  await expect(page.getByText('Saved the template “Contact-centre FCR”.', { exact: false })).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Engagement details' })).toBeVisible();

  // A second save under the same name is refused, and says why.
  await page.getByRole('dialog', { name: 'Engagement details' }).getByRole('button', { name: 'Save as template…' }).click();
  await dialog.getByLabel('Template name').fill('contact-centre fcr');
  await dialog.getByRole('button', { name: 'Save template' }).click();
  await expect(dialog.getByText('A template called “Contact-centre FCR” already exists.', { exact: false })).toBeVisible();
  await page.keyboard.press('Escape');

  await page.goto(`${host.origin}/#/`);
  await expect(page.locator('body[data-ready="engagements"]')).toBeAttached();
  await page.getByRole('button', { name: 'New engagement' }).first().click();
  const create = page.getByRole('dialog', { name: 'New engagement' });
  const saved = create.getByRole('radio', { name: /Contact-centre FCR/ });
  await expect(saved).toContainText('Repeat contacts in a service centre');
  await create.getByRole('textbox', { name: /^Name/ }).fill('Contoso service desk');
  await saved.click();
  await expect(create.getByTestId('template-outline')).toContainText(
    'Adds 1 outcome · 3 behaviours · 10 causes · 6 interventions · 6 measures',
  );
  await create.getByRole('button', { name: 'Create engagement' }).click();
  await expect(page.locator('body[data-ready="engagement"]')).toBeAttached();
  await expect(page.getByTestId('goal-sentence')).toContainText('First-contact resolution will increase');
  await expect(page.getByText('Northwind')).toHaveCount(0);
  await page
    .getByRole('button', { name: /Performance/ })
    .first()
    .click();
  await expect(page.getByTestId('behaviour-card').getByLabel('Behaviour: what people will be seen doing').first()).toHaveValue(
    'resolve billing disputes on the first call',
  );

  await page.goto(`${host.origin}/#/`);
  await page.getByRole('button', { name: 'Saved templates' }).click();
  const listed = page.getByTestId('saved-template');
  await expect(listed).toHaveCount(1);
  await expect(listed).toContainText('Contact-centre FCR');
  await expect(listed).toContainText('1 outcome · 3 behaviours · 10 causes');
  // Fully open (the panel slides open), so the screenshot shows it whole.
  await expect(listed.getByRole('button', { name: /Delete the template/ })).toBeInViewport({ ratio: 1 });
  await shotsAtSizes(page, 'saved-templates');
  await listed.getByRole('button', { name: 'Delete the template Contact-centre FCR' }).click();
  await page
    .getByRole('dialog', { name: /Delete the template/ })
    .getByRole('button', { name: 'Delete template' })
    .click();
  await expect(listed).toHaveCount(0);
  await expect(page.getByText('No saved templates yet.', { exact: false })).toBeVisible();
});
