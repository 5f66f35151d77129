import type { CustomScheme, Protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve } from 'node:path';
import { contentSecurityPolicy } from '../policy/csp';
import { APP_HOST, APP_SCHEME } from './origin';

/**
 * The packaged renderer is served from app://causeway/…, not file://: a file:// page (a dropped
 * HTML file, a share on the network) can then never pass for ours, and this handler reads only
 * from the built renderer folder. Electron is only imported for types here; the caller passes
 * Electron's `protocol` in, so tests use a stand-in.
 */

/** Registered before the app is ready: a standard, secure origin that can fetch and run workers. It does not bypass the CSP. */
export const appScheme: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true, bypassCSP: false },
};

export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>) {
  protocol.registerSchemesAsPrivileged([appScheme]);
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export const mimeType = (file: string) => types[extname(file).toLowerCase()] ?? 'application/octet-stream';

/** One path segment of a built file: plain characters, no dot files, so never `.` or `..`. */
const SEGMENT = /^[A-Za-z0-9_~@+-][A-Za-z0-9_.~@+-]*$/;
/** A dot segment, also percent-encoded or after a backslash, anywhere in the raw address. */
const DOT_SEGMENT = /(^|[/\\])(\.|%2e){1,2}([/\\]|$)/i;

/**
 * The file an app:// URL names inside `root`, or null when it names none: another scheme or host,
 * credentials or a port, any `..`/`.` segment (raw or encoded; refused before the URL parser could
 * quietly resolve it), a backslash, NUL, colon or any other unusual character, or a path that
 * would leave `root` however it is spelled. The bare origin means index.html.
 */
export function appFileFor(url: string, root: string): string | null {
  const rawPath = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '').split(/[?#]/)[0];
  if (DOT_SEGMENT.test(rawPath) || rawPath.includes('\\')) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST || parsed.username || parsed.password || parsed.port) return null;
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null; // malformed percent-encoding
  }
  if (path === '' || path === '/') path = '/index.html';
  const segments = path.slice(1).split('/');
  if (!path.startsWith('/') || !segments.every((s) => SEGMENT.test(s))) return null;
  const base = resolve(root);
  const file = resolve(base, ...segments);
  const inside = relative(base, file);
  if (!inside || inside.startsWith('..') || isAbsolute(inside)) return null;
  return file;
}

/** Headers on every app:// answer: the same CSP as the page's meta tag, no sniffing, not embeddable elsewhere. */
export function appHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-cache',
  };
}

export type ReadFile = (file: string) => Promise<Uint8Array>;

/** The answer to one app:// request: the built file, or 404/405 with a short text. */
export async function respondToAppRequest(request: Pick<Request, 'method' | 'url'>, root: string, read: ReadFile): Promise<Response> {
  const text = (status: number, message: string) => new Response(message, { status, headers: appHeaders('text/plain; charset=utf-8') });
  if (request.method !== 'GET' && request.method !== 'HEAD') return text(405, 'Method not allowed.');
  const file = appFileFor(request.url, root);
  if (!file) return text(404, 'Not found.');
  let body: Uint8Array;
  try {
    body = await read(file);
  } catch {
    return text(404, 'Not found.');
  }
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers: appHeaders(mimeType(file)) });
}

/** Serves app:// from the built renderer folder (out/renderer; inside app.asar when packaged). Call once the app is ready. */
export function serveRenderer(protocol: Pick<Protocol, 'handle'>, root: string, read: ReadFile = (file) => readFile(file)) {
  protocol.handle(APP_SCHEME, (request) => respondToAppRequest(request, root, read));
}
