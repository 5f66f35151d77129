import { api, choose, expect, openApp, shot, test } from './fixtures';

test('diagnose a behaviour through the cells and the quick path, and watch the verdict', async ({ page, host }) => {
  await openApp(page, host);
  const e = await api(page, 'engagement.create', {
    name: 'Win rate 2027',
    client: 'Contoso',
    sponsor: '',
    consultant: '',
    startDate: null,
    endDate: null,
    confidential: true,
    status: 'diagnosing',
  });
  await api(page, 'outcome.create', { engagementId: e.id, fields: { kpiName: 'Win rate', unit: '%', baselineValue: 18, targetValue: 25 } });
  await page.goto(`${host.origin}/#/engagement/${e.id}/performance`);
  await expect(page.locator('body[data-ready="engagement"]')).toBeAttached();

  // Performance: an audience and a behaviour; a vague verb is caught as it is typed.
  await page.getByRole('button', { name: 'Add audience' }).click();
  await page.getByTestId('audience-row').getByLabel('Role').fill('Account managers');
  await page.getByTestId('audience-row').getByLabel('Headcount').fill('40');
  await page.getByRole('button', { name: 'Add behaviour' }).click();
  const card = page.getByTestId('behaviour-card');
  await card.getByLabel('Behaviour: what people will be seen doing').fill('understand the qualification checklist');
  await expect(card.getByTestId('vague-verb')).toContainText('“understand” can’t be observed');
  await card.getByLabel('Behaviour: what people will be seen doing').fill('qualify every lead with the checklist');
  await expect(card.getByTestId('vague-verb')).toHaveCount(0);
  await choose(page, card, 'Audience', 'Account managers');
  await card.getByRole('radiogroup', { name: 'Impact on the KPI' }).getByText('5').click();
  await expect(card.getByTestId('priority')).toHaveText('Priority 15');
  await shot(page, 'performance-step');

  // Causes, through the cells.
  await page
    .getByRole('button', { name: /Causes/ })
    .first()
    .click();
  const verdict = page.getByTestId('verdict-panel').filter({ hasText: 'Behaviour:' });
  await expect(verdict.getByTestId('verdict-sentence')).toHaveText(/^No causes yet/);
  await page.getByLabel('Add a cause to Resources').fill('The CRM has no field for the checklist');
  await page.getByLabel('Add a cause to Resources').press('Enter');
  await page.getByLabel('Add a cause to Knowledge & skills').fill('Account managers never practised qualifying');
  await page.getByLabel('Add a cause to Knowledge & skills').press('Enter');
  await expect(verdict.getByTestId('verdict-sentence')).toHaveText(
    'Learning can address 50% of the weighted causes; 50% are process/environment; 0% individual fit.',
  );

  const crm = page.getByTestId('cause-row').filter({ has: page.locator('textarea', { hasText: 'The CRM has no field' }) });
  await crm.getByRole('radiogroup').getByText('5').click();
  await expect(verdict.getByTestId('verdict-sentence')).toHaveText(
    'Learning can address 37% of the weighted causes; 63% are process/environment; 0% individual fit.',
  );
  await expect(verdict.getByTestId('verdict-warning').first()).toContainText('Training alone won’t close this gap');

  await crm.getByRole('button', { name: /Evidence/ }).click();
  await crm.getByLabel('What it shows').fill('Checklist answers live in a spreadsheet nobody opens');
  await crm.getByRole('button', { name: 'Add evidence' }).click();
  await expect(crm.getByTestId('evidence-item')).toHaveCount(1);
  await choose(page, crm, 'Evidence', 'Confirmed');
  await expect(verdict).toContainText('Process/environment 63% · 100% confirmed');
  await shot(page, 'causes-cells');

  // Rule the learning cause out: the verdict moves; undo puts it back.
  const practice = page.getByTestId('cause-row').filter({ has: page.locator('textarea', { hasText: 'never practised' }) });
  await choose(page, practice, 'Evidence', 'Ruled out');
  await expect(verdict.getByTestId('verdict-sentence')).toHaveText(
    'Learning can address 0% of the weighted causes; 100% are process/environment; 0% individual fit.',
  );
  await expect(verdict).toContainText('1 ruled-out cause is kept for the record');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(verdict.getByTestId('verdict-sentence')).toHaveText(/^Learning can address 37%/);

  // Move a cause to another cell in one step; undo it with the keyboard.
  await choose(page, practice, 'Cell', '6 · Motives');
  await expect(page.getByTestId('cell-6').getByTestId('cause-row')).toHaveCount(1);
  await expect(verdict.getByTestId('verdict-sentence')).toHaveText(/37% individual fit\.$/);
  await page.getByRole('heading', { name: 'Causes', exact: true }).click();
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('cell-4').getByTestId('cause-row')).toHaveCount(1);

  // The quick path proposes causes in the right cell.
  await page.getByRole('radiogroup', { name: 'Diagnosis method' }).getByText('Quick path').click();
  const expectations = page.getByTestId('question-expectations');
  await expectations.getByText('No', { exact: true }).click();
  const proposal = expectations.getByTestId('proposal');
  await expect(proposal).toContainText('Proposed cause in cell 1, Information');
  await expect(proposal).toContainText('Clear standards & expectations');
  await proposal.getByRole('button', { name: 'Add as cause' }).click();
  await expect(proposal).toHaveAttribute('data-status', 'accepted');
  const feedback = page.getByTestId('question-feedback');
  await feedback.getByText('No', { exact: true }).click();
  await feedback.getByRole('button', { name: 'Dismiss' }).click();
  await expect(feedback.getByTestId('proposal')).toHaveAttribute('data-status', 'dismissed');
  await page.getByTestId('question-jobDependedOnIt').getByText('Yes', { exact: true }).click();
  await expect(page.getByTestId('not-skill')).toContainText('training will not fix this');
  await expect(page.getByTestId('question-onceKnew')).toHaveCount(0);
  await page.getByTestId('question-jobDependedOnIt').getByText('No', { exact: true }).click();
  await page.getByTestId('question-onceKnew').getByText('No', { exact: true }).click();
  await expect(page.getByTestId('question-onceKnew').getByTestId('proposal')).toContainText('cell 4');
  await shot(page, 'causes-quick-path');

  await page.getByRole('radiogroup', { name: 'Diagnosis method' }).getByText('The six cells').click();
  await expect(page.getByTestId('cell-1').locator('textarea')).toHaveValue('Performers are not clear what is expected of them');
  await expect(verdict.getByTestId('verdict-sentence')).toHaveText(/^Learning can address 27%/);

  // Everything survives a reload.
  await page.reload();
  await expect(page.locator('body[data-ready="engagement"]')).toBeAttached();
  await expect(page.getByTestId('cause-row')).toHaveCount(3);
});

