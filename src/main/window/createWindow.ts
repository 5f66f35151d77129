import { BrowserWindow, screen, shell } from 'electron';
import { readWindowState, writeWindowState } from './bounds';
import { join } from 'node:path';
import { hardenContents, secureWebPreferences } from './security';

/** The one main window. All security settings live in ./security so a test can read them. */
export function createMainWindow(dataDir: string): BrowserWindow {
  const devServerUrl = process.env.ELECTRON_RENDERER_URL;
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
    webPreferences: secureWebPreferences(join(__dirname, '../preload/index.js')),
  });
  hardenContents(window.webContents, devServerUrl, (url) => {
    shell.openExternal(url).catch(() => undefined); // the system browser reports its own failures
  }); // only http(s) gets this far
  window.once('ready-to-show', () => {
    if (saved?.maximized) window.maximize();
    window.show();
  });
  window.on('close', () => writeWindowState(dataDir, { bounds: window.getNormalBounds(), maximized: window.isMaximized() }));
  const loading = devServerUrl ? window.loadURL(devServerUrl) : window.loadFile(join(__dirname, '../renderer/index.html'));
  loading.catch((error: unknown) => console.error(`[causeway] the window could not load: ${(error as Error).message}`));
  return window;
}
