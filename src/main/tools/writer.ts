import { startCauseway } from '../app';

/**
 * For the durability tests only (out/main/writer.js): writes numbered observations through the
 * real dispatch, printing "ack N" after each one is committed, until it is killed.
 */
const [measureId, from] = process.argv.slice(2);
const app = startCauseway({ dataDir: process.env.CAUSEWAY_DATA_DIR!, mode: 'browser', version: 'writer' });
process.stdout.write('ready\n');
for (let seq = Number(from); ; seq++) {
  const result = app.dispatch('observation.create', { measureId, observation: { date: '2026-01-01', value: seq, cohort: 'all' } });
  if (result instanceof Promise || !result.ok) {
    process.stderr.write(`write ${seq} failed\n`);
    process.exit(1);
  }
  process.stdout.write(`ack ${seq}\n`);
}
