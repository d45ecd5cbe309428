import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabases } from '../../../../test/helpers/databases.ts';
import { testApp, auth, type TestApp } from '../../../../test/helpers/app.ts';
import { ANONYMOUS, type Actor } from '../../../domain/access/access.ts';
import { stableId } from '../../../domain/ids.ts';

const NEED = { title: { en: 'Help designing a 5G spectrum roadmap' }, description: { en: 'Band planning and coverage obligations.' }, country: 'NPL', technologies: ['5g'], sdgTargets: ['9.c'], helpKinds: ['policy-advice'], contact: 'spectrum@nta.example' };
const OFFER = { title: { fr: 'Conseil en planification du spectre' }, description: { fr: 'Un régulateur partage son expérience.' }, country: 'FRA', technologies: ['5g'], sdgTargets: ['9.c'], helpKinds: ['policy-advice'], contact: 'intl@arcep.example' };
// Two signed-in organisations, as accounts will provide them; until then the services are called with these actors.
const nepal: Actor = { id: 'user-nepal', role: 'contributor', label: 'Nepal regulator' };
const france: Actor = { id: 'user-france', role: 'contributor', label: 'French regulator' };
const stranger: Actor = { id: 'user-other', role: 'contributor', label: 'someone else' };

for (const db of testDatabases()) {
  describe(`needs, offers and connections on ${db}`, () => {
    let t: TestApp;
    before(async () => {
      t = await testApp(db, { sample: true });
    });
    after(() => t.close());

    it('posts a need over the API and shows it without its contact details', async () => {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/needs', headers: auth, payload: NEED });
      assert.equal(res.statusCode, 201, res.body);
      const body = res.json();
      assert.equal(res.headers.location, `/api/v1/needs/${body.id}`);
      assert.equal(body.country, 'NPL');
      assert.equal(body.contact, undefined);
      assert.doesNotMatch((await t.app.inject({ url: `/api/v1/needs/${body.id}` })).body, /nta\.example/);
      assert.equal((await t.app.inject({ url: `/api/v1/offers/${body.id}` })).statusCode, 404, 'a need is not an offer');
    });

    it('lists the sample needs and offers in several languages, filtered by codes', async () => {
      const needs = (await t.app.inject({ url: '/api/v1/needs?limit=100' })).json();
      const offers = (await t.app.inject({ url: '/api/v1/offers?limit=100' })).json();
      assert.ok(needs.total >= 15 && offers.total >= 15);
      assert.ok(new Set([...needs.items, ...offers.items].map((p: any) => p.originalLang)).size >= 5);
      const ldc = (await t.app.inject({ url: '/api/v1/needs?group=LDC&technology=5g' })).json();
      assert.ok(ldc.items.length >= 1 && ldc.items.every((p: any) => p.technologies.includes('5g')));
      const help = (await t.app.inject({ url: '/api/v1/offers?help=funding' })).json();
      assert.ok(help.items.length >= 1 && help.items.every((p: any) => p.helpKinds.includes('funding')));
      const bad = await t.app.inject({ url: '/api/v1/needs?country=ZZZ&technology=warp' });
      assert.deepEqual(bad.json().errors.map((e: any) => e.field).sort(), ['country', 'technology']);
    });

    it('names every bad field of a post, and refuses anonymous posts', async () => {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/offers', headers: auth, payload: { ...OFFER, country: 'ZZZ', technologies: ['warp'], helpKinds: [], title: { fr: ' ' } } });
      assert.equal(res.statusCode, 400);
      assert.deepEqual(res.json().errors.map((e: any) => e.field).sort(), ['country', 'helpKinds', 'technologies[0]', 'title']);
      assert.equal((await t.app.inject({ method: 'POST', url: '/api/v1/offers', payload: OFFER })).statusCode, 401);
    });

    it('suggests offers, initiatives and policies for a need, ranked, with reasons', async () => {
      const id = stableId('need', '5g-roadmap-npl');
      const res = await t.app.inject({ url: `/api/v1/needs/${id}/matches?limit=50` });
      assert.equal(res.statusCode, 200, res.body);
      const items = res.json().items as { type: string; id: string; score: number; reasons: { code: string; value: string }[] }[];
      assert.ok(items.length >= 2);
      assert.deepEqual(items.map((i) => i.score), [...items.map((i) => i.score)].sort((a, b) => b - a), 'best first');
      const kenya = items.find((i) => i.id === stableId('offer', 'spectrum-roadmap-ken'))!;
      const france = items.find((i) => i.id === stableId('offer', 'spectrum-advice-fra'))!;
      assert.ok(kenya && france);
      assert.ok(france.reasons.some((r) => r.code === 'shared-technology' && r.value === '5g'));
      assert.ok(france.reasons.some((r) => r.code === 'kind-of-help' && r.value === 'policy-advice'));
      assert.ok(!items.some((i) => i.id === stableId('offer', 'mobile-money-egy')), 'an offer on another subject is not suggested, whatever help it gives');
      const nepalBroadband = items.find((i) => i.type === 'initiative' && i.reasons.some((r) => r.code === 'same-subregion'));
      assert.ok(nepalBroadband, 'an initiative from a country in the same groups and subregion is suggested');
      assert.ok(nepalBroadband.reasons.some((r) => r.code === 'same-group' && r.value === 'LDC'));
      assert.ok(items.every((i) => i.reasons.some((r) => ['shared-technology', 'shared-target', 'shared-goal'].includes(r.code))), 'every match shares a subject');
      const policies = items.filter((i) => i.type === 'policy');
      assert.ok(policies.some((p) => p.reasons.some((r) => r.code === 'shared-technology' && r.value === '5g')), 'a 5G policy elsewhere is suggested too');
      assert.equal((await t.app.inject({ url: '/api/v1/needs/nope/matches' })).statusCode, 404);
    });

    it('shares contact details only once both sides agree, records the exchange, and can publish it', async () => {
      const p = t.services.partnership;
      const need = await p.create(nepal, 'need', NEED);
      const offer = await p.create(france, 'offer', OFFER);
      await assert.rejects(() => p.request(stranger, { need: need.id, offer: offer.id }), /You may not do this/, 'only an owner of a side asks');
      const c = await p.request(nepal, { need: need.id, offer: offer.id, message: 'We would value your advice.' });
      await assert.rejects(() => p.request(france, { need: need.id, offer: offer.id }), /already/);

      const asked = await p.connection(france, c.id);
      assert.equal(asked.contacts, null, 'no contacts before the answer');
      await assert.rejects(() => p.connection(stranger, c.id), /No connection/, 'private to its sides');
      await assert.rejects(() => p.respond(nepal, c.id, 'accept'), /You may not do this/, 'the asking side cannot accept for the other');

      await p.respond(france, c.id, 'accept', 'Glad to help.');
      const both = await p.connection(nepal, c.id);
      assert.deepEqual(both.contacts, { need: 'spectrum@nta.example', offer: 'intl@arcep.example' });
      assert.deepEqual(both.events.map((e) => [e.action, e.note]), [['requested', 'We would value your advice.'], ['accepted', 'Glad to help.']]);
      const moderator = await p.connection({ id: 'mod', role: 'moderator', label: 'moderator' }, c.id);
      assert.equal(moderator.contacts, null, 'moderators see the exchange, not the contacts');
      await assert.rejects(() => p.respond(france, c.id, 'decline'), /accepted already/);

      await p.publish(france, c.id, { summary: { en: 'Peer advice on a 5G spectrum roadmap.' } });
      const list = (await t.app.inject({ url: '/api/v1/partnerships' })).json();
      const shown = list.items.find((i: any) => i.id === c.id);
      assert.deepEqual(shown.publicSummary, { en: 'Peer advice on a 5G spectrum roadmap.' });
      assert.equal(shown.contacts, undefined);
      const anonymous = await p.connection(ANONYMOUS, c.id);
      assert.equal(anonymous.contacts, null);
      assert.deepEqual(anonymous.events, [], 'the public sees the partnership, not the exchange');
    });

    it('keeps a declined connection without contacts and refuses to publish it', async () => {
      const p = t.services.partnership;
      const need = await p.create(nepal, 'need', { ...NEED, title: { en: 'Another need' } });
      const offer = await p.create(france, 'offer', OFFER);
      const c = await p.request(france, { need: need.id, offer: offer.id });
      assert.equal(c.requestedSide, 'offer');
      await p.respond(nepal, c.id, 'decline');
      assert.equal((await p.connection(france, c.id)).contacts, null);
      await assert.rejects(() => p.publish(nepal, c.id, { summary: { en: 'x' } }), /You may not do this/);
    });

    it('connects over the API with the admin token owning both sides', async () => {
      const need = (await t.app.inject({ method: 'POST', url: '/api/v1/needs', headers: auth, payload: NEED })).json();
      const offer = (await t.app.inject({ method: 'POST', url: '/api/v1/offers', headers: auth, payload: OFFER })).json();
      const created = await t.app.inject({ method: 'POST', url: '/api/v1/connections', headers: auth, payload: { need: need.id, offer: offer.id } });
      assert.equal(created.statusCode, 201, created.body);
      assert.equal(created.json().contacts, null);
      const accepted = await t.app.inject({ method: 'POST', url: `/api/v1/connections/${created.json().id}/accept`, headers: auth, payload: {} });
      assert.equal(accepted.statusCode, 200, accepted.body);
      assert.equal(accepted.json().contacts.offer, 'intl@arcep.example');
      assert.equal((await t.app.inject({ url: `/api/v1/connections/${created.json().id}` })).statusCode, 404, 'not public: hidden from visitors');
    });

    it('removes the sample needs and offers with the rest of the sample content', async () => {
      const removed = await t.services.sample.remove({ id: 'admin', role: 'admin', label: 'admin' });
      assert.equal(removed.posts, 30);
      assert.ok(removed.participations > 300);
      const left = (await t.app.inject({ url: '/api/v1/needs?limit=100' })).json();
      assert.ok(left.items.every((p: any) => !p.isSample));
    });
  });
}
