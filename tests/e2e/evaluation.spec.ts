import { choose, expect, openApp, shot, test } from './fixtures';

test('plan a measure, import a CSV of observations, see the chart and the ROI', async ({ page, host }) => {
  await openApp(page, host);
  await page.getByRole('button', { name: 'Open the demo' }).first().click();
  await page
    .getByRole('button', { name: /Evaluation/ })
    .first()
    .click();

  // The demo's KPI already has a trend against baseline and target.
  const fcr = page.getByTestId('measure-card').filter({ has: page.locator('input[value="First-contact resolution"]') });
  await expect(fcr.getByTestId('trend-chart')).toBeVisible();
  await expect(fcr.getByTestId('time-to-proficiency')).toContainText('Treatment not reached yet');

  // Plan a new results measure: a self-rating that claims transfer is flagged.
  await page.getByRole('button', { name: 'Add a results measure' }).click();
  const results = page.getByRole('region', { name: 'Measures for First-contact resolution' });
  await expect(results.getByTestId('measure-card')).toHaveCount(3);
  await results.getByTestId('measure-card').nth(2).getByLabel('Measure', { exact: true }).fill('Agents’ confidence resolving disputes');
  await results.getByTestId('measure-card').nth(2).getByLabel('Measure', { exact: true }).blur();
  const fresh = page.getByTestId('measure-card').filter({ has: page.locator('input[value="Agents’ confidence resolving disputes"]') });
  await fresh.getByRole('combobox', { name: 'Level' }).click();
  await page.getByRole('option', { name: 'Level 3 · Behaviour' }).click();
  await fresh.getByRole('combobox', { name: 'LTEM tier' }).click();
  await page.getByRole('option', { name: '7 · Transfer to the job' }).click();
  await fresh.getByRole('combobox', { name: 'Method' }).click();
  await page.getByRole('option', { name: 'Satisfaction survey or self-rating' }).click();
  await expect(fresh.getByTestId('measure-warning')).toContainText(
    'Claims LTEM tier 7 (transfer to the job), but satisfaction survey or self-rating supports at most tier 3',
  );
  await fresh.getByLabel('Target', { exact: true }).fill('4');
  await fresh.getByLabel('Target', { exact: true }).blur();

  // A file with one bad row: preview, per-row error, nothing written until confirmed.
  await fresh.getByRole('button', { name: 'Import CSV' }).click();
  const dialog = page.getByRole('dialog', { name: /Import observations/ });
  const csv =
    'Month,Score,Group\n2026-06-30,3.1,treatment\n2026-07-31,3.6,treatment\n2026-08-31,four,treatment\n2026-09-30,4.2,treatment\n2026-07-31,3.0,control\n';
  await dialog.locator('input[type="file"]').setInputFiles({ name: 'confidence.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(dialog.getByTestId('csv-summary')).toHaveText('4 of 5 rows can be imported; 1 have errors.');
  await expect(dialog.getByTestId('csv-row-errors')).toContainText('Line 4: “four” is not a number.');
  await shot(page, 'evaluation-csv-preview');
  await expect(dialog.getByRole('button', { name: 'Import 4 observations' })).toBeDisabled();
  await dialog.getByLabel(/Skip the 1 rows with errors/).check();
  await dialog.getByRole('button', { name: 'Import 4 observations' }).click();
  await expect(fresh.getByRole('button', { name: 'Observations (4)' })).toBeVisible();
  await expect(fresh.getByTestId('trend-chart')).toBeVisible();
  await expect(fresh.getByTestId('time-to-proficiency')).toContainText('Treatment 92 days');

  // A binary file is refused with a clear message.
  await fresh.getByRole('button', { name: 'Import CSV' }).click();
  await dialog
    .locator('input[type="file"]')
    .setInputFiles({ name: 'book.csv', mimeType: 'text/csv', buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xff, 0xfe, 0x00, 0x9c]) });
  await expect(dialog.getByTestId('csv-error')).toContainText('not UTF-8 text');

  // Decimals that could be read either way ("4,250": 4.25 or 4250?) are flagged, not guessed; choosing the separator shows the values.
  const european = 'Month,Score,Group\n2026-10-31,"4,250",control\n2026-11-30,"4,500",control\n';
  await dialog
    .locator('input[type="file"]')
    .setInputFiles({ name: 'confidence-eu.csv', mimeType: 'text/csv', buffer: Buffer.from(european) });
  await expect(dialog.getByTestId('csv-decimal-ambiguous')).toContainText('values such as “4,250” could be read either way');
  await expect(dialog.getByTestId('csv-row-errors')).toContainText('Line 2: “4,250” could be 4250 or a number between 4 and 5');
  await expect(dialog.getByRole('button', { name: 'Import 0 observations' })).toBeDisabled();
  const separator = dialog.getByRole('radiogroup', { name: 'Decimal separator' });
  await separator.getByText('Point: 1,234.5').click();
  await expect(dialog.getByRole('table')).toContainText('4250');
  await separator.getByText('Comma: 1.234,5').click();
  await expect(dialog.getByTestId('csv-decimal-ambiguous')).toHaveCount(0);
  await expect(dialog.getByTestId('csv-decimal-note')).toHaveText('You chose “,”; the file itself does not tell.');
  await expect(dialog.getByTestId('csv-summary')).toHaveText('2 of 2 rows can be imported.');
  await expect(dialog.getByRole('table').getByRole('row').nth(1)).toContainText('4.25');
  await expect(dialog.getByRole('table').getByRole('row').nth(2)).toContainText('4.5');
  await shot(page, 'evaluation-csv-decimal');
  await dialog.getByRole('button', { name: 'Import 2 observations' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(fresh.getByRole('button', { name: 'Observations (6)' })).toBeVisible();
  await shot(page, 'evaluation-measures');

  // Benefits, costs and ROI.
  await page.getByRole('radiogroup', { name: 'Evaluation view' }).getByText('Benefits, costs & ROI').click();
  await expect(page.getByTestId('roi-costs')).toContainText('GBP 146,000');
  await expect(page.getByTestId('roi-bcr')).toContainText('2.02');
  await expect(page.getByTestId('roi-net')).toContainText('GBP 149,200');
  await expect(page.getByTestId('roi-payback')).toContainText('5.9 months');
  // None of the demo's interventions is done: a forecast, with a confidence that names what weakens it.
  await expect(page.getByTestId('roi-basis')).toContainText('Forecast');
  await expect(page.getByTestId('roi-percent')).toContainText('forecast');
  await expect(page.getByTestId('roi-confidence')).toContainText(
    'Confidence low: 100% of the value rests on interventions not yet done; 1 benefit is not isolated and credited zero.',
  );
  const card = page.getByTestId('benefit-card').first();
  const trace = card.getByTestId('benefit-trace');
  await expect(trace).toContainText(
    'Control group (baseline 1 Jan 2026 – 31 Jan 2026 against 1 Oct 2026 – 31 Oct 2026, 4 observations): (15 − 21) − (17.5 − 21) = -2.5; lower is better, so the improvement is 2.5',
  );
  // The control site is compared in the latest complete month of the data, with its dates.
  await expect(card.getByTestId('isolation-period-used')).toContainText('1 Oct 2026 – 31 Oct 2026');
  await expect(card.getByLabel('Compared month')).toHaveValue('October 2026');
  // The team leaders' released time has no isolation: shown, credited zero, labelled.
  const time = page.getByTestId('benefit-card').nth(1);
  await expect(time.getByTestId('benefit-label')).toHaveText('not isolated');
  await expect(time.getByTestId('benefit-expected')).toHaveText('GBP 0');
  for (const [w, h] of [
    [1024, 768],
    [1280, 720],
    [1440, 900],
  ])
    await page.setViewportSize({ width: w, height: h }).then(() => shot(page, `evaluation-roi-${w}`));

  // An older compared month is worked out from its observations, and warned as stale isolation data; undo restores October.
  await choose(page, card, 'Compared month', 'June 2026');
  await card.getByRole('button', { name: 'Work out from the observations' }).click();
  await expect(trace).toContainText('against 1 Jun 2026 – 30 Jun 2026, 4 observations): (16.5 − 21) − (20.5 − 21) = -4');
  await expect(
    page.getByTestId('roi-warning').filter({ hasText: 'Stale isolation data: “Fewer repeat calls” compares 1 Jun 2026 – 30 Jun 2026' }),
  ).toHaveCount(1);
  await shot(page, 'evaluation-stale-isolation');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(trace).toContainText('against 1 Oct 2026 – 31 Oct 2026');
  await expect(page.getByTestId('roi-warning').filter({ hasText: 'Stale isolation data' })).toHaveCount(0);

  // Three years of benefit: the first-year headline and payback stay; the three years are shown apart.
  await card.getByLabel('Years of benefit').fill('3');
  await card.getByLabel('Years of benefit').blur();
  await expect(page.getByTestId('roi-multi-year')).toContainText('expected benefits GBP 885,600');
  await expect(page.getByTestId('roi-benefits')).toContainText('GBP 295,200');
  await expect(page.getByTestId('roi-payback')).toContainText('5.9 months');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('roi-multi-year')).toHaveCount(0);

  // Removing participants' time makes the costs not fully loaded: the warning says so, and undo brings it back.
  const participantsTime = [
    /Delete cost Agents’ practice hours/,
    /Delete cost Article owners’ review time/,
    /Delete cost Team leaders’ coaching/,
  ];
  for (const name of participantsTime) {
    await page.getByRole('button', { name }).click();
    await expect(page.getByRole('button', { name })).toHaveCount(0);
  }
  await expect(page.getByTestId('roi-warning').filter({ hasText: 'participants’ time (salary + benefits) is missing' })).toHaveCount(1);
  // Each undo brings one line back; wait for it before the next, so no click is lost.
  for (const name of [...participantsTime].reverse()) {
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByRole('button', { name })).toBeVisible();
  }
  await expect(page.getByTestId('roi-warning').filter({ hasText: 'participants’ time' })).toHaveCount(0);
});