test('the demo’s verdict tells its story', async ({ page, host }) => {
  await openApp(page, host);
  await page.getByRole('button', { name: 'Open the demo' }).first().click();
  await page
    .getByRole('button', { name: /Causes/ })
    .first()
    .click();
  const whole = page.getByTestId('verdict-panel').filter({ hasText: 'Whole engagement' });
  await expect(whole.getByTestId('verdict-sentence')).toHaveText(
    /^Learning can address \d+% of the weighted causes; \d+% are process\/environment/,
  );
  await expect(whole.getByTestId('verdict-warning').first()).toContainText('Training alone won’t close this gap');
  await expect(page.getByRole('navigation', { name: 'Behaviours to diagnose' }).getByRole('button')).toHaveCount(3);
  await shot(page, 'demo-causes');
});

test.describe('at 200% zoom', () => {
  test.use({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
  test('the verdict and the diagnosis stay readable', async ({ page, host }) => {
    await openApp(page, host);
    await page.getByRole('button', { name: 'Open the demo' }).first().click();
    await page
      .getByRole('button', { name: /Causes/ })
      .first()
      .click();
    await expect(page.getByTestId('verdict-sentence').first()).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shot(page, 'zoom200-demo-causes');
    await page.getByRole('radiogroup', { name: 'Diagnosis method' }).getByText('Quick path').click();
    await shot(page, 'zoom200-quick-path');
  });
});
