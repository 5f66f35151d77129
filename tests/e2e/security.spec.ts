import { expect, inlineScriptRuns, openApp, test } from './fixtures';

test('browser mode: injected inline script is blocked and the key leaves the address bar', async ({ page, host }) => {
  await openApp(page, host);
  expect(page.url()).not.toContain('token');
  expect(await inlineScriptRuns(page)).toBe(false);
});

test('browser mode: a page opened without the key says what to do', async ({ page, host }) => {
  await page.goto(host.origin + '/');
  await expect(page.getByText('Open the address Causeway printed')).toBeVisible();
});
