import { api, choose, expect, openApp, shot, test } from './fixtures';

const sizes = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
];

/**
 * A survey export: lever 5 by code (L5S1…), lever 1's first statement by its wording, one rating in words.
 * Leaders rate managers' coaching high, staff low: the check must flag the gap.
 */
/** The demo comes with its own check (CONTENT.md section 11); these tests start from none. */
async function demoWithoutCheck(page: Parameters<typeof api>[0]) {
  const engagementId = (await api(page, 'demo.open', {})).id;
  for (const check of (await api(page, 'engagement.open', { id: engagementId })).cultureChecks)
    await api(page, 'cultureCheck.delete', { id: check.id });
  return engagementId;
}

const survey = [
  'Group,L5S1,L5S2,L5S3,Our senior leaders explain how learning serves the strategy.',
  'Leaders,5,4,5,5',
  'Leaders,4,4,4,5',
  'Staff,2,1,2,3',
  'Staff,1,2,disagree,4',
  'Managers,2,2,2,4',
].join('\n');

test('run a culture check: type a respondent, import a survey, read the heatmap, turn a weak lever into an intervention', async ({
  page,
  host,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openApp(page, host);
  await page.goto(`${host.origin}/#/engagement/${await demoWithoutCheck(page)}/causes`);
  await page
    .getByRole('button', { name: /Causes/ })
    .first()
    .click();
  // The check is environment work beside the cause analysis: its door is in the Causes step's header.
  await page.setViewportSize({ width: 1024, height: 768 });
  await expect(page.getByRole('button', { name: 'Culture check', exact: true })).toBeVisible();
  await shot(page, 'culture-causes-header-1024x768');
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByRole('button', { name: 'Culture check', exact: true }).click();
  await expect(page).toHaveURL(/\/culture$/);
  const view = page.getByTestId('culture-view');

  await shot(page, 'culture-empty');
  await view.getByRole('button', { name: 'Start a culture check' }).click();
  const form = page.getByRole('dialog', { name: 'Start a culture check' });
  await expect(form.getByLabel('Name')).toHaveValue('Baseline');
  await form.getByRole('button', { name: 'Start the check' }).click();
  await expect(form).toBeHidden();
  await expect(view.getByTestId('culture-respondents')).toHaveText('Nobody has answered yet.');

  // One respondent typed by hand: anonymous, labelled R-001.
  await view.getByRole('button', { name: 'Type a respondent’s answers' }).click();
  const person = page.getByRole('dialog', { name: 'Answers of respondent R-001' });
  await choose(page, person, 'Group', 'Staff');
  await person
    .getByRole('radiogroup', { name: 'My manager coaches me regularly.' })
    .getByRole('radio', { name: '1: Strongly disagree' })
    .check();
  await person
    .getByRole('radiogroup', { name: 'My manager helps me apply what I learn.' })
    .getByRole('radio', { name: '2: Disagree' })
    .check();
  await person
    .getByRole('radiogroup', { name: 'Our senior leaders explain how learning serves the strategy.' })
    .getByRole('radio', { name: '5: Strongly agree' })
    .check();
  await expect(person.getByText('3 of 21 statements rated')).toBeVisible();
  await shot(page, 'culture-person-form');
  await person.getByRole('button', { name: 'Save R-001' }).click();
  await expect(person).toBeHidden();
  await expect(view.getByTestId('culture-respondents')).toContainText('1 person answered');

  // A survey export: previewed, nothing written until confirmed.
  await view.getByRole('button', { name: 'Import a survey export' }).click();
  const importer = page.getByRole('dialog', { name: 'Import a survey export' });
  await importer.locator('input[type="file"]').setInputFiles({ name: 'survey.csv', mimeType: 'text/csv', buffer: Buffer.from(survey) });
  await expect(importer.getByTestId('culture-csv-summary')).toHaveText('5 of 5 respondents can be imported.');
  await expect(importer.getByTestId('culture-csv-mapped')).toContainText('4 of 21 statements matched to a column');
  await expect(view.getByTestId('culture-respondents')).toContainText('1 person answered');
  await shot(page, 'culture-import-preview');
  await importer.getByRole('button', { name: 'Import 5 respondents' }).click();
  await expect(importer).toBeHidden();
  await expect(view.getByTestId('culture-respondents')).toHaveText('6 people answered: Leaders 2 · Managers 1 · Staff 3 · L&D 0');

  // The heatmap, worked by hand: staff rated lever 5 with 1,2 (typed) and 2,1,2 and 1,2,2 (imported): 13 / 8.
  const heatmap = view.getByTestId('culture-heatmap');
  await expect(
    heatmap.getByRole('cell', { name: 'Managers own development, Staff: 1.6 from 3 people, under target, few answers' }),
  ).toContainText('1.6');
  await expect(heatmap.getByRole('cell', { name: /^Managers own development, Leaders: 4\.3 from 2 people/ })).toBeVisible();
  await expect(heatmap.getByRole('cell', { name: /^Managers own development, everyone: 2\.6 from 6 people, under target$/ })).toBeVisible();
  await expect(view.getByTestId('culture-low-response')).toContainText('Managers: only 1 answered, so read their scores with care.');

  const flag = view.getByRole('article', { name: 'Lever 5: Managers own development' });
  await expect(flag).toContainText('Scores 2.6 against a target of 4.');
  await expect(flag).toContainText('Leaders rate it 4.3, staff 1.6.');

  for (const size of sizes) {
    await page.setViewportSize(size);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, `culture-${size.width}x${size.height}`);
  }

  // A weak lever's action becomes an intervention, in its BEM cell; the flag then lists it, and does not offer it twice.
  await flag.getByRole('button', { name: 'Add as intervention: Protect time in managers’ diaries for coaching' }).click();
  // Linked at once to the demo's open causes in cell 2 (tools, process and time).
  await expect(flag.getByTestId('lever-action-added')).toHaveText('Added as an intervention, addressing 3 open causes in its cell');
  await expect(flag.getByTestId('lever-made')).toContainText('Protect time in managers’ diaries for coaching');
  await expect(flag.getByRole('button', { name: 'Add as intervention: Protect time in managers’ diaries for coaching' })).toHaveCount(0);
  await shot(page, 'culture-lever-actions');

  // Or as a required driver of one behaviour.
  await flag.getByRole('button', { name: 'Add as required driver: Give managers a toolkit for coaching conversations' }).click();
  await choose(page, page, 'For which behaviour?', 'review two calls per agent per week and give feedback');
  await page.getByRole('button', { name: 'Add the encourage driver' }).click();
  await expect(flag.getByTestId('lever-made')).toContainText(
    'Required driver (encourage) of “review two calls per agent per week and give feedback”: Give managers a toolkit for coaching conversations',
  );
  await expect(
    flag.getByRole('button', { name: 'Add as required driver: Give managers a toolkit for coaching conversations' }),
  ).toHaveCount(0);

  await flag.getByTestId('lever-made').getByRole('button', { name: 'Protect time in managers’ diaries for coaching' }).click();
  await expect(page).toHaveURL(/\/interventions$/);
  // Linked to the demo's open causes in cell 2, so it shows under them; and in the list of all interventions.
  await expect(
    page.getByTestId('cause-interventions').filter({ hasText: 'Protect time in managers’ diaries for coaching' }).first(),
  ).toBeVisible();
  await page.getByText(/^All interventions/).click();
  const card = page.getByRole('article', { name: 'Intervention: Protect time in managers’ diaries for coaching' });
  await expect(card).toBeVisible();
  await card.scrollIntoViewIfNeeded();
  await shot(page, 'culture-intervention-made');
});

