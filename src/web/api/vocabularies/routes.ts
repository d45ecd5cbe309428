import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Services } from '../../../services.ts';
import { regionName } from '../../../domain/vocabulary/country.ts';
import { LANGS, pickText, type Lang } from '../../../domain/vocabulary/language.ts';
import { negotiate } from '../../../i18n/i18n.ts';
import { problemResponses, vocabularyList } from '../responses.ts';

/** The language of `label` fields: Accept-Language, said back in Content-Language. */
function labelLang(req: FastifyRequest, reply: FastifyReply): Lang {
  const lang = negotiate(req.headers['accept-language']);
  reply.header('content-language', lang).header('vary', 'Accept-Language');
  return lang;
}

/** /api/v1/vocabularies/*: the reference lists, with their standard codes, labels in six languages and `label` in the reader's. */
export function vocabularyApi(services: Services) {
  return async (app: FastifyInstance) => {
    const v = () => services.vocabulary.current();
    const opts = (summary: string, example: Record<string, unknown>) => ({ schema: { summary, tags: ['vocabularies'], response: { 200: vocabularyList(example), 429: problemResponses[429] } } });
    app.get('/vocabularies/sdg', opts('SDG goals with their targets', { goal: 9, code: '9', iri: 'http://metadata.un.org/sdg/9', label: 'Industry, innovation and infrastructure' }), async (req, reply) => {
      const lang = labelLang(req, reply);
      return {
        items: v().goals.map((g) => ({
          goal: g.number,
          code: g.code,
          iri: g.iri,
          label: g.short[lang],
          short: g.short,
          title: g.title,
          color: g.color,
          targets: g.targets.map((t) => ({ code: t.code, iri: t.iri, label: pickText(t.title, lang)?.text ?? t.code, title: t.title })),
        })),
      };
    });
    app.get('/vocabularies/wsis', opts('WSIS action lines', { code: 'C7.e-health', parent: 'C7', label: 'E-health' }), async (req, reply) => {
      const lang = labelLang(req, reply);
      return { items: v().wsis.map((w) => ({ code: w.code, parent: w.parent ?? null, label: w.labels[lang], labels: w.labels })) };
    });
    app.get('/vocabularies/technologies', opts('Technologies', { slug: '5g', label: '5G' }), async (req, reply) => {
      const lang = labelLang(req, reply);
      return { items: v().technologies.map((t) => ({ ...t, label: t.labels[lang] })) };
    });
    app.get('/vocabularies/countries', opts('Countries and areas (UN M49, ISO 3166)', { m49: '242', iso2: 'FJ', iso3: 'FJI', label: 'Fiji', iri: 'http://metadata.un.org/m49/242' }), async (req, reply) => {
      const lang = labelLang(req, reply);
      return {
        items: v().countries.map((c) => ({
          m49: c.m49,
          iso2: c.iso2,
          iso3: c.iso3,
          label: c.names[lang] || c.names.en,
          names: c.names,
          region: c.region ?? null,
          subregion: c.subregion ?? null,
          intermediateRegion: c.intermediateRegion ?? null,
          ituRegion: c.ituRegion ?? null,
          groups: c.groups,
          iri: `http://metadata.un.org/m49/${c.m49}`,
        })),
      };
    });
    app.get('/vocabularies/country-groups', opts('Country groups: LDC, LLDC, SIDS, EIT', { code: 'LDC', label: 'Least developed countries', members: ['AFG'] }), async (req, reply) => {
      const lang = labelLang(req, reply);
      return {
        items: v().groups.map((g) => ({
          code: g.code,
          m49: g.m49 ?? null,
          label: g.labels[lang],
          labels: g.labels,
          asOf: g.asOf,
          source: g.source,
          members: g.members.map((m) => v().countryByM49.get(m)?.iso3 ?? m),
        })),
      };
    });
    app.get('/vocabularies/regions', opts('UN M49 regions', { code: '002', label: 'Africa' }), async (req, reply) => {
      const lang = labelLang(req, reply);
      return { items: v().regionCodes.map((code) => ({ code, label: regionName(code, lang), names: Object.fromEntries(LANGS.map((l) => [l, regionName(code, l)])) })) };
    });
  };
}
