import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/main/window/csp';
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
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://server/share', 'not a url']) expect(isSafeExternalUrl(url)).toBe(false);
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
