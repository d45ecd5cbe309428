import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { parse } from 'csv-parse/sync';
import { testDatabases } from '../../test/helpers/databases.ts';
import { testApp, type TestApp } from '../../test/helpers/app.ts';
import { sharedData } from '../../test/helpers/shared-data.ts';
import { seedFilterFixtures } from '../../test/fixtures/initiatives.ts';
import { CLI_ACTOR } from '../domain/access/access.ts';
import { exportTo } from '../cli/exchange.ts';
import { csvCandidates } from './readers.ts';

/** xmllint's verdict on a file against the official IATI 2.03 activity schema. */
function xmllint(file: string): { ok: boolean; output: string } {
  try {
    const output = execFileSync('xmllint', ['--noout', '--schema', sharedData('iati', 'schemas-2.03', 'iati-activities-schema.xsd'), file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { ok: true, output };
  } catch (err) {
    return { ok: false, output: String((err as { stderr?: string }).stderr ?? err) };
  }
}

for (const db of testDatabases()) {
  describe(`dumps on ${db}`, () => {
    let t: TestApp;
    let f: Awaited<ReturnType<typeof seedFilterFixtures>>;
    let dir: string;
    before(async () => {
      t = await testApp(db, { sample: true });
      f = await seedFilterFixtures(t.services);
      dir = mkdtempSync(join(tmpdir(), 'lf-export-'));
      await exportTo(t.services, ['jsonl', 'csv', 'iati', 'jsonld'], dir, t.config.publicUrl);
    });
    after(() => t.close());

    it('writes only published records: the draft never leaves', () => {
      const lines = readFileSync(join(dir, 'initiatives.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
      assert.ok(lines.length > 40);
      assert.ok(lines.every((l) => l.workflowState === 'published'));
      assert.ok(!lines.some((l) => l.id === f.draft.id));
      for (const file of ['initiatives.csv', 'initiatives.iati.xml', 'leapfrog.jsonld']) assert.ok(!readFileSync(join(dir, file), 'utf8').includes(f.draft.id), file);
    });

    it('writes IATI 2.03 XML that the official schema accepts', () => {
      const result = xmllint(join(dir, 'initiatives.iati.xml'));
      assert.ok(result.ok, result.output.slice(0, 2000));
      const xml = readFileSync(join(dir, 'initiatives.iati.xml'), 'utf8');
      assert.match(xml, /<tag vocabulary="3" code="6.1"/);
      assert.match(xml, /<recipient-country code="FJ"/);
    });

    it('writes an IATI file the schema rejects when broken, so the check above can fail', () => {
      const broken = join(dir, 'broken.xml');
      writeFileSync(broken, readFileSync(join(dir, 'initiatives.iati.xml'), 'utf8').replace(/<activity-status code="\d"\/>/g, ''));
      const result = xmllint(broken);
      assert.equal(result.ok, false);
      assert.match(result.output, /activity-status|fails to validate/);
    });

    it('puts labels next to codes in CSV', () => {
      const rows = parse(readFileSync(join(dir, 'initiatives.csv'), 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
      const ai = rows.find((r) => r.id === f.ai.id)!;
      assert.equal(ai.sdg_targets, '9.c');
      assert.ok(ai.sdg_targets_label.length > 3 && ai.sdg_targets_label !== '9.c');
      assert.equal(ai.countries, 'NPL');
      assert.equal(ai.countries_label, 'Nepal');
      assert.equal(ai.title_zh, '人工智能作物病害诊断');
    });

    it('describes initiatives as schema.org Projects with SDG and M49 IRIs', () => {
      const graph = JSON.parse(readFileSync(join(dir, 'leapfrog.jsonld'), 'utf8'))['@graph'] as any[];
      const water = graph.find((n) => n['@id'].endsWith(f.water.id));
      assert.equal(water['@type'], 'Project');
      assert.ok(water.about.some((a: any) => a['@id'] === 'http://metadata.un.org/sdg/6.1'));
      assert.ok(water.areaServed.some((a: any) => a['@id'] === 'http://metadata.un.org/m49/242'));
      assert.ok(graph.some((n) => n['@type'] === 'Organization'));
      const catalog = JSON.parse(readFileSync(join(dir, 'catalog.jsonld'), 'utf8'));
      assert.equal(catalog['@type'], 'dcat:Catalog');
      assert.ok(catalog['dcat:dataset'][0]['dcat:distribution'].length >= 4);
    });

    it('imports its own CSV back as updates of the same records, never duplicates', async () => {
      const candidates = csvCandidates('initiatives.csv', readFileSync(join(dir, 'initiatives.csv'), 'utf8'));
      const report = await t.services.imports.run(CLI_ACTOR, candidates);
      assert.deepEqual(report.rejected, []);
      assert.equal(report.created, 0);
      assert.equal(report.updated + report.unchanged, candidates.length);
    });

    it('reports every bad CSV line with its line number, column and reason', async () => {
      const csv = 'title_en,summary_en,kind,status,countries,sdg_targets\nGood one,Fine,project,pipeline,KEN,9.c\nBad one,Fine,blog,pipeline,ZZZ,9.z\n';
      const report = await t.services.imports.run(CLI_ACTOR, csvCandidates('sheet.csv', csv), { dryRun: true });
      assert.equal(report.created, 1);
      assert.deepEqual(report.rejected.map((r) => [r.locator, r.field]).sort(), [['line 3', 'countries[0]'], ['line 3', 'kind'], ['line 3', 'sdgTargets[0]']]);
    });
  });
}
