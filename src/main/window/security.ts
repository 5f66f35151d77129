import type { App, BrowserWindowConstructorOptions, MessageBoxOptions, Session, WebContents } from 'electron';
import { contentSecurityPolicy } from '../policy/csp';
import { appOrigin, isAppBlobUrl, isAppUrl, ORIGIN_SWITCH } from './origin';

/**
 * The desktop shell's security rules. The decisions are plain functions of strings and small
 * objects; the functions that install them take Electron's objects as parameters (types only are
 * imported), so the unit tests drive them with stand-ins.
 */
export { isAppUrl } from './origin';

/** Every window's web preferences: the renderer gets no Node, no remote content, no escape hatch. */
export const secureWebPreferences = (preload: string, devServer?: string): BrowserWindowConstructorOptions['webPreferences'] => ({
  preload,
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  // Chromium's own PDF viewer, for report previews; it runs sandboxed like any page.
  plugins: true,
  spellcheck: true,
  // The preload offers the bridge only to a document of this origin.
  additionalArguments: [`${ORIGIN_SWITCH}${appOrigin(devServer)}`],
});

/** Chromium's built-in PDF viewer, which shows the report preview inside its frame. */
const PDF_VIEWER = 'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/';

/**
 * May a frame go to this URL? The top of the window only to our own origin. A frame inside our
 * page also to a blob: our page made (the report preview; the CSP allows frames of blob: only) and
 * the PDF viewer that displays it. Everything else, file: above all, is refused.
 */
export function mayNavigate(url: string, isMainFrame: boolean, devServer: string | undefined): boolean {
  if (isAppUrl(url, devServer)) return true;
  if (isMainFrame) return false;
  return isAppBlobUrl(url, devServer) || url.startsWith(PDF_VIEWER);
}

/** The longest address we offer to open; a longer one is not something a person can check in a dialog. */
const MAX_EXTERNAL_URL = 2048;

/**
 * The address to offer to the system browser, normalised exactly as it will be shown and opened
 * (host in punycode), or null: only http(s), no user name or password (`https://bank.example@evil.example`).
 */
export function externalUrlToOffer(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if ((u.protocol !== 'https:' && u.protocol !== 'http:') || u.username || u.password || !u.hostname) return null;
  return u.href.length > MAX_EXTERNAL_URL ? null : u.href;
}

/** Links the user clicks open in their browser, but only http(s) ones (and only after they confirm). */
export const isSafeExternalUrl = (url: string) => externalUrlToOffer(url) !== null;

/** Button order of the confirmation: Cancel first, and it is the default and the Escape answer. */
export const EXTERNAL_BUTTONS = ['Cancel', 'Open in browser'] as const;
export const OPEN_BUTTON = 1;

/** The question shown before an address leaves the app: the whole address, Cancel by default. */
export const externalConfirmation = (href: string): MessageBoxOptions => ({
  type: 'question',
  title: 'Open in your browser?',
  message: 'Open this address in your web browser?',
  detail: href,
  buttons: [...EXTERNAL_BUTTONS],
  defaultId: 0,
  cancelId: 0,
  noLink: true,
});

export type OpenExternal = (url: string, contents?: WebContents) => void;

/**
 * Opens an address in the system browser after the user confirms it. Non-http(s) addresses are
 * dropped without a question, and while one question is open further requests are dropped, so a
 * page cannot pile up dialogs.
 */
export function externalOpener(deps: {
  confirm: (href: string, contents?: WebContents) => Promise<boolean>;
  open: (href: string) => Promise<void>;
}): (url: string, contents?: WebContents) => Promise<boolean> {
  let asking = false;
  return async (url, contents) => {
    const href = externalUrlToOffer(url);
    if (!href || asking) return false;
    asking = true;
    try {
      if (!(await deps.confirm(href, contents))) return false;
      await deps.open(href);
      return true;
    } catch {
      return false; // the system browser reports its own failures
    } finally {
      asking = false;
    }
  };
}

export function hardenSession(session: Session) {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  // No USB/HID/serial/Bluetooth device and no screen capture, whatever a page asks.
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback(null));
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy] } });
  });
}

type Prevented = { preventDefault(): void };
type NavigationDetails = Prevented & { url?: string; isMainFrame?: boolean };

const hardened = new WeakSet<object>();

/**
 * The rules for one web contents, whatever made it (our window, a future child window, a PDF
 * viewer's guest): navigation of any frame and every server redirect must stay on our origin (a
 * file dropped on the window becomes a navigation to file:, refused here); no <webview>; no new
 * windows, an http(s) link being offered to the system browser instead. Applying it twice is harmless.
 */
export function hardenContents(contents: WebContents, devServer: string | undefined, openExternal: OpenExternal) {
  if (hardened.has(contents)) return;
  hardened.add(contents);
  const guard = (mainFrameOnly: boolean) => (details: NavigationDetails, legacyUrl?: unknown) => {
    const url = typeof details.url === 'string' ? details.url : typeof legacyUrl === 'string' ? legacyUrl : '';
    const isMainFrame = mainFrameOnly || details.isMainFrame !== false;
    if (!mayNavigate(url, isMainFrame, devServer)) details.preventDefault();
  };
  contents.on('will-navigate', guard(true));
  contents.on('will-frame-navigate', guard(false));
  contents.on('will-redirect', guard(false));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) openExternal(url, contents);
    return { action: 'deny' };
  });
}

/** The same rules for every web contents the app ever creates, installed before the first window. */
export function hardenAllContents(app: Pick<App, 'on'>, devServer: string | undefined, openExternal: OpenExternal) {
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, devServer, openExternal));
}

type FrameLike = { url: string; parent?: FrameLike | null; detached?: boolean; processId?: number; routingId?: number };

const sameFrame = (a: FrameLike, b: FrameLike) =>
  a === b || (a.processId !== undefined && a.processId === b.processId && a.routingId !== undefined && a.routingId === b.routingId);

/**
 * May this IPC message reach the API? Only from our window's web contents, from its main frame
 * (not an iframe, not a frame that is gone), and only while that frame shows one of our pages.
 */
export function isTrustedSender(
  event: { sender: unknown; senderFrame: FrameLike | null },
  ours: { mainFrame: FrameLike } | null | undefined,
  devServer: string | undefined,
): boolean {
  if (!ours || event.sender !== ours) return false;
  const frame = event.senderFrame;
  if (!frame || frame.detached || frame.parent) return false;
  return sameFrame(frame, ours.mainFrame) && isAppUrl(frame.url, devServer);
}
