import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readOpenSdgFolder } from '../../cli/vocab.ts';
import { sharedData } from '../../../test/helpers/shared-data.ts';
import { testDatabases } from '../../../test/helpers/databases.ts';
import { testApp, type TestApp } from '../../../test/helpers/app.ts';
import { CLI_ACTOR } from '../access/access.ts';
import { sdgIndicatorIri } from './sdg-indicator.ts';

describe('Open SDG translations', () => {
  it('reads goals, targets and indicators in the six languages', () => {
    const texts = readOpenSdgFolder(sharedData('sdg-translations'));
    assert.equal(Object.keys(texts.goals).length, 17);
    assert.equal(Object.keys(texts.targets).length, 169);
    assert.ok(Object.keys(texts.indicators).length >= 231);
    assert.equal(texts.targets['9.c']!.en, 'Significantly increase access to information and communications technology and strive to provide universal and affordable access to the Internet in least developed countries by 2020');
    for (const lang of ['en', 'fr', 'es', 'ar', 'zh', 'ru'] as const) assert.ok(texts.indicators['17.8.1']![lang], lang);
  });

  it('writes indicator IRIs as the UN SDG KOS does', () => {
    assert.equal(sdgIndicatorIri('9.c.1'), 'http://metadata.un.org/sdg/C090c01');
    assert.equal(sdgIndicatorIri('17.8.1'), 'http://metadata.un.org/sdg/C170801');
  });
});

for (const db of testDatabases()) {
  describe(`SDG text import on ${db}`, () => {
    let t: TestApp;
    before(async () => (t = await testApp(db)));
    after(() => t.close());

    it('stores the official texts and serves them in the vocabulary API and pages', async () => {
      await t.services.vocabulary.importSdgTexts(CLI_ACTOR, readOpenSdgFolder(sharedData('sdg-translations')));
      const sdg = (await t.app.inject({ url: '/api/v1/vocabularies/sdg' })).json();
      const g9 = sdg.items.find((g: { goal: number }) => g.goal === 9);
      assert.match(g9.title.fr, /infrastructure/i);
      assert.equal(g9.targets.find((x: { code: string }) => x.code === '9.c').iri, 'http://metadata.un.org/sdg/9.c');
      assert.ok(g9.targets.find((x: { code: string }) => x.code === '9.c').title.zh);
      const page = (await t.app.inject({ url: '/ar/sdgs/9' })).body;
      assert.ok(page.includes(g9.title.ar), 'the goal page shows the official Arabic text');
    });
  });
}
