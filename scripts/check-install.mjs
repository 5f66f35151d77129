// Proves the install used better-sqlite3's shipped prebuilt binary and compiled nothing: CI runs
// this right after `npm ci` so a toolchain on the build machine can never hide a broken install.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const pkg = join(process.cwd(), 'node_modules', 'better-sqlite3');
const fail = (message) => {
  console.error(`check-install: ${message}`);
  process.exit(1);
};

if (existsSync(join(pkg, 'build')))
  fail('better-sqlite3 was compiled (node_modules/better-sqlite3/build exists); installs must use its prebuilt binary.');
const Database = require('better-sqlite3');
const db = new Database(':memory:');
const { version } = db.prepare('select sqlite_version() as version').get();
db.close();
// On Linux the loaded shared objects are listed in /proc; elsewhere the absent build/ is the proof.
let loaded = 'prebuilds/ (no build/ folder)';
if (existsSync('/proc/self/maps')) {
  const line = readFileSync('/proc/self/maps', 'utf8')
    .split('\n')
    .find((l) => l.includes('better-sqlite3') && l.endsWith('.node'));
  if (!line) fail('better-sqlite3 opened a database but its binary is not among the loaded files.');
  loaded = line.slice(line.indexOf('/'));
  if (!loaded.includes(`${'/'}prebuilds${'/'}`)) fail(`better-sqlite3 loaded ${loaded}, not its prebuilt binary.`);
}
console.log(`check-install: better-sqlite3 works (SQLite ${version}) from ${loaded}; nothing was compiled.`);
