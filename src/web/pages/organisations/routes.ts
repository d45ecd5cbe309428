import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { ValidationError, type FieldError } from '../../../domain/errors.ts';
import type { Organisation } from '../../../domain/organisation/organisation.ts';
import { contextFor, langOf, seeOther, sendPage, type PageDeps } from '../page.ts';
import { TopicPage } from '../../views/topic.tsx';
import { textOf } from '../../views/text.tsx';
import { organisationTypeLabel } from '../../views/labels.ts';
import { VersionList } from '../../views/versions.tsx';
import { organisationJsonLd } from '../../../domain/exchange/json-ld.ts';
import { prefersJsonLd } from '../content-negotiation.ts';
import { formErrors, type FormBody } from '../record-form/form-data.ts';
import { organisationFormToCreate, organisationFormToPatch, organisationToForm } from './organisation-form-data.ts';
import { OrganisationFormPage } from './organisation-form-page.tsx';
import { OrganisationListPage } from './organisation-list-page.tsx';
import { OrganisationListQuery } from '../../api/organisations/schemas.ts';
import { dropEmptyParams } from '../clean-query.ts';
import type { Static } from '@sinclair/typebox';

type IdParams = { Params: { lang: string; id: string } };

/** The list of organisations, an organisation's page (its initiatives and its history), its edit form and the form that adds one. */
export function organisationPages(deps: PageDeps) {
  const { services } = deps;

  /** The form, as saved (`body` from the record), empty (a new one) or as typed with its errors. */
  function renderForm(req: FastifyRequest, reply: FastifyReply, organisation: Organisation | undefined, body?: FormBody, errors?: FieldError[], notice?: string) {
    const ctx = contextFor(req, deps);
    const form = body ?? (organisation ? organisationToForm(organisation, (m49) => ctx.vocab.countryByM49.get(m49)?.iso3) : { originalLang: ctx.lang });
    return sendPage(reply, h(OrganisationFormPage, { ctx, organisation, body: form, errors, notice }), errors?.length ? 400 : 200);
  }

  return async (app: FastifyInstance) => {
    app.get<{ Params: { lang: string }; Querystring: Static<typeof OrganisationListQuery> }>('/:lang/organisations', { schema: { querystring: OrganisationListQuery, hide: true }, onRequest: dropEmptyParams }, async (req, reply) => {
      const ctx = contextFor(req, deps);
      const { page, limit, ...query } = req.query;
      const result = await services.organisations.list(page, limit ?? 50, query);
      return sendPage(reply, h(OrganisationListPage, { ctx, data: { query, ...result } }));
    });

    app.get<{ Params: { lang: string } }>('/:lang/organisations/new', { schema: { hide: true } }, async (req, reply) => {
      services.organisations.assertMayCreate(req.actor);
      return renderForm(req, reply, undefined);
    });

    app.post<{ Params: { lang: string }; Body: FormBody }>('/:lang/organisations/new', { schema: { hide: true } }, async (req, reply) => {
      services.organisations.assertMayCreate(req.actor);
      const body = req.body ?? {};
      const { input, paths } = organisationFormToCreate(body);
      try {
        const created = await services.organisations.create(req.actor, input);
        return seeOther(reply, langOf(req), `/organisations/${created.id}`);
      } catch (err) {
        if (err instanceof ValidationError) return renderForm(req, reply, undefined, body, formErrors(err.errors, paths));
        throw err;
      }
    });

    app.get<IdParams>('/:lang/organisations/:id', { schema: { hide: true } }, async (req, reply) => {
      const ctx = contextFor(req, deps);
      const org = await services.organisations.get(req.params.id);
      reply.header('vary', 'Accept');
      if (prefersJsonLd(req.headers.accept)) {
        return reply.type('application/ld+json; charset=utf-8').send(JSON.stringify({ '@context': 'https://schema.org', ...organisationJsonLd(org, ctx.vocab, deps.publicUrl) }));
      }
      const [list, history] = await Promise.all([services.initiatives.list(req.actor, { organisation: org.id, limit: 12 }), services.organisations.history(org.id)]);
      const { t, href } = ctx;
      const country = org.country ? ctx.vocab.countryByM49.get(org.country) : undefined;
      const facts = h('p', { class: 'lead' }, [
        organisationTypeLabel(ctx.t, org.type),
        country ? ` · ${country.names[ctx.lang]}` : '',
        org.website ? [' · ', h('a', { href: org.website, rel: 'nofollow noopener' }, org.website)] : '',
      ]);
      const edit = services.organisations.mayEdit(req.actor, org) ? h('p', null, h('a', { href: href(`/organisations/${org.id}/edit`) }, t('Edit this organisation'))) : null;
      const historySection = h('section', { 'aria-labelledby': 'history' }, [h('h2', { id: 'history' }, t('History')), h(VersionList, { ctx, versions: history.versions, names: history.names })]);
      const up = h('p', { class: 'up-link' }, h('a', { href: href('/organisations') }, t('All organisations')));
      return sendPage(reply, h(TopicPage, { ctx, title: textOf(ctx, org.name, org.originalLang as never), intro: [up, facts, edit], initiatives: list.items, total: list.total, listQuery: `organisation=${org.id}`, after: historySection }));
    });

    app.get<IdParams & { Querystring: { notice?: string } }>('/:lang/organisations/:id/edit', { schema: { hide: true } }, async (req, reply) => {
      const org = await services.organisations.editable(req.actor, req.params.id);
      const notice = req.query.notice === 'saved' ? contextFor(req, deps).t('Your changes are saved.') : undefined;
      return renderForm(req, reply, org, undefined, undefined, notice);
    });

    app.post<IdParams & { Body: FormBody }>('/:lang/organisations/:id/edit', { schema: { hide: true } }, async (req, reply) => {
      const org = await services.organisations.editable(req.actor, req.params.id);
      const body = req.body ?? {};
      const { input, paths } = organisationFormToPatch(body);
      try {
        await services.organisations.update(req.actor, org.id, input);
      } catch (err) {
        if (err instanceof ValidationError) return renderForm(req, reply, org, body, formErrors(err.errors, paths));
        throw err;
      }
      return seeOther(reply, langOf(req), `/organisations/${org.id}/edit?notice=saved`);
    });
  };
}
