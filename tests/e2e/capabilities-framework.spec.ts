import type { Page } from '@playwright/test';
import { api, choose, expect, openApp, shot, test } from './fixtures';

const sizes = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
];

async function shotsAtSizes(page: Page, name: string) {
  for (const size of sizes) {
    await page.setViewportSize(size);
    await page.evaluate(() => document.fonts.ready);
    await shot(page, `${name}-${size.width}x${size.height}`);
  }
}

test('build a small framework by hand, edit the scale, then see the demo’s framework', async ({ page, host }) => {
  test.setTimeout(120_000);
  await openApp(page, host);
  const { id } = await api(page, 'engagement.create', {
    name: 'Sales win rate 2027',
    client: '',
    sponsor: '',
    consultant: '',
    startDate: null,
    endDate: null,
    confidential: false,
    status: 'scoping',
  });
  await page.goto(`${host.origin}/#/engagement/${id}/capabilities`);
  await expect(page.locator('body[data-ready="engagement"]')).toBeAttached();
  await expect(page.getByRole('heading', { name: 'Add the roles in the Performance step first' })).toBeVisible();

  // Two roles and a behaviour with a learning cause and a process cause, as the earlier steps leave them.
  const outcomeId = (await api(page, 'outcome.create', { engagementId: id })).id!;
  for (const role of ['Sales representatives', 'Sales managers'])
    await api(page, 'audience.create', { engagementId: id, fields: { role } });
  const behaviourId = (await api(page, 'behaviour.create', { outcomeId, fields: { text: 'run a discovery call before proposing' } })).id!;
  await api(page, 'cause.create', { behaviourId, fields: { text: 'Newer reps have not practised discovery calls', cell: 4 } });
  await api(page, 'cause.create', { behaviourId, fields: { text: 'Commission rewards proposals sent', cell: 3 } });
  await page.reload();
  await expect(page.locator('body[data-ready="engagement"]')).toBeAttached();
  await expect(page.getByTestId('capabilities-empty')).toBeVisible();

  // Three capabilities, named and kinded.
  const cards = page.getByTestId('capability-card');
  const names = ['Discovery questioning', 'Product pricing rules', 'Coaching a discovery call'];
  for (const [i, name] of names.entries()) {
    await page.getByRole('button', { name: 'Add capability' }).click();
    await expect(cards).toHaveCount(i + 1);
    await cards.nth(i).getByLabel('Capability', { exact: true }).fill(name);
    await cards.nth(i).getByLabel('Capability', { exact: true }).blur();
  }
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  await choose(page, cards.nth(1), 'Kind', 'Knowledge');

  // Links: the behaviour, and only the learning-gap cause is offered.
  const first = cards.nth(0);
  await first.getByLabel('Behaviours that depend on it').click();
  await page.getByRole('option', { name: 'run a discovery call before proposing' }).click();
  await page.keyboard.press('Escape');
  await first.getByLabel('Learning-gap causes it explains').click();
  await expect(page.getByRole('option', { name: 'Commission rewards proposals sent' })).toHaveCount(0);
  await page.getByRole('option', { name: 'Newer reps have not practised discovery calls' }).click();
  await page.keyboard.press('Escape');
  await expect(first).toContainText('Newer reps have not practised discovery calls');

  // Required levels: the reps need discovery at 4 (its level name shown) and pricing; the managers need coaching.
  const matrix = page.getByTestId('requirement-matrix');
  await matrix.getByRole('button', { name: 'Set a required level: Discovery questioning for Sales representatives' }).click();
  const discovery = matrix.getByRole('group', { name: 'Discovery questioning for Sales representatives' });
  await expect(discovery.getByRole('combobox', { name: 'Required level' })).toHaveValue('3 · Competent');
  await discovery.getByRole('combobox', { name: 'Required level' }).click();
  await page.getByRole('option', { name: '4 · Proficient' }).click();
  await expect(discovery.getByRole('combobox', { name: 'Required level' })).toHaveValue('4 · Proficient');
  await matrix.getByRole('button', { name: 'Set a required level: Product pricing rules for Sales representatives' }).click();
  await matrix.getByRole('button', { name: 'Set a required level: Coaching a discovery call for Sales managers' }).click();
  await expect(matrix.getByTestId('requirement-cell')).toHaveCount(3);

  // A hand estimate of where people are now: a typical level and a spread; a level off the scale is refused, not clamped.
  await discovery.getByLabel('Typical now').fill('7');
  await expect(discovery.getByText(/^7 is too high\. .*5/)).toBeVisible();
  await discovery.getByLabel('Typical now').blur();
  expect((await api(page, 'engagement.open', { id })).requirements.every((r) => r.typical === null)).toBe(true);
  await discovery.getByLabel('Typical now').fill('2.5');
  await discovery.getByLabel('Lowest').fill('1');
  await discovery.getByLabel('Highest').fill('4');
  await discovery.getByLabel('Highest').blur();
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');

  // The scale: rename level 3 in the client's words, then put the default back.
  const scale = page.getByTestId('scale-editor');
  await scale.getByLabel('Name of level 3').fill('Independent');
  await scale.getByLabel('Name of level 3').blur();
  await expect(discovery.getByRole('combobox', { name: 'Required level' })).toHaveValue('4 · Proficient');
  await expect(page.getByRole('button', { name: 'Reset to the default scale' })).toBeEnabled();
  await page.getByLabel('What the learners say they need: Sales representatives').fill('Want to hear recorded calls, not slides.');
  await page.getByLabel('What the learners say they need: Sales representatives').blur();
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  await shotsAtSizes(page, 'capabilities-framework-built');

  // What was saved is what the main side holds.
  const detail = await api(page, 'engagement.open', { id });
  expect(detail.capabilities.map((c) => [c.name, c.kind])).toEqual([
    ['Discovery questioning', 'skill'],
    ['Product pricing rules', 'knowledge'],
    ['Coaching a discovery call', 'skill'],
  ]);
  expect(detail.capabilities[0].causeIds).toHaveLength(1);
  expect(detail.requirements.find((r) => r.capabilityId === detail.capabilities[0].id)).toMatchObject({
    required: 4,
    typical: 2.5,
    low: 1,
    high: 4,
  });
  expect(detail.engagement.capabilityScale?.[3].name).toBe('Independent');
  expect(detail.audiences[0].learnerNeeds).toBe('Want to hear recorded calls, not slides.');

  await page.getByRole('button', { name: 'Reset to the default scale' }).click();
  await expect(scale.getByLabel('Name of level 3')).toHaveValue('Competent');
  await expect(page.getByRole('button', { name: 'Reset to the default scale' })).toBeDisabled();

  // The demo's framework, with its assessed levels beside each requirement.
  const demo = await api(page, 'demo.open', {});
  await page.goto(`${host.origin}/#/engagement/${demo.id}/capabilities`);
  await expect(page.locator('body[data-ready="engagement"]')).toBeAttached();
  await expect(cards).toHaveCount(7);
  await expect(cards.first().getByLabel('Capability', { exact: true })).toHaveValue('Billing-dispute resolution in the billing system');
  const billing = page.getByRole('group', { name: 'Billing-dispute resolution in the billing system for Frontline agents' });
  await expect(billing.getByRole('combobox', { name: 'Required level' })).toHaveValue('3 · Competent');
  await expect(billing.getByTestId('requirement-assessed')).toContainText('60 people');
  const code = page.getByRole('group', { name: 'Recording the resolution code correctly for Frontline agents' });
  await expect(code.getByRole('combobox', { name: 'Required level' })).toHaveValue('4 · Proficient');
  await expect(page.getByRole('button', { name: 'Set a required level: Coaching conversation for Frontline agents' })).toBeVisible();
  await shotsAtSizes(page, 'capabilities-framework-demo');
});

