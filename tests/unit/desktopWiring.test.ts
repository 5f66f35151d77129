import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL, ORIGIN_SWITCH } from '../../src/main/window/origin';

/**
 * The files that call Electron, run against a stand-in `electron` module (the runtime cannot be
 * installed here): the IPC transport checks the sender frame, the preload offers the bridge only
 * to our origin.
 */
const fake = vi.hoisted(() => ({
  handlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
  exposed: new Map<string, unknown>(),
  answer: 0,
  asked: [] as unknown[],
}));

vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) => fake.handlers.set(channel, handler) },
  ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() },
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => fake.exposed.set(key, api) },
  dialog: {
    showMessageBoxSync: (_window: unknown, options: unknown) => {
      fake.asked.push(options);
      return fake.answer;
    },
  },
  shell: {},
  BrowserWindow: {},
}));

beforeEach(() => {
  fake.handlers.clear();
  fake.exposed.clear();
  vi.resetModules();
});

describe('the IPC transport', () => {
  const frame = (url: string, parent: unknown = null) => ({ url, parent, processId: 3, routingId: 1 });
  class Contents extends EventEmitter {
    mainFrame = frame(APP_ENTRY_URL);
  }

  async function transport(ours: Contents | null, devServer?: string) {
    const { registerIpc } = await import('../../src/main/api/ipc');
    const { IPC_CHANNEL } = await import('../../src/shared/api/channels');
    const calls: string[] = [];
    registerIpc(
      (procedure) => (calls.push(procedure), { ok: true, data: 'done' }) as never,
      () => ours as never,
      devServer,
    );
    const handler = fake.handlers.get(IPC_CHANNEL)!;
    return { calls, call: (event: { sender: unknown; senderFrame: unknown }) => handler(event, 'engagement.list', {}) };
  }

  it('dispatches a call from our window’s main frame on our page', async () => {
    const ours = new Contents();
    const { calls, call } = await transport(ours);
    expect(call({ sender: ours, senderFrame: ours.mainFrame })).toEqual({ ok: true, data: 'done' });
    expect(calls).toEqual(['engagement.list']);
  });

  it('refuses an inner frame, a vanished frame, another page in our window and another web contents', async () => {
    const ours = new Contents();
    const { calls, call } = await transport(ours);
    const refused = [
      { sender: ours, senderFrame: frame(APP_ENTRY_URL, ours.mainFrame) },
      { sender: ours, senderFrame: null },
      { sender: new Contents(), senderFrame: ours.mainFrame },
    ];
    for (const event of refused) expect(call(event)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    ours.mainFrame.url = 'file:///home/u/Downloads/dropped.html';
    expect(call({ sender: ours, senderFrame: ours.mainFrame })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(calls).toEqual([]);
  });

  it('refuses everything once the window is gone', async () => {
    const ours = new Contents();
    const { call } = await transport(null);
    expect(call({ sender: ours, senderFrame: ours.mainFrame })).toMatchObject({ ok: false });
  });
});

describe('the preload', () => {
  const argv = process.argv;
  afterEach(() => {
    process.argv = argv;
    vi.unstubAllGlobals();
  });

  async function loadAt(href: string, origin: string | undefined) {
    const u = new URL(href);
    vi.stubGlobal('window', {
      location: { protocol: u.protocol, host: u.host, origin: u.protocol === 'app:' ? `app://${u.host}` : u.origin },
    });
    process.argv = [...argv, ...(origin ? [`${ORIGIN_SWITCH}${origin}`] : [])];
    fake.exposed.clear();
    vi.resetModules();
    await import('../../src/preload/index');
    return fake.exposed.get('causeway');
  }

  it('offers window.causeway to our page', async () => {
    const api = await loadAt('app://causeway/index.html', 'app://causeway');
    expect(Object.keys(api as object).sort()).toEqual(['call', 'onMenuCommand']);
  });

  it('offers it to the dev server page in development', async () => {
    expect(await loadAt('http://localhost:5173/', 'http://localhost:5173')).toBeDefined();
  });

  it('offers nothing to a local file, another host or a look-alike dev server', async () => {
    expect(await loadAt('file:///home/u/Downloads/dropped.html', 'app://causeway')).toBeUndefined();
    expect(await loadAt('file://host/share/x.html', undefined)).toBeUndefined();
    expect(await loadAt('app://evil/index.html', 'app://causeway')).toBeUndefined();
    expect(await loadAt('http://localhost.evil.example:5173/', 'http://localhost:5173')).toBeUndefined();
    expect(await loadAt('http://localhost:5174/', 'http://localhost:5173')).toBeUndefined();
  });
});

describe('closing the window with unsaved work', () => {
  const closing = async (answer: number) => {
    fake.answer = answer;
    fake.asked.length = 0;
    const { askBeforeLosingWork } = await import('../../src/main/window/external');
    const window = { webContents: new EventEmitter() };
    askBeforeLosingWork(window as never);
    const event = {
      prevented: false,
      preventDefault() {
        this.prevented = true;
      },
    };
    window.webContents.emit('will-prevent-unload', event);
    return event.prevented;
  };

  it('asks, and stays when the user says so (the default)', async () => {
    expect(await closing(0)).toBe(false);
    expect(fake.asked).toEqual([expect.objectContaining({ message: 'A change is not saved yet', defaultId: 0, cancelId: 0 })]);
  });

  it('closes only when the user chooses to leave', async () => {
    expect(await closing(1)).toBe(true);
  });
});
