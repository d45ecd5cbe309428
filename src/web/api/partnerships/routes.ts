import type { FastifyInstance } from 'fastify';
import type { Static } from '@sinclair/typebox';
import type { Services } from '../../../services.ts';
import type { PostKind } from '../../../domain/partnership/partnership.ts';
import { ConnectionInputSchema, PostInputSchema } from '../../../domain/partnership/partnership-input.ts';
import { presentConnection, presentMatch, presentPost } from './present.ts';
import { documented, problemResponses, writeProblems } from '../responses.ts';
import { AnswerBody, AnswerParams, IdParams, MatchQuery, PageQuery, PostListQuery, PublishBody } from './schemas.ts';

const bearer = [{ bearer: [] }];
const POST = { id: 'k2m4p6r8t0v2', kind: 'need', title: { en: 'Help designing a 5G spectrum roadmap' }, description: { en: 'Band planning and coverage obligations.' }, originalLang: 'en', country: 'NPL', organisation: null, technologies: ['5g'], sdgTargets: ['9.c'], helpKinds: ['policy-advice'], status: 'open', isSample: false, createdAt: '2024-05-01T10:00:00.000Z' };
const CONNECTION = { id: 'c2m4p6r8t0v2', need: POST, offer: { ...POST, id: 'o2m4p6r8t0v2', kind: 'offer' }, requestedSide: 'need', status: 'accepted', isPublic: false, publicSummary: {}, contacts: { need: 'spectrum@nta.example', offer: 'intl@regulator.example' }, events: [{ action: 'requested', note: null, at: '2024-05-02T10:00:00.000Z' }, { action: 'accepted', note: 'Glad to help.', at: '2024-05-03T10:00:00.000Z' }], createdAt: '2024-05-02T10:00:00.000Z', updatedAt: '2024-05-03T10:00:00.000Z' };
const MATCH = { type: 'offer', id: 'o2m4p6r8t0v2', score: 10, reasons: [{ code: 'shared-technology', value: '5g', weight: 3 }, { code: 'shared-target', value: '9.c', weight: 3 }, { code: 'kind-of-help', value: 'policy-advice', weight: 4 }], title: { en: 'Peer advice on 5G spectrum roadmaps' } };

/** /api/v1/needs, /offers, /connections and /partnerships: posting, matching and connecting with mutual consent. */
export function partnershipApi(services: Services) {
  const svc = services.partnership;
  const vocab = () => services.vocabulary.current();
  return async (app: FastifyInstance) => {
    for (const [kind, path] of [['need', 'needs'], ['offer', 'offers']] as [PostKind, string][]) {
      app.get<{ Querystring: Static<typeof PostListQuery> }>(`/${path}`, { schema: { summary: `List open ${path}`, querystring: PostListQuery, tags: ['partnerships'], response: { 200: documented({ items: [POST], total: 1, page: 1, limit: 20 }), ...problemResponses } } }, async (req) => {
        const r = await svc.list(kind, req.query);
        return { ...r, items: r.items.map((p) => presentPost(p, vocab())) };
      });
      app.get<{ Params: Static<typeof IdParams> }>(`/${path}/:id`, { schema: { summary: `One ${kind}`, params: IdParams, tags: ['partnerships'], response: { 200: documented(POST), ...problemResponses } } }, async (req) => presentPost(await svc.get(kind, req.params.id), vocab()));
      app.post(`/${path}`, { schema: { summary: `Post ${kind === 'need' ? 'a need' : 'an offer'}`, body: PostInputSchema, tags: ['partnerships'], security: bearer, response: { 201: documented(POST), ...writeProblems } } }, async (req, reply) => {
        const p = await svc.create(req.actor, kind, req.body);
        return reply.code(201).header('location', `/api/v1/${path}/${p.id}`).send(presentPost(p, vocab()));
      });
    }

    app.get<{ Params: Static<typeof IdParams>; Querystring: Static<typeof MatchQuery> }>('/needs/:id/matches', { schema: { summary: 'Offers and initiatives that match a need, ranked, with reasons', params: IdParams, querystring: MatchQuery, tags: ['partnerships'], response: { 200: documented({ items: [MATCH] }), ...problemResponses } } }, async (req) => ({
      items: (await svc.matches(req.actor, req.params.id, req.query.limit)).map(presentMatch),
    }));

    app.post('/connections', { schema: { summary: 'Ask to connect a need with an offer (the owner of either side)', body: ConnectionInputSchema, tags: ['partnerships'], security: bearer, response: { 201: documented({ ...CONNECTION, status: 'requested', contacts: null }), ...writeProblems } } }, async (req, reply) => {
      const c = await svc.request(req.actor, req.body);
      return reply.code(201).header('location', `/api/v1/connections/${c.id}`).send(presentConnection(await svc.connection(req.actor, c.id), vocab()));
    });
    app.get<{ Params: Static<typeof IdParams> }>('/connections/:id', { schema: { summary: 'A connection: contacts only to its two sides once both agreed', params: IdParams, tags: ['partnerships'], response: { 200: documented(CONNECTION), ...problemResponses } } }, async (req) => presentConnection(await svc.connection(req.actor, req.params.id), vocab()));
    app.post<{ Params: Static<typeof AnswerParams>; Body: Static<typeof AnswerBody> }>('/connections/:id/:answer', { schema: { summary: 'Accept or decline a connection (the side that was asked)', params: AnswerParams, body: AnswerBody, tags: ['partnerships'], security: bearer, response: { 200: documented(CONNECTION), ...writeProblems } } }, async (req) => {
      await svc.respond(req.actor, req.params.id, req.params.answer, req.body?.note);
      return presentConnection(await svc.connection(req.actor, req.params.id), vocab());
    });
    app.post<{ Params: Static<typeof IdParams> }>('/connections/:id/publish', { schema: { summary: 'Make an accepted connection public as a partnership', params: IdParams, body: PublishBody, tags: ['partnerships'], security: bearer, response: { 200: documented({ ...CONNECTION, isPublic: true, publicSummary: { en: 'Peer advice on a 5G spectrum roadmap.' } }), ...writeProblems } } }, async (req) => {
      await svc.publish(req.actor, req.params.id, req.body);
      return presentConnection(await svc.connection(req.actor, req.params.id), vocab());
    });

    app.get<{ Querystring: Static<typeof PageQuery> }>('/partnerships', { schema: { summary: 'Partnerships made public', querystring: PageQuery, tags: ['partnerships'], response: { 200: documented({ items: [{ ...CONNECTION, isPublic: true, contacts: undefined, events: undefined }], total: 1, page: 1, limit: 20 }), ...problemResponses } } }, async (req) => {
      const r = await svc.partnerships(req.query.page, req.query.limit);
      const items = await Promise.all(r.items.map(async (c) => presentConnection(await svc.connection(req.actor, c.id), vocab())));
      return { ...r, items: items.map(({ contacts: _c, events: _e, ...rest }) => rest) };
    });
  };
}
