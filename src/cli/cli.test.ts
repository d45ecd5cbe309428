import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sharedData } from '../../test/helpers/shared-data.ts';
import { testDatabases, freshDatabase } from '../../test/helpers/databases.ts';
import { openDatabase } from '../store/database.ts';
import { createServices } from '../services.ts';
import { CLI_ACTOR } from '../domain/access/access.ts';

const bin = new URL('../../bin/leapfrog.js', import.meta.url).pathname;

function cli(args: string[], env: Record<string, string>, input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { env: { ...process.env, LOG_LEVEL: 'silent', ...env }, encoding: 'utf8', timeout: 120_000, input });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('leapfrog CLI: wrong use', () => {
  const env = { DATABASE_URL: 'sqlite::memory:' };
  it('names an unknown command and exits non-zero', () => {
    const r = cli(['frobnicate'], env);
    assert.notEqual(r.code, 0);
    assert.match(r.err, /unknown command 'frobnicate'/);
  });
  it('names a missing option', () => {
    const r = cli(['vocab', 'import'], env);
    assert.notEqual(r.code, 0);
    assert.match(r.err, /--sdg-translations/);
  });
  it('names a folder that does not exist or holds no translations', () => {
    const r = cli(['vocab', 'import', '--sdg-translations', '/nonexistent'], env);
    assert.equal(r.code, 2);
    assert.match(r.err, /No such folder: \/nonexistent/);
    const empty = mkdtempSync(join(tmpdir(), 'lf-empty-'));
    const r2 = cli(['vocab', 'import', '--sdg-translations', empty], env);
    assert.equal(r2.code, 2);
    assert.match(r2.err, /holds no Open SDG translations/);
    rmSync(empty, { recursive: true });
  });
  it('names a bad setting', () => {
    const r = cli(['migrate'], { DATABASE_URL: 'mysql://nope' });
    assert.equal(r.code, 2);
    assert.match(r.err, /DATABASE_URL="mysql:\/\/nope"/);
  });
});

describe('leapfrog classify and classifier eval', () => {
  const env = { DATABASE_URL: 'sqlite::memory:' };
  const tmp = mkdtempSync(join(tmpdir(), 'lf-classify-'));
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('writes one result per input line, an error object naming the line for a bad one, and exits non-zero', () => {
    const input = ['{"id": "a", "text": "Solar mini-grids bring electricity to villages"}', '{"id": "b"}', 'oops', '{"id": 4, "text": "Вакцинация детей в сельских больницах", "lang": "ru"}'].join('\n');
    const r = cli(['classify'], env, input);
    assert.equal(r.code, 1);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(lines.length, 4);
    assert.equal(lines[0].id, 'a');
    assert.equal(lines[0].sdgs[0].goal, 7);
    assert.ok(lines[0].sdgs[0].evidence.includes('electricity'));
    assert.deepEqual(lines[1], { id: 'b', line: 2, error: '"text" must be a non-empty string' });
    assert.equal(lines[2].line, 3);
    assert.match(lines[2].error, /not valid JSON/);
    assert.equal(lines[3].lang, 'ru');
    assert.ok(lines[3].sdgs.some((s: { goal: number }) => s.goal === 3), JSON.stringify(lines[3]));
    assert.match(r.err, /2 of 4 line\(s\) could not be classified/);
  });

  it('applies a user lexicon given with --lexicon, and names a bad one', () => {
    const lexicon = join(tmp, 'lexicon.json');
    writeFileSync(lexicon, JSON.stringify({ lang: 'en', sdg: { '14.4': { 'trawler logbook': 1.5 } } }));
    const r = cli(['classify', '--lexicon', lexicon], env, '{"id": 1, "text": "A trawler logbook app"}\n');
    assert.equal(r.code, 0, r.err);
    assert.equal(JSON.parse(r.out).sdgs[0].goal, 14);
    writeFileSync(lexicon, JSON.stringify({ lang: 'en', sdg: { '9.z': { x: 1 } } }));
    const bad = cli(['classify', '--lexicon', lexicon], env, '');
    assert.equal(bad.code, 2);
    assert.match(bad.err, /"9.z" is not an SDG goal or target/);
  });

  it('prints the evaluation table and names bad rows by line', () => {
    const csv = join(tmp, 'eval.csv');
    writeFileSync(csv, 'text,sdg,label\nSolar mini-grids for villages,7,True\nSolar mini-grids for villages,14,False\nbad row,18,True\n');
    const r = cli(['classifier', 'eval', csv], env);
    assert.equal(r.code, 1);
    assert.match(r.out, /SDG 7 +1 100\.0%/);
    assert.match(r.out, /average +2 /);
    assert.match(r.err, /line 4: sdg "18" is not a goal number/);
    const missing = cli(['classifier', 'eval', join(tmp, 'nope.csv')], env);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /nope\.csv: cannot read the file/);
  });
});

