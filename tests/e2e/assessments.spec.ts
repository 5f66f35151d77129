import { api, expect, openApp, shot, test } from './fixtures';

const sizes = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
];
const header = 'Person ID,Role,Capability,Level,Source,Date';

test('import assessments through the preview, see the rounds per role, keep person ids off the projector', async ({ page, host }) => {
  await openApp(page, host);
  const e = await api(page, 'engagement.create', {
    name: 'Contact centre capability',
    client: 'Northwind',
    sponsor: '',
    consultant: '',
    startDate: null,
    endDate: null,
    confidential: true,
    status: 'diagnosing',
  });
  await api(page, 'audience.create', { engagementId: e.id, fields: { role: 'Frontline agent' } });
  await api(page, 'audience.create', { engagementId: e.id, fields: { role: 'Team leader' } });
  await api(page, 'capability.create', { engagementId: e.id, fields: { name: 'Billing-dispute resolution', kind: 'skill' } });
  await api(page, 'capability.create', { engagementId: e.id, fields: { name: 'Coaching conversation', kind: 'behaviour' } });
  await page.goto(`${host.origin}/#/engagement/${e.id}/capabilities`);
  await page.getByRole('radiogroup', { name: 'Capabilities view' }).getByText('Assessments').click();
  const panel = page.getByRole('region', { name: 'Assessments' });
  await expect(panel.getByTestId('assessments-empty')).toContainText('No assessments yet');

  // A file with a name where an id belongs and an unknown role: listed by line, nothing written until confirmed.
  await panel.getByRole('button', { name: 'Import assessments' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import assessments' });
  const csv = [
    header,
    'P-0001,Frontline agent,Billing-dispute resolution,1,self,2026-03-02',
    'Jane Smith,Frontline agent,Billing-dispute resolution,2,self,2026-03-02',
    'P-0001,frontline agent,billing-dispute resolution,Beginner,Line manager,03/03/2026',
    'P-0002,Frontline agent,Billing-dispute resolution,3,test,2026-03-04',
    'P-0003,Cashier,Billing-dispute resolution,3,test,2026-03-04',
    'P-0101,Team leader,Coaching conversation,Competent,observed,5 March 2026',
  ].join('\n');
  await dialog.locator('input[type="file"]').setInputFiles({ name: 'assessments.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(dialog.getByTestId('assessment-csv-summary')).toHaveText('4 of 6 rows can be imported; 2 have errors.');
  await expect(dialog.getByTestId('assessment-csv-counts')).toHaveText('3 people; 1 self, 1 manager, 1 test, 1 observation ratings.');
  const errors = dialog.getByTestId('assessment-csv-errors');
  await expect(errors).toContainText('Line 3: “Jane Smith” looks like a name or an email address: use an anonymous id, such as P-0042.');
  await expect(errors).toContainText('Line 6: “Cashier” is not a role in this engagement');
  await expect(dialog.getByRole('combobox', { name: 'Person id column' })).toHaveValue('Person ID');
  await expect(dialog.getByRole('button', { name: 'Import 4 assessments' })).toBeDisabled();
  for (const size of sizes) {
    await page.setViewportSize(size);
    await shot(page, `assessments-import-${size.width}x${size.height}`);
    await dialog.getByRole('button', { name: 'Import 4 assessments' }).scrollIntoViewIfNeeded();
    await shot(page, `assessments-import-end-${size.width}x${size.height}`);
  }
  await dialog.getByLabel(/Skip the 2 rows with errors/).check();
  await dialog.getByRole('button', { name: 'Import 4 assessments' }).click();
  await expect(dialog).toBeHidden();

  const first = panel.getByTestId('assessment-round');
  await expect(first).toHaveCount(1);
  await expect(first.getByRole('heading', { name: 'First assessment' })).toBeVisible();
  await expect(first.getByTestId('assessment-round-summary')).toHaveText('3 people · 4 ratings · 2 March 2026 – 5 March 2026');
  const agentRow = first.getByRole('row', { name: /Frontline agent/ });
  await expect(agentRow.getByRole('cell')).toHaveText(['Frontline agent', '2', '3', '1', '1', '1', '–', '2 March 2026 – 4 March 2026']);

  // Individual ratings by id only, and never in presenter view.
  await panel.getByRole('button', { name: 'Show individual ratings (4)' }).click();
  const ratings = panel.getByTestId('assessment-ratings');
  await expect(ratings).toContainText('P-0001');
  await expect(ratings).not.toContainText('Jane');
  await expect(ratings.getByTestId('assessment-ratings-count')).toHaveText('4 ratings.');
  for (const size of sizes) {
    await page.setViewportSize(size);
    await shot(page, `assessments-rounds-${size.width}x${size.height}`);
  }
  await page.keyboard.press('Control+Shift+P');
  await expect(page.getByTestId('presenter-badge')).toBeVisible();
  await expect(panel.getByTestId('assessment-ratings-hidden')).toBeVisible();
  await expect(panel).not.toContainText('P-0001');
  await shot(page, 'assessments-presenter');
  await page.keyboard.press('Control+Shift+P');

  // A re-assessment round: a level-2 measure whose LTEM tier follows the method.
  await panel.getByRole('button', { name: 'Import assessments' }).click();
  await dialog.getByRole('button', { name: 'Create a re-assessment measure…' }).click();
  await dialog.getByText('On-the-job observation').click();
  await expect(dialog.getByTestId('reassessment-form')).toContainText('LTEM tier 7, transfer to the job');
  for (const size of sizes) {
    await page.setViewportSize(size);
    await shot(page, `assessments-reassessment-${size.width}x${size.height}`);
  }
  await dialog.getByRole('button', { name: 'Create measure' }).click();
  await expect(dialog.getByRole('combobox', { name: 'Round' })).toHaveValue('Re-assessment: Capability re-assessment');
  const again = `${header}\nP-0001,Frontline agent,Billing-dispute resolution,3,observation,2026-09-01\n`;
  await dialog.locator('input[type="file"]').setInputFiles({ name: 'again.csv', mimeType: 'text/csv', buffer: Buffer.from(again) });
  await dialog.getByRole('button', { name: 'Import 1 assessment' }).click();
  await expect(panel.getByTestId('assessment-round')).toHaveCount(2);
  const second = panel.getByTestId('assessment-round').nth(1);
  await expect(second.getByTestId('assessment-round-summary')).toHaveText(
    '1 person · 1 rating · 1 September 2026 · LTEM tier 7 (transfer to the job)',
  );
  for (const size of sizes) {
    await page.setViewportSize(size);
    await shot(page, `assessments-two-rounds-${size.width}x${size.height}`);
  }
  const measures = await api(page, 'engagement.open', { id: e.id });
  expect(measures.measures.map((m) => [m.name, m.level, m.method, m.ltemTier])).toEqual([
    ['Capability re-assessment', 2, 'observation', 7],
  ]);

  // Deleting a round is one step, and undo brings it back.
  await second.getByRole('button', { name: /Delete the round Re-assessment/ }).click();
  await expect(panel.getByTestId('assessment-round')).toHaveCount(1);
  await page.keyboard.press('Control+Z');
  await expect(panel.getByTestId('assessment-round')).toHaveCount(2);
});
