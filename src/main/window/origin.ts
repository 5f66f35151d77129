/**
 * Which pages are ours. Pure string logic with no imports at all, so the sandboxed preload can
 * bundle it too. The packaged renderer is served from one origin, app://causeway (see ./protocol);
 * in development it is the electron-vite dev server on this machine instead, never both.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'causeway';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** The preload learns the allowed origin from this command-line switch (webPreferences.additionalArguments). */
export const ORIGIN_SWITCH = '--causeway-origin=';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * The dev server's origin, when there is one to trust: only outside a packaged app, only http(s)
 * and only on this machine. Anything else is ignored and the packaged renderer is used.
 */
export function devServerOrigin(rendererUrl: string | undefined, packaged: boolean): string | undefined {
  if (packaged || !rendererUrl) return undefined;
  const u = parse(rendererUrl);
  if (!u || (u.protocol !== 'http:' && u.protocol !== 'https:') || !LOOPBACK.has(u.hostname) || u.username || u.password) return undefined;
  return u.origin;
}

/** The one origin our pages may have. */
export const appOrigin = (devServer: string | undefined) => devServer ?? APP_ORIGIN;

/**
 * The origin of a URL as the comparison needs it: http(s) as the URL standard defines it, and our
 * own app:// scheme by scheme and host (the URL standard gives non-special schemes an opaque origin).
 * URLs carrying a user name or password never count as ours.
 */
function originOf(url: string): string | null {
  const u = parse(url);
  if (!u || u.username || u.password) return null;
  if (u.protocol === 'http:' || u.protocol === 'https:') return u.origin;
  if (u.protocol === `${APP_SCHEME}:` && u.host) return `${APP_SCHEME}://${u.host.toLowerCase()}`;
  return null;
}

/**
 * Is this one of our pages? The exact origin is compared, so `file:` anything, another host, a
 * look-alike such as `http://localhost:5173.evil.example` or a different port are all refused.
 */
export function isAppUrl(url: string, devServer: string | undefined): boolean {
  const origin = originOf(url);
  return origin !== null && origin === appOrigin(devServer);
}

/** A blob: URL our own page made (the report preview and downloads use them). */
export function isAppBlobUrl(url: string, devServer: string | undefined): boolean {
  return url.toLowerCase().startsWith('blob:') && isAppUrl(url.slice('blob:'.length), devServer);
}

/** What the preload checks before it offers the bridge: the document is one of ours. */
export function isAppLocation(location: { protocol: string; host: string; origin: string }, allowedOrigin: string | undefined) {
  const allowed = allowedOrigin ?? APP_ORIGIN;
  if (allowed === APP_ORIGIN) return location.protocol === `${APP_SCHEME}:` && location.host === APP_HOST;
  return location.origin === allowed;
}
