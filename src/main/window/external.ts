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

/** What the window asks when the page holds work it could not save yet; Stay is the default. */
export const unsavedQuestion = {
  type: 'warning' as const,
  buttons: ['Stay', 'Leave without saving'],
  defaultId: 0,
  cancelId: 0,
  noLink: true,
  message: 'A change is not saved yet',
  detail: 'A save is still waiting, or a field holds text Causeway refused. Stay to finish it; if you leave, that change is lost.',
};
export const LEAVE_BUTTON = 1;

/**
 * The renderer asks before closing while work is unsaved (its beforeunload). Electron would just
 * refuse to close, silently: ask the user instead, and close only if they choose to leave.
 */
export function askBeforeLosingWork(window: BrowserWindow) {
  window.webContents.on('will-prevent-unload', (event) => {
    if (dialog.showMessageBoxSync(window, unsavedQuestion) === LEAVE_BUTTON) event.preventDefault();
  });
}
