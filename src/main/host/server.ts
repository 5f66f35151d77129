import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { TOKEN_HEADER } from '../../shared/api';
import { EXCHANGE_MAX_BYTES } from '../../shared/domain';
import type { Dispatch } from '../api/dispatch';
import { contentSecurityPolicy } from '../policy/csp';

/**
 * Requests larger than this are refused (answered once the upload ends). It sits above the largest
 * file import, whose text arrives JSON-escaped inside the request.
 */
export const MAX_BODY_BYTES = 3 * EXCHANGE_MAX_BYTES;
const DRAIN_LIMIT_BYTES = 4 * MAX_BODY_BYTES;

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

export type Host = { url: string; port: number; token: string; server: Server; close(): Promise<void> };

/**
 * Browser mode: the built renderer and the API on 127.0.0.1 only. Every request must name this
 * host in its Host header (defeats DNS rebinding) and API calls must carry the per-launch token;
 * no CORS headers are ever sent, so other origins cannot read answers.
 */
export async function startHost(options: { dispatch: Dispatch; rendererDir: string; port?: number }): Promise<Host> {
  const token = randomBytes(24).toString('base64url');
  let port = 0;
  const server = createServer((req, res) => {
    handle(req, res).catch(() => send(res, 500, { ok: false, error: { code: 'internal', message: 'The host failed to answer.' } }));
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    if (!allowedHost(req.headers.host, port))
      return send(res, 403, refusal("This address is not Causeway's. Open the address Causeway printed."));
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/api/')) return api(req, res, decodeURIComponent(url.pathname.slice(5)));
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, refusal('Only GET is served here.'));
    return serveFile(res, options.rendererDir, url.pathname);
  }

  async function api(req: IncomingMessage, res: ServerResponse, procedure: string) {
    if (req.method !== 'POST') return send(res, 405, refusal('Call the API with POST.'));
    if (!sameToken(req.headers[TOKEN_HEADER], token)) {
      return send(
        res,
        401,
        refusal('This page is from an earlier launch of Causeway or lacks its key. Open the address Causeway printed.'),
      );
    }
    const body = await readBody(req);
    if (body === TOO_LARGE)
      return send(res, 413, refusal(`That request is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB; nothing was changed.`));
    let input: unknown;
    try {
      input = body.length ? JSON.parse(body) : {};
    } catch {
      return send(res, 400, {
        ok: false,
        error: { code: 'invalid_input', message: 'The request was not valid JSON; nothing was changed.' },
      });
    }
    send(res, 200, await options.dispatch(procedure, input));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    server,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // A browser keeps connections open; closing must not wait for it to let go.
        server.closeAllConnections();
      }),
  };
}

const refusal = (message: string) => ({ ok: false, error: { code: 'forbidden', message } });

export function allowedHost(header: string | undefined, port: number) {
  return header === `127.0.0.1:${port}` || header === `localhost:${port}`;
}

function sameToken(given: string | string[] | undefined, token: string) {
  if (typeof given !== 'string' || given.length !== token.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(token));
}

const TOO_LARGE = Symbol('too large');

function readBody(req: IncomingMessage): Promise<string | typeof TOO_LARGE> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Past the limit, read on and discard: a browser whose upload is cut off sees a dropped
      // connection ("Causeway is not running") instead of our answer. Only an absurd stream is cut.
      if (size > MAX_BODY_BYTES) {
        chunks.length = 0;
        if (size > DRAIN_LIMIT_BYTES) req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? TOO_LARGE : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function securityHeaders(res: ServerResponse) {
  res.setHeader('Content-Security-Policy', contentSecurityPolicy);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cache-Control', 'no-store');
}

function send(res: ServerResponse, status: number, body: unknown) {
  if (res.headersSent) return;
  securityHeaders(res);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

async function serveFile(res: ServerResponse, root: string, pathname: string) {
  const relative = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
  let file = join(root, relative || 'index.html');
  if (!file.startsWith(root + sep) && file !== root) return send(res, 404, refusal('Not found.'));
  const info = await stat(file).catch(() => null);
  // The renderer routes in the URL hash, so anything unknown gets the app shell.
  if (!info || info.isDirectory()) file = join(root, 'index.html');
  const data = await readFile(file).catch(() => null);
  if (!data) return send(res, 404, refusal('The app was not built. Run npm run build.'));
  securityHeaders(res);
  res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
  res.end(data);
}
