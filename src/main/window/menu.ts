import { app, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { MENU_CHANNEL, type MenuCommand } from '../../shared/api';

/** File / Edit / View / Help with the usual shortcuts; app actions are sent to the renderer. */
export function installMenu(getWindow: () => BrowserWindow | null, recent: () => { id: string; name: string }[]) {
  const send = (command: MenuCommand, argument?: string) => () => getWindow()?.webContents.send(MENU_CHANNEL, command, argument);
  const recentItems = recent();
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'New engagement…', accelerator: 'CmdOrCtrl+N', click: send('new-engagement') },
        { label: 'Engagements', accelerator: 'CmdOrCtrl+L', click: send('open-engagements') },
        {
          label: 'Recent engagements',
          submenu: recentItems.length
            ? recentItems.map((e) => ({ label: e.name, click: send('open-engagement', e.id) }))
            : [{ label: 'None yet', enabled: false }],
        },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        // Undo/redo go to the renderer: inside a text field they undo typing, elsewhere the last saved edit.
        { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: send('undo') },
        { label: 'Redo', accelerator: isMac ? 'Shift+Cmd+Z' : 'Ctrl+Y', click: send('redo') },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [
        { label: 'Toggle dark theme', accelerator: 'CmdOrCtrl+Shift+D', click: send('toggle-theme') },
        { label: 'Presenter view (hide confidential fields)', accelerator: 'CmdOrCtrl+Shift+P', click: send('presenter') },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const }]),
      ],
    },
    {
      role: 'help',
      submenu: [
        { label: 'Keyboard shortcuts', accelerator: 'Shift+/', click: send('shortcuts') },
        { label: 'About Causeway', click: () => app.showAboutPanel() },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
