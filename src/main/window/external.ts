import { BrowserWindow, dialog, shell } from 'electron';
import { externalConfirmation, externalOpener, OPEN_BUTTON, type OpenExternal } from './security';

/**
 * The system browser, reached only after the user has read the whole address and chosen to open
 * it (Cancel is the default). The decisions live in ./security; this file only calls Electron.
 */
const openAfterConfirming = externalOpener({
  confirm: async (href, contents) => {
    const owner = contents && !contents.isDestroyed() ? BrowserWindow.fromWebContents(contents) : null;
    const options = externalConfirmation(href);
    const { response } = owner ? await dialog.showMessageBox(owner, options) : await dialog.showMessageBox(options);
    return response === OPEN_BUTTON;
  },
  open: (href) => shell.openExternal(href, { activate: true }),
});

export const openExternal: OpenExternal = (url, contents) => {
  openAfterConfirming(url, contents).catch(() => false); // it settles on its own; nothing to report
};
