import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { contextFor, sendPage, type PageDeps } from '../page.ts';
import { ComparePage, MAX_COMPARED, type CompareColumn } from './compare-page.tsx';

/** `?countries=KEN,RWA` and the form's `?countries=KEN&countries=RWA&countries=` both give [KEN, RWA]. */
function chosenCountries(raw: unknown): string[] {
  const values = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return [...new Set(values.flatMap((v) => String(v).split(',')).map((v) => v.trim().toUpperCase()).filter(Boolean))];
}

export function comparePages(deps: PageDeps) {
  const { services } = deps;
  return async (app: FastifyInstance) => {
    app.get<{ Querystring: { countries?: string | string[] } }>('/:lang/compare', { schema: { hide: true } }, async (req, reply) => {
      const ctx = contextFor(req, deps);
      const chosen = chosenCountries(req.query.countries);
      const canonical = chosen.length ? `/compare?countries=${chosen.join(',')}` : '/compare';
      // One shareable form of the URL: the comma list.
      if (ctx.path !== canonical && (Array.isArray(req.query.countries) || chosen.join(',') !== req.query.countries)) return reply.redirect(ctx.href(canonical), 302);
      if (chosen.length < 2) return sendPage(reply, h(ComparePage, { ctx, chosen, columns: [] }));
      const { countries, counts } = await services.policies.compare(chosen.slice(0, MAX_COMPARED + 1));
      const initiatives = await Promise.all(countries.map((c) => services.initiatives.list(req.actor, { country: c.iso3, limit: 1 })));
      const columns: CompareColumn[] = countries.map((country, i) => ({ country, initiatives: initiatives[i]!.total, ...counts[i]! }));
      const panels = await Promise.all(countries.map((c) => services.indicators.countryPanel(c.m49)));
      return sendPage(reply, h(ComparePage, { ctx, chosen, columns, panels }));
    });
  };
}
