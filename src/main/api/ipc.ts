import { ipcMain, type WebContents } from 'electron';
import { fail, IPC_CHANNEL } from '../../shared/api';
import type { Dispatch } from './dispatch';

/**
 * The desktop transport: one channel, and only our own window may call it. The procedure name
 * and input travel as data; dispatch does all the checking.
 */
export function registerIpc(dispatch: Dispatch, isTrustedSender: (sender: WebContents) => boolean) {
  ipcMain.handle(IPC_CHANNEL, (event, procedure: unknown, input: unknown) => {
    if (!isTrustedSender(event.sender) || (event.senderFrame && event.senderFrame !== event.sender.mainFrame)) {
      return fail('forbidden', 'This window may not call Causeway.');
    }
    return dispatch(String(procedure), input);
  });
}
