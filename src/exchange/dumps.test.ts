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
import { stableId } from '../domain/ids.ts';
import { exportTo } from '../cli/exchange.ts';
import { dumpSettings } from './dumps.ts';
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
    let draftPolicy: { id: string };
    before(async () => {
      t = await testApp(db, { sample: true });
      f = await seedFilterFixtures(t.services);
      const policy = { summary: { en: 'Not public.' }, type: 'law', level: 'national', jurisdiction: { country: 'FJI' }, issuingBody: { en: 'Parliament' }, status: 'in-force' };
      draftPolicy = await t.services.policies.create(CLI_ACTOR, { ...policy, title: { en: 'A draft policy' } });
      dir = mkdtempSync(join(tmpdir(), 'lf-export-'));
      await exportTo(t.services, ['jsonl', 'csv', 'iati', 'jsonld'], dir, dumpSettings(t.config));
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

    it('dumps published policies as JSON Lines and CSV with labels beside codes', async () => {
      const published = (await t.services.policies.list(CLI_ACTOR, { limit: 100 })).items.filter((p) => p.workflowState === 'published');
      const lines = readFileSync(join(dir, 'policies.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
      assert.ok(lines.length >= 30);
      assert.deepEqual(lines.map((l) => l.id).sort(), published.map((p) => p.id).sort());
      assert.ok(!lines.some((l) => l.id === draftPolicy.id), 'a draft policy never leaves');
      const rows = parse(readFileSync(join(dir, 'policies.csv'), 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
      const rwanda = rows.find((r) => r.id === stableId('policy', 'rwa-national-ai-policy-2023'))!;
      assert.equal(rwanda.jurisdiction_country, 'RWA');
      assert.equal(rwanda.jurisdiction_country_label, 'Rwanda');
      assert.ok(rwanda.technologies.split(';').includes('artificial-intelligence'));
      assert.ok(rwanda.technologies_label.split(';').includes('Artificial intelligence'));
      assert.equal(rwanda.themes_label.split(';').length, rwanda.themes.split(';').length);
      assert.ok(rwanda.title_en.length > 5);
    });

    it('describes policies as schema.org Legislation with M49 jurisdictions and relations', () => {
      const graph = JSON.parse(readFileSync(join(dir, 'leapfrog.jsonld'), 'utf8'))['@graph'] as any[];
      const update = graph.find((n) => n['@id'].endsWith(stableId('policy', 'rus-ai-strategy-2024-update')));
      assert.equal(update['@type'], 'Legislation');
      assert.equal(update.legislationType, 'Strategy');
      assert.equal(update.legislationJurisdiction['@id'], 'http://metadata.un.org/m49/643');
      assert.deepEqual(update.legislationChanges.map((c: any) => c['@id']), [`${t.config.publicUrl}/en/policies/${stableId('policy', 'rus-ai-strategy-2019')}`]);
      assert.ok(update.name.some((n: any) => n['@language'] === 'ru'));
      const international = graph.filter((n) => n['@type'] === 'Legislation' && n.legislationJurisdiction?.['@id'] === 'http://metadata.un.org/m49/001');
      assert.ok(international.length >= 3, 'international instruments hold worldwide');
    });

    it('lists the dumps and every indicator series of the observatory in the DCAT catalogue', () => {
      const catalog = JSON.parse(readFileSync(join(dir, 'catalog.jsonld'), 'utf8'));
      const byId = new Map((catalog['dcat:dataset'] as any[]).map((d) => [d['dct:identifier'], d]));
      assert.ok(byId.get('policies')['dcat:distribution'].some((d: any) => d['dcat:downloadURL']['@id'].endsWith('/api/v1/dumps/policies.csv')));
      const series = byId.get('indicator-17.8.1');
      assert.ok(series, [...byId.keys()].join(', '));
      assert.match(series['dct:publisher']['foaf:name'], /ITU/);
      assert.equal(series['dct:spatial']['@id'], 'http://metadata.un.org/m49/001');
      assert.equal(series['dct:subject']['@id'], 'http://metadata.un.org/sdg/17.8.1');
      assert.ok(series['dcat:distribution'].some((d: any) => d['dcat:accessURL']['@id'] === `${t.config.publicUrl}/api/v1/indicators/17.8.1/observations`));
      const csv = series['dcat:distribution'].find((d: any) => d['dct:format'] === 'CSV');
      assert.equal(csv['dcat:downloadURL']['@id'], `${t.config.publicUrl}/api/v1/indicators/17.8.1/observations.csv`);
      assert.equal(csv['dcat:mediaType']['@id'], 'https://www.iana.org/assignments/media-types/text/csv');
    });

    it('reports IATI activities under the configured publisher, still valid against the schema', async () => {
      const other = mkdtempSync(join(tmpdir(), 'lf-export-'));
      await exportTo(t.services, ['iati'], other, { ...dumpSettings(t.config), iatiPublisher: { ref: 'XM-DAC-41114', name: 'Example publisher', type: '40' } });
      const xml = readFileSync(join(other, 'initiatives.iati.xml'), 'utf8');
      assert.match(xml, /<reporting-org ref="XM-DAC-41114" type="40">/);
      assert.doesNotMatch(xml, /XI-LEAPFROG/);
      const result = xmllint(join(other, 'initiatives.iati.xml'));
      assert.ok(result.ok, result.output.slice(0, 2000));
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
