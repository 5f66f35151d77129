import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/main/policy/csp';
import { dataDir } from '../../src/main/dataDir';
import { APP_ENTRY_URL, devServerOrigin, isAppBlobUrl, isAppLocation, ORIGIN_SWITCH } from '../../src/main/window/origin';
import {
  externalConfirmation,
  externalOpener,
  externalUrlToOffer,
  hardenAllContents,
  hardenContents,
  hardenSession,
  isAppUrl,
  isSafeExternalUrl,
  isTrustedSender,
  mayNavigate,
  OPEN_BUTTON,
  secureWebPreferences,
} from '../../src/main/window/security';

const DEV = 'http://localhost:5173';

/** Addresses that must never count as ours, in either mode. */
const foreign = [
  'file:///etc/passwd',
  'file:///app/out/renderer/index.html',
  'file://host/share/x.html',
  'file://localhost/C:/Users/a/evil.html',
  'http://localhost:5173.evil.example/',
  'http://localhost:5173@evil.example/',
  'http://localhost:51730/',
  'https://localhost:5173/',
  'http://127.0.0.1:5173/',
  'https://evil.example',
  'app://causeway.evil.example/index.html',
  'app://evil/index.html',
  'app://user:pw@causeway/index.html',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'about:blank',
  'blob:app://causeway/1234',
  'chrome://settings',
  'not a url',
  '',
];

describe('window security settings', () => {
  it('isolates the renderer completely and tells the preload the one allowed origin', () => {
    expect(secureWebPreferences('/app/preload.js')).toMatchObject({
      preload: '/app/preload.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      additionalArguments: [`${ORIGIN_SWITCH}app://causeway`],
    });
    expect(secureWebPreferences('/p.js', DEV)?.additionalArguments).toEqual([`${ORIGIN_SWITCH}${DEV}`]);
  });
  it('allows only our own scripts and no remote connections', () => {
    expect(contentSecurityPolicy).toContain("script-src 'self'");
    expect(contentSecurityPolicy).toContain("connect-src 'self'");
    expect(contentSecurityPolicy).toContain("object-src 'none'");
    expect(contentSecurityPolicy).not.toMatch(/unsafe-eval|https?:/);
  });
});

describe('our origin', () => {
  it('is app://causeway in the packaged app, and nothing else', () => {
    expect(isAppUrl(APP_ENTRY_URL, undefined)).toBe(true);
    expect(isAppUrl('app://causeway/index.html#/engagements/1', undefined)).toBe(true);
    expect(isAppUrl('app://CAUSEWAY/assets/index.js', undefined)).toBe(true);
    for (const url of [...foreign, DEV, `${DEV}/#/`]) expect(isAppUrl(url, undefined), url).toBe(false);
  });
  it('is exactly the dev server’s origin in development (no prefix match), and then app:// is not ours', () => {
    expect(isAppUrl(`${DEV}/#/`, DEV)).toBe(true);
    expect(isAppUrl(`${DEV}/src/main.tsx?v=1`, DEV)).toBe(true);
    for (const url of [...foreign, APP_ENTRY_URL]) expect(isAppUrl(url, DEV), url).toBe(false);
  });
  it('trusts a dev server only unpackaged, over http(s), on this machine', () => {
    expect(devServerOrigin('http://localhost:5173', false)).toBe(DEV);
    expect(devServerOrigin('http://localhost:5173/', false)).toBe(DEV);
    expect(devServerOrigin('http://127.0.0.1:5174', false)).toBe('http://127.0.0.1:5174');
    expect(devServerOrigin('http://localhost:5173', true)).toBeUndefined();
    for (const url of [
      'https://evil.example',
      'http://localhost.evil.example:5173',
      'file:///tmp/x.html',
      'http://u:p@localhost:5173',
      'x',
      '',
    ])
      expect(devServerOrigin(url, false), url).toBeUndefined();
    expect(devServerOrigin(undefined, false)).toBeUndefined();
  });
  it('recognises blob: addresses our page made, and no others', () => {
    expect(isAppBlobUrl('blob:app://causeway/5b3c-11', undefined)).toBe(true);
    expect(isAppBlobUrl(`blob:${DEV}/5b3c-11`, DEV)).toBe(true);
    for (const url of ['blob:https://evil.example/1', 'blob:null/1', 'blob:file:///1', 'app://causeway/1', `blob:${DEV}/1`])
      expect(isAppBlobUrl(url, undefined), url).toBe(false);
  });
  it('lets the preload offer the bridge only to a document of our origin', () => {
    const at = (href: string) => {
      const u = new URL(href);
      // What Chromium reports for a standard scheme; Node gives non-special schemes an opaque origin.
      return { protocol: u.protocol, host: u.host, origin: u.protocol === 'app:' ? `app://${u.host}` : u.origin };
    };
    expect(isAppLocation(at('app://causeway/index.html'), 'app://causeway')).toBe(true);
    expect(isAppLocation(at('app://causeway/index.html'), undefined)).toBe(true);
    expect(isAppLocation(at(`${DEV}/`), DEV)).toBe(true);
    expect(isAppLocation(at('file:///home/u/Downloads/evil.html'), 'app://causeway')).toBe(false);
    expect(isAppLocation(at('file:///home/u/Downloads/evil.html'), undefined)).toBe(false);
    expect(isAppLocation(at('app://other/index.html'), 'app://causeway')).toBe(false);
    expect(isAppLocation(at('https://evil.example/'), DEV)).toBe(false);
    expect(isAppLocation(at('app://causeway/index.html'), DEV)).toBe(false);
  });
});

