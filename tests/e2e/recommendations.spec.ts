import { pdfText } from '../support/pdf';
import { api, expect, openApp, shot, test } from './fixtures';

/**
 * The published-style case: both causes are environmental (no incentive to log calls; a reporting
 * system that does not track them) and a sales course is linked to both. The diagnosis says 100%
 * process, so nothing may present the course as a recommendation.
 */
test('a course linked to environmental causes earns no credit, ranks last and is not recommended in the briefing', async ({
  page,
  host,
}) => {
  await openApp(page, host);
  const e = await api(page, 'engagement.create', {
    name: 'CRM adoption',
    client: 'Contoso',
    sponsor: '',
    consultant: '',
    startDate: null,
    endDate: null,
    confidential: false,
    status: 'diagnosing',
  });
  const outcome = await api(page, 'outcome.create', {
    engagementId: e.id,
    fields: { kpiName: 'Calls logged', unit: '%', baselineValue: 40, targetValue: 90 },
  });
  const behaviour = await api(page, 'behaviour.create', { outcomeId: outcome.id!, fields: { text: 'log every sales call in the CRM' } });
  const incentive = await api(page, 'cause.create', {
    behaviourId: behaviour.id!,
    fields: { cell: 3, text: 'Nothing rewards logging calls, and nobody notices when it is skipped', evidenceState: 'confirmed' },
  });
  const reporting = await api(page, 'cause.create', {
    behaviourId: behaviour.id!,
    fields: { cell: 2, text: 'The reporting system does not track logged calls', evidenceState: 'confirmed' },
  });
  await api(page, 'intervention.create', {
    engagementId: e.id,
    fields: { name: 'CRM sales training', catalogueKey: 'ilt-practice', kind: 'training', effort: 1 },
    causeIds: [incentive.id!, reporting.id!],
  });

  await page.goto(`${host.origin}/#/engagement/${e.id}/interventions`);
  await expect(page.locator('body[data-ready="engagement"]')).toBeAttached();
  // Plan the fitting fix through the picker: incentive realignment for the incentive cause.
  const incentiveCause = page.getByTestId('cause-interventions').filter({ hasText: 'Nothing rewards logging calls' });
  await incentiveCause.getByRole('button', { name: /Add intervention for/ }).click();
  await page
    .getByRole('dialog', { name: /Intervention for/ })
    .getByTestId('catalogue-entry')
    .filter({ hasText: 'Incentive realignment' })
    .click();
  await expect(incentiveCause).toContainText('Incentive realignment');

  await page
    .getByRole('radiogroup', { name: 'Interventions view' })
    .getByText(/All interventions/)
    .click();
  const course = page.getByTestId('intervention-card').filter({ has: page.locator('input[value="CRM sales training"]') });
  await expect(course.getByTestId('intervention-credit')).toHaveText('Addresses 0%');
  // The non-fit is on each link, and the card says what training cannot fix.
  const links = course.locator('[data-fits="no"]');
  await expect(links).toHaveCount(2);
  await expect(links.first()).toContainText('does not address this cause’s cell');
  await expect(
    course.getByTestId('training-warning').filter({ hasText: 'Training won’t fix this: none of the weighted causes' }),
  ).toHaveCount(1);
  await shot(page, 'recommendations-course-card');

  await page.getByRole('radiogroup', { name: 'Interventions view' }).getByText('Impact × effort').click();
  const rows = page.getByTestId('ranking').locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('Incentive realignment');
  await expect(rows.last()).toContainText('CRM sales training');
  await expect(rows.last()).toContainText('0%');
  await expect(rows.last().getByTestId('quick-win')).toHaveCount(0);
  await shot(page, 'recommendations-ranking');

  // The map marks both links, and the read-back says the course will not remove the causes.
  await page.goto(`${host.origin}/#/engagement/${e.id}/map`);
  await expect(page.locator('body[data-map="ready"]')).toBeAttached();
  await expect(page.getByTestId('edge-not-addressed')).toHaveText([
    'does not address this cause’s cell',
    'does not address this cause’s cell',
  ]);
  await page.locator('[data-node-key^="intervention:"]', { hasText: 'CRM sales training' }).click();
  await expect(page.getByTestId('read-back')).toContainText('CRM sales training is linked to “Nothing rewards logging calls');
  await expect(page.getByTestId('read-back')).toContainText(
    'does not address this cause’s cell (Incentives), so it will not help people log every sales call in the CRM',
  );
  await shot(page, 'recommendations-map');

  // The briefing: the course is not a recommendation, not a quick win, and training's limits are said.
  const pdf = await api(page, 'report.pdf', { id: e.id, kind: 'briefing', clientSafe: false });
  const { text } = pdfText(Buffer.from(pdf.base64, 'base64'));
  const flat = text.replace(/\s+/g, ' ');
  const recommendations = flat.slice(flat.indexOf('Recommendations'), flat.indexOf('Not recommended as planned'));
  expect(recommendations).toContain('Incentive realignment');
  expect(recommendations).not.toContain('CRM sales training');
  expect(flat).toContain('Not recommended as planned');
  expect(flat).toContain('CRM sales training addresses none of the causes it is linked to');
  expect(flat).toContain('Training won’t fix this: none of the weighted causes of “log every sales call in the CRM” is a learning gap');
  expect(flat).not.toMatch(/CRM sales training[^.]*quick win/);
  const decisions = flat.slice(flat.indexOf('Decisions needed'));
  expect(decisions).not.toContain('CRM sales training');
});
