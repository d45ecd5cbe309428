import { Type, type TSchema } from '@sinclair/typebox';

// Response schemas shared by the API routes. They document the API (OpenAPI) and tests check real responses
// against them; they do not filter what is sent (the serializer is plain JSON, presenters choose the fields).

export const LangMapOut = Type.Record(Type.String({ pattern: '^(en|fr|es|ar|zh|ru)$' }), Type.String(), { description: 'A text by language (BCP 47)' });

/** RFC 9457 problem document with a stable `code` and, for invalid requests, every bad field. */
export const ProblemSchema = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.Optional(Type.String()),
    instance: Type.Optional(Type.String()),
    code: Type.String(),
    errors: Type.Optional(Type.Array(Type.Object({ field: Type.String(), code: Type.String(), message: Type.String() }))),
  },
  {
    $id: 'Problem',
    examples: [{ type: '/problems/validation-failed', title: 'Invalid request', status: 400, detail: 'Some fields are invalid: see errors', instance: '/api/v1/initiatives?sdg=18', code: 'validation-failed', errors: [{ field: 'sdg', code: 'out-of-range', message: 'Expected integer to be less or equal to 17' }] }],
  },
);

const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: Type.Ref('Problem') } } });

/** The problem answers every API route may give, by status. */
export const problemResponses = {
  400: problem('Invalid request: every bad field is listed in `errors`'),
  404: problem('No such record, or it is not public'),
  429: problem('Too many requests: wait for the seconds in Retry-After'),
};
export const writeProblems = { ...problemResponses, 401: problem('A bearer token is required'), 403: problem('The token may not do this'), 409: problem('The workflow does not allow this move') };

const initiativeExample = {
  id: '01J9Z8K3W6Q2V7H4T5R0M1N2P3',
  url: 'https://leapfrog.example.org/en/initiatives/01J9Z8K3W6Q2V7H4T5R0M1N2P3',
  title: { en: 'Village water sensors' },
  summary: { en: 'IoT sensors report water levels.' },
  description: {},
  originalLang: 'en',
  kind: 'project',
  status: 'implementation',
  dates: { plannedStart: '2024-01-15' },
  scope: 'local',
  countries: ['FJI'],
  sdgGoals: [6],
  sdgTargets: ['6.1'],
  technologies: ['internet-of-things'],
  wsis: [],
  organisations: [{ id: '01J9Z8K3W6Q2V7H4T5R0M1N2AA', role: 'lead', name: { en: 'Pacific Digital Agency' } }],
  classifications: [{ scheme: 'sdg-target', code: '6.1', source: 'self', iri: 'http://metadata.un.org/sdg/6.1' }],
  trustMarkers: [],
  impact: {},
  impactMetrics: [],
  partnerships: {},
  lessons: {},
  replicability: {},
  budget: null,
  links: [],
  licence: null,
  externalIds: {},
  provenance: { source: 'api' },
  lastVerified: null,
  workflowState: 'published',
  isSample: false,
  createdAt: '2024-05-01T10:00:00.000Z',
  updatedAt: '2024-05-02T08:30:00.000Z',
  archivedAt: null,
  version: 2,
};

/** A value or null. */
export const Nullable = <T extends TSchema>(s: T) => Type.Union([s, Type.Null()]);

/** The workflow and bookkeeping fields every reviewed record (initiative, policy) answers with. */
export const recordStateFields = {
    lastVerified: Nullable(Type.String()),
    workflowState: Type.String(),
    isSample: Type.Boolean(),
    createdAt: Type.String(),
    updatedAt: Type.String(),
    archivedAt: Nullable(Type.String()),
    version: Type.Integer(),
};

