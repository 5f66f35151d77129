import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type Bounds = { x: number; y: number; width: number; height: number };
export type WindowState = { bounds: Bounds; maximized: boolean };
type Area = { x: number; y: number; width: number; height: number };

const FILE = 'window-state.json';

/**
 * The saved window place, if it is still sensible: a size within limits, and at least a title
 * bar's worth on a screen that exists now (a projector may have been unplugged since).
 */
export function restorableState(saved: unknown, screens: Area[]): WindowState | null {
  const s = saved as WindowState | null;
  const b = s?.bounds;
  if (!b || ![b.x, b.y, b.width, b.height].every(Number.isFinite) || b.width < 600 || b.height < 400 || b.width > 10000 || b.height > 10000)
    return null;
  const visible = screens.some(
    (a) => b.x + 100 < a.x + a.width && b.x + b.width - 100 > a.x && b.y >= a.y - 10 && b.y + 40 < a.y + a.height,
  );
  return visible ? { bounds: b, maximized: Boolean(s.maximized) } : null;
}

export function readWindowState(dataDir: string, screens: Area[]): WindowState | null {
  try {
    return restorableState(JSON.parse(readFileSync(join(dataDir, FILE), 'utf8')), screens);
  } catch {
    return null;
  }
}

export function writeWindowState(dataDir: string, state: WindowState) {
  try {
    writeFileSync(join(dataDir, FILE), JSON.stringify(state));
  } catch {
    // Losing the window's place is not worth an error message.
  }
}
