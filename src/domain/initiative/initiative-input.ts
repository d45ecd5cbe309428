import { KindGuard, Type, type Static, type TLiteral, type TNull, type TObject, type TOptional, type TProperties, type TSchema, type TUnion } from '@sinclair/typebox';
import { LANGS } from '../vocabulary/language.ts';
import { INITIATIVE_KINDS, INITIATIVE_STATUSES, SCOPES, ORGANISATION_ROLES, LINK_KINDS } from './initiative.ts';
import { CLASSIFICATION_SCHEMES, CLAIM_SOURCES } from '../classification/classification.ts';
import { TRUST_DIMENSIONS } from '../classification/trust-marker.ts';

/** One of a fixed list of codes, typed as that list. */
export const union = <T extends string>(values: readonly T[], description?: string): TUnion<TLiteral<T>[]> =>
  Type.Union(values.map((v) => Type.Literal(v)), { description });

/** A text in one or more of the six languages. */
export const LangMapSchema = (maxLength: number, description?: string) =>
  Type.Object(
    Object.fromEntries(LANGS.map((l) => [l, Type.Optional(Type.String({ minLength: 1, maxLength }))])),
    { additionalProperties: false, description },
  );

export const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });
export const Url = Type.String({ pattern: '^https?://[^\\s]+$', maxLength: 2000 });
export const Iso3 = Type.String({ pattern: '^[A-Z]{3}$', description: 'ISO 3166-1 alpha-3' });

/**
 * Classification fields shared by every classified record (initiatives, policies): shorthand code arrays,
 * explicit links with evidence, and trust markers.
 */
export const ClassificationInputFields = {
  sdgGoals: Type.Optional(Type.Array(Type.Integer({ minimum: 1, maximum: 17 }), { maxItems: 17 })),
  sdgTargets: Type.Optional(Type.Array(Type.String({ pattern: '^\\d{1,2}\\.[0-9a-z]{1,2}$' }), { maxItems: 169 })),
  technologies: Type.Optional(Type.Array(Type.String({ pattern: '^[a-z0-9-]{1,60}$' }), { maxItems: 50 })),
  wsis: Type.Optional(Type.Array(Type.String({ pattern: '^C\\d{1,2}(\\.[a-z-]+)?$' }), { maxItems: 30 })),
  classifications: Type.Optional(
    Type.Array(
      Type.Object(
        {
          scheme: union(CLASSIFICATION_SCHEMES),
          code: Type.String({ minLength: 1, maxLength: 60 }),
          source: Type.Optional(union(CLAIM_SOURCES)),
          confidence: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
          evidenceText: Type.Optional(Type.String({ maxLength: 2000 })),
          evidenceUrl: Type.Optional(Url),
        },
        { additionalProperties: false },
      ),
      { maxItems: 300 },
    ),
  ),
  trustMarkers: Type.Optional(
    Type.Array(
      Type.Object(
        {
          dimension: union(TRUST_DIMENSIONS),
          significance: Type.Union([Type.Literal(0), Type.Literal(1), Type.Literal(2)]),
          evidence: Type.Optional(Type.String({ maxLength: 2000 })),
        },
        { additionalProperties: false },
      ),
      { maxItems: 6 },
    ),
  ),
};

/** Links to websites, documents and repositories. */
export const LinksSchema = Type.Optional(
  Type.Array(Type.Object({ kind: union(LINK_KINDS), url: Url, title: Type.Optional(Type.String({ maxLength: 300 })) }, { additionalProperties: false }), { maxItems: 30 }),
);

/**
 * What a client sends to create an initiative (and, every field optional, to update one).
 * `sdgGoals`, `sdgTargets`, `technologies` and `wsis` are shorthand for classification links
 * with source `self` and no evidence.
 */
