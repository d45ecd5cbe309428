import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import type { Static } from '@sinclair/typebox';
import type { Initiative } from '../../../domain/initiative/initiative.ts';
import { CoverageQuery, PolicyListQuery } from '../../api/policies/schemas.ts';
import { contextFor, sendPage, type PageDeps } from '../page.ts';
import { dropEmptyParams } from '../clean-query.ts';
import { prefersJsonLd } from '../content-negotiation.ts';
import { jsonForScript } from '../../../domain/exchange/json-ld.ts';
import { policyJsonLd } from '../../../domain/exchange/policy-json-ld.ts';
import { PolicyListPage } from './policy-list-page.tsx';
import { PolicyPage } from './policy-page.tsx';
import { PolicyCoveragePage } from './policy-coverage-page.tsx';

/** The populations every coverage table shows side by side. */
const COVERAGE_COLUMNS = [undefined, 'LDC', 'LLDC', 'SIDS'] as const;

export function policyPages(deps: PageDeps) {
  const { services } = deps;
  return async (app: FastifyInstance) => {
    app.get<{ Querystring: Static<typeof PolicyListQuery> }>('/:lang/policies', { schema: { querystring: PolicyListQuery, hide: true }, onRequest: dropEmptyParams }, async (req, reply) => {
      const ctx = contextFor(req, deps);
      const result = await services.policies.list(req.actor, req.query);
      return sendPage(reply, h(PolicyListPage, { ctx, data: { query: req.query, ...result } }));
    });

    app.get<{ Querystring: Static<typeof CoverageQuery> }>('/:lang/policies/coverage', { schema: { querystring: CoverageQuery, hide: true }, onRequest: dropEmptyParams }, async (req, reply) => {
      const ctx = contextFor(req, deps);
      const { group, type } = req.query;
      const populations = group && !(COVERAGE_COLUMNS as readonly (string | undefined)[]).includes(group) ? [...COVERAGE_COLUMNS, group] : COVERAGE_COLUMNS;
      const columns = await Promise.all(populations.map((g) => services.policies.coverage({ group: g, type })));
      return sendPage(reply, h(PolicyCoveragePage, { ctx, data: { selected: group ?? null, type, columns } }));
    });

    app.get<{ Params: { lang: string; id: string } }>('/:lang/policies/:id', { schema: { hide: true } }, async (req, reply) => {
      const ctx = contextFor(req, deps);
      const policy = await services.policies.get(req.actor, req.params.id);
      const related = await services.policies.related(req.actor, policy);
      // A linked initiative the reader may not see (a draft, an archived record) is left out.
      const initiatives = await Promise.all(policy.initiatives.map(async (r) => ({ relation: r.relation, initiative: await services.initiatives.get(req.actor, r.initiativeId).catch(() => undefined) })));
      const visible = initiatives.filter((r): r is typeof r & { initiative: Initiative } => r.initiative !== undefined);
      const jsonLd = policyJsonLd(policy, ctx.vocab, deps.publicUrl);
      reply.header('vary', 'Accept');
      // The same URL names the record for machines: JSON-LD (schema.org Legislation) when they ask for it.
      if (prefersJsonLd(req.headers.accept)) return reply.type('application/ld+json; charset=utf-8').send(JSON.stringify(jsonLd));
      return sendPage(reply, h(PolicyPage, { ctx, data: { policy, related, initiatives: visible }, jsonLd: jsonForScript(jsonLd) }));
    });
  };
}
