import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { testDatabases } from '../../test/helpers/databases.ts';
import { cliDatabase, runCli } from '../../test/helpers/cli.ts';

const template = new URL('../../docs/participation-template.csv', import.meta.url).pathname;
const HEADER = 'body,meeting,country,organisation,stakeholder_type,role,contributions';

for (const kind of testDatabases()) {
  describe(`leapfrog participation import on ${kind}`, () => {
    let env: Record<string, string>;
    let dir: string;
    let cleanup: () => Promise<void>;
    before(async () => {
      const db = await cliDatabase(kind);
      env = { DATABASE_URL: db.url };
      dir = db.dir;
      cleanup = db.drop;
      assert.match(runCli(['sample', 'load'], env).out, /Loaded \d{3} sample participation rows/);
    });
    after(() => cleanup());

    it('imports the template, then finds nothing new on a second run', () => {
      const first = runCli(['participation', 'import', template], env);
      assert.equal(first.code, 0, first.err);
      assert.match(first.out, /3 rows read, 3 accepted \(3 new, 0 updated, 0 unchanged\), 0 rejected/);
      assert.match(runCli(['participation', 'import', template], env).out, /3 accepted \(0 new, 0 updated, 3 unchanged\)/);
    });

    it('keeps good rows, reports each bad one with its line and reasons in CSV column names, and exits 1', () => {
      const file = join(dir, 'mixed.csv');
      writeFileSync(file, `${HEADER}\nigf,2023-kyoto,KEN,KICTANet,civil-society,participant,\nigf,2023-kyoto,ZZZ,KICTANet,activist,participant,\nigf,1999-nowhere,KEN,,civil-society,contributor,two\n`);
      const dry = runCli(['participation', 'import', file, '--dry-run'], env);
      assert.match(dry.out, /3 rows read, 1 would be accepted, 2 rejected \(dry run: nothing written\)/);
      const r = runCli(['participation', 'import', file], env);
      assert.equal(r.code, 1);
      assert.match(r.out, /1 accepted \(1 new, 0 updated, 0 unchanged\), 2 rejected/);
      assert.match(r.out, /line 3: .*stakeholder_type: Expected one of.*country: ZZZ is not a known ISO alpha-3 country code/);
      assert.match(r.out, /line 4: .*contributions: Expected integer.*meeting: Body igf has no meeting with code 1999-nowhere/);
    });

    it('refuses a file with missing or unknown columns as a wrong use (exit 2)', () => {
      const file = join(dir, 'bad.csv');
      writeFileSync(file, 'body,meeting,nation\nigf,2023-kyoto,KEN\n');
      const r = runCli(['participation', 'import', file], env);
      assert.equal(r.code, 2);
      assert.match(r.err, /The column country is missing/);
      assert.match(r.err, /The column nation is not one of/);
      assert.equal(runCli(['participation', 'import', join(dir, 'none.csv')], env).code, 2);
    });
  });
}
