import { BrowserWindow, screen } from 'electron';
import { join } from 'node:path';
import { readWindowState, writeWindowState } from './bounds';
import { askBeforeLosingWork, openExternal } from './external';
import { APP_ENTRY_URL } from './origin';
import { hardenContents, secureWebPreferences } from './security';

/**
 * The one main window. All security settings live in ./security so a test can read them. The
 * renderer comes from app://causeway (./protocol), or from the dev server in development.
 */
export function createMainWindow(dataDir: string, devServer: string | undefined): BrowserWindow {
  // Reopen where the user left it, if that place is still on a screen.
  const saved = readWindowState(
    dataDir,
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const window = new BrowserWindow({
    width: 1360,
    height: 860,
    ...(saved?.bounds ?? {}),
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Causeway',
    backgroundColor: '#f7f8fa',
    webPreferences: secureWebPreferences(join(__dirname, '../preload/index.js'), devServer),
  });
  // Already done by the app-wide guard (web-contents-created); repeated here so this window is
  // never without it, and harmless twice.
  hardenContents(window.webContents, devServer, openExternal);
  askBeforeLosingWork(window);
  window.once('ready-to-show', () => {
    if (saved?.maximized) window.maximize();
    window.show();
  });
  window.on('close', () => writeWindowState(dataDir, { bounds: window.getNormalBounds(), maximized: window.isMaximized() }));
  window
    .loadURL(devServer ?? APP_ENTRY_URL)
    .catch((error: unknown) => console.error(`[causeway] the window could not load: ${(error as Error).message}`));
  return window;
}
