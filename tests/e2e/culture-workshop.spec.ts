import { readFileSync } from 'node:fs';
import { latestCheck, readinessSentence, statementIds } from '../../src/shared/domain';
import { pdfText } from '../support/pdf';
import { api, expect, openApp, shot, test } from './fixtures';

test('capture the culture check in workshop mode by keyboard, then read the readiness in the briefing', async ({ page, host }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page, host);
  const demo = await api(page, 'demo.open', {});
  const before = await api(page, 'engagement.open', { id: demo.id });
  const check = latestCheck(before.cultureChecks)!;
  const count = (d: typeof before) => d.cultureResponses.filter((r) => r.checkId === check.id).length;
  await page.goto(`${host.origin}/#/engagement/${demo.id}/causes`);
  await page.getByRole('button', { name: 'Workshop' }).click();
  await expect(page.getByTestId('workshop')).toBeVisible();
  // The activity switch is a radio group: arrow keys move to the culture check.
  await page.getByRole('radio', { name: 'Causes' }).focus();
  await page.keyboard.press('ArrowRight');

  // The respondent chooses a group: the first is focused, Tab moves on, Enter starts.
  const culture = page.getByTestId('workshop-culture');
  await expect(culture.getByRole('heading', { name: 'Which group are you in?' })).toBeVisible();
  await expect(culture.getByRole('button', { name: 'Leaders' })).toBeFocused();
  for (const size of [
    [1024, 768],
    [1280, 720],
    [1440, 900],
  ] as const) {
    await page.setViewportSize({ width: size[0], height: size[1] });
    await shot(page, `culture-workshop-group-${size[0]}x${size[1]}`);
  }
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(culture.getByRole('button', { name: 'Staff' })).toBeFocused();
  await page.keyboard.press('Enter');

  // One statement at a time, in large type; 1-5 answers and moves on, Backspace goes back.
  const progress = page.getByTestId('culture-progress');
  await expect(progress).toHaveText(`Statement 1 of ${statementIds.length} · Staff`);
  await expect(page.getByTestId('culture-statement')).toHaveText('Our senior leaders explain how learning serves the strategy.');
  await page.keyboard.press('4');
  await page.keyboard.press('4');
  await page.keyboard.press('4');
  await expect(progress).toHaveText('Statement 4 of 21 · Staff');
  await page.keyboard.press('Backspace');
  await expect(progress).toHaveText('Statement 3 of 21 · Staff');
  await page.keyboard.press('3'); // statement 3 answered again
  await expect(page.getByTestId('culture-statement')).toHaveText('I know the two or three results my work is judged by.');
  for (const size of [
    [1024, 768],
    [1280, 720],
    [1440, 900],
  ] as const) {
    await page.setViewportSize({ width: size[0], height: size[1] });
    await shot(page, `culture-workshop-statement-${size[0]}x${size[1]}`);
  }
  // The next 17 statements: ratings of 2 (a sceptical agent); the last they cannot judge, so 0 skips it.
  for (let i = 3; i < statementIds.length - 1; i++) await page.keyboard.press('2');
  await expect(progress).toHaveText('Statement 21 of 21 · Staff');
  await page.keyboard.press('0');
  await expect(progress).toHaveText('20 of 21 statements rated · Staff');
  await expect(page.getByTestId('culture-summary')).toContainText('1 skipped, left out of the scores');
  await expect(page.getByTestId('culture-save')).toBeFocused();
  await shot(page, 'culture-workshop-save-1440x900');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('culture-saved')).toContainText('Answers saved, anonymously');
  // The next respondent starts afresh: nothing of the last one is on screen.
  await expect(culture.getByRole('button', { name: 'Leaders' })).toBeFocused();
  await expect(culture).not.toContainText('Staff ·');

  // One more respondent in the check: anonymous, from the workshop, with the ratings typed.
  const after = await api(page, 'engagement.open', { id: demo.id });
  expect(count(after)).toBe(count(before) + 1);
  const added = after.cultureResponses.find((r) => !before.cultureResponses.some((b) => b.id === r.id))!;
  expect(added).toMatchObject({ kind: 'person', group: 'Staff', respondent: 'W-001', source: 'workshop' });
  expect(added.answers).toMatchObject({ 'leaders.1': 4, 'leaders.2': 4, 'leaders.3': 3, 'expectations.1': 2, 'safety.2': 2 });
  // The skipped statement is left out, not stored as a rating.
  expect(Object.keys(added.answers)).toHaveLength(20);
  expect(added.answers).not.toHaveProperty('safety.3');

  // The briefing, saved from the Report step, says the readiness the domain computes with this answer in.
  await page.getByRole('button', { name: 'End workshop' }).click();
  await page
    .getByRole('button', { name: /Report/ })
    .first()
    .click();
  await page.getByTestId('export-briefing').getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByRole('dialog', { name: /Leadership briefing/ });
  await expect(preview.getByTestId('preview-info')).toContainText('Rendered in');
  const [download] = await Promise.all([page.waitForEvent('download'), preview.getByRole('button', { name: 'Save PDF' }).click()]);
  const text = pdfText(readFileSync(await download.path())).text.replace(/\s+/g, ' ');
  const sentence = readinessSentence(check, after.cultureResponses);
  expect(sentence).toMatch(/^Readiness: \d of 7 levers under target/);
  expect(text).toContain(sentence);
  expect(text).not.toContain('W-001');
});
