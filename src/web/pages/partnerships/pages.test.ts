import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabases } from '../../../../test/helpers/databases.ts';
import { testApp, type TestApp } from '../../../../test/helpers/app.ts';
import { agentFor, type Agent } from '../../../../test/helpers/agents.ts';
import { stableId } from '../../../domain/ids.ts';

for (const db of testDatabases()) {
  describe(`needs and offers pages on ${db}`, () => {
    let t: TestApp;
    let nepal: Agent;
    let helper: Agent;
    before(async () => {
      t = await testApp(db, { sample: true });
      nepal = await agentFor(t.app, t.services, 'contributor');
      helper = await agentFor(t.app, t.services, 'contributor');
    });
    after(() => t.close());

    const form = (agent: Agent, url: string, fields: Record<string, string | string[]>) => {
      const body = new URLSearchParams({ _csrf: agent.csrf });
      for (const [k, v] of Object.entries(fields)) for (const one of ([] as string[]).concat(v)) body.append(k, one);
      return t.app.inject({ method: 'POST', url, headers: { cookie: agent.cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload: body.toString() });
    };
    const get = (url: string, agent?: Agent) => t.app.inject({ url, headers: agent ? { cookie: agent.cookie } : {} });

    it('lists needs and shows a need with its matches and their reasons, without contacts', async () => {
      const list = await get('/fr/needs');
      assert.equal(list.statusCode, 200);
      assert.match(list.body, /Besoins : l'aide que demandent les pays|Besoins : l&#39;aide que demandent les pays/);
      const page = await get(`/en/needs/${stableId('need', '5g-roadmap-npl')}`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Suggested matches/);
      assert.match(page.body, /Same technology: 5G/);
      assert.match(page.body, /Gives the help asked for: Policy advice/);
      assert.doesNotMatch(page.body, /example\.org/, 'contacts stay private');
    });

    it('posts a need with a form, and re-renders the form with every error kept', async () => {
      const bad = await form(nepal, '/en/needs', { originalLang: 'en', 'title.en': 'Spectrum roadmap', 'description.en': '', technologies: '5g, warp', contact: 'x@nta.example' });
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, /There is a problem/);
      assert.match(bad.body, /value="Spectrum roadmap"/);
      assert.match(bad.body, /<textarea id="f-description-en" aria-invalid="true"/, 'the missing description is marked on the text in the original language');
      const ok = await form(nepal, '/en/needs', { originalLang: 'en', 'title.en': 'Spectrum roadmap', 'description.en': 'Band plan advice.', country: 'NPL', technologies: '5g', sdgTargets: '9.c', helpKinds: ['policy-advice', 'data'], contact: 'spectrum@nta.example' });
      assert.equal(ok.statusCode, 303, ok.body);
      const page = await get(ok.headers.location as string, nepal);
      assert.match(page.body, /Ask to connect/, 'the owner of the need may ask an offer to connect');
      assert.equal((await get('/en/needs/new')).statusCode, 303, 'visitors are sent to sign in');
    });

    it('takes the title and description in several languages, as the initiative form does', async () => {
      const newForm = await get('/fr/offers/new', helper);
      assert.match(newForm.body, /<option value="fr" selected>/, 'the page language is the original language by default');
      assert.match(newForm.body, /name="title\.ar"[^>]*lang="ar"/, 'a text box for every language');
      assert.match(newForm.body, /<textarea[^>]*name="description\.zh"[^>]*lang="zh"/);
      const fields = { originalLang: 'fr', 'title.fr': 'Conseil en spectre', 'title.en': 'Spectrum advice', 'title.ar': 'مشورة بشأن الطيف', 'description.fr': 'Nous aidons les régulateurs.', 'description.ar': 'نساعد الهيئات التنظيمية.', helpKinds: 'policy-advice', contact: 'aide@regulateur.example' };
      const missingOriginal = await form(helper, '/fr/offers', { ...fields, originalLang: 'es' });
      assert.equal(missingOriginal.statusCode, 400, 'the title must be given in the original language');
      assert.match(missingOriginal.body, /value="مشورة بشأن الطيف"/, 'every translation is kept');
      const ok = await form(helper, '/fr/offers', fields);
      assert.equal(ok.statusCode, 303, ok.body);
      const id = (ok.headers.location as string).split('/').pop()!;
      const post = await t.services.partnership.get('offer', id);
      assert.deepEqual(post.title, { fr: 'Conseil en spectre', en: 'Spectrum advice', ar: 'مشورة بشأن الطيف' });
      assert.deepEqual(Object.keys(post.description).sort(), ['ar', 'fr']);
      assert.equal(post.originalLang, 'fr');
      assert.match((await get(`/ar/offers/${id}`)).body, /<h1><span>مشورة بشأن الطيف<\/span><\/h1>/, 'shown in the reader’s language when translated');
      assert.match((await get(`/en/offers/${id}`)).body, /Spectrum advice/);
    });

    it('connects with the consent of both sides before showing contacts', async () => {
      const offer = await t.services.partnership.create({ id: helper.userId, role: 'contributor', label: 'helper' }, 'offer', { title: { en: 'Spectrum advice' }, description: { en: 'We did it.' }, technologies: ['5g'], helpKinds: ['policy-advice'], contact: 'help@regulator.example' });
      const need = (await t.services.partnership.own({ id: nepal.userId, role: 'contributor', label: 'nepal' }, 'need'))[0]!;
      const asked = await form(nepal, '/en/connections', { need: need.id, offer: offer.id });
      assert.equal(asked.statusCode, 303, asked.body);
      const url = asked.headers.location as string;
      const waiting = await get(url, helper);
      assert.match(waiting.body, /Accept and share contact details/);
      assert.doesNotMatch(waiting.body, /spectrum@nta\.example/);
      assert.doesNotMatch((await get(url, nepal)).body, /Accept and share contact details/, 'the asking side cannot accept');
      assert.equal((await get(url)).statusCode, 404, 'private to the two sides');
      const accepted = await form(helper, `${url}/answer`, { answer: 'accept', note: 'Glad to help.' });
      assert.equal(accepted.statusCode, 303);
      const both = await get(url, nepal);
      assert.match(both.body, /help@regulator\.example/);
      assert.match(both.body, /Glad to help\./);
      assert.equal((await form(nepal, `${url}/publish`, { summary: 'Peer advice on spectrum.' })).statusCode, 303);
      assert.match((await get('/en/partnerships')).body, /Peer advice on spectrum\./);
    });
  });
}
