import { BrowserWindow, shell } from 'electron';
import { join } from 'node:path';
import { hardenContents, isSafeExternalUrl, secureWebPreferences } from './security';

/** The one main window. All security settings live in ./security so a test can read them. */
export function createMainWindow(): BrowserWindow {
  const devServerUrl = process.env.ELECTRON_RENDERER_URL;
  const window = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Causeway',
    backgroundColor: '#f7f8fa',
    webPreferences: secureWebPreferences(join(__dirname, '../preload/index.js')),
  });
  hardenContents(window.webContents, devServerUrl, (url) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
  });
  window.once('ready-to-show', () => window.show());
  if (devServerUrl) void window.loadURL(devServerUrl);
  else void window.loadFile(join(__dirname, '../renderer/index.html'));
  return window;
}
