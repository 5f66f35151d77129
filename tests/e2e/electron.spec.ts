import { _electron as electron, expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inlineScriptRuns, root, shots } from './fixtures';

/** The Electron runtime's path, or null where it is not installed (it cannot be downloaded here). */
function electronRuntime(): string | null {
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return probe.status === 0 && probe.stdout ? probe.stdout.trim() : null;
}

const runtime = electronRuntime();

test.describe('desktop shell', () => {
  test.skip(!runtime, 'The Electron runtime is not installed on this machine; browser mode is tested instead.');

  test('opens the engagement list in a locked-down window', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'causeway-electron-'));
    const app = await electron.launch({
      executablePath: runtime!,
      args: ['.'],
      cwd: root,
      env: { ...process.env, CAUSEWAY_DATA_DIR: dataDir },
    });
    try {
      const page = await app.firstWindow();
      await expect(page.locator('body[data-ready="engagements"]')).toBeAttached();
      // No Node in the renderer, and only our narrow bridge across the context boundary.
      expect(
        await page.evaluate(() => [
          typeof (globalThis as { require?: unknown }).require,
          typeof (globalThis as { process?: unknown }).process,
        ]),
      ).toEqual(['undefined', 'undefined']);
      expect(await page.evaluate(() => Object.keys(window.causeway ?? {}).sort())).toEqual(['call', 'onMenuCommand']);
      // The CSP stops injected inline script.
      expect(await inlineScriptRuns(page)).toBe(false);
      // window.open and navigation away are refused.
      expect(await page.evaluate(() => window.open('https://example.com') === null)).toBe(true);
      // The renderer comes from app://causeway, and the window stays there: no remote page, no local file.
      expect(page.url()).toMatch(/^app:\/\/causeway\//);
      for (const away of ['https://example.com', 'file:///etc/passwd']) {
        await page.evaluate((url) => (window.location.href = url), away);
        await expect(page.locator('body[data-ready="engagements"]')).toBeAttached();
        expect(page.url()).toMatch(/^app:\/\/causeway\//);
      }
      // The protocol serves built files with the CSP, and nothing outside the renderer folder.
      expect(
        await page.evaluate(async () => {
          const index = await fetch('/index.html');
          const escapes = await Promise.all(
            ['/../../package.json', '/%2e%2e/%2e%2e/package.json', '/..%2f..%2fpackage.json'].map((p) => fetch(p)),
          );
          return [index.status, index.headers.get('content-security-policy') !== null, ...escapes.map((r) => r.status)];
        }),
      ).toEqual([200, true, 404, 404, 404]);
      // Screen capture is refused.
      expect(
        await page.evaluate(() =>
          navigator.mediaDevices.getDisplayMedia().then(
            () => 'granted',
            () => 'refused',
          ),
        ),
      ).toBe('refused');
      const windows = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length);
      expect(windows).toBe(1);
      const menu = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((i) => i.label));
      expect(menu).toEqual(expect.arrayContaining(['File', 'Edit', 'View']));
      await page.screenshot({ path: join(shots, 'electron-engagements.png') });
    } finally {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
