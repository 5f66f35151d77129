import { _electron as electron, expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, shots } from './fixtures';

/** The Electron runtime's path, or null where it is not installed (it cannot be downloaded here). */
function electronRuntime(): string | null {
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  return probe.status === 0 && probe.stdout ? probe.stdout.trim() : null;
}

const runtime = electronRuntime();

test.describe('desktop shell', () => {
  test.skip(!runtime, 'The Electron runtime is not installed on this machine; browser mode is tested instead.');

  test('opens the library in a locked-down window', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'causeway-electron-'));
    const app = await electron.launch({ executablePath: runtime!, args: ['.'], cwd: root, env: { ...process.env, CAUSEWAY_DATA_DIR: dataDir } });
    try {
      const window = await app.firstWindow();
      await expect(window.locator('body[data-ready="library"]')).toBeAttached();
      const prefs = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0].webContents.getLastWebPreferences());
      expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
      // The renderer sees our narrow bridge and nothing of Node.
      expect(await window.evaluate(() => Object.keys(window.causeway ?? {}).sort())).toEqual(['call', 'onMenuCommand']);
      expect(await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
      // window.open and navigation away are refused.
      expect(await window.evaluate(() => window.open('https://example.com') === null)).toBe(true);
      await window.evaluate(() => (window.location.href = 'https://example.com'));
      await expect(window.locator('body[data-ready="library"]')).toBeAttached();
      const menu = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((i) => i.label));
      expect(menu).toEqual(expect.arrayContaining(['File', 'Edit', 'View']));
      await window.screenshot({ path: join(shots, 'electron-library.png') });
    } finally {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