describe('navigation rules', () => {
  it('lets the window’s top frame go only to our origin', () => {
    expect(mayNavigate('app://causeway/index.html#/', true, undefined)).toBe(true);
    for (const url of foreign) expect(mayNavigate(url, true, undefined), url).toBe(false);
    for (const url of foreign) expect(mayNavigate(url, true, DEV), url).toBe(false);
  });
  it('lets an inner frame show our own blob: (the report preview) and the PDF viewer, nothing else', () => {
    expect(mayNavigate('blob:app://causeway/5b3c', false, undefined)).toBe(true);
    expect(mayNavigate('chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html', false, undefined)).toBe(true);
    expect(mayNavigate('chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html', true, undefined)).toBe(false);
    for (const url of foreign.filter((u) => u !== 'blob:app://causeway/1234')) expect(mayNavigate(url, false, undefined), url).toBe(false);
    expect(mayNavigate('chrome-extension://abcdefghijklmnopabcdefghijklmnop/x.html', false, undefined)).toBe(false);
  });
});

describe('external links', () => {
  it('offers only http(s) addresses without credentials, normalised as they will be opened', () => {
    expect(externalUrlToOffer('https://example.com')).toBe('https://example.com/');
    expect(externalUrlToOffer('https://exämple.com/a b')).toBe('https://xn--exmple-cua.com/a%20b');
    expect(isSafeExternalUrl('http://example.com/help')).toBe(true);
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://server/share',
      'ms-msdt:/id PCWDiagnostic',
      'app://causeway/index.html',
      'https://bank.example@evil.example/',
      `https://example.com/${'a'.repeat(3000)}`,
      'not a url',
    ])
      expect(isSafeExternalUrl(url), url).toBe(false);
  });
  it('asks with the whole address, Cancel first and default', () => {
    const options = externalConfirmation('https://example.com/a?b=c');
    expect(options.detail).toBe('https://example.com/a?b=c');
    expect(options.buttons?.[0]).toBe('Cancel');
    expect(options.defaultId).toBe(0);
    expect(options.cancelId).toBe(0);
    expect(options.buttons?.[OPEN_BUTTON]).toMatch(/open/i);
  });
  it('opens only after the user confirms, and never a refused scheme', async () => {
    const asked: string[] = [];
    const opened: string[] = [];
    let answer = false;
    const open = externalOpener({
      confirm: (href) => (asked.push(href), Promise.resolve(answer)),
      open: (href) => (opened.push(href), Promise.resolve()),
    });
    expect(await open('https://example.com/help')).toBe(false);
    expect(asked).toEqual(['https://example.com/help']);
    expect(opened).toEqual([]);
    answer = true;
    expect(await open('https://example.com/help')).toBe(true);
    expect(opened).toEqual(['https://example.com/help']);
    expect(await open('file:///etc/passwd')).toBe(false);
    expect(await open('javascript:alert(1)')).toBe(false);
    expect(asked).toHaveLength(2);
  });
  it('asks one question at a time, so a page cannot pile up dialogs', async () => {
    let release: (ok: boolean) => void = () => undefined;
    let asked = 0;
    const open = externalOpener({
      confirm: () => (asked++, new Promise<boolean>((resolve) => (release = resolve))),
      open: () => Promise.resolve(),
    });
    const first = open('https://example.com/1');
    expect(await open('https://example.com/2')).toBe(false);
    release(false);
    expect(await first).toBe(false);
    expect(asked).toBe(1);
  });
});

