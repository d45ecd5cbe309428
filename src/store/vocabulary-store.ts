import type { Executor } from './database.ts';
import type { SdgTexts, VocabularyRepo } from '../domain/ports.ts';
import { LANGS, type Labels, type LangMap } from '../domain/vocabulary/language.ts';
import { SDG_GOALS, SDG_TARGETS } from '../domain/vocabulary/sdg.ts';
import { sdgIndicatorIri } from '../domain/vocabulary/sdg-indicator.ts';
import { TECHNOLOGIES } from '../domain/vocabulary/technology.ts';
import { WSIS_LINES } from '../domain/vocabulary/wsis.ts';
import { COUNTRIES, countryName, type ItuRegion } from '../domain/vocabulary/country.ts';
import { COUNTRY_GROUPS, type CountryGroupCode } from '../domain/vocabulary/country-group.ts';
import { Vocabulary, type VocabCountry, type VocabGoal } from '../domain/vocabulary/vocabulary.ts';
import { fromJson, opt, toJson } from './json.ts';

const names = (c: (typeof COUNTRIES)[number]): Labels => Object.fromEntries(LANGS.map((l) => [l, countryName(c, l)])) as Labels;

export function vocabularyStore(db: Executor): VocabularyRepo {
  return {
    async seed() {
      await db
        .insertInto('countries')
        .values(
          COUNTRIES.map((c) => ({
            m49: c.m49,
            iso2: c.iso2,
            iso3: c.iso3,
            region: c.region ?? null,
            subregion: c.subregion ?? null,
            intermediate_region: c.intermediateRegion ?? null,
            itu_region: c.ituRegion ?? null,
            names: toJson(names(c)),
          })),
        )
        .onConflict((oc) =>
          oc.column('m49').doUpdateSet((eb) => ({
            iso2: eb.ref('excluded.iso2'),
            iso3: eb.ref('excluded.iso3'),
            region: eb.ref('excluded.region'),
            subregion: eb.ref('excluded.subregion'),
            intermediate_region: eb.ref('excluded.intermediate_region'),
            itu_region: eb.ref('excluded.itu_region'),
            names: eb.ref('excluded.names'),
          })),
        )
        .execute();

      await db
        .insertInto('country_groups')
        .values(COUNTRY_GROUPS.map((g) => ({ code: g.code, m49: g.m49 ?? null, labels: toJson(g.labels), as_of: g.asOf, source: g.source })))
        .onConflict((oc) =>
          oc.column('code').doUpdateSet((eb) => ({ m49: eb.ref('excluded.m49'), labels: eb.ref('excluded.labels'), as_of: eb.ref('excluded.as_of'), source: eb.ref('excluded.source') })),
        )
        .execute();
      // Group lists change (graduations): the current list replaces the stored one.
      await db.deleteFrom('country_group_members').execute();
      const byIso3 = new Map(COUNTRIES.map((c) => [c.iso3, c.m49]));
      const members = COUNTRY_GROUPS.flatMap((g) => g.members.map((iso3) => ({ group_code: g.code, m49: byIso3.get(iso3)! })));
      await db.insertInto('country_group_members').values(members).execute();

      await db
        .insertInto('sdg_goals')
        .values(SDG_GOALS.map((g) => ({ number: g.number, iri: g.iri, short: toJson(g.short), color: g.color })))
        .onConflict((oc) => oc.column('number').doUpdateSet((eb) => ({ iri: eb.ref('excluded.iri'), short: eb.ref('excluded.short'), color: eb.ref('excluded.color') })))
        .execute();
      await db
        .insertInto('sdg_targets')
        .values(SDG_TARGETS.map((t, position) => ({ code: t.code, goal: t.goal, iri: t.iri, position })))
        .onConflict((oc) => oc.column('code').doUpdateSet((eb) => ({ goal: eb.ref('excluded.goal'), iri: eb.ref('excluded.iri'), position: eb.ref('excluded.position') })))
        .execute();
      await db
        .insertInto('technologies')
        .values(TECHNOLOGIES.map((t, position) => ({ slug: t.slug, labels: toJson(t.labels), description: toJson(t.description), position })))
        .onConflict((oc) =>
          oc.column('slug').doUpdateSet((eb) => ({ labels: eb.ref('excluded.labels'), description: eb.ref('excluded.description'), position: eb.ref('excluded.position') })),
        )
        .execute();
      await db
        .insertInto('wsis_lines')
        .values(WSIS_LINES.map((w, position) => ({ code: w.code, parent: w.parent ?? null, labels: toJson(w.labels), position })))
        .onConflict((oc) => oc.column('code').doUpdateSet((eb) => ({ parent: eb.ref('excluded.parent'), labels: eb.ref('excluded.labels'), position: eb.ref('excluded.position') })))
        .execute();
    },

    async load() {
      const [goals, targets, techs, wsis, countries, groups, members] = await Promise.all([
        db.selectFrom('sdg_goals').selectAll().orderBy('number').execute(),
        db.selectFrom('sdg_targets').selectAll().orderBy('position').execute(),
        db.selectFrom('technologies').selectAll().orderBy('position').execute(),
        db.selectFrom('wsis_lines').selectAll().orderBy('position').execute(),
        db.selectFrom('countries').selectAll().orderBy('m49').execute(),
        db.selectFrom('country_groups').selectAll().orderBy('code').execute(),
        db.selectFrom('country_group_members').selectAll().execute(),
      ]);
      const groupsOf = new Map<string, CountryGroupCode[]>();
      for (const m of members) groupsOf.set(m.m49, [...(groupsOf.get(m.m49) ?? []), m.group_code as CountryGroupCode]);
      const vocabGoals: VocabGoal[] = goals.map((g) => ({
        number: Number(g.number),
        code: String(g.number),
        iri: g.iri,
        short: fromJson(g.short, {} as Labels),
        title: fromJson<LangMap>(g.title, {}),
        color: g.color,
        targets: targets
          .filter((t) => Number(t.goal) === Number(g.number))
          .map((t) => ({ code: t.code, goal: Number(t.goal), iri: t.iri, title: fromJson<LangMap>(t.title, {}) })),
      }));
      const vocabCountries: VocabCountry[] = countries.map((c) => ({
        m49: c.m49,
        iso2: c.iso2,
        iso3: c.iso3,
        region: opt(c.region),
        subregion: opt(c.subregion),
        intermediateRegion: opt(c.intermediate_region),
        ituRegion: opt(c.itu_region) as ItuRegion | undefined,
        names: fromJson(c.names, {} as Labels),
        groups: (groupsOf.get(c.m49) ?? []).sort(),
      }));
      return new Vocabulary(
        vocabGoals,
        techs.map((t) => ({ slug: t.slug, labels: fromJson(t.labels, {} as Labels), description: fromJson(t.description, {} as Labels) })),
        wsis.map((w) => ({ code: w.code, parent: opt(w.parent), labels: fromJson(w.labels, {} as Labels) })),
        vocabCountries,
        groups.map((g) => ({
          code: g.code as CountryGroupCode,
          m49: opt(g.m49),
          labels: fromJson(g.labels, {} as Labels),
          asOf: g.as_of,
          source: g.source,
          members: members.filter((m) => m.group_code === g.code).map((m) => m.m49).sort(),
        })),
      );
    },

    async importSdgTexts(texts: SdgTexts) {
      let goals = 0;
      let targets = 0;
      let indicators = 0;
      for (const [n, title] of Object.entries(texts.goals)) {
        const r = await db.updateTable('sdg_goals').set({ title: toJson(title) }).where('number', '=', Number(n)).executeTakeFirst();
        goals += Number(r.numUpdatedRows);
      }
      for (const [code, title] of Object.entries(texts.targets)) {
        const r = await db.updateTable('sdg_targets').set({ title: toJson(title) }).where('code', '=', code).executeTakeFirst();
        targets += Number(r.numUpdatedRows);
      }
      // One indicator can sit under several targets (repeated indicators): the key is the indicator code.
      for (const [code, title] of Object.entries(texts.indicators)) {
        const target = code.split('.').slice(0, 2).join('.');
        await db
          .insertInto('sdg_indicators')
          .values({ code, target, iri: sdgIndicatorIri(code), title: toJson(title) })
          .onConflict((oc) => oc.column('code').doUpdateSet((eb) => ({ title: eb.ref('excluded.title') })))
          .execute();
        indicators++;
      }
      return { goals, targets, indicators };
    },
  };
}
