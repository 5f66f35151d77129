import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Finds a folder of resources/ from wherever the code runs: the source tree (tests), the built
 * out/main bundle (browser mode, electron-vite), or a packaged app's resources folder.
 */
export function resourcePath(...parts: string[]): string {
  const roots = [
    process.env.CAUSEWAY_RESOURCES,
    join(__dirname, '..', '..', 'resources'),
    join(__dirname, '..', '..', '..', 'resources'),
    (process as { resourcesPath?: string }).resourcesPath,
    join(process.cwd(), 'resources'),
  ].filter((r): r is string => Boolean(r));
  for (const root of roots) {
    const candidate = join(root, ...parts);
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`Causeway's resources are missing (${parts.join('/')}); reinstall the app.`);
}
