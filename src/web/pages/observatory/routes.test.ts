import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabases } from '../../../../test/helpers/databases.ts';
import { testApp, type TestApp } from '../../../../test/helpers/app.ts';
import { agentFor } from '../../../../test/helpers/agents.ts';
import { seedIndicators, INTERNET } from '../../../../test/fixtures/indicators.ts';

function multipart(fields: Record<string, string>, file: { name: string; text: string }) {
  const boundary = '----leapfrogtest';
  const parts = Object.entries(fields).map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`);
  parts.push(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: text/csv\r\n\r\n${file.text}\r\n--${boundary}--\r\n`);
  return { payload: parts.join(''), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

for (const db of testDatabases()) {
  describe(`observatory pages on ${db}`, () => {
    let t: TestApp;
    before(async () => {
      t = await testApp(db);
      await seedIndicators(t);
    });
    after(() => t.close());

    it('shows the home page with the catalogue and the Internet-use gap of each group', async () => {
      const res = await t.app.inject({ url: '/en/observatory' });
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /Individuals using the Internet/);
      assert.match(res.body, /Least developed countries \(LDCs\)/);
      assert.match(res.body, /−|-\d/, 'a negative gap is shown');
    });

    it('shows an indicator page with a map file, year links, a chart with its data table, the gap and the ranking', async () => {
      const res = await t.app.inject({ url: '/en/observatory/17.8.1?group=LDC' });
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /<img class="map" src="\/en\/observatory\/17\.8\.1\/map\.svg\?year=2022"/);
      assert.match(res.body, /href="\/en\/observatory\/17\.8\.1\?year=2021&amp;group=LDC"/);
      assert.match(res.body, /<svg class="chart"/);
      assert.match(res.body, /Data of the chart/);
      assert.match(res.body, /World \(published\)/, 'the published World figure is drawn apart');
      assert.match(res.body, /href="\/en\/countries\/NPL">Nepal</);
      assert.match(res.body, /<a href="\/api\/v1\/indicators\/17\.8\.1\/observations\.csv" type="text\/csv" download>Every country observation \(CSV\)<\/a>/, 'the CSV download');
      assert.ok(res.body.length < 60_000, `page is ${res.body.length} bytes`);
      assert.doesNotMatch(res.body, /<path d="M[^"]{2000}/, 'the map is not inline');
    });

    it('serves the map as a cached SVG file with a legend and a no-data colour, in the page language', async () => {
      const res = await t.app.inject({ url: '/fr/observatory/17.8.1/map.svg?year=2022' });
      assert.equal(res.statusCode, 200);
      assert.match(res.headers['content-type'] as string, /^image\/svg\+xml/);
      assert.match(res.body, /^<\?xml/);
      assert.match(res.body, /fill="#d4d4d4"/);
      assert.match(res.body, /Népal: 50,0/);
      assert.match(res.body, /Pas de données/);
      const again = await t.app.inject({ url: '/fr/observatory/17.8.1/map.svg?year=2022' });
      assert.equal(again.headers.etag, res.headers.etag);
    });

    it('adds an indicator panel to the country profile', async () => {
      const res = await t.app.inject({ url: '/en/countries/NPL' });
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /ICT indicators/);
      assert.match(res.body, /href="\/en\/observatory\/17\.8\.1">Individuals using the Internet/);
    });

    it('keeps the import page for admins, and imports a posted file with a report', async () => {
      const admin = await agentFor(t.app, t.services, 'admin');
      const moderator = await agentFor(t.app, t.services, 'moderator');
      assert.equal((await t.app.inject({ url: '/en/observatory/import' })).statusCode, 401);
      assert.equal((await t.app.inject({ url: '/en/observatory/import', headers: { cookie: moderator.cookie } })).statusCode, 403);
      const form = await t.app.inject({ url: '/en/observatory/import', headers: { cookie: admin.cookie } });
      assert.equal(form.statusCode, 200);
      assert.match(form.body, /enctype="multipart\/form-data"/);
      assert.match(form.body, /name="_csrf"/);
      const post = (agent: { cookie: string; csrf: string }) => {
        const body = multipart({ _csrf: agent.csrf, format: 'owid', indicator: '', licence: 'CC-BY-4.0' }, { name: 'internet.csv', text: `${INTERNET}Nowhere;XXX;2022;5\n` });
        return t.app.inject({ method: 'POST', url: '/en/observatory/import', payload: body.payload, headers: { ...body.headers, cookie: agent.cookie } });
      };
      assert.equal((await post(moderator)).statusCode, 403);
      assert.equal((await post({ ...admin, csrf: 'forged' })).statusCode, 403, 'a forged CSRF token is refused');
      const res = await post(admin);
      assert.equal(res.statusCode, 200, res.body);
      assert.match(res.body, /<strong>7<\/strong> rows read/);
      assert.equal((await t.services.indicators.series('17.8.1'))[0]!.licence, 'CC-BY-4.0');
      assert.match(res.body, /<strong>6<\/strong> accepted/);
      assert.match(res.body, /<td>8<\/td><td lang="en">XXX \(Nowhere\) is not a UN M49 country or area<\/td>/);
    });
  });
}
