import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabases } from '../../../../test/helpers/databases.ts';
import { testApp, type TestApp } from '../../../../test/helpers/app.ts';
import { Value } from '@sinclair/typebox/value';
import type { TSchema } from '@sinclair/typebox';
import { parse } from 'csv-parse/sync';
import { seedIndicators } from '../../../../test/fixtures/indicators.ts';
import { CLI_ACTOR } from '../../../domain/access/access.ts';
import { AggregateSchema, GapSchema, IndicatorListSchema, ObservationListSchema } from './schemas.ts';

for (const db of testDatabases()) {
  describe(`indicators API on ${db}`, () => {
    let t: TestApp;
    before(async () => {
      t = await testApp(db);
      await seedIndicators(t);
    });
    after(() => t.close());
    const get = async (url: string, status = 200) => {
      const res = await t.app.inject({ url });
      assert.equal(res.statusCode, status, res.body);
      return res.json();
    };

    it('lists the catalogue with metadata, SDG links, coverage and provenance', async () => {
      const body = await get('/api/v1/indicators');
      const codes = body.items.map((i: any) => i.code);
      for (const code of ['17.8.1', '9.c.1', '17.6.1', '5.b.1', '4.4.1', 'mobile-broadband-subscriptions', 'households-internet', 'mobile-data-basket', 'population']) assert.ok(codes.includes(code), code);
      const internet = body.items.find((i: any) => i.code === '17.8.1');
      assert.equal(internet.sdgIndicator.iri, 'http://metadata.un.org/sdg/C170801');
      assert.equal(internet.names.zh, '使用互联网的个人');
      assert.deepEqual(internet.coverage, { observations: 5, countries: 4, firstYear: 2021, lastYear: 2022 });
      assert.equal(internet.series[0].licence, 'CC-BY-4.0');
      assert.ok(internet.series[0].importedAt);
      const coverage = body.items.find((i: any) => i.code === '9.c.1');
      assert.deepEqual(coverage.breakdown, { dimension: 'technology', values: ['2G', '3G', '4G', '5G'], headline: '4G' });
    });

    it('gives observations by ISO alpha-3 country and years, with their series', async () => {
      const body = await get('/api/v1/indicators/17.8.1/observations?country=NPL&from=2022');
      assert.deepEqual(body.items.map((o: any) => [o.country, o.m49, o.year, o.value]), [['NPL', '524', 2022, 50]]);
      assert.equal(body.series[0].id, 'owid:Individuals using the Internet (% of population)');
      assert.equal((await get('/api/v1/indicators/17.8.1/observations?year=2022')).items.length, 4);
    });

    it('downloads the observations as CSV: the same rows and filters, labels in the reader’s language, each row with its source', async () => {
      const res = await t.app.inject({ url: '/api/v1/indicators/17.8.1/observations.csv?year=2022', headers: { 'accept-language': 'fr' } });
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.headers['content-type'], 'text/csv; charset=utf-8');
      assert.match(res.headers['content-disposition'] as string, /^attachment; filename="leapfrog-indicator-17\.8\.1\.csv"$/);
      assert.equal(res.headers['content-language'], 'fr');
      assert.ok(res.body.startsWith('\uFEFF'), 'a byte order mark, so spreadsheets read UTF-8');
      const [header, ...lines] = res.body.slice(1).trim().split('\n');
      assert.equal(header, 'indicator,country,country_label,m49,year,value,unit,breakdown,series,source,licence,source_url,note');
      const json = (await get('/api/v1/indicators/17.8.1/observations?year=2022')).items;
      assert.equal(lines.length, json.length, 'one row per observation');
      const nepal = lines.find((l) => l.includes(',NPL,'))!;
      assert.match(nepal, /^17\.8\.1,NPL,Népal,524,2022,50,/);
      assert.match(nepal, /,owid:Individuals using the Internet \(% of population\),Our World in Data[^,]*,CC-BY-4\.0,https:\/\/ourworldindata\.org\/,$/, 'the series, its publisher, licence and address');
      const one = await t.app.inject({ url: '/api/v1/indicators/17.8.1/observations.csv?country=NPL' });
      assert.equal(one.body.trim().split('\n').length - 1, (await get('/api/v1/indicators/17.8.1/observations?country=NPL')).items.length, 'filters as the JSON does');
      assert.match(one.body, /,Nepal,/, 'English by default');
      const again = await t.app.inject({ url: '/api/v1/indicators/17.8.1/observations.csv?country=NPL', headers: { 'if-none-match': one.headers.etag as string } });
      assert.equal(again.statusCode, 304);
    });

    it('gives a breakdown in its own column, quotes notes with commas, and refuses an unknown indicator or country with a problem', async () => {
      // Kenya's 5G and 4G coverage, lines of ITU DataHub's own export (the 2022 note has a comma).
      const datahub = [
        '\uFEFF"seriesID","seriesCode","seriesName","seriesParent","seriesUnits","entityID","entityIso","entityName","dataValue","dataYear","dataNote","dataSource","seriesDescription"',
        '34236,"i271G5_pop","At least 5G",,"%",125,"KEN","Kenya","0",2021,"","Communications Authority  of Kenya","5G coverage"',
        '34236,"i271G5_pop","At least 5G",,"%",125,"KEN","Kenya","0.6",2022,"5G mobile network was rolled out during the year, and the population coverage remains below 1%","Communications Authority  of Kenya","5G coverage"',
        '19306,"i271GA","At least LTE/WiMAX",,"%",125,"KEN","Kenya","0",2014,"ITU estimate","ITU estimate","4G coverage"',
      ].join('\n');
      await t.services.indicators.import(CLI_ACTOR, { format: 'itu-datahub', text: datahub, fileName: 'coverage.csv' });
      const rows = parse((await t.app.inject({ url: '/api/v1/indicators/9.c.1/observations.csv?breakdown=5G' })).body, { columns: true, bom: true }) as Record<string, string>[];
      assert.deepEqual(rows.map((r) => [r.country, r.year, r.value, r.breakdown]), [['KEN', '2021', '0', 'technology=5G'], ['KEN', '2022', '0.6', 'technology=5G']]);
      assert.match(rows[1]!.note!, /rolled out during the year, and the population/, 'a note with a comma stays one column');
      const headline = parse((await t.app.inject({ url: '/api/v1/indicators/9.c.1/observations.csv' })).body, { columns: true, bom: true }) as Record<string, string>[];
      assert.deepEqual(headline.map((r) => [r.year, r.breakdown]), [['2014', 'technology=4G']], 'the headline breakdown by default, as in the JSON');
      const unknown = await t.app.inject({ url: '/api/v1/indicators/nope/observations.csv' });
      assert.equal(unknown.statusCode, 404);
      assert.match(unknown.headers['content-type'] as string, /^application\/problem\+json/);
      const country = await t.app.inject({ url: '/api/v1/indicators/17.8.1/observations.csv?country=ZZZ' });
      assert.equal(country.statusCode, 400);
      assert.deepEqual(country.json().errors.map((e: { field: string }) => e.field), ['country']);
    });

    it('computes a group aggregate with its coverage, and shows a published one beside it', async () => {
      const ldc = await get('/api/v1/indicators/17.8.1/aggregates?group=LDC&year=2022');
      assert.equal(ldc.value, (50 * 30 + 20 * 40) / 70);
      assert.equal(ldc.method, 'population-weighted');
      assert.equal(ldc.countriesWithData, 2);
      assert.equal(ldc.members, 44);
      assert.equal(ldc.populationCoverage, 1);
      assert.equal(ldc.official, null);
      const mean = await get('/api/v1/indicators/17.8.1/aggregates?group=LDC&year=2022&method=mean');
      assert.equal(mean.value, 35);
      const world = await get('/api/v1/indicators/17.8.1/aggregates?group=WORLD');
      assert.deepEqual(world.official.map((o: any) => [o.year, o.value]), [[2022, 64.4]]);
      assert.equal(world.items.find((a: any) => a.year === 2022).value, (50 * 30 + 20 * 40 + 40 * 50 + 80 * 60) / 180);
      const africa = await get('/api/v1/indicators/17.8.1/aggregates?group=AFR&year=2022');
      assert.equal(africa.value, 40, 'ITU region Africa: Kenya only');
    });

    it('shows the gap to the world over time and ranks the group by latest value', async () => {
      const body = await get('/api/v1/indicators/17.8.1/gaps?group=LDC');
      const world2022 = (50 * 30 + 20 * 40 + 40 * 50 + 80 * 60) / 180;
      assert.equal(body.gap.length, 2);
      assert.ok(Math.abs(body.gap[1].gap - ((50 * 30 + 20 * 40) / 70 - world2022)) < 1e-9);
      assert.deepEqual(body.ranking.map((r: any) => [r.country, r.rank, r.year]), [['NPL', 1, 2022], ['AFG', 2, 2022]]);
    });

    it('answers as its OpenAPI response schemas say', async () => {
      const checks: [string, TSchema][] = [
        ['/api/v1/indicators', IndicatorListSchema],
        ['/api/v1/indicators/17.8.1/observations?country=NPL', ObservationListSchema],
        ['/api/v1/indicators/17.8.1/aggregates?group=LDC&year=2022', AggregateSchema],
        ['/api/v1/indicators/17.8.1/aggregates?group=WORLD', AggregateSchema],
        ['/api/v1/indicators/17.8.1/gaps?group=LDC', GapSchema],
      ];
      for (const [url, schema] of checks) {
        const body = await get(url);
        assert.ok(Value.Check(schema, body), `${url}: ${JSON.stringify([...Value.Errors(schema, body)].slice(0, 2))}`);
      }
    });

    it('answers unknown indicators with 404 and bad parameters with every field named', async () => {
      await get('/api/v1/indicators/99.9.9/aggregates?group=LDC', 404);
      const bad = await get('/api/v1/indicators/17.8.1/aggregates?group=NOPE&method=median', 400);
      assert.deepEqual(bad.errors.map((e: any) => e.field).sort(), ['method']);
      const unknownGroup = await get('/api/v1/indicators/17.8.1/aggregates?group=XYZ', 400);
      assert.equal(unknownGroup.errors[0].field, 'group');
      const noBreakdown = await get('/api/v1/indicators/17.8.1/observations?breakdown=4G', 400);
      assert.equal(noBreakdown.errors[0].field, 'breakdown');
    });
  });
}
