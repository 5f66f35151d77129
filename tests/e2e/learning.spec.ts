import type { Page } from '@playwright/test';
import { api, expect, openApp, shot, test } from './fixtures';

const sizes = [
  [1024, 768],
  [1280, 720],
  [1440, 900],
] as const;
async function shots(page: Page, name: string) {
  // From the top: a full-page shot of a scrolled page draws the sticky header mid-page.
  await page.evaluate(() => window.scrollTo(0, 0));
  for (const [width, height] of sizes) {
    await page.setViewportSize({ width, height });
    await shot(page, `${name}-${width}x${height}`);
  }
}

test('turn a gap into a learning need with an observable objective, link learning, read the plan, design the transfer', async ({
  page,
  host,
}) => {
  await openApp(page, host);
  // A small framework made through the API: agents need billing disputes at 3 and are assessed at 1, 2 and 4.
  const e = await api(page, 'engagement.create', {
    name: 'Billing 2027',
    client: 'Northwind',
    sponsor: '',
    consultant: '',
    startDate: null,
    endDate: null,
    confidential: true,
    status: 'diagnosing',
  });
  const engagementId = e.id;
  const outcomeId = (await api(page, 'outcome.create', { engagementId, fields: { kpiName: 'First-contact resolution', unit: '%' } })).id!;
  const audienceId = (await api(page, 'audience.create', { engagementId, fields: { role: 'Frontline agents' } })).id!;
  const behaviourId = (
    await api(page, 'behaviour.create', {
      outcomeId,
      fields: { text: 'resolve billing disputes on the first call', audienceId, impact: 5, gapSize: 4 },
    })
  ).id!;
  const causeId = (
    await api(page, 'cause.create', { behaviourId, fields: { text: 'New agents have not practised the billing system', cell: 4 } })
  ).id!;
  const capabilityId = (
    await api(page, 'capability.create', {
      engagementId,
      fields: { name: 'Billing-dispute resolution', kind: 'skill', behaviourIds: [behaviourId], causeIds: [causeId] },
    })
  ).id!;
  await api(page, 'requirement.create', { capabilityId, audienceId, fields: { required: 3, importance: 5 } });
  const rows = (
    [
      ['A-01', 1],
      ['A-02', 2],
      ['A-03', 4],
    ] as const
  ).map(([person, level]) => ({
    capabilityId,
    audienceId,
    person,
    level,
    source: 'manager' as const,
    date: '2026-03-02',
    measureId: null,
  }));
  await api(page, 'assessment.add', { engagementId, rows });

  await page.goto(`${host.origin}/#/engagement/${engagementId}/capabilities`);
  await expect(page.locator('body[data-ready="engagement"]')).toBeAttached();
  await page.getByRole('radiogroup', { name: 'Capabilities view' }).getByText('Learning & plans').click();

  // The ranked gap is the first choice, with its size.
  await page.getByRole('combobox', { name: 'Role and capability' }).click();
  const first = page.getByRole('option').first();
  await expect(first).toHaveText('Frontline agents · Billing-dispute resolution — gap 0.7 (required 3, now 2.3; 67% below)');
  await first.click();
  await page.getByRole('button', { name: 'Add learning need' }).click();
  const need = page.getByTestId('learning-need');
  await expect(need.getByTestId('need-gap')).toHaveText('gap 0.7 (required 3, now 2.3; 67% below)');

  // The objective: a vague verb is caught as it is typed, and a missing standard is named.
  await need.getByLabel('Action').fill('understand the billing system');
  await expect(need.getByTestId('objective-warning').first()).toContainText('“understand” can’t be observed');
  await need.getByLabel('Condition').fill('a live call from a customer disputing a bill');
  await expect(need.getByTestId('objective-warning').filter({ hasText: 'Add a standard' })).toHaveCount(1);
  await shots(page, 'learning-objective-warning');
  await need.getByLabel('Action').fill('resolve the dispute in the billing system');
  await need.getByLabel('Standard').fill('within 10 minutes, without escalating');
  await need.getByLabel('Standard').blur();
  await expect(need.getByTestId('objective-warning')).toHaveCount(0);
  await expect(need.getByTestId('objective-sentence')).toHaveText(
    'Objective: Given a live call from a customer disputing a bill, Frontline agents will resolve the dispute in the billing system within 10 minutes, without escalating.',
  );

  // Tied to the behaviour that depends on the capability, owner and dates; a due date before the start is refused.
  await need.getByRole('combobox', { name: 'Behaviour it serves' }).click();
  await page.getByRole('option', { name: 'resolve billing disputes on the first call' }).click();
  await need.getByLabel('Owner').fill('Team leader');
  await need.getByLabel('Start').fill('2026-05-01');
  await need.getByLabel('Start').blur();
  await need.getByLabel('Due').fill('2026-04-01');
  await need.getByLabel('Due').blur();
  await expect(need.getByText('Choose a due date on or after the start date.')).toBeVisible();
  await page.locator('.mantine-Notification-root').filter({ hasText: 'Not saved' }).getByRole('button').click();
  await need.getByLabel('Due').fill('2026-06-30');
  await need.getByLabel('Due').blur();
  await expect(need.getByText('Choose a due date on or after the start date.')).toHaveCount(0);

  // The role's plan says plainly that no learning closes the gap yet; linking learning fills it in.
  const plan = page.getByTestId('role-plan');
  await expect(plan.getByTestId('plan-uncovered')).toHaveCount(0);
  await expect(plan).toContainText('Development plan: Frontline agents');
  await expect(plan).toContainText('Team leader');
  await expect(plan).toContainText('from 1 May 2026, due 30 June 2026');
  await need.getByRole('button', { name: 'Add a learning intervention' }).click();
  await expect(need.getByRole('combobox', { name: 'Learning that closes it' })).toHaveValue('Learning: Billing-dispute resolution');
  await expect(need.getByTestId('need-transfer-warning')).toContainText('Courses in isolation rarely change performance');
  await expect(plan.locator('tbody tr').first()).toContainText('Learning: Billing-dispute resolution');
  // Per person (confidential): the two agents below the required level.
  await expect(page.getByTestId('person-plans').locator('tbody tr')).toHaveCount(2);

  // Re-assessment as a level 2 measure whose LTEM tier follows the method.
  await need.getByRole('button', { name: 'Plan a re-assessment' }).click();
  await expect(need.getByTestId('reassessment')).toContainText('Level 2 · Learning, LTEM tier 6 · Task competence');
  // Planned once: the button goes, so a second click cannot plan it twice; a later round is asked for on purpose.
  await expect(need.getByRole('button', { name: 'Plan a re-assessment' })).toHaveCount(0);
  await expect(need.getByText('Re-assessment planned:')).toHaveCount(1);
  await need.getByRole('button', { name: 'Plan a later round…' }).click();
  await need.getByRole('button', { name: 'Cancel' }).click();
  await expect(need.getByText('Re-assessment planned:')).toHaveCount(1);
  await shots(page, 'learning-plans');

  // Presenter view hides the person plans.
  await page.keyboard.press('Control+Shift+P');
  await expect(page.getByTestId('person-plans')).toHaveCount(0);
  await expect(page.getByTestId('person-plans-hidden')).toBeVisible();
  await page.keyboard.press('Control+Shift+P');

  // Transfer design on the Interventions step: tick a transfer support and the flag goes.
  await page
    .getByRole('button', { name: /Interventions/ })
    .first()
    .click();
  await page
    .getByRole('radiogroup', { name: 'Interventions view' })
    .getByText(/All interventions/)
    .click();
  const card = page.getByTestId('intervention-card');
  const design = card.getByTestId('transfer-design');
  await expect(design.getByTestId('transfer-warning')).toHaveText(
    'Courses in isolation rarely change performance: add retention or transfer support (for example spaced practice or manager coaching).',
  );
  await design.getByLabel('Bite-size content').click();
  await expect(design.getByLabel('Bite-size content')).toBeChecked();
  await expect(design.getByTestId('transfer-warning')).toHaveCount(1);
  await design.getByLabel('Manager coaching').click();
  await expect(design.getByTestId('transfer-warning')).toHaveCount(0);
  await shots(page, 'learning-transfer-design');
});
