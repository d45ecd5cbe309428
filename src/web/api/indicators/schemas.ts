import { Type, type TSchema } from '@sinclair/typebox';
import { union as literals } from '../../../domain/initiative/initiative-input.ts';
import { AGGREGATION_METHODS } from '../../../domain/indicator/aggregate.ts';

export const CodeParams = Type.Object({ code: Type.String({ pattern: '^[a-z0-9.-]{1,60}$', description: 'indicator code, e.g. 17.8.1' }) });

const Year = Type.Integer({ minimum: 1900, maximum: 2100 });
const Breakdown = Type.String({ pattern: '^[A-Za-z0-9 _=;.+-]{1,120}$', description: "a value of the indicator's breakdown (4G, female), else its headline" });
const Group = Type.String({ pattern: '^(WORLD|[A-Z]{3,4}|\\d{3})$', description: 'WORLD, LDC, LLDC, SIDS, EIT, an ITU region (AFR…) or an M49 region code (002)' });

/** GET /indicators/{code}/observations */
export const ObservationQuery = Type.Object(
  {
    country: Type.Optional(Type.String({ pattern: '^[A-Z]{3}$', description: 'ISO 3166-1 alpha-3' })),
    year: Type.Optional(Year),
    from: Type.Optional(Year),
    to: Type.Optional(Year),
    breakdown: Type.Optional(Breakdown),
  },
  { additionalProperties: false },
);

/** GET /indicators/{code}/aggregates */
export const AggregateQuery = Type.Object(
  { group: Group, year: Type.Optional(Year), method: Type.Optional(literals(AGGREGATION_METHODS)), breakdown: Type.Optional(Breakdown) },
  { additionalProperties: false },
);

/** GET /indicators/{code}/gaps */
export const GapQuery = Type.Object({ group: Group, breakdown: Type.Optional(Breakdown) }, { additionalProperties: false });

// Response schemas: they document the API (OpenAPI, with examples); presenters choose the fields sent.
const Nullable = <T extends TSchema>(s: T) => Type.Union([s, Type.Null()]);
const LangMapOut = Type.Record(Type.String(), Type.String(), { description: 'A text by language (BCP 47)' });

const seriesExample = { id: 'itu-datahub:i992b', indicator: '17.6.1', format: 'itu-datahub', sourceSeries: 'i992b', source: 'ITU DataHub export', licence: 'ITU terms of use: free to use with attribution "Source: ITU"', url: 'https://datahub.itu.int/', importedAt: '2025-06-01T10:00:00.000Z', rows: 4416 };
const SeriesOut = Type.Object({ id: Type.String(), indicator: Type.String(), format: Type.String(), sourceSeries: Type.String(), source: Type.String(), licence: Type.String(), url: Nullable(Type.String()), importedAt: Type.String(), rows: Type.Integer() });

const indicatorExample = {
  code: '17.8.1',
  url: 'https://leapfrog.example.org/en/observatory/17.8.1',
  names: { en: 'Individuals using the Internet', fr: 'Personnes utilisant Internet' },
  unit: { en: '% of population', fr: '% de la population' },
  scale: 'percent',
  definition: 'Proportion of individuals who used the Internet from any location in the last three months.',
  source: 'ITU',
  licence: 'ITU terms of use',
  sdgIndicator: { code: '17.8.1', iri: 'http://metadata.un.org/sdg/C170801' },
  breakdown: null,
  lowerIsBetter: false,
  coverage: { observations: 6715, countries: 210, firstYear: 1990, lastYear: 2023 },
  series: [{ ...seriesExample, id: 'owid:Individuals using the Internet (% of population)', indicator: '17.8.1', format: 'owid' }],
};
const IndicatorOut = Type.Object(
  {
    code: Type.String(),
    url: Type.String(),
    names: LangMapOut,
    unit: LangMapOut,
    scale: Type.String(),
    definition: Type.String(),
    source: Type.String(),
    licence: Type.String(),
    sdgIndicator: Nullable(Type.Object({ code: Type.String(), iri: Type.String() })),
    breakdown: Nullable(Type.Object({ dimension: Type.String(), values: Type.Array(Type.String()), headline: Nullable(Type.String()) })),
    lowerIsBetter: Type.Boolean(),
    coverage: Type.Object({ observations: Type.Integer(), countries: Type.Integer(), firstYear: Nullable(Type.Integer()), lastYear: Nullable(Type.Integer()) }),
    series: Type.Array(SeriesOut),
  },
  { examples: [indicatorExample] },
);
export const IndicatorSchema = IndicatorOut;
export const IndicatorListSchema = Type.Object({ items: Type.Array(IndicatorOut) }, { examples: [{ items: [indicatorExample] }] });

export const ObservationListSchema = Type.Object(
  {
    indicator: Type.String(),
    items: Type.Array(Type.Object({ country: Nullable(Type.String()), m49: Type.String(), year: Type.Integer(), value: Type.Number(), breakdown: Type.Record(Type.String(), Type.String()), series: Type.String(), note: Nullable(Type.String()) })),
    series: Type.Array(SeriesOut),
  },
  { examples: [{ indicator: '17.6.1', items: [{ country: 'KEN', m49: '404', year: 2023, value: 2.38883, breakdown: {}, series: 'itu-datahub:i992b', note: null }], series: [seriesExample] }] },
);

const aggregateExample = { group: 'LDC', year: 2022, value: 30.7, method: 'population-weighted', countriesWithData: 38, members: 44, populationCoverage: 0.86 };
const AggregateOut = Type.Object({ group: Type.String(), year: Type.Integer(), value: Nullable(Type.Number()), method: Type.String(), countriesWithData: Type.Integer(), members: Type.Integer(), populationCoverage: Nullable(Type.Number()) });
const OfficialOut = Type.Object({ group: Type.String(), year: Type.Integer(), value: Type.Number(), breakdown: Type.Record(Type.String(), Type.String()), series: Type.String() });
export const AggregateSchema = Type.Union(
  [
    Type.Composite([AggregateOut, Type.Object({ official: Nullable(OfficialOut) })], { description: 'With `year`: one aggregate, and the published one beside it' }),
    Type.Object({ indicator: Type.String(), group: Type.String(), items: Type.Array(AggregateOut), official: Type.Array(OfficialOut) }, { description: 'Without `year`: every year' }),
  ],
  { examples: [{ ...aggregateExample, official: { group: 'LDC', year: 2022, value: 36, breakdown: {}, series: 'open-sdg:IT_USE_ii99' } }] },
);

export const GapSchema = Type.Object(
  {
    indicator: Type.String(),
    group: Type.String(),
    gap: Type.Array(Type.Object({ year: Type.Integer(), group: Type.Number(), world: Type.Number(), gap: Type.Number() })),
    change: Nullable(Type.Object({ from: Type.Integer(), to: Type.Integer(), gapChange: Type.Number() })),
    ranking: Type.Array(Type.Object({ country: Nullable(Type.String()), m49: Type.String(), rank: Type.Integer(), year: Type.Integer(), value: Type.Number() })),
  },
  { examples: [{ indicator: '17.8.1', group: 'LDC', gap: [{ year: 2022, group: 30.7, world: 58.9, gap: -28.2 }], change: { from: 2019, to: 2022, gapChange: -1.5 }, ranking: [{ country: 'BTN', m49: '064', rank: 1, year: 2022, value: 85.6 }] }] },
);