describe('data folder', () => {
  it('uses CAUSEWAY_DATA_DIR when set', () => expect(dataDir({ CAUSEWAY_DATA_DIR: '/tmp/x' }, 'linux')).toBe('/tmp/x'));
  it('uses the platform’s per-user folder otherwise', () => {
    expect(dataDir({ XDG_CONFIG_HOME: '/home/a/.config' }, 'linux')).toBe('/home/a/.config/Causeway');
    expect(dataDir({ APPDATA: 'C:/Users/a/AppData/Roaming' }, 'win32')).toMatch(/Roaming.Causeway$/);
    expect(dataDir({}, 'darwin')).toMatch(/Library.Application Support.Causeway$/);
  });
});

/** A stand-in for Electron's WebContents: an event emitter with a window-open handler and a main frame. */
class FakeContents extends EventEmitter {
  openHandler: ((d: { url: string }) => { action: string }) | null = null;
  mainFrame = { url: APP_ENTRY_URL, parent: null, processId: 4, routingId: 1 };
  setWindowOpenHandler(handler: (d: { url: string }) => { action: string }) {
    this.openHandler = handler;
  }
  /** Emits a navigation event the way Electron does and tells whether a listener prevented it. */
  navigate(event: string, url: string, isMainFrame = true) {
    let prevented = false;
    this.emit(event, { url, isMainFrame, preventDefault: () => (prevented = true) }, url);
    return prevented;
  }
}

