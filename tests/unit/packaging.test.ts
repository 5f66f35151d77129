import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const built = join(root, 'out', 'main');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };

/** The packages a built file loads at run time (bundled code is already inside it). */
function runtimeRequires(dir: string): Set<string> {
  const names = new Set<string>();
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    if (!name.endsWith('.js')) continue;
    for (const m of readFileSync(join(dir, name), 'utf8').matchAll(/require\("([^"./][^"]*)"\)/g)) {
      const spec = m[1];
      names.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
    }
  }
  return names;
}

describe('the desktop package', () => {
  // The packaged app ships `dependencies` only: a package the main side loads at run time but
  // that is listed as a devDependency would crash the installed app at start or on first report.
  it('ships every package the built main side loads at run time', () => {
    const needed = [...runtimeRequires(built)].filter(
      (name) => name !== 'electron' && !name.startsWith('node:') && !builtinModules.includes(name),
    );
    expect(needed.length).toBeGreaterThan(0);
    expect(needed.filter((name) => !(name in pkg.dependencies))).toEqual([]);
  });

  // The map benchmark page is built only by `npm run bench` (which sets CAUSEWAY_BENCH=1).
  it('does not ship the benchmark page', () => {
    const renderer = join(root, 'out', 'renderer');
    const files = readdirSync(renderer, { recursive: true }) as string[];
    expect(files).toContain('index.html');
    expect(files.filter((name) => /bench/i.test(name))).toEqual([]);
  });
});
