import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabases } from '../../../../test/helpers/databases.ts';
import { testApp, type TestApp } from '../../../../test/helpers/app.ts';
import { safeBack } from './routes.ts';

for (const kind of testDatabases()) {
  describe(`high-contrast switch (${kind})`, () => {
    let t: TestApp;
    before(async () => (t = await testApp(kind)));
    after(() => t.close());

    it('sets the cookie and sends the reader back to the same page in their language', async () => {
      const r = await t.app.inject({ url: '/fr/contrast?mode=more&back=%2Finitiatives%3Fsdg%3D9' });
      assert.equal(r.statusCode, 303);
      assert.equal(r.headers.location, '/fr/initiatives?sdg=9');
      assert.match(String(r.headers['set-cookie']), /^contrast=more; Max-Age=31536000; Path=\/; SameSite=Lax; HttpOnly$/);
      const page = await t.app.inject({ url: '/fr/initiatives', headers: { cookie: 'contrast=more' } });
      assert.match(page.body, /<html lang="fr" dir="ltr" class="contrast-more">/);
      assert.match(page.body, /Contraste normal/);
    });

    it('clears the cookie for the standard display', async () => {
      const r = await t.app.inject({ url: '/ar/contrast?mode=standard' });
      assert.equal(r.headers.location, '/ar/');
      assert.match(String(r.headers['set-cookie']), /^contrast=; Max-Age=0/);
      const page = await t.app.inject({ url: '/ar/' });
      assert.doesNotMatch(page.body, /contrast-more/);
    });

    it('refuses an unknown mode', async () => {
      assert.equal((await t.app.inject({ url: '/en/contrast?mode=loud' })).statusCode, 400);
    });
  });
}

describe('safeBack', () => {
  it('keeps local paths and replaces anything that could leave the site with /', () => {
    assert.equal(safeBack('/sdgs/9'), '/sdgs/9');
    assert.equal(safeBack('//evil.example/'), '/');
    assert.equal(safeBack('/\\evil.example/'), '/');
    assert.equal(safeBack('https://evil.example/'), '/');
    assert.equal(safeBack(undefined), '/');
  });
});
