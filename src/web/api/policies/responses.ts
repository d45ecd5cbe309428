import { Type } from '@sinclair/typebox';
import { LangMapOut, Nullable, pageOf, recordStateFields } from '../responses.ts';

// Response schemas of the policy routes: they document the API (OpenAPI) and tests check real answers against them.

const policyExample = {
  id: 'b7k2m9q4x1zd',
  url: 'https://leapfrog.example.org/en/policies/b7k2m9q4x1zd',
  title: { en: 'National Artificial Intelligence Policy', fr: 'Politique nationale d’intelligence artificielle' },
  summary: { en: 'Skills, data, compute and guidelines for trustworthy AI.' },
  originalLang: 'en',
  type: 'strategy',
  level: 'national',
  jurisdiction: { country: 'RWA', region: null, organisation: null },
  countries: ['RWA'],
  issuingBody: { en: 'Ministry of ICT and Innovation' },
  status: 'adopted',
  dates: { adopted: '2023-04-01' },
  themes: ['digital-skills', 'accountability'],
  sdgGoals: [4, 9],
  sdgTargets: ['4.4', '9.5'],
  technologies: ['artificial-intelligence'],
  wsis: [],
  classifications: [{ scheme: 'sdg-target', code: '9.5', source: 'self', iri: 'http://metadata.un.org/sdg/9.5' }],
  trustMarkers: [],
  links: [{ kind: 'website', url: 'https://www.minict.gov.rw/', title: 'MINICT' }],
  relatedPolicies: [{ id: 'k3m8p2q7w4yz', relation: 'implements' }],
  initiatives: [{ id: 'n4p9r2t6v8xa', relation: 'enables' }],
  provenance: { source: 'api' },
  lastVerified: null,
  workflowState: 'published',
  isSample: false,
  createdAt: '2024-05-01T10:00:00.000Z',
  updatedAt: '2024-05-02T08:30:00.000Z',
  archivedAt: null,
  version: 2,
};

/** A policy instrument as the API shows it. */
export const PolicyOutSchema = Type.Object(
  {
    id: Type.String(),
    url: Type.String({ description: 'The record page' }),
    title: LangMapOut,
    summary: LangMapOut,
    originalLang: Type.String(),
    type: Type.String(),
    level: Type.String(),
    jurisdiction: Type.Object({ country: Nullable(Type.String({ description: 'ISO 3166-1 alpha-3' })), region: Nullable(Type.String()), organisation: Nullable(LangMapOut) }),
    countries: Type.Array(Type.String(), { description: 'ISO alpha-3 codes of the countries it applies to (none for international instruments: they apply to all)' }),
    issuingBody: LangMapOut,
    status: Type.String(),
    dates: Type.Object({ proposed: Type.Optional(Type.String()), adopted: Type.Optional(Type.String()), inForce: Type.Optional(Type.String()), revised: Type.Optional(Type.String()), repealed: Type.Optional(Type.String()) }),
    themes: Type.Array(Type.String()),
    sdgGoals: Type.Array(Type.Integer()),
    sdgTargets: Type.Array(Type.String()),
    technologies: Type.Array(Type.String()),
    wsis: Type.Array(Type.String()),
    classifications: Type.Array(Type.Object({ scheme: Type.String(), code: Type.String(), source: Type.String(), iri: Type.Optional(Type.String()) }, { additionalProperties: true })),
    trustMarkers: Type.Array(Type.Object({ dimension: Type.String(), significance: Type.Integer(), evidence: Type.Optional(Type.String()) })),
    links: Type.Array(Type.Object({ kind: Type.String(), url: Type.String(), title: Type.Optional(Type.String()) })),
    relatedPolicies: Type.Array(Type.Object({ id: Type.String(), relation: Type.String({ description: 'amends, replaces or implements' }) })),
    initiatives: Type.Array(Type.Object({ id: Type.String(), relation: Type.String({ description: 'enables or implemented-by' }) })),
    provenance: Type.Object({ source: Type.String(), url: Type.Optional(Type.String()), importedAt: Type.Optional(Type.String()) }, { additionalProperties: true }),
    ...recordStateFields,
  },
  { $id: 'Policy', examples: [policyExample] },
);

export const PolicyPageSchema = pageOf('Policy', policyExample);

const CoverageRowSchema = Type.Object({ code: Type.String(), countries: Type.Integer(), share: Type.Number({ minimum: 0, maximum: 1 }) });

export const CoverageSchema = Type.Object(
  {
    group: Nullable(Type.String()),
    type: Nullable(Type.String()),
    denominator: Type.Integer({ description: 'Countries in the population' }),
    technologies: Type.Array(CoverageRowSchema),
    themes: Type.Array(CoverageRowSchema),
  },
  { examples: [{ group: 'LDC', type: 'strategy', denominator: 44, technologies: [{ code: 'artificial-intelligence', countries: 3, share: 0.068 }], themes: [{ code: 'digital-skills', countries: 5, share: 0.114 }] }] },
);

export const CompareSchema = Type.Object(
  {
    countries: Type.Array(
      Type.Object({
        iso3: Type.String(),
        groups: Type.Array(Type.String()),
        total: Type.Integer({ description: 'Effective national instruments' }),
        technologies: Type.Record(Type.String(), Type.Integer()),
        themes: Type.Record(Type.String(), Type.Integer()),
      }),
    ),
  },
  { examples: [{ countries: [{ iso3: 'RWA', groups: ['LDC', 'LLDC'], total: 2, technologies: { 'artificial-intelligence': 1 }, themes: { 'digital-skills': 1 } }] }] },
);

/** Schemas referred to by `$id`. */
export const POLICY_SCHEMAS = [PolicyOutSchema];
