import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLibrary } from '../../src/main/db/open';
import { listBackups } from '../../src/main/db/backup';
import { startCauseway } from '../../src/main/app';

const writer = join(__dirname, '..', '..', 'out', 'main', 'writer.js');
const KILLS = Number(process.env.KILLS ?? 200);

/** Starts the writer, lets it work for a random moment, kills it with SIGKILL; returns the last acknowledged step. */
function writeAndKill(dataDir: string, args: string[], from = 1): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, ...args], {
      env: { ...process.env, CAUSEWAY_DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let killed = false;
    let lastAck = from - 1;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const acks = [...out.matchAll(/ack (\d+)\n/g)];
      if (acks.length) lastAck = Number(acks.at(-1)![1]);
      // Kill at a random moment after the first step is committed, so every round really works.
      if (!killed && acks.length) {
        killed = true;
        setTimeout(() => child.kill('SIGKILL'), 5 + Math.random() * 60);
      }
    });
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.on('exit', (code, signal) =>
      signal === 'SIGKILL' ? resolve(lastAck) : reject(new Error(`writer ended by itself (${code}): ${out.slice(-500)}`)),
    );
  });
}

describe('durability under SIGKILL', () => {
  it(`keeps every acknowledged edit and a sound database across ${KILLS} kills`, async () => {
    expect(existsSync(writer), 'run `npm run build` first: the writer is a built entry').toBe(true);
    const dataDir = mkdtempSync(join(tmpdir(), 'causeway-kill-'));
    const app = startCauseway({ dataDir, mode: 'browser', version: 'test' });
    const demo = app.dispatch('demo.open', {});
    if (demo instanceof Promise || !demo.ok) throw new Error('demo failed');
    const detail = app.dispatch('engagement.open', { id: (demo.data as { id: string }).id });
    if (detail instanceof Promise || !detail.ok) throw new Error('open failed');
    const measureId = (detail.data as { measures: { id: string; name: string }[] }).measures.find((m) => m.name === 'Agent reaction')!.id;
    app.close();

    let next = 1;
    let acknowledged = 0;
    for (let kill = 0; kill < KILLS; kill++) {
      const lastAck = await writeAndKill(dataDir, [measureId, String(next)], next);
      acknowledged = Math.max(acknowledged, lastAck);
      const lib = openLibrary({ dataDir }); // runs quick_check; throws on damage
      expect(lib.sqlite.pragma('quick_check', { simple: true })).toBe('ok');
      expect(lib.sqlite.pragma('foreign_key_check')).toEqual([]);
      const values = lib.sqlite
        .prepare('SELECT value FROM observation WHERE measure_id = ? ORDER BY value')
        .pluck()
        .all(measureId) as number[];
      lib.close();
      // Every edit acknowledged before the kill is there, in full, with nothing missing before it.
      const present = new Set(values);
      for (let v = 1; v <= acknowledged; v++) if (!present.has(v)) throw new Error(`kill ${kill}: acknowledged edit ${v} is missing`);
      next = Math.max(...values, 0) + 1;
    }
    expect(acknowledged).toBeGreaterThanOrEqual(KILLS); // the writer really wrote between kills
    rmSync(dataDir, { recursive: true, force: true });
    console.log(`durability: ${KILLS} kills survived, ${acknowledged} acknowledged edits all present`);
  }, 600_000);

  const RARE_KILLS = Math.max(10, Math.round(KILLS / 5));

  it.each([
    ['a backup', ['backup']],
    ['a restore', ['restore']],
  ])(
    `leaves a sound library and only whole backups when killed during %s (${RARE_KILLS} kills)`,
    async (_, args) => {
      const dataDir = mkdtempSync(join(tmpdir(), 'causeway-kill-'));
      const app = startCauseway({ dataDir, mode: 'browser', version: 'test' });
      const demo = app.dispatch('demo.open', {});
      if (demo instanceof Promise || !demo.ok) throw new Error('demo failed');
      const backup = app.dispatch('backup.create', {});
      if (backup instanceof Promise || !backup.ok) throw new Error('backup failed');
      app.close();
      const name = (backup.data as { name: string }).name;
      let steps = 0;
      for (let kill = 0; kill < RARE_KILLS; kill++) {
        steps += await writeAndKill(dataDir, args[0] === 'restore' ? ['restore', name] : args);
        // Whatever the moment of the kill: the library opens undamaged with the engagement in it,
        // and every file that counts as a backup is a good one.
        const after = startCauseway({ dataDir, mode: 'browser', version: 'test' });
        expect(after.damaged).toBeNull();
        const list = after.dispatch('engagement.list', { includeArchived: true });
        if (list instanceof Promise || !list.ok) throw new Error('list failed');
        expect(list.data).toHaveLength(1);
        after.close();
        const backups = listBackups(dataDir);
        expect(backups.filter((b) => !b.good)).toEqual([]);
      }
      expect(steps).toBeGreaterThanOrEqual(RARE_KILLS); // the writer really worked between kills
      rmSync(dataDir, { recursive: true, force: true });
      console.log(`durability: ${RARE_KILLS} kills during ${args[0]} left a sound library each time (${steps} steps committed)`);
    },
    600_000,
  );
});
