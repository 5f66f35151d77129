import { ipcMain, type WebContents } from 'electron';
import { fail, IPC_CHANNEL } from '../../shared/api';
import { isTrustedSender } from '../window/security';
import type { Dispatch } from './dispatch';

/**
 * The desktop transport: one channel, and only our own window may call it: its web contents, its
 * main frame, while that frame shows a page of our origin (app://causeway, or the dev server in
 * development). The procedure name and input travel as data; dispatch does all the checking.
 */
export function registerIpc(dispatch: Dispatch, ourContents: () => WebContents | null | undefined, devServer: string | undefined) {
  ipcMain.handle(IPC_CHANNEL, (event, procedure: unknown, input: unknown) => {
    if (!isTrustedSender(event, ourContents(), devServer)) return fail('forbidden', 'This window may not call Causeway.');
    return dispatch(String(procedure), input);
  });
}
