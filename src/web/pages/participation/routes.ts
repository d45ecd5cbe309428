import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { contextFor, sendPage, type PageDeps } from '../page.ts';
import { ParticipationPage } from './participation-page.tsx';
import { MEASURES, type Measure } from './participation-labels.ts';

/** /{lang}/participation: shares of participation by body and year, with charts and tables. Filters are a GET form. */
export function participationPages(deps: PageDeps) {
  const { services } = deps;
  return async (app: FastifyInstance) => {
    app.get<{ Querystring: { body?: string; measure?: string } }>('/:lang/participation', { schema: { hide: true } }, async (req, reply) => {
      const ctx = contextFor(req, deps);
      const bodies = await services.participation.bodies();
      // Unknown values fall back to the defaults: a page shows something useful rather than an error.
      const selected = bodies.some((b) => b.code === req.query.body) ? req.query.body : undefined;
      const measure: Measure = (MEASURES as readonly string[]).includes(req.query.measure ?? '') ? (req.query.measure as Measure) : 'participants';
      const stats = await services.participation.stats({ body: selected });
      return sendPage(reply, h(ParticipationPage, { ctx, data: { bodies, selected, measure, stats } }));
    });
  };
}
