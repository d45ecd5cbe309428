import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { testDatabases } from '../../../test/helpers/databases.ts';
import { testApp, type TestApp } from '../../../test/helpers/app.ts';
import { sharedData } from '../../../test/helpers/shared-data.ts';
import { ANONYMOUS, CLI_ACTOR, type Actor } from '../access/access.ts';
import { readCandidates } from '../../exchange/readers.ts';

const dpg = (folder: string) => {
  const dir = sharedData('dpga-publicgoods-candidates', folder);
  return readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => `${dir}/${f}`);
};
const iatiFiles = () => {
  const dir = sharedData('iati', 'activity-samples');
  return readdirSync(dir).map((f) => `${dir}/${f}`);
};
const CONTRIBUTOR: Actor = { id: 'u-1', role: 'contributor', label: 'contributor' };

for (const db of testDatabases()) {
  describe(`import on ${db}`, () => {
    let t: TestApp;
    before(async () => {
      t = await testApp(db);
    });
    after(() => t.close());

    it('imports all 228 DPG nominees as submitted records with provenance, countries and SDG evidence', async () => {
      const candidates = readCandidates('dpg', dpg('nominees'), t.services);
      assert.equal(candidates.length, 228);
      const report = await t.services.imports.run(CLI_ACTOR, candidates);
      assert.deepEqual(report.rejected, []);
      assert.equal(report.created, 228);
      const id = await t.services.store.db.selectFrom('external_ids').select('record_id').where('scheme', '=', 'dpg').where('value', '=', 'dhis2').executeTakeFirstOrThrow();
      const dhis2 = await t.services.initiatives.get(CLI_ACTOR, id.record_id);
      assert.equal(dhis2.workflowState, 'submitted');
      assert.equal(dhis2.provenance.source, 'import:dpg');
      assert.equal(dhis2.provenance.reference, 'dhis2.json');
      assert.ok(dhis2.provenance.importedAt);
      assert.ok(dhis2.countries.length > 20, 'countries from the screening file');
      assert.ok(dhis2.classifications.some((c) => c.scheme === 'sdg-goal' && c.evidenceText));
      assert.ok(report.notes.some((n) => n.note.includes('"Kosovo" matches no country')), 'unmatched names are reported');
      assert.equal((await t.services.initiatives.list(ANONYMOUS, {})).total, 0, 'submitted records are not public');
    });

    it('updates instead of duplicating when the same files are imported again', async () => {
      const again = await t.services.imports.run(CLI_ACTOR, readCandidates('dpg', dpg('nominees'), t.services));
      assert.equal(again.created, 0);
      assert.equal(again.unchanged, 228);
      const { n } = await t.services.store.db.selectFrom('initiatives').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      assert.equal(Number(n), 228);
    });

    it('rejects the invalid excluded nominees with reasons and imports the valid ones', async () => {
      const report = await t.services.imports.run(CLI_ACTOR, readCandidates('dpg', dpg('excluded-nominees'), t.services));
      const rejectedFiles = new Set(report.rejected.map((r) => r.file));
      assert.equal(rejectedFiles.size, 11);
      assert.equal(report.created + report.updated + report.unchanged, 30);
      const acceda = report.rejected.filter((r) => r.file === 'acceda.json');
      assert.deepEqual(acceda.map((r) => r.field).sort(), ['SDGs[0]', 'stage']);
      assert.match(acceda.find((r) => r.field === 'SDGs[0]')!.reason, /old shape/);
    });

    it('imports IATI activities in our languages, rejects the others with the reason, and publishes with --publish', async () => {
      const report = await t.services.imports.run(CLI_ACTOR, readCandidates('iati', iatiFiles(), t.services), { publish: true });
      assert.equal(report.created, 3);
      const dutch = report.rejected.filter((r) => r.file.startsWith('nl-mfa'));
      assert.equal(dutch.length, 13);
      assert.match(dutch[0]!.reason, /written in nl only/);
      const published = await t.services.initiatives.list(ANONYMOUS, { limit: 100 });
      assert.equal(published.total, 3);
      const example = published.items.find((i) => i.externalIds.iati === 'AA-AAA-123456789-ABC123')!;
      assert.equal(example.title.fr, "Titre de l'activité");
      assert.equal(example.dates.plannedStart, '2012-04-15');
      assert.equal(example.provenance.source, 'import:iati');
    });

    it('writes nothing on a dry run, and refuses --publish to non-admins and writes to visitors', async () => {
      const before = await t.services.store.db.selectFrom('initiatives').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      const fresh = readCandidates('json', [sharedData('dpga-publicgoods-candidates', 'nominee-schema.json')], t.services);
      const dry = await t.services.imports.run(ANONYMOUS, readCandidates('iati', iatiFiles(), t.services), { dryRun: true });
      assert.equal(dry.updated, 3, 'the dry run sees the records imported before');
      const after = await t.services.store.db.selectFrom('initiatives').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      assert.equal(Number(after.n), Number(before.n));
      await assert.rejects(t.services.imports.run(CONTRIBUTOR, fresh, { publish: true }), { code: 'forbidden' });
      await assert.rejects(t.services.imports.run(ANONYMOUS, fresh), { code: 'unauthenticated' });
    });
  });
}
