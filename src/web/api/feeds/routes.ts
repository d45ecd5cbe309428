import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { Services } from '../../../services.ts';
import type { Config } from '../../../config/config.ts';
import { ANONYMOUS } from '../../../domain/access/access.ts';
import { LANGS, isLang } from '../../../domain/vocabulary/language.ts';
import { negotiate, translator } from '../../../i18n/i18n.ts';
import { atomFeed } from '../../../domain/exchange/atom.ts';
import { InitiativeListQuery } from '../initiatives/schemas.ts';
import { problemResponses } from '../responses.ts';

const FeedQuery = Type.Object(
  {
    sdg: InitiativeListQuery.properties.sdg,
    technology: InitiativeListQuery.properties.technology,
    country: InitiativeListQuery.properties.country,
    group: InitiativeListQuery.properties.group,
    lang: Type.Optional(Type.Union(LANGS.map((l) => Type.Literal(l)), { description: 'Language of titles and links (else Accept-Language)' })),
  },
  { additionalProperties: false },
);

/** The query string of a feed or page filter, in a stable order, without the language. */
export function feedQuery(q: Partial<Record<'sdg' | 'technology' | 'country' | 'group', string | number>>): string {
  const params = new URLSearchParams();
  for (const k of ['sdg', 'technology', 'country', 'group'] as const) if (q[k] !== undefined && q[k] !== '') params.set(k, String(q[k]));
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** /feeds/initiatives.atom: the 50 most recently published or changed initiatives, filtered like the list. */
export function feedRoutes(services: Services, config: Config) {
  return async (app: FastifyInstance) => {
    app.get<{ Querystring: Static<typeof FeedQuery> }>(
      '/feeds/initiatives.atom',
      {
        schema: {
          summary: 'Atom feed of new and updated published initiatives',
          description: 'Filters: `sdg`, `technology`, `country` (ISO alpha-3), `group` (LDC, LLDC, SIDS, EIT).',
          querystring: FeedQuery,
          tags: ['feeds'],
          response: { 200: { description: 'Atom 1.0', content: { 'application/atom+xml': { schema: { type: 'string' }, example: '<feed xmlns="http://www.w3.org/2005/Atom">…</feed>' } } }, ...problemResponses },
        },
      },
      async (req, reply) => {
        const { lang: asked, ...filter } = req.query;
        const lang = isLang(asked) ? asked : negotiate(req.headers['accept-language']);
        const list = await services.initiatives.list(ANONYMOUS, { ...filter, limit: 50 });
        const t = translator(lang);
        const vocab = services.vocabulary.current();
        const parts = [
          filter.sdg ? t('SDG {goal}', { goal: filter.sdg }) : undefined,
          filter.technology ? vocab.techBySlug.get(filter.technology)?.labels[lang] : undefined,
          filter.country ? vocab.countryByIso3.get(filter.country)?.names[lang] : undefined,
          filter.group ? vocab.groups.find((g) => g.code === filter.group)?.labels[lang] : undefined,
        ].filter(Boolean);
        const title = parts.length ? t('Leapfrog: new and updated initiatives — {filter}', { filter: parts.join(', ') }) : t('Leapfrog: new and updated initiatives');
        const qs = feedQuery(filter);
        const xml = atomFeed(
          { selfUrl: `${config.publicUrl}/feeds/initiatives.atom${qs}${asked ? `${qs ? '&' : '?'}lang=${lang}` : ''}`, pageUrl: `${config.publicUrl}/${lang}/initiatives${qs}`, title, lang, publicUrl: config.publicUrl },
          list.items,
          new Date().toISOString(),
        );
        return reply.type('application/atom+xml; charset=utf-8').header('vary', 'Accept-Language').send(xml);
      },
    );
  };
}
