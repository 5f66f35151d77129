/** The one IPC channel; procedures travel inside it, so no channel string is typed twice. */
export const IPC_CHANNEL = 'causeway:call';
/** Main -> renderer: a menu item was chosen (undo, redo, new engagement, ...). */
export const MENU_CHANNEL = 'causeway:menu';
export const menuCommands = [
  'undo',
  'redo',
  'new-engagement',
  'open-engagements',
  'toggle-theme',
  'shortcuts',
  'open-engagement',
  'presenter',
] as const;
export type MenuCommand = (typeof menuCommands)[number];
/** Browser mode: the header carrying the per-launch token. */
export const TOKEN_HEADER = 'x-causeway-token';