test('start a framework from a template’s, giving its role’s levels to one of ours', async ({ page, host }) => {
  await openApp(page, host);
  const { id } = await api(page, 'engagement.create', {
    name: 'Service quality 2027',
    client: '',
    sponsor: '',
    consultant: '',
    startDate: null,
    endDate: null,
    confidential: false,
    status: 'scoping',
  });
  await api(page, 'outcome.create', { engagementId: id });
  for (const role of ['Contact-centre agents', 'Team leaders']) await api(page, 'audience.create', { engagementId: id, fields: { role } });
  await page.goto(`${host.origin}/#/engagement/${id}/capabilities`);
  await expect(page.locator('body[data-ready="engagement"]')).toBeAttached();
  await expect(page.getByTestId('capabilities-empty')).toContainText('or start from a template’s framework');

  await page.getByRole('button', { name: 'From a template…' }).click();
  const dialog = page.getByTestId('framework-from-template');
  await dialog.getByLabel('Template').selectOption({ label: 'Customer-service quality (3 capabilities)' });
  await expect(dialog.getByTestId('framework-from-template-summary')).toContainText('Adds 3 capabilities: Resolving the common requests');
  // The template's "Service agents" match none of our roles by name: the consultant chooses.
  const role = dialog.getByLabel('Role for Service agents');
  await expect(role).toHaveValue('');
  await role.selectOption({ label: 'Contact-centre agents' });
  await shotsAtSizes(page, 'framework-from-template');
  await dialog.getByRole('button', { name: 'Add capabilities' }).click();
  await expect(dialog).toHaveCount(0);

  await expect(page.getByTestId('capability-card')).toHaveCount(3);
  const framework = await api(page, 'engagement.open', { id });
  const agents = framework.audiences.find((a) => a.role === 'Contact-centre agents')!;
  expect(framework.requirements).toHaveLength(3);
  expect(framework.requirements.every((r) => r.audienceId === agents.id)).toBe(true);

  // Once every capability is here, the dialog says there is nothing to add.
  await page.getByRole('button', { name: 'From a template…' }).click();
  await dialog.getByLabel('Template').selectOption({ label: 'Customer-service quality (3 capabilities)' });
  await expect(dialog.getByTestId('framework-from-template-summary')).toContainText('already has every capability');
  await expect(dialog.getByRole('button', { name: 'Add capabilities' })).toBeDisabled();
});
