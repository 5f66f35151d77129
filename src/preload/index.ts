import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNEL, MENU_CHANNEL, menuCommands, type MenuCommand } from '../shared/api/channels';
import { isAppLocation, ORIGIN_SWITCH } from '../main/window/origin';

/**
 * The renderer's only door to the main side: call a procedure of the contract (dispatch checks
 * the name and input), and hear menu commands. No ipcRenderer, no Node, nothing else. The door
 * exists only in a document of our own origin (the main side passes it on the command line): a
 * page that got into the window some other way finds no `window.causeway`, and the main side
 * refuses its calls anyway.
 */
const api = {
  call: (procedure: string, input: unknown) => ipcRenderer.invoke(IPC_CHANNEL, procedure, input),
  onMenuCommand: (listener: (command: MenuCommand, argument?: string) => void) => {
    const handler = (_event: unknown, command: MenuCommand, argument?: unknown) => {
      if (menuCommands.includes(command)) listener(command, typeof argument === 'string' ? argument : undefined);
    };
    ipcRenderer.on(MENU_CHANNEL, handler);
    return () => void ipcRenderer.removeListener(MENU_CHANNEL, handler);
  },
};

export type CausewayBridge = typeof api;

const allowedOrigin = process.argv.find((arg) => arg.startsWith(ORIGIN_SWITCH))?.slice(ORIGIN_SWITCH.length);
if (isAppLocation(window.location, allowedOrigin)) contextBridge.exposeInMainWorld('causeway', api);
