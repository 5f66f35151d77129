import { test as base, expect, type Page } from '@playwright/test';
import { contract, type ProcedureInput, type ProcedureName, type ProcedureOutput } from '../../src/shared/api';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const root = join(__dirname, '..', '..');
export const shots = join(root, 'test-results', 'screenshots');
mkdirSync(shots, { recursive: true });

export type Host = { url: string; dataDir: string; process: ChildProcess; origin: string; token: string };

/** Starts the built browser-mode host on a free port with its own empty library. */
export async function startHost(dataDir = mkdtempSync(join(tmpdir(), 'causeway-e2e-'))): Promise<Host> {
  const child = spawn(process.execPath, [join(root, 'out', 'main', 'host.js')], {
    env: { ...process.env, CAUSEWAY_DATA_DIR: dataDir, CAUSEWAY_PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`host did not start: ${out}`)), 20_000);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = out.match(/CAUSEWAY_READY (\S+)/);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`host exited with ${code}: ${out}`)));
  });
  const parsed = new URL(url);
  return { url, dataDir, process: child, origin: parsed.origin, token: parsed.hash.replace('#token=', '') };
}

export async function stopHost(host: Host) {
  if (host.process.exitCode === null) {
    const exited = new Promise((resolve) => host.process.once('exit', resolve));
    host.process.kill('SIGTERM');
    await exited;
  }
}

export const test = base.extend<{ host: Host }>({
  host: async ({}, use) => {
    const host = await startHost();
    await use(host);
    await stopHost(host);
    rmSync(host.dataDir, { recursive: true, force: true });
  },
});

export { expect };

/** Opens the app at the printed address and waits for the engagement list to be interactive. */
export async function openApp(page: Page, host: Host) {
  await page.goto(host.url);
  await expect(page.locator('body[data-ready="engagements"]')).toBeAttached();
}

export async function shot(page: Page, name: string) {
  // A full-page picture of a long step can take longer than an action on two busy cores (one took
  // over 15 s in CI); the pictures are for people to look at, so they get the time they need.
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true, timeout: 60_000 });
}

/** Whether an injected inline <script> runs: the CSP must stop it. */
export function inlineScriptRuns(page: Page) {
  return page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.body.append(script);
    return (window as { __injected?: boolean }).__injected === true;
  });
}

/**
 * Calls the API from inside the page, as the renderer does, to set up data quickly; the answer is
 * checked against the contract's output schema, as every integration answer is.
 */
export async function api<P extends ProcedureName>(page: Page, procedure: P, input: ProcedureInput<P>): Promise<ProcedureOutput<P>> {
  const data: unknown = await page.evaluate(
    async ([procedure, input]) => {
      const res = await fetch(`/api/${procedure}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'x-causeway-token': sessionStorage.getItem('causeway.token') ?? '' },
        body: JSON.stringify(input),
      });
      const body = await res.json();
      if (!body.ok) throw new Error(body.error.message);
      return body.data;
    },
    [procedure, input] as const,
  );
  const checked = contract[procedure].output.safeParse(data);
  if (!checked.success) throw new Error(`${procedure} answered outside its contract: ${checked.error.message}`);
  return checked.data as ProcedureOutput<P>;
}

/** Picks an option of a Mantine Select by its label. */
export async function choose(page: Page, scope: ReturnType<Page['locator']> | Page, label: string, option: string) {
  await scope.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}
