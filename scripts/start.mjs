#!/usr/bin/env node
// `npm start`: build, then open the desktop app; where the Electron runtime is not installed
// (as on build machines), say so in one line and serve the same app in browser mode instead.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const run = (cmd, args) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });

if (Number(process.versions.node.split('.')[0]) < 22) {
  console.error(`Causeway needs Node 22 or newer; this is Node ${process.versions.node}.`);
  process.exit(1);
}

const build = run(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build']);
if (build.status !== 0) process.exit(build.status ?? 1);

// Resolving the electron package fetches its runtime on first use; it fails fast offline.
const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
  cwd: root,
  encoding: 'utf8',
  timeout: 10 * 60 * 1000,
  stdio: ['ignore', 'pipe', 'pipe'],
});
const electronPath = probe.status === 0 ? probe.stdout.trim() : '';

const child = electronPath
  ? spawn(electronPath, ['.'], { cwd: root, stdio: 'inherit' })
  : (console.log('The Electron runtime is not installed here, so Causeway starts in browser mode.'),
    spawn(process.execPath, [join(root, 'out', 'main', 'host.js')], { cwd: root, stdio: 'inherit' }));
child.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
