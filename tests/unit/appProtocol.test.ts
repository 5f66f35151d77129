import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/main/policy/csp';
import { appFileFor, appScheme, mimeType, registerAppScheme, respondToAppRequest, serveRenderer } from '../../src/main/window/protocol';

/** A built renderer folder beside a secret the protocol must never serve. */
const base = mkdtempSync(join(tmpdir(), 'causeway-protocol-'));
const root = join(base, 'out', 'renderer');
mkdirSync(join(root, 'assets'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<!doctype html><title>Causeway</title>');
writeFileSync(join(root, 'assets', 'index-BO3-8-Av.js'), 'console.log(1)');
writeFileSync(join(root, 'assets', 'inter-latin-400-normal.woff2'), 'woff2');
writeFileSync(join(root, '.env'), 'SECRET=1');
writeFileSync(join(base, 'secret.txt'), 'secret');
afterAll(() => rmSync(base, { recursive: true, force: true }));

const traversal = [
  'app://causeway/../../etc/passwd',
  'app://causeway/../secret.txt',
  'app://causeway/assets/../../secret.txt',
  'app://causeway/%2e%2e/secret.txt',
  'app://causeway/.%2E/secret.txt',
  'app://causeway/..%2fsecret.txt',
  'app://causeway/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  'app://causeway/..%5csecret.txt',
  'app://causeway/..\\secret.txt',
  'app://causeway//etc/passwd',
  'app://causeway/%2Fetc%2Fpasswd',
  'app://causeway/C:%5CWindows%5Cwin.ini',
  'app://causeway/C:/Windows/win.ini',
  'app://causeway/./index.html',
  'app://causeway/.env',
  'app://causeway/index.html%00.png',
  'app://causeway/%E0%A4%A',
];

describe('app:// address to file', () => {
  it('maps our addresses into the renderer folder', () => {
    expect(appFileFor('app://causeway/', root)).toBe(join(root, 'index.html'));
    expect(appFileFor('app://causeway', root)).toBe(join(root, 'index.html'));
    expect(appFileFor('app://causeway/index.html#/engagements/1', root)).toBe(join(root, 'index.html'));
    expect(appFileFor('app://causeway/assets/index-BO3-8-Av.js?v=2', root)).toBe(join(root, 'assets', 'index-BO3-8-Av.js'));
  });
  it('refuses path traversal however it is spelled, and dot files', () => {
    for (const url of traversal) expect(appFileFor(url, root), url).toBeNull();
  });
  it('refuses other schemes, hosts, ports and credentials', () => {
    for (const url of [
      'file:///etc/passwd',
      'file://host/share/index.html',
      'http://causeway/index.html',
      'app://evil/index.html',
      'app://causeway.evil.example/index.html',
      'app://causeway:8080/index.html',
      'app://u:p@causeway/index.html',
      'javascript:alert(1)',
      'not a url',
    ])
      expect(appFileFor(url, root), url).toBeNull();
  });
  it('never returns a path outside the folder for any of them', () => {
    for (const url of [...traversal, 'app://causeway/assets/x.js']) {
      const file = appFileFor(url, root);
      if (file !== null) expect(file.startsWith(root + sep)).toBe(true);
    }
  });
});

describe('app:// responses', () => {
  const read = (file: string) => readFile(file);
  const get = (url: string, method = 'GET') => respondToAppRequest({ url, method }, root, read);

  it('serves the built files with their type, the CSP and nosniff', async () => {
    const page = await get('app://causeway/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>Causeway</title>');
    const script = await get('app://causeway/assets/index-BO3-8-Av.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
    expect((await get('app://causeway/assets/inter-latin-400-normal.woff2')).headers.get('content-type')).toBe('font/woff2');
  });
  it('answers 404 for traversal, dot files and missing files, without reading outside the folder', async () => {
    const reads: string[] = [];
    for (const url of [...traversal, 'app://causeway/missing.js', 'app://causeway/assets']) {
      const response = await respondToAppRequest({ url, method: 'GET' }, root, (file) => (reads.push(file), readFile(file)));
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('secret');
    }
    expect(reads.every((file) => file.startsWith(root + sep))).toBe(true);
  });
  it('answers only GET and HEAD', async () => {
    expect((await get('app://causeway/index.html', 'POST')).status).toBe(405);
    const head = await get('app://causeway/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
  it('knows the types a Vite build produces', () => {
    expect(mimeType('a.css')).toBe('text/css; charset=utf-8');
    expect(mimeType('a.svg')).toBe('image/svg+xml');
    expect(mimeType('a.woff')).toBe('font/woff');
    expect(mimeType('a.wasm')).toBe('application/wasm');
    expect(mimeType('a.unknown')).toBe('application/octet-stream');
  });
});

describe('registering app:// with stand-ins for Electron’s protocol module', () => {
  it('registers a standard, secure scheme that does not bypass the CSP', () => {
    const registered: unknown[] = [];
    registerAppScheme({ registerSchemesAsPrivileged: (schemes) => registered.push(...schemes) });
    expect(registered).toEqual([appScheme]);
    expect(appScheme).toMatchObject({ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } });
    expect(appScheme.privileges?.bypassCSP).not.toBe(true);
  });
  it('handles app:// from the renderer folder', async () => {
    let handler: ((request: Request) => Response | Promise<Response>) | undefined;
    let scheme = '';
    serveRenderer(
      {
        handle: (s, h) => {
          scheme = s;
          handler = h;
        },
      },
      root,
    );
    expect(scheme).toBe('app');
    expect((await handler!(new Request('app://causeway/index.html'))).status).toBe(200);
    expect((await handler!(new Request('app://causeway/%2e%2e/secret.txt'))).status).toBe(404);
  });
});