/** An initiative as the API shows it. */
export const InitiativeOutSchema = Type.Object(
  {
    id: Type.String(),
    url: Type.String({ description: 'The record page' }),
    title: LangMapOut,
    summary: LangMapOut,
    description: LangMapOut,
    originalLang: Type.String(),
    kind: Type.String(),
    status: Type.String({ description: 'IATI activity status name' }),
    dates: Type.Object({ plannedStart: Type.Optional(Type.String()), plannedEnd: Type.Optional(Type.String()), actualStart: Type.Optional(Type.String()), actualEnd: Type.Optional(Type.String()) }),
    scope: Nullable(Type.String()),
    countries: Type.Array(Type.String(), { description: 'ISO 3166-1 alpha-3' }),
    sdgGoals: Type.Array(Type.Integer()),
    sdgTargets: Type.Array(Type.String()),
    technologies: Type.Array(Type.String()),
    wsis: Type.Array(Type.String()),
    organisations: Type.Array(Type.Object({ id: Type.String(), role: Type.String(), name: LangMapOut })),
    classifications: Type.Array(
      Type.Object({
        scheme: Type.String(),
        code: Type.String(),
        source: Type.String(),
        confidence: Type.Optional(Type.Number()),
        evidenceText: Type.Optional(Type.String()),
        evidenceUrl: Type.Optional(Type.String()),
        confirmedBy: Type.Optional(Type.String()),
        confirmedAt: Type.Optional(Type.String()),
        iri: Type.Optional(Type.String({ description: 'UN SDG KOS IRI' })),
      }),
    ),
    trustMarkers: Type.Array(Type.Object({ dimension: Type.String(), significance: Type.Integer(), evidence: Type.Optional(Type.String()) })),
    impact: LangMapOut,
    impactMetrics: Type.Array(Type.Object({ label: LangMapOut, value: Type.Number(), unit: Type.Optional(Type.String()), year: Type.Optional(Type.Integer()) })),
    partnerships: LangMapOut,
    lessons: LangMapOut,
    replicability: LangMapOut,
    budget: Nullable(Type.Object({ amount: Type.Number(), currency: Type.String() })),
    links: Type.Array(Type.Object({ kind: Type.String(), url: Type.String(), title: Type.Optional(Type.String()) })),
    licence: Nullable(Type.String()),
    externalIds: Type.Object({ wsis: Type.Optional(Type.String()), dpg: Type.Optional(Type.String()), iati: Type.Optional(Type.String()) }),
    provenance: Type.Object({ source: Type.String(), url: Type.Optional(Type.String()), importedAt: Type.Optional(Type.String()), reference: Type.Optional(Type.String()) }),
    ...recordStateFields,
  },
  { $id: 'Initiative', examples: [initiativeExample] },
);

/** A page of a list: items, total and the page asked for. */
export const pageOf = (ref: string, example: unknown) =>
  Type.Object({ items: Type.Array(Type.Ref(ref)), total: Type.Integer(), page: Type.Integer(), limit: Type.Integer() }, { examples: [{ items: [example], total: 1, page: 1, limit: 20 }] });

export const InitiativePageSchema = pageOf('Initiative', initiativeExample);

const organisationExample = {
  id: '01J9Z8K3W6Q2V7H4T5R0M1N2AA',
  name: { en: 'Pacific Digital Agency' },
  originalLang: 'en',
  aliases: ['PDA'],
  type: '10',
  typeLabel: 'Government',
  ituMembership: null,
  country: 'FJI',
  website: 'https://pda.example.org',
  iatiId: null,
  isSample: false,
  createdAt: '2024-05-01T10:00:00.000Z',
  updatedAt: '2024-05-01T10:00:00.000Z',
};

export const OrganisationOutSchema = Type.Object(
  {
    id: Type.String(),
    name: LangMapOut,
    originalLang: Type.String(),
    aliases: Type.Array(Type.String()),
    type: Type.String({ description: 'IATI OrganisationType code' }),
    typeLabel: Type.String(),
    ituMembership: Nullable(Type.String()),
    country: Nullable(Type.String()),
    website: Nullable(Type.String()),
    iatiId: Nullable(Type.String()),
    isSample: Type.Boolean(),
    createdAt: Type.String(),
    updatedAt: Type.String(),
  },
  { $id: 'Organisation', examples: [organisationExample] },
);
export const OrganisationPageSchema = pageOf('Organisation', organisationExample);

export const HistorySchema = Type.Object(
  {
    events: Type.Array(Type.Object({ id: Type.String(), action: Type.String(), fromState: Type.String(), toState: Type.String(), actor: Type.String(), comment: Type.Optional(Type.String()), createdAt: Type.String() }, { additionalProperties: true })),
    versions: Type.Array(Type.Object({ version: Type.Integer(), author: Type.String(), createdAt: Type.String(), changedFields: Type.Array(Type.String()) }, { additionalProperties: true })),
  },
  { examples: [{ events: [{ id: '01J9', recordType: 'initiative', recordId: '01J8', action: 'publish', fromState: 'submitted', toState: 'published', actor: 'admin-token', createdAt: '2024-05-02T08:30:00.000Z' }], versions: [{ recordType: 'initiative', recordId: '01J8', version: 1, author: 'admin-token', createdAt: '2024-05-01T10:00:00.000Z', changedFields: ['title', 'summary'] }] }] },
);

/** A vocabulary list: `items` with codes, labels in six languages and `label` in the negotiated language. */
export const vocabularyList = (itemExample: Record<string, unknown>) =>
  Type.Object({ items: Type.Array(Type.Object({ label: Type.String({ description: 'The label in the language of Accept-Language' }) }, { additionalProperties: true })) }, { examples: [{ items: [itemExample] }] });

/** A response documented by an example only (its fields are described in the README and docs). */
export const documented = (example: unknown) => Type.Object({}, { additionalProperties: true, examples: [example] });

/** Schemas other schemas refer to by `$id`: added to the app once. */
export const SHARED_SCHEMAS = [ProblemSchema, InitiativeOutSchema, OrganisationOutSchema];
