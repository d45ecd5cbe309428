import type { FastifyInstance } from 'fastify';
import type { Static } from '@sinclair/typebox';
import type { Services } from '../../../services.ts';
import type { PostKind } from '../../../domain/partnership/partnership.ts';
import { ConnectionInputSchema, PostInputSchema } from '../../../domain/partnership/partnership-input.ts';
import { presentConnection, presentMatch, presentPost } from './present.ts';
import { AnswerBody, AnswerParams, IdParams, MatchQuery, PageQuery, PostListQuery, PublishBody } from './schemas.ts';

/** /api/v1/needs, /offers, /connections and /partnerships: posting, matching and connecting with mutual consent. */
export function partnershipApi(services: Services) {
  const svc = services.partnership;
  const vocab = () => services.vocabulary.current();
  return async (app: FastifyInstance) => {
    for (const [kind, path] of [['need', 'needs'], ['offer', 'offers']] as [PostKind, string][]) {
      app.get<{ Querystring: Static<typeof PostListQuery> }>(`/${path}`, { schema: { querystring: PostListQuery, tags: ['partnerships'] } }, async (req) => {
        const r = await svc.list(kind, req.query);
        return { ...r, items: r.items.map((p) => presentPost(p, vocab())) };
      });
      app.get<{ Params: Static<typeof IdParams> }>(`/${path}/:id`, { schema: { params: IdParams, tags: ['partnerships'] } }, async (req) => presentPost(await svc.get(kind, req.params.id), vocab()));
      app.post(`/${path}`, { schema: { body: PostInputSchema, tags: ['partnerships'] } }, async (req, reply) => {
        const p = await svc.create(req.actor, kind, req.body);
        return reply.code(201).header('location', `/api/v1/${path}/${p.id}`).send(presentPost(p, vocab()));
      });
    }

    app.get<{ Params: Static<typeof IdParams>; Querystring: Static<typeof MatchQuery> }>('/needs/:id/matches', { schema: { params: IdParams, querystring: MatchQuery, tags: ['partnerships'] } }, async (req) => ({
      items: (await svc.matches(req.actor, req.params.id, req.query.limit)).map(presentMatch),
    }));

    app.post('/connections', { schema: { body: ConnectionInputSchema, tags: ['partnerships'] } }, async (req, reply) => {
      const c = await svc.request(req.actor, req.body);
      return reply.code(201).header('location', `/api/v1/connections/${c.id}`).send(presentConnection(await svc.connection(req.actor, c.id), vocab()));
    });
    app.get<{ Params: Static<typeof IdParams> }>('/connections/:id', { schema: { params: IdParams, tags: ['partnerships'] } }, async (req) => presentConnection(await svc.connection(req.actor, req.params.id), vocab()));
    app.post<{ Params: Static<typeof AnswerParams>; Body: Static<typeof AnswerBody> }>('/connections/:id/:answer', { schema: { params: AnswerParams, body: AnswerBody, tags: ['partnerships'] } }, async (req) => {
      await svc.respond(req.actor, req.params.id, req.params.answer, req.body?.note);
      return presentConnection(await svc.connection(req.actor, req.params.id), vocab());
    });
    app.post<{ Params: Static<typeof IdParams> }>('/connections/:id/publish', { schema: { params: IdParams, body: PublishBody, tags: ['partnerships'] } }, async (req) => {
      await svc.publish(req.actor, req.params.id, req.body);
      return presentConnection(await svc.connection(req.actor, req.params.id), vocab());
    });

    app.get<{ Querystring: Static<typeof PageQuery> }>('/partnerships', { schema: { querystring: PageQuery, tags: ['partnerships'] } }, async (req) => {
      const r = await svc.partnerships(req.query.page, req.query.limit);
      const items = await Promise.all(r.items.map(async (c) => presentConnection(await svc.connection(req.actor, c.id), vocab())));
      return { ...r, items: items.map(({ contacts: _c, events: _e, ...rest }) => rest) };
    });
  };
}
