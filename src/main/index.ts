import { app, BrowserWindow, dialog, protocol, session } from 'electron';
import { join } from 'node:path';
import { registerIpc } from './api/ipc';
import { startCauseway, type Causeway } from './app';
import { dataDir } from './dataDir';
import { LibraryOpenError } from './db/errors';
import type { Dispatch } from './api/dispatch';
import { createMainWindow } from './window/createWindow';
import { openExternal } from './window/external';
import { installMenu } from './window/menu';
import { devServerOrigin } from './window/origin';
import { registerAppScheme, serveRenderer } from './window/protocol';
import { hardenAllContents, hardenSession } from './window/security';

/** Lifecycle only: one instance, open the library (migrating it), register the API, open the window. */
let causeway: Causeway | null = null;
let mainWindow: BrowserWindow | null = null;

// Before the app is ready: every renderer sandboxed, the app:// scheme privileged, and the
// navigation/window rules on every web contents from the first one on.
app.enableSandbox();
registerAppScheme(protocol);
/** The dev server only when electron-vite runs us unpackaged; a packaged app ignores the variable. */
const devServer = devServerOrigin(process.env.ELECTRON_RENDERER_URL, app.isPackaged);
hardenAllContents(app, devServer, openExternal);

if (!app.requestSingleInstanceLock()) {
  // A second instance would be a second writer to the same library: hand over and quit.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });

  app
    .whenReady()
    .then(() => {
      if (!process.env.CAUSEWAY_DATA_DIR) process.env.CAUSEWAY_DATA_DIR = dataDir();
      try {
        causeway = startCauseway({ dataDir: process.env.CAUSEWAY_DATA_DIR, mode: 'desktop', version: app.getVersion() });
      } catch (error) {
        const message = error instanceof LibraryOpenError ? error.message : `Unexpected error: ${(error as Error).message}`;
        dialog.showErrorBox('Causeway cannot open its library', message);
        app.exit(2);
        return;
      }
      hardenSession(session.defaultSession);
      // out/main/index.js serves out/renderer (inside app.asar when packaged).
      serveRenderer(protocol, join(__dirname, '../renderer'));
      const dataFolder = process.env.CAUSEWAY_DATA_DIR;
      const refreshMenu = () => causeway && installMenu(() => mainWindow, causeway.recent);
      // The File menu's recent list follows what the user opens.
      const dispatch: Dispatch = (procedure, input) => {
        const result = causeway!.dispatch(procedure, input);
        if (
          ['engagement.open', 'engagement.create', 'demo.open', 'exchange.import', 'engagement.delete', 'engagement.update'].includes(
            procedure,
          )
        )
          setTimeout(refreshMenu, 0);
        return result;
      };
      registerIpc(dispatch, () => mainWindow?.webContents, devServer);
      refreshMenu();
      mainWindow = createMainWindow(dataFolder, devServer);
      mainWindow.on('closed', () => (mainWindow = null));
    })
    .catch((error: unknown) => {
      dialog.showErrorBox('Causeway could not start', (error as Error).message);
      app.exit(2);
    });

  app.on('activate', () => {
    if (causeway && BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow(process.env.CAUSEWAY_DATA_DIR!, devServer);
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('will-quit', () => causeway?.close());
}
