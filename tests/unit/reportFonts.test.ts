import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { woffToSfnt } from '../../src/main/reports/theme';

const fonts = join(__dirname, '..', '..', 'resources', 'fonts');

/** The OpenType table checksum: the sum of the table's big-endian 32-bit words, zero-padded. */
function checksum(data: Buffer) {
  const padded = Buffer.concat([data, Buffer.alloc((4 - (data.length % 4)) % 4)]);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
}

describe('the report fonts, unpacked from the shipped WOFF files', () => {
  const files = readdirSync(fonts).filter((f) => f.endsWith('.woff'));

  it.each(files)('%s holds the same tables, each where the directory says', (file) => {
    const woff = readFileSync(join(fonts, file));
    const sfnt = woffToSfnt(woff);
    const numTables = woff.readUInt16BE(12);
    expect(sfnt.readUInt32BE(0)).toBe(woff.readUInt32BE(4)); // the flavour
    expect(sfnt.readUInt16BE(4)).toBe(numTables);
    expect(sfnt.length).toBe(woff.readUInt32BE(16)); // totalSfntSize, as the WOFF header records it
    for (let i = 0; i < numTables; i++) {
      const w = 44 + i * 20;
      const s = 12 + i * 16;
      const tag = woff.toString('latin1', w, w + 4);
      expect(sfnt.toString('latin1', s, s + 4)).toBe(tag);
      const [offset, compLength, origLength] = [woff.readUInt32BE(w + 4), woff.readUInt32BE(w + 8), woff.readUInt32BE(w + 12)];
      const stored = woff.subarray(offset, offset + compLength);
      const expected = compLength < origLength ? inflateSync(stored) : stored;
      const at = sfnt.readUInt32BE(s + 8);
      const table = sfnt.subarray(at, at + sfnt.readUInt32BE(s + 12));
      expect(at % 4, tag).toBe(0);
      expect(table.equals(expected), tag).toBe(true);
      // The head table's checksum leaves out its own adjustment field.
      if (tag !== 'head') expect(checksum(table), tag).toBe(sfnt.readUInt32BE(s + 4));
    }
  });

  it('refuses a file that is not a WOFF font', () => {
    expect(() => woffToSfnt(Buffer.alloc(64))).toThrow(/Not a WOFF font/);
  });
});
