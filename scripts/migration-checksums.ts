// Records the checksum of every migration file. Run it once when you ADD a migration; the test that
// compares checksums then stops anyone from editing a migration that has landed.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';

const dir = new URL('../src/store/migrations/', import.meta.url);
const file = new URL('checksums.json', dir);
const known = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
for (const f of readdirSync(dir).filter((f) => /^\d{4}-.+\.ts$/.test(f)).sort()) {
  known[f] ??= createHash('sha256').update(readFileSync(new URL(f, dir))).digest('hex');
}
writeFileSync(file, `${JSON.stringify(known, null, 2)}\n`);
process.stdout.write(`Recorded ${Object.keys(known).length} migration checksums (existing ones are never changed).\n`);
