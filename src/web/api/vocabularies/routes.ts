import type { FastifyInstance } from 'fastify';
import type { Services } from '../../../services.ts';
import { regionName } from '../../../domain/vocabulary/country.ts';
import { LANGS } from '../../../domain/vocabulary/language.ts';

/** /api/v1/vocabularies/*: the reference lists, with their standard codes and labels in six languages. */
export function vocabularyApi(services: Services) {
  return async (app: FastifyInstance) => {
    const v = () => services.vocabulary.current();
    const opts = { schema: { tags: ['vocabularies'] } };
    app.get('/vocabularies/sdg', opts, async () => ({
      items: v().goals.map((g) => ({
        goal: g.number,
        code: g.code,
        iri: g.iri,
        short: g.short,
        title: g.title,
        color: g.color,
        targets: g.targets.map((t) => ({ code: t.code, iri: t.iri, title: t.title })),
      })),
    }));
    app.get('/vocabularies/wsis', opts, async () => ({ items: v().wsis.map((w) => ({ code: w.code, parent: w.parent ?? null, labels: w.labels })) }));
    app.get('/vocabularies/technologies', opts, async () => ({ items: v().technologies }));
    app.get('/vocabularies/countries', opts, async () => ({
      items: v().countries.map((c) => ({
        m49: c.m49,
        iso2: c.iso2,
        iso3: c.iso3,
        names: c.names,
        region: c.region ?? null,
        subregion: c.subregion ?? null,
        intermediateRegion: c.intermediateRegion ?? null,
        ituRegion: c.ituRegion ?? null,
        groups: c.groups,
        iri: `http://metadata.un.org/m49/${c.m49}`,
      })),
    }));
    app.get('/vocabularies/country-groups', opts, async () => ({
      items: v().groups.map((g) => ({
        code: g.code,
        m49: g.m49 ?? null,
        labels: g.labels,
        asOf: g.asOf,
        source: g.source,
        members: g.members.map((m) => v().countryByM49.get(m)?.iso3 ?? m),
      })),
    }));
    app.get('/vocabularies/regions', opts, async () => ({
      items: v().regionCodes.map((code) => ({ code, names: Object.fromEntries(LANGS.map((l) => [l, regionName(code, l)])) })),
    }));
  };
}