export const InitiativeInputSchema = Type.Object(
  {
    title: LangMapSchema(300, 'Title, by language'),
    summary: LangMapSchema(2000, 'One-paragraph summary, by language'),
    description: Type.Optional(LangMapSchema(20000)),
    originalLang: Type.Optional(union(LANGS, 'The language the record was written in (BCP 47)')),
    kind: union(INITIATIVE_KINDS),
    status: union(INITIATIVE_STATUSES, 'IATI activity status'),
    dates: Type.Optional(
      Type.Object(
        {
          plannedStart: Type.Optional(IsoDate),
          plannedEnd: Type.Optional(IsoDate),
          actualStart: Type.Optional(IsoDate),
          actualEnd: Type.Optional(IsoDate),
        },
        { additionalProperties: false },
      ),
    ),
    scope: Type.Optional(union(SCOPES)),
    countries: Type.Optional(Type.Array(Iso3, { maxItems: 250 })),
    organisations: Type.Optional(
      Type.Array(Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }), role: union(ORGANISATION_ROLES) }, { additionalProperties: false }), { maxItems: 50 }),
    ),
    ...ClassificationInputFields,
    impact: Type.Optional(LangMapSchema(5000, 'Impact, qualitative')),
    impactMetrics: Type.Optional(
      Type.Array(
        Type.Object(
          {
            label: LangMapSchema(200),
            value: Type.Number(),
            unit: Type.Optional(Type.String({ maxLength: 40 })),
            year: Type.Optional(Type.Integer({ minimum: 1950, maximum: 2100 })),
          },
          { additionalProperties: false },
        ),
        { maxItems: 20 },
      ),
    ),
    partnerships: Type.Optional(LangMapSchema(5000)),
    lessons: Type.Optional(LangMapSchema(5000, 'Challenges and lessons learned')),
    replicability: Type.Optional(LangMapSchema(5000, 'Replicability and sustainability')),
    budget: Type.Optional(
      Type.Object(
        { amount: Type.Number({ minimum: 0 }), currency: Type.String({ pattern: '^[A-Z]{3}$', description: 'ISO 4217' }) },
        { additionalProperties: false },
      ),
    ),
    links: LinksSchema,
    licence: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9.+-]{1,64}$', description: 'SPDX licence id' })),
    externalIds: Type.Optional(
      Type.Object(
        {
          wsis: Type.Optional(Type.String({ maxLength: 100 })),
          dpg: Type.Optional(Type.String({ maxLength: 100 })),
          iati: Type.Optional(Type.String({ maxLength: 150 })),
        },
        { additionalProperties: false },
      ),
    ),
    lastVerified: Type.Optional(IsoDate),
  },
  { additionalProperties: false },
);

export type InitiativeInput = Static<typeof InitiativeInputSchema>;

/** `null` in a PATCH body: the field is cleared (its value removed, recorded as a change in the history). */
const CLEARS = 'null clears the field';

/** A PATCH property: optional; when the field is optional on the record, `null` clears it. */
type PatchProperty<T extends TSchema> = T extends TOptional<infer U> ? TOptional<TUnion<[U, TNull]>> : TOptional<T>;
type PatchProperties<T extends TProperties> = { [K in keyof T]: PatchProperty<T[K]> };

/**
 * The PATCH schema of an input schema: every field optional, and the fields that are optional on create
 * (scope, budget, licence, …) also accept `null`, which clears them. Required fields (a title) cannot be cleared.
 */
export function patchSchemaOf<T extends TProperties>(input: TObject<T>, notClearable: (keyof T)[] = []): TObject<PatchProperties<T>> {
  const properties: Record<string, TSchema> = {};
  for (const [key, schema] of Object.entries(input.properties)) {
    properties[key] = KindGuard.IsOptional(schema) && !notClearable.includes(key)
      ? Type.Optional(Type.Union([Type.Optional(schema, false), Type.Null()], { description: [schema.description, CLEARS].filter(Boolean).join('; ') }))
      : Type.Optional(schema);
  }
  return Type.Object(properties, { additionalProperties: false }) as unknown as TObject<PatchProperties<T>>;
}

/** The same fields, each optional, and optional ones clearable with `null`: a PATCH body. */
// The original language always has a value: it can be changed, not cleared.
export const InitiativePatchSchema = patchSchemaOf(InitiativeInputSchema, ['originalLang']);
export type InitiativePatch = Static<typeof InitiativePatchSchema>;
