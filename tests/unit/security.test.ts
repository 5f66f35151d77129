import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/main/policy/csp';
import { isAppUrl, isSafeExternalUrl, secureWebPreferences } from '../../src/main/window/security';
import { dataDir } from '../../src/main/dataDir';

describe('window security settings', () => {
  it('isolates the renderer completely', () => {
    expect(secureWebPreferences('/app/preload.js')).toMatchObject({
      preload: '/app/preload.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });
  it('allows only our own scripts and no remote connections', () => {
    expect(contentSecurityPolicy).toContain("script-src 'self'");
    expect(contentSecurityPolicy).toContain("connect-src 'self'");
    expect(contentSecurityPolicy).toContain("object-src 'none'");
    expect(contentSecurityPolicy).not.toMatch(/unsafe-eval|https?:/);
  });
  it('opens only http(s) links outside the app', () => {
    expect(isSafeExternalUrl('https://example.com')).toBe(true);
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://server/share', 'not a url'])
      expect(isSafeExternalUrl(url)).toBe(false);
  });
  it('navigates only within the app', () => {
    expect(isAppUrl('file:///app/out/renderer/index.html', undefined)).toBe(true);
    expect(isAppUrl('https://evil.example', undefined)).toBe(false);
    expect(isAppUrl('http://localhost:5173/#/', 'http://localhost:5173')).toBe(true);
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

import { hardenContents, hardenSession } from '../../src/main/window/security';

describe('the Electron session and web contents, with stand-ins for Electron’s objects', () => {
  it('denies every permission request and check, and adds the CSP to every response', () => {
    const handlers: Record<string, (...args: never[]) => unknown> = {};
    const session = {
      setPermissionRequestHandler: (h: never) => (handlers.request = h),
      setPermissionCheckHandler: (h: never) => (handlers.check = h),
      webRequest: { onHeadersReceived: (h: never) => (handlers.headers = h) },
    };
    hardenSession(session as never);
    let granted: boolean | undefined;
    (handlers.request as (wc: unknown, p: string, cb: (ok: boolean) => void) => void)({}, 'media', (ok) => (granted = ok));
    expect(granted).toBe(false);
    expect((handlers.check as () => boolean)()).toBe(false);
    let headers: Record<string, string[]> = {};
    (handlers.headers as (d: unknown, cb: (r: { responseHeaders: Record<string, string[]> }) => void) => void)(
      { responseHeaders: {} },
      (r) => (headers = r.responseHeaders),
    );
    expect(headers['Content-Security-Policy']).toEqual([contentSecurityPolicy]);
  });

  it('blocks navigation away and window.open, opening only http(s) links outside', () => {
    const listeners: Record<string, (...args: never[]) => void> = {};
    let openHandler: (d: { url: string }) => { action: string } = () => ({ action: 'allow' });
    const opened: string[] = [];
    const contents = {
      on: (event: string, l: never) => (listeners[event] = l),
      setWindowOpenHandler: (h: typeof openHandler) => (openHandler = h),
    };
    hardenContents(contents as never, undefined, (url) => opened.push(url));
    let prevented = false;
    (listeners['will-navigate'] as (e: { preventDefault(): void }, url: string) => void)(
      { preventDefault: () => (prevented = true) },
      'https://evil.example',
    );
    expect(prevented).toBe(true);
    prevented = false;
    (listeners['will-navigate'] as (e: { preventDefault(): void }, url: string) => void)(
      { preventDefault: () => (prevented = true) },
      'file:///app/out/renderer/index.html',
    );
    expect(prevented).toBe(false);
    expect(openHandler({ url: 'https://example.com/help' })).toEqual({ action: 'deny' });
    expect(openHandler({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://example.com/help']);
  });
});
