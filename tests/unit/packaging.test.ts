import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'));

describe('the desktop package', () => {
  it('sets the Electron fuses that close the usual doors', () => {
    expect(pkg.build.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });
  it('packs into an asar, with the native SQLite module unpacked so it can load', () => {
    expect(pkg.build.asar).toBe(true);
    expect(pkg.build.asarUnpack).toContain('**/node_modules/better-sqlite3/**');
    expect(pkg.build.files).toEqual(expect.arrayContaining(['out/**', 'resources/**']));
  });
  it('ships what the main side loads at run time (the renderer is bundled) as dependencies', () => {
    // react-pdf needs react beside it in node_modules; elkjs lays out the map for reports.
    expect(Object.keys(pkg.dependencies).sort()).toEqual([
      '@react-pdf/renderer',
      'better-sqlite3',
      'drizzle-orm',
      'elkjs',
      'papaparse',
      'react',
      'zod',
    ]);
  });
});
