import { startCauseway } from '../app';

/**
 * For the durability tests only (out/main/writer.js): does one kind of work through the real
 * dispatch until it is killed, printing "ack N" each time one step is committed.
 *   writer.js <measureId> <from>   numbered observations, from <from> on
 *   writer.js backup               backups by hand, one after another
 *   writer.js restore <name>       the same backup restored again and again
 */
const args = process.argv.slice(2);
const app = startCauseway({ dataDir: process.env.CAUSEWAY_DATA_DIR!, mode: 'browser', version: 'writer' });
process.stdout.write('ready\n');

const step: (seq: number) => [string, unknown] =
  args[0] === 'backup'
    ? () => ['backup.create', {}]
    : args[0] === 'restore'
      ? () => ['backup.restore', { name: args[1] }]
      : (seq) => ['observation.create', { measureId: args[0], observation: { date: '2026-01-01', value: seq, cohort: 'all' } }];

for (let seq = args[0] === 'backup' || args[0] === 'restore' ? 1 : Number(args[1]); ; seq++) {
  const [procedure, input] = step(seq);
  const result = app.dispatch(procedure, input);
  if (result instanceof Promise || !result.ok) {
    process.stderr.write(`step ${seq} failed: ${JSON.stringify(result)}\n`);
    process.exit(1);
  }
  process.stdout.write(`ack ${seq}\n`);
}