describe('the Electron session and web contents, with stand-ins for Electron’s objects', () => {
  it('denies every permission request and check, devices and screen capture, and adds the CSP to every response', () => {
    const handlers: Record<string, (...args: never[]) => unknown> = {};
    const session = {
      setPermissionRequestHandler: (h: never) => (handlers.request = h),
      setPermissionCheckHandler: (h: never) => (handlers.check = h),
      setDevicePermissionHandler: (h: never) => (handlers.device = h),
      setDisplayMediaRequestHandler: (h: never) => (handlers.display = h),
      webRequest: { onHeadersReceived: (h: never) => (handlers.headers = h) },
    };
    hardenSession(session as never);
    let granted: boolean | undefined;
    (handlers.request as (wc: unknown, p: string, cb: (ok: boolean) => void) => void)({}, 'media', (ok) => (granted = ok));
    expect(granted).toBe(false);
    expect((handlers.check as () => boolean)()).toBe(false);
    expect((handlers.device as (d: unknown) => boolean)({ deviceType: 'usb', origin: 'app://causeway' })).toBe(false);
    const streams: unknown[] = [];
    (handlers.display as (r: unknown, cb: (s: unknown) => void) => void)({ securityOrigin: 'app://causeway' }, (s) => streams.push(s));
    expect(streams).toEqual([null]);
    let headers: Record<string, string[]> = {};
    (handlers.headers as (d: unknown, cb: (r: { responseHeaders: Record<string, string[]> }) => void) => void)(
      { responseHeaders: {} },
      (r) => (headers = r.responseHeaders),
    );
    expect(headers['Content-Security-Policy']).toEqual([contentSecurityPolicy]);
  });

  it('refuses navigation away from our origin on every navigation event, including a dropped file', () => {
    const contents = new FakeContents();
    hardenContents(contents as never, undefined, () => undefined);
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      for (const url of [
        'file:///home/u/Downloads/dropped.html',
        'file://host/share/x.html',
        'https://evil.example',
        'javascript:alert(1)',
      ])
        expect(contents.navigate(event, url), `${event} ${url}`).toBe(true);
      expect(contents.navigate(event, 'app://causeway/index.html'), event).toBe(false);
    }
    // An inner frame may show the report preview, the top frame may not become a blob.
    expect(contents.navigate('will-frame-navigate', 'blob:app://causeway/5b3c', false)).toBe(false);
    expect(contents.navigate('will-frame-navigate', 'blob:app://causeway/5b3c', true)).toBe(true);
    expect(contents.navigate('will-frame-navigate', 'file:///etc/passwd', false)).toBe(true);
    expect(contents.navigate('will-redirect', 'https://evil.example/', false)).toBe(true);
  });

  it('compares the dev server’s exact origin', () => {
    const contents = new FakeContents();
    hardenContents(contents as never, DEV, () => undefined);
    expect(contents.navigate('will-navigate', `${DEV}/#/`)).toBe(false);
    expect(contents.navigate('will-navigate', 'http://localhost:5173.evil.example/')).toBe(true);
    expect(contents.navigate('will-navigate', 'app://causeway/index.html')).toBe(true);
  });

  it('refuses <webview> and every new window, offering only http(s) links to the system browser', () => {
    const contents = new FakeContents();
    const offered: string[] = [];
    hardenContents(contents as never, undefined, (url) => offered.push(url));
    let prevented = false;
    contents.emit('will-attach-webview', { preventDefault: () => (prevented = true) }, {}, { src: 'https://evil.example' });
    expect(prevented).toBe(true);
    for (const url of ['https://example.com/help', 'file:///etc/passwd', 'javascript:alert(1)', 'app://causeway/index.html'])
      expect(contents.openHandler!({ url })).toEqual({ action: 'deny' });
    expect(offered).toEqual(['https://example.com/help']);
  });

  it('installs once per web contents, however often it is applied', () => {
    const contents = new FakeContents();
    hardenContents(contents as never, undefined, () => undefined);
    hardenContents(contents as never, undefined, () => undefined);
    expect(contents.listenerCount('will-navigate')).toBe(1);
  });

  it('guards every web contents the app creates, not only the main window', () => {
    const app = new EventEmitter();
    hardenAllContents(app as never, undefined, () => undefined);
    const child = new FakeContents();
    app.emit('web-contents-created', {}, child);
    expect(child.navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(child.navigate('will-frame-navigate', 'https://evil.example', false)).toBe(true);
    expect(child.openHandler!({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    let prevented = false;
    child.emit('will-attach-webview', { preventDefault: () => (prevented = true) }, {}, {});
    expect(prevented).toBe(true);
  });
});

describe('who may call the API over IPC', () => {
  const setup = (url = APP_ENTRY_URL) => {
    const ours = new FakeContents();
    ours.mainFrame.url = url;
    return ours;
  };
  it('accepts our window’s main frame on our page', () => {
    const ours = setup();
    expect(isTrustedSender({ sender: ours, senderFrame: ours.mainFrame }, ours, undefined)).toBe(true);
    // Another wrapper object for the same frame (same process and routing id) is the same frame.
    expect(isTrustedSender({ sender: ours, senderFrame: { ...ours.mainFrame } }, ours, undefined)).toBe(true);
  });
  it('refuses another web contents, a missing, detached or inner frame, and a page not of our origin', () => {
    const ours = setup();
    const other = setup();
    expect(isTrustedSender({ sender: other, senderFrame: other.mainFrame }, ours, undefined)).toBe(false);
    expect(isTrustedSender({ sender: ours, senderFrame: ours.mainFrame }, null, undefined)).toBe(false);
    expect(isTrustedSender({ sender: ours, senderFrame: null }, ours, undefined)).toBe(false);
    expect(isTrustedSender({ sender: ours, senderFrame: { ...ours.mainFrame, detached: true } }, ours, undefined)).toBe(false);
    const iframe = { url: 'app://causeway/index.html', parent: ours.mainFrame, processId: 4, routingId: 7 };
    expect(isTrustedSender({ sender: ours, senderFrame: iframe }, ours, undefined)).toBe(false);
    expect(isTrustedSender({ sender: ours, senderFrame: { ...iframe, parent: null } }, ours, undefined)).toBe(false);
    for (const url of [
      'file:///home/u/Downloads/evil.html',
      'file://host/share/x.html',
      'http://localhost:5173.evil.example/',
      'about:blank',
    ]) {
      const elsewhere = setup(url);
      expect(isTrustedSender({ sender: elsewhere, senderFrame: elsewhere.mainFrame }, elsewhere, undefined), url).toBe(false);
    }
    const dev = setup(`${DEV}/#/`);
    expect(isTrustedSender({ sender: dev, senderFrame: dev.mainFrame }, dev, DEV)).toBe(true);
    expect(isTrustedSender({ sender: dev, senderFrame: dev.mainFrame }, dev, undefined)).toBe(false);
  });
});
