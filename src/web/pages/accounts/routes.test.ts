import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabases } from '../../../../test/helpers/databases.ts';
import { testApp, type TestApp } from '../../../../test/helpers/app.ts';
import { withCsrf } from '../../../../test/helpers/agents.ts';

const form = (fields: Record<string, string>) => ({ payload: new URLSearchParams(fields).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
const cookieOf = (res: { headers: Record<string, unknown> }, name: string) =>
  ([] as string[]).concat((res.headers['set-cookie'] as string[] | string | undefined) ?? []).find((c) => c.startsWith(`${name}=`));

for (const db of testDatabases()) {
  describe(`account pages on ${db}`, () => {
    let t: TestApp;
    before(async () => {
      t = await testApp(db, { config: { signInFailuresBeforeLockout: 3 } });
    });
    after(() => t.close());

    const post = async (url: string, fields: Record<string, string>, cookie = '') => {
      const c = await withCsrf(t.app, cookie);
      const f = form({ ...fields, _csrf: c.csrf });
      return t.app.inject({ method: 'POST', url, payload: f.payload, headers: { ...f.headers, cookie: c.cookie } });
    };

    it('signs up, confirms the address by the emailed link, signs in with a Secure-less HttpOnly SameSite cookie, and signs out', async () => {
      const res = await post('/fr/sign-up', { email: 'Ana@Example.org', password: 'a long password', displayName: 'Ana' });
      assert.equal(res.statusCode, 200, res.body);
      const mail = t.mailer.sent.at(-1)!;
      assert.equal(mail.to, 'ana@example.org');
      const link = /\/fr\/verify-email\?token=(\S+)/.exec(mail.text)?.[0];
      assert.ok(link, mail.text);
      assert.equal((await post('/fr/sign-in', { email: 'ana@example.org', password: 'a long password' })).statusCode, 401, 'not confirmed yet');
      assert.equal((await t.app.inject({ url: link })).statusCode, 200);
      assert.equal((await t.app.inject({ url: link })).statusCode, 400, 'a link works once');
      const signedIn = await post('/fr/sign-in', { email: 'ana@example.org', password: 'a long password' });
      assert.equal(signedIn.statusCode, 303);
      const session = cookieOf(signedIn, 'lf_session')!;
      assert.match(session, /HttpOnly/);
      assert.match(session, /SameSite=Lax/);
      assert.doesNotMatch(session, /Secure/, 'http public URL: no Secure flag by default');
      const cookie = session.split(';')[0]!;
      const stored = await t.services.store.db.selectFrom('sessions').select('id_hash').execute();
      assert.ok(!stored.some((s) => s.id_hash === cookie.split('=')[1]), 'only the hash of the session id is stored');
      const account = await t.app.inject({ url: '/fr/account', headers: { cookie } });
      assert.equal(account.statusCode, 200);
      assert.match(account.headers['cache-control'] as string, /no-store/);
      const out = await post('/fr/sign-out', {}, cookie);
      assert.equal(out.statusCode, 303);
      assert.equal((await t.app.inject({ url: '/fr/account', headers: { cookie } })).statusCode, 401, 'the session is gone');
    });

    it('refuses a form without its CSRF token', async () => {
      const f = form({ email: 'ana@example.org', password: 'a long password' });
      const res = await t.app.inject({ method: 'POST', url: '/en/sign-in', ...f });
      assert.equal(res.statusCode, 403);
    });

    it('re-renders the sign-up form with field errors in the reader’s language', async () => {
      const res = await post('/fr/sign-up', { email: 'nope', password: 'short', displayName: '' });
      assert.equal(res.statusCode, 400);
      assert.match(res.body, /aria-invalid="true"/);
      assert.match(res.body, /id="f-password-error"/);
      assert.match(res.body, /C’est trop court\./, 'the error in French');
    });

    it('locks an account after repeated failures, logs it, and a reset link unlocks it', async () => {
      await t.services.accounts.addUser({ id: 'cli', role: 'admin', label: 'cli' }, { email: 'lee@example.org', role: 'contributor', password: 'the right password' });
      for (let i = 0; i < 3; i++) assert.equal((await post('/en/sign-in', { email: 'lee@example.org', password: 'wrong guess!' })).statusCode, 401);
      const locked = await post('/en/sign-in', { email: 'lee@example.org', password: 'the right password' });
      assert.equal(locked.statusCode, 429, 'even the right password waits');
      const audit = await t.services.store.db.selectFrom('audit_log').select('event').execute();
      assert.ok(audit.some((a) => a.event === 'lockout'));
      assert.ok(audit.filter((a) => a.event === 'sign-in-failed').length >= 4);
      await post('/en/forgot-password', { email: 'lee@example.org' });
      const token = /token=(\S+)/.exec(t.mailer.sent.at(-1)!.text)![1]!;
      assert.equal((await post('/en/reset-password', { token, password: 'a brand new password' })).statusCode, 200);
      assert.equal((await post('/en/sign-in', { email: 'lee@example.org', password: 'a brand new password' })).statusCode, 303);
    });

    it('creates an API token shown once; a read token cannot write, a revoked token is refused', async () => {
      await t.services.accounts.addUser({ id: 'cli', role: 'admin', label: 'cli' }, { email: 'tok@example.org', role: 'contributor', password: 'the right password' });
      const cookie = cookieOf(await post('/en/sign-in', { email: 'tok@example.org', password: 'the right password' }), 'lf_session')!.split(';')[0]!;
      const created = await post('/en/account/tokens', { name: 'import', scope: 'read' }, cookie);
      assert.equal(created.statusCode, 201);
      const token = /<code class="secret">([^<]+)</.exec(created.body)![1]!;
      assert.doesNotMatch((await t.app.inject({ url: '/en/account', headers: { cookie } })).body, new RegExp(token), 'never shown again');
      const bearer = { authorization: `Bearer ${token}` };
      assert.equal((await t.app.inject({ url: '/api/v1/initiatives', headers: bearer })).statusCode, 200);
      assert.equal((await t.app.inject({ method: 'POST', url: '/api/v1/initiatives', headers: bearer, payload: {} })).statusCode, 403);
      const [record] = await t.services.tokens.list({ id: (await t.services.store.db.selectFrom('users').select('id').where('email', '=', 'tok@example.org').executeTakeFirstOrThrow()).id, role: 'contributor', label: 'x' });
      assert.equal((await post(`/en/account/tokens/${record!.id}/revoke`, {}, cookie)).statusCode, 303);
      assert.equal((await t.app.inject({ url: '/api/v1/initiatives', headers: bearer })).statusCode, 401);
      const events = (await t.services.store.db.selectFrom('audit_log').select('event').execute()).map((e) => e.event);
      assert.ok(events.includes('token-created') && events.includes('token-revoked'));
    });
  });
}
