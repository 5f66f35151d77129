import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '..', '..');
const src = join(root, 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const imports = (file: string) => [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
const all = files(src).map((file) => ({ file: relative(src, file), imports: imports(file) }));

/** ARCHITECTURE.md's rules, enforced: who may import what. */
describe('module boundaries', () => {
  it('reads the whole source tree', () => expect(all.length).toBeGreaterThan(30));

  it('src/shared imports nothing from main or renderer, no node:, no electron, no DOM libraries', () => {
    for (const { file, imports: list } of all.filter((f) => f.file.startsWith('shared'))) {
      for (const spec of list) {
        expect(spec, file).not.toMatch(/(^|\/)(main|renderer|preload)\//);
        expect(spec, file).not.toMatch(/^(node:|electron$|better-sqlite3|drizzle-orm|react)/);
      }
    }
  });

  it('the renderer never imports from main', () => {
    for (const { file, imports: list } of all.filter((f) => f.file.startsWith('renderer'))) {
      for (const spec of list) expect(spec, file).not.toMatch(/\/main\/|^electron$|^node:/);
    }
  });

  it('only main/db touches the database driver and drizzle', () => {
    for (const { file, imports: list } of all.filter((f) => !f.file.startsWith(join('main', 'db')))) {
      for (const spec of list) expect(spec, file).not.toMatch(/^(better-sqlite3|drizzle-orm)/);
    }
  });

  it('electron is imported only by the window, the IPC transport, the lifecycle and the preload', () => {
    const allowed = [join('main', 'index.ts'), join('main', 'api', 'ipc.ts'), join('main', 'window'), join('preload')];
    for (const { file, imports: list } of all) {
      if (list.includes('electron') && !allowed.some((a) => file.startsWith(a))) throw new Error(`${file} imports electron`);
    }
  });
});
