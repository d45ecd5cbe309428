import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabases } from '../../../../test/helpers/databases.ts';
import { testApp, type TestApp } from '../../../../test/helpers/app.ts';
import { agentFor, type Agent } from '../../../../test/helpers/agents.ts';
import { multipart } from '../../../../test/helpers/multipart.ts';
import { HOSTILE, SCRIPT } from '../../../../test/fixtures/hostile.ts';

const HEADER = 'body,meeting,country,organisation,stakeholder_type,role,contributions';
const GOOD = `${HEADER}\nigf,2023-kyoto,KEN,KICTANet,civil-society,participant,\nigf,2023-kyoto,FJI,Ministry of Communications,government,contributor,2\n`;
const MIXED = `${GOOD}igf,2023-kyoto,ZZZ,KICTANet,activist,participant,\n`;

for (const db of testDatabases()) {
  describe(`participation CSV upload page on ${db}`, () => {
    let t: TestApp;
    let admin: Agent;
    before(async () => {
      t = await testApp(db, { sample: true });
      admin = await agentFor(t.app, t.services, 'admin');
    });
    after(() => t.close());

    const rows = async () => (await t.services.participation.list({ body: 'igf', limit: 500 })).total;
    const send = (fields: Record<string, string>, file?: string, agent = admin) => {
      const body = multipart({ _csrf: agent.csrf, ...fields }, file === undefined ? undefined : { name: 'rows.csv', text: file });
      return t.app.inject({ method: 'POST', url: '/en/participation/import', payload: body.payload, headers: { ...body.headers, cookie: agent.cookie } });
    };

    it('links the upload page from the participation page for admins only', async () => {
      assert.match((await t.app.inject({ url: '/en/participation', headers: { cookie: admin.cookie } })).body, /href="\/en\/participation\/import"/);
      assert.doesNotMatch((await t.app.inject({ url: '/en/participation' })).body, /participation\/import/);
      const form = await t.app.inject({ url: '/fr/participation/import', headers: { cookie: admin.cookie } });
      assert.equal(form.statusCode, 200);
      assert.match(form.body, /enctype="multipart\/form-data"/);
      assert.match(form.body, /<input id="f-file" name="file" type="file"/);
    });

    it('checks the file first, writing nothing, then imports the good rows on confirmation', async () => {
      const before = await rows();
      const check = await send({}, MIXED);
      assert.equal(check.statusCode, 422);
      assert.equal(await rows(), before, 'a check writes nothing');
      assert.match(check.body, /3 records read: 2 accepted, 1 rejected\./);
      assert.match(check.body, /<td>Line 4<\/td><td><code>country<\/code><\/td><td>This code is not known/);
      assert.match(check.body, /<td>Line 4<\/td><td><code>stakeholder_type<\/code><\/td><td>Choose one of the values offered\./);
      const carried = /<input type="hidden" name="csv" value="([^"]*)"/.exec(check.body)?.[1];
      assert.ok(carried?.includes('KICTANet'), 'the confirmation form carries the checked file');
      assert.match(check.body, /<button type="submit">Import 2 rows<\/button>/);

      const done = await send({ confirm: '1', csv: MIXED });
      assert.equal(done.statusCode, 422, 'the rejected row is still reported');
      assert.match(done.body, /2 new, 0 updated, 0 unchanged\./);
      assert.equal(await rows(), before + 2);
      const again = await send({ confirm: '1', csv: GOOD });
      assert.equal(again.statusCode, 200);
      assert.match(again.body, /0 new, 0 updated, 2 unchanged\./, 'the same importer: re-importing changes nothing');
      assert.doesNotMatch(again.body, /name="confirm"/, 'nothing left to confirm after an import');
    });

    it('escapes hostile text from the file in the report and in the confirmation form', async () => {
      const check = await send({}, `${HEADER}\nigf,2023-kyoto,KEN,"${HOSTILE.replaceAll('"', '""')}",civil-society,participant,\nigf,2023-kyoto,${SCRIPT},x,government,participant,\n`);
      assert.equal(check.statusCode, 422);
      assert.ok(!check.body.includes(SCRIPT), 'no script tag reaches the page');
      assert.match(check.body, /name="csv" value="[^"]*&lt;script>alert\(1\)&lt;\/script>/);
    });

    it('names a missing column or a missing file, in the reader’s language', async () => {
      const noColumn = await send({}, 'body,meeting,country\nigf,2023-kyoto,KEN\n');
      assert.equal(noColumn.statusCode, 400);
      assert.match(noColumn.body, /Column organisation: /);
      const noFile = await send({}, undefined, admin);
      assert.equal(noFile.statusCode, 400);
      const fr = await t.app.inject({ method: 'POST', url: '/fr/participation/import', ...(() => { const b = multipart({ _csrf: admin.csrf }); return { payload: b.payload, headers: { ...b.headers, cookie: admin.cookie } }; })() });
      assert.match(fr.body, /Fichier CSV: Ce champ est obligatoire\./);
    });

    it('refuses non-admins and forms without their CSRF token', async () => {
      const moderator = await agentFor(t.app, t.services, 'moderator');
      assert.equal((await send({}, GOOD, moderator)).statusCode, 403);
      assert.equal((await t.app.inject({ url: '/en/participation/import' })).statusCode, 401);
      const noCsrf = multipart({}, { name: 'rows.csv', text: GOOD });
      assert.equal((await t.app.inject({ method: 'POST', url: '/en/participation/import', payload: noCsrf.payload, headers: { ...noCsrf.headers, cookie: admin.cookie } })).statusCode, 403);
    });
  });
}