for (const kind of testDatabases()) {
  describe(`leapfrog CLI on ${kind}`, () => {
    let url: string;
    let cleanup: () => Promise<void>;
    before(async () => {
      if (kind === 'sqlite') {
        const dir = mkdtempSync(join(tmpdir(), 'lf-cli-'));
        url = `sqlite:${join(dir, 'db.sqlite')}`;
        cleanup = async () => rmSync(dir, { recursive: true, force: true });
      } else {
        const db = await freshDatabase('postgres');
        await db.store.close();
        url = db.url;
        cleanup = db.drop;
      }
    });
    after(() => cleanup());

    it('writes an export to the audit log', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'lf-export-'));
      assert.equal(cli(['export', '--format', 'jsonl', '--out', dir], { DATABASE_URL: url }).code, 0);
      rmSync(dir, { recursive: true, force: true });
      const store = openDatabase(url);
      try {
        const services = await createServices(store);
        const audit = await services.audit.list(CLI_ACTOR, { event: 'export' });
        assert.ok(audit.total >= 1, 'export is an audit event');
        await services.close();
      } finally {
        await store.close();
      }
    });

    it('migrates, loads and removes the sample content, imports SDG texts', () => {
      const env = { DATABASE_URL: url };
      assert.match(cli(['migrate'], env).out, /Applied 0001-foundation|up to date/);
      assert.match(cli(['migrate'], env).out, /The database is up to date/);
      const load = cli(['sample', 'load'], env);
      assert.equal(load.code, 0, load.err);
      assert.match(load.out, /Loaded 41 sample initiatives, 35 sample policies and 28 sample organisations/);
      assert.match(cli(['sample', 'load'], env).out, /Loaded 0 sample initiatives/);
      const out = mkdtempSync(join(tmpdir(), 'lf-export-'));
      const exported = cli(['export', '--format', 'jsonl,csv', '--out', out], env);
      assert.equal(exported.code, 0, exported.err);
      assert.ok(existsSync(join(out, 'initiatives.jsonl')) && existsSync(join(out, 'initiatives.csv')));
      assert.equal(readFileSync(join(out, 'initiatives.jsonl'), 'utf8').trim().split('\n').length, 41);
      rmSync(out, { recursive: true, force: true });
      const removed = cli(['sample', 'remove'], env);
      assert.equal(removed.code, 0, removed.err);
      assert.match(removed.out, /Removed 41 sample initiatives, 35 sample policies and 28 sample organisations/);
      const imported = cli(['vocab', 'import', '--sdg-translations', sharedData('sdg-translations')], env);
      assert.equal(imported.code, 0, imported.err);
      assert.match(imported.out, /Imported texts of 17 goals, 169 targets and \d+ indicators/);
    });

    it('trains the classifier from the links in the database and writes the model for classify --model', () => {
      const env = { DATABASE_URL: url };
      assert.equal(cli(['sample', 'load'], env).code, 0);
      const out = join(tmpdir(), `lf-model-${kind}-${process.pid}.json`);
      const r = cli(['classifier', 'train', '--out', out], env);
      assert.equal(r.code, 0, r.err);
      assert.match(r.out, /Trained on 41 records \(\d+ accepted links, 0 rejected suggestions\): [1-9]\d* codes modelled, stored as model \S+ and written to/);
      const classified = cli(['classify', '--model', out], env, '{"id": 1, "text": "Mobile money for smallholder farmers"}\n');
      assert.equal(classified.code, 0, classified.err);
      assert.ok(JSON.parse(classified.out).sdgs.length > 0);
      rmSync(out);
    });
  });
}
