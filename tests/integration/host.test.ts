import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHost, type Host, MAX_BODY_BYTES } from '../../src/main/host/server';
import { TOKEN_HEADER } from '../../src/shared/api';
import { dumpDatabase, newEngagement, tempLibrary } from '../support/tempLibrary';

let lib: ReturnType<typeof tempLibrary>;
let host: Host;
const rendererDir = mkdtempSync(join(tmpdir(), 'causeway-renderer-'));

beforeAll(async () => {
  lib = tempLibrary();
  mkdirSync(join(rendererDir, 'assets'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Causeway</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  host = await startHost({ dispatch: lib.raw, rendererDir });
});
afterAll(async () => {
  await host.close();
  lib.close();
});

/** A raw HTTP request, so the Host header and body can be anything a hostile page might send. */
function send(options: { path: string; method?: string; headers?: Record<string, string>; body?: string | Buffer }) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: host.port,
        path: options.path,
        method: options.method ?? 'GET',
        headers: { host: `127.0.0.1:${host.port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString() }));
      },
    );
    req.on('error', reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

const apiCall = (procedure: string, input: unknown, headers: Record<string, string> = {}) =>
  send({
    path: `/api/${procedure}`,
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token, ...headers },
    body: JSON.stringify(input),
  });

describe('browser-mode host', () => {
  it('listens on loopback only and prints an address with the key in the fragment', () => {
    expect(host.server.address()).toMatchObject({ address: '127.0.0.1' });
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]{20,}$/);
  });

  it('answers API calls that carry the token', async () => {
    const res = await apiCall('engagement.create', newEngagement);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, data: { name: 'Sales win rate' } });
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses API calls without the token, or with a wrong one, and writes nothing', async () => {
    const before = dumpDatabase(lib.library);
    const none = await send({ path: '/api/engagement.create', method: 'POST', body: JSON.stringify(newEngagement) });
    expect(none.status).toBe(401);
    expect(JSON.parse(none.body).error.message).toMatch(/Open the address Causeway printed/);
    const wrong = await apiCall('engagement.create', newEngagement, { [TOKEN_HEADER]: 'x'.repeat(host.token.length) });
    expect(wrong.status).toBe(401);
    expect(dumpDatabase(lib.library)).toEqual(before);
  });

  it('refuses a foreign Host header (DNS rebinding), even with the token', async () => {
    const before = dumpDatabase(lib.library);
    const res = await apiCall('engagement.create', newEngagement, { host: `evil.example:${host.port}` });
    expect(res.status).toBe(403);
    const page = await send({ path: '/', headers: { host: 'evil.example' } });
    expect(page.status).toBe(403);
    expect(dumpDatabase(lib.library)).toEqual(before);
  });

  it('refuses bodies that are not JSON or too large', async () => {
    const before = dumpDatabase(lib.library);
    const bad = await send({ path: '/api/engagement.create', method: 'POST', headers: { [TOKEN_HEADER]: host.token }, body: '{"name": ' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error.message).toMatch(/not valid JSON/);
    const huge = await send({
      path: '/api/engagement.create',
      method: 'POST',
      headers: { [TOKEN_HEADER]: host.token },
      body: Buffer.alloc(MAX_BODY_BYTES + 10, 'a'),
    });
    // The answer arrives whole (the upload is read to its end), so the user sees why.
    expect(huge.status).toBe(413);
    expect(JSON.parse(huge.body).error.message).toMatch(/larger than \d+ MB; nothing was changed/);
    const wrongMethod = await send({ path: '/api/engagement.list', headers: { [TOKEN_HEADER]: host.token } });
    expect(wrongMethod.status).toBe(405);
    expect(dumpDatabase(lib.library)).toEqual(before);
  });

  it('serves the app with a strict CSP, and nothing outside its folder', async () => {
    const index = await send({ path: '/' });
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toContain("script-src 'self'");
    expect(index.headers['x-frame-options']).toBe('DENY');
    const asset = await send({ path: '/assets/app.js' });
    expect(asset.headers['content-type']).toMatch(/javascript/);
    for (const path of ['/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/assets/../../../etc/passwd']) {
      const res = await send({ path });
      expect(res.body, path).not.toContain('root:');
    }
  });
});
