import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the library lives: CAUSEWAY_DATA_DIR when set (tests always set it), otherwise the
 * platform's per-user data folder, the same one Electron's app.getPath('userData') gives.
 */
export function dataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.CAUSEWAY_DATA_DIR) return env.CAUSEWAY_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Causeway');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Causeway');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Causeway');
}