test('a follow-up check shows each lever’s movement from the baseline, in words as well as arrows', async ({ page, host }) => {
  await openApp(page, host);
  const engagementId = await demoWithoutCheck(page);
  const person = (group: string, rating: number) =>
    ({ kind: 'person', group, respondent: '', source: 'typed', answers: { 'managers.1': rating, 'leaders.1': 4 } }) as const;
  const baseline = (await api(page, 'cultureCheck.create', { engagementId, fields: { name: 'Baseline', heldOn: '2026-03-01' } })).id!;
  await api(page, 'cultureResponse.add', { checkId: baseline, rows: [person('Staff', 2), person('Managers', 2)] });
  const followUp = (await api(page, 'cultureCheck.create', { engagementId, fields: { name: 'Follow-up', heldOn: '2026-09-01' } })).id!;
  await api(page, 'cultureResponse.add', { checkId: followUp, rows: [person('Staff', 3), person('Managers', 4)] });

  await page.goto(`${host.origin}/#/engagement/${engagementId}/culture`);
  await expect(page.getByTestId('culture-view')).toBeVisible();
  // The latest check is shown; the other is one click away.
  await expect(page.getByRole('radio', { name: 'Follow-up' })).toBeChecked();
  const movement = page.getByTestId('culture-movement');
  await expect(movement.getByRole('row', { name: /Managers own development/ })).toHaveText(/2\.03\.5up 1\.5/);
  await expect(movement.getByRole('row', { name: /Leaders and strategy/ })).toHaveText(/4\.04\.0no change/);
  await expect(movement.getByRole('row', { name: /Clear expectations/ })).toContainText('not in both checks');
  for (const size of sizes) {
    await page.setViewportSize(size);
    await movement.scrollIntoViewIfNeeded();
    await shot(page, `culture-movement-${size.width}x${size.height}`);
  }
});
