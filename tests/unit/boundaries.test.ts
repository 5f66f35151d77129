import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * The layering rules of the README's "Architecture" section, checked on the real import graph
 * (lint enforces the same rules while editing; this test keeps them if the lint config drifts).
 */
const root = join(__dirname, '..', '..');
const src = join(root, 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const specifiers = (file: string) =>
  [
    ...readFileSync(file, 'utf8').matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1] ?? m[2]);

/** A relative specifier to the file it names, as the bundler resolves it. */
function resolveFile(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

type Graph = Map<string, { packages: string[]; files: string[] }>;

export function importGraph(dir: string): Graph {
  const graph: Graph = new Map();
  for (const file of files(dir)) {
    const entry = { packages: [] as string[], files: [] as string[] };
    for (const spec of specifiers(file)) {
      if (!spec.startsWith('.')) entry.packages.push(spec);
      else {
        const target = resolveFile(file, spec);
        if (target && /\.(ts|tsx)$/.test(target)) entry.files.push(relative(dir, target));
      }
    }
    graph.set(relative(dir, file), entry);
  }
  return graph;
}

/** Every import cycle, each as the list of files around it (Tarjan's strongly connected components). */
export function cycles(edges: Map<string, string[]>): string[][] {
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    order.set(node, index);
    low.set(node, index++);
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!order.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, order.get(next)!));
    }
    if (low.get(node) === order.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (edges.get(node) ?? []).includes(node)) found.push(component.sort());
    }
  };
  for (const node of edges.keys()) if (!order.has(node)) visit(node);
  return found;
}

const graph = importGraph(src);
const inside = (file: string, folder: string) => file === folder || file.startsWith(`${folder}/`);
/** Imports from files in `from` into files in `to`, as "a -> b" lines. */
const crossings = (from: string, to: string) =>
  [...graph].flatMap(([file, { files: targets }]) =>
    inside(file, from) ? targets.filter((t) => inside(t, to)).map((t) => `${file} -> ${t}`) : [],
  );
const packageUses = (pattern: RegExp, allowed: (file: string) => boolean) =>
  [...graph].flatMap(([file, { packages }]) =>
    allowed(file) ? [] : packages.filter((p) => pattern.test(p)).map((p) => `${file} -> ${p}`),
  );

describe('the cycle finder', () => {
  it('finds a cycle through three files and none in a chain', () => {
    const cyclic = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(cycles(cyclic)).toEqual([['a', 'b', 'c']]);
    expect(
      cycles(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', []],
        ]),
      ),
    ).toEqual([]);
  });
});

describe('module boundaries', () => {
  it('has no import cycles anywhere', () => {
    expect(cycles(new Map([...graph].map(([file, { files: targets }]) => [file, targets])))).toEqual([]);
  });

  it('src/shared imports nothing from main, renderer or preload, and no Node, Electron, database or React', () => {
    expect([...crossings('shared', 'main'), ...crossings('shared', 'renderer'), ...crossings('shared', 'preload')]).toEqual([]);
    expect(packageUses(/^(node:|electron$|better-sqlite3|drizzle-orm|react)/, (f) => !inside(f, 'shared'))).toEqual([]);
  });

  it('the domain never imports content (content is data built on the domain)', () => {
    expect(crossings('shared/domain', 'shared/content')).toEqual([]);
  });

  it('the renderer reaches the main side only through the API', () => {
    expect([...crossings('renderer', 'main'), ...crossings('renderer', 'preload')]).toEqual([]);
  });

  it('services never import the dispatch or its transports', () => {
    expect(crossings('main/services', 'main/api')).toEqual([]);
  });

  it('the browser-mode host shares no code with the desktop window', () => {
    expect(crossings('main/host', 'main/window')).toEqual([]);
  });

  it('only main/db uses the database driver and drizzle', () => {
    expect(packageUses(/^(better-sqlite3|drizzle-orm)/, (f) => inside(f, 'main/db'))).toEqual([]);
  });

  it('electron is imported only by the window, the IPC transport, the lifecycle and the preload', () => {
    const allowed = (f: string) => f === 'main/index.ts' || f === 'main/api/ipc.ts' || inside(f, 'main/window') || inside(f, 'preload');
    expect(packageUses(/^electron$/, allowed)).toEqual([]);
  });
});
