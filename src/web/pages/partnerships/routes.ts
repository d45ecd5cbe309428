import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { ValidationError } from '../../../domain/errors.ts';
import type { PostKind } from '../../../domain/partnership/partnership.ts';
import type { FieldError } from '../../../domain/errors.ts';
import { contextFor, langOf, seeOther, sendPage, type PageDeps } from '../page.ts';
import { PostFormPage, PostListPage, PostPage } from './post-pages.tsx';
import { langMapOf, valuesOf } from '../initiatives/initiative-form-data.ts';
import { ConnectionPage, PartnershipListPage } from './connection-page.tsx';

type Form = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;
const list = (v: string | string[] | undefined) => (one(v) ?? '').split(',').map((s) => s.trim()).filter(Boolean);

/** The form's fields as the API's input: a text per language, the original language (the page's if none chosen), codes split on commas. */
function postInput(form: Form, lang: string) {
  return {
    title: langMapOf(form, 'title'),
    description: langMapOf(form, 'description'),
    originalLang: one(form.originalLang) ?? lang,
    ...(one(form.country) ? { country: one(form.country) } : {}),
    technologies: list(form.technologies),
    sdgTargets: list(form.sdgTargets),
    helpKinds: valuesOf(form, 'helpKinds'),
    contact: one(form.contact) ?? '',
  };
}

/** Errors naming a whole language map are shown on its text in the original language. */
function postFormErrors(errors: FieldError[], form: Form, lang: string): FieldError[] {
  const original = one(form.originalLang) ?? lang;
  return errors.map((e) => (e.field === 'title' || e.field === 'description' ? { ...e, field: `${e.field}.${original}` } : e));
}

/** /{lang}/needs, /offers, /connections, /partnerships: the partnership space as pages; every form POSTs and redirects. */
export function partnershipPages(deps: PageDeps) {
  const { services } = deps;
  const svc = services.partnership;
  return async (app: FastifyInstance) => {
    for (const [kind, path] of [['need', 'needs'], ['offer', 'offers']] as [PostKind, string][]) {
      app.get(`/:lang/${path}`, { schema: { hide: true } }, async (req, reply) => {
        const r = await svc.list(kind, { limit: 50 });
        return sendPage(reply, h(PostListPage, { ctx: contextFor(req, deps), kind, posts: r.items, total: r.total }));
      });
      app.get(`/:lang/${path}/new`, { schema: { hide: true } }, async (req, reply) => {
        const ctx = contextFor(req, deps);
        if (ctx.actor.id === undefined) return seeOther(reply, ctx.lang, "/sign-in");
        return sendPage(reply, h(PostFormPage, { ctx, kind, body: { originalLang: ctx.lang } }));
      });
      app.post<{ Body: Form }>(`/:lang/${path}`, { schema: { hide: true } }, async (req, reply) => {
        const form = req.body ?? {};
        try {
          const post = await svc.create(req.actor, kind, postInput(form, langOf(req)));
          return seeOther(reply, langOf(req), `/${path}/${post.id}`);
        } catch (err) {
          if (!(err instanceof ValidationError)) throw err;
          return sendPage(reply, h(PostFormPage, { ctx: contextFor(req, deps), kind, body: form, errors: postFormErrors(err.errors, form, langOf(req)) }), 400);
        }
      });
      app.get<{ Params: { lang: string; id: string } }>(`/:lang/${path}/:id`, { schema: { hide: true } }, async (req, reply) => {
        const post = await svc.get(kind, req.params.id);
        const [matches, ownOffers, ownNeeds] = await Promise.all([kind === 'need' ? svc.matches(req.actor, post.id, 10) : [], svc.own(req.actor, 'offer'), svc.own(req.actor, 'need')]);
        return sendPage(reply, h(PostPage, { ctx: contextFor(req, deps), post, matches, ownOffers, ownNeeds }));
      });
    }

    app.post<{ Body: Form }>('/:lang/connections', { schema: { hide: true } }, async (req, reply) => {
      const c = await svc.request(req.actor, { need: one(req.body?.need) ?? '', offer: one(req.body?.offer) ?? '' });
      return seeOther(reply, langOf(req), `/connections/${c.id}`);
    });
    app.get<{ Params: { lang: string; id: string } }>('/:lang/connections/:id', { schema: { hide: true } }, async (req, reply) => {
      const view = await svc.connection(req.actor, req.params.id);
      const { mayAnswer, mayPublish } = await svc.permissions(req.actor, view.connection);
      return sendPage(reply, h(ConnectionPage, { ctx: contextFor(req, deps), view, mayAnswer, mayPublish }));
    });
    app.post<{ Params: { lang: string; id: string }; Body: Form }>('/:lang/connections/:id/answer', { schema: { hide: true } }, async (req, reply) => {
      const answer = one(req.body?.answer);
      if (answer !== 'accept' && answer !== 'decline') throw new ValidationError([{ field: 'answer', code: 'not-allowed', message: 'Expected one of: accept, decline' }]);
      await svc.respond(req.actor, req.params.id, answer, one(req.body?.note));
      return seeOther(reply, langOf(req), `/connections/${req.params.id}`);
    });
    app.post<{ Params: { lang: string; id: string }; Body: Form }>('/:lang/connections/:id/publish', { schema: { hide: true } }, async (req, reply) => {
      const summary = one(req.body?.summary);
      await svc.publish(req.actor, req.params.id, { summary: summary ? { [langOf(req)]: summary } : {} });
      return seeOther(reply, langOf(req), `/connections/${req.params.id}`);
    });
    app.get('/:lang/partnerships', { schema: { hide: true } }, async (req, reply) => {
      const r = await svc.partnerships(1, 50);
      const items = await Promise.all(r.items.map((c) => svc.connection(req.actor, c.id)));
      return sendPage(reply, h(PartnershipListPage, { ctx: contextFor(req, deps), items }));
    });
  };
}
