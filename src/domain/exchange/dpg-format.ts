import { Type, type Static } from '@sinclair/typebox';
import { schemaErrors } from '../validation.ts';
import type { Vocabulary } from '../vocabulary/vocabulary.ts';
import type { OrganisationRole } from '../initiative/initiative.ts';
import { countryMatcher } from './country-match.ts';
import { fit, validUrl, type ImportCandidate, type OrganisationRef } from './candidate.ts';

// Digital Public Goods Alliance nominee files (publicgoods-candidates `nominee-schema.json`) and,
// beside them, the DPG Standard screening files that name the countries a product is used in.

/** The parts of the nominee schema the import relies on; the rest of a file is ignored. */
const NomineeSchema = Type.Object({
  name: Type.String({ minLength: 1 }),
  aliases: Type.Optional(Type.Array(Type.String())),
  description: Type.String({ minLength: 1 }),
  website: Type.Optional(Type.String()),
  license: Type.Array(Type.Object({ spdx: Type.String({ minLength: 1 }), licenseURL: Type.Optional(Type.String()) }), { minItems: 1 }),
  SDGs: Type.Array(
    Type.Object({ SDGNumber: Type.Integer({ minimum: 1, maximum: 17 }), evidenceText: Type.Optional(Type.String()), evidenceURL: Type.Optional(Type.String()) }),
    { minItems: 1 },
  ),
  type: Type.Array(Type.Union(['software', 'data', 'content', 'standard', 'aimodel'].map((t) => Type.Literal(t))), { minItems: 1 }),
  repositories: Type.Optional(Type.Array(Type.Object({ name: Type.Optional(Type.String()), url: Type.String() }))),
  organizations: Type.Array(
    Type.Object({ name: Type.String({ minLength: 1 }), website: Type.Optional(Type.String()), org_type: Type.Union(['owner', 'maintainer', 'funder', 'implementer'].map((t) => Type.Literal(t))) }),
    { minItems: 1 },
  ),
  stage: Type.Union(['nominee', 'DPG', 'archive'].map((t) => Type.Literal(t))),
});
type Nominee = Static<typeof NomineeSchema>;

/** The screening file's locations block: free-text country names. */
export interface DpgScreening {
  locations?: { developmentCountries?: unknown; deploymentCountries?: unknown };
}

const ROLES: Record<string, OrganisationRole> = { owner: 'lead', maintainer: 'implementing', funder: 'funding', implementer: 'implementing' };

/**
 * One nominee file → one candidate. `slug` (the file name without `.json`) is the DPG external id.
 * Countries come from the screening file when there is one; names that match no country are noted.
 */
export function dpgCandidate(file: string, slug: string, json: unknown, screening: DpgScreening | undefined, vocab: Vocabulary): ImportCandidate {
  const base = { file, locator: 'file', externalId: { scheme: 'dpg' as const, value: slug }, organisationRefs: [] as OrganisationRef[], notes: [] as string[] };
  const provenance = { source: 'import:dpg', url: `https://github.com/DPGAlliance/publicgoods-candidates/blob/main/nominees/${slug}.json` };
  const errors = schemaErrors(NomineeSchema, json).map((e) => ({ ...e, message: explain(e.field, e.message, json) }));
  if (errors.length) return { ...base, provenance, errors };
  const n = json as Nominee;
  const notes = base.notes;

  const countries = new Set<string>();
  const match = countryMatcher(vocab);
  const names = [screening?.locations?.deploymentCountries, screening?.locations?.developmentCountries].flatMap((l) => (Array.isArray(l) ? l : []));
  for (const name of names) {
    if (typeof name !== 'string' || !name.trim()) continue;
    const m = match(name);
    if (m.kind === 'country') countries.add(m.iso3);
    else if (m.kind === 'unmatched') notes.push(`countries: "${name}" matches no country and was left out`);
  }

  const links: { kind: string; url: string; title?: string }[] = [];
  const website = validUrl(n.website, 'website', notes);
  if (website) links.push({ kind: 'website', url: website });
  n.repositories?.forEach((r, i) => {
    const url = validUrl(r.url, `repositories[${i}].url`, notes);
    if (url && !links.some((l) => l.url === url)) links.push({ kind: 'repository', url, title: fit(r.name, 300, `repositories[${i}].name`, notes) });
  });

  const input: Record<string, unknown> = {
    title: { en: fit(n.name, 300, 'name', notes) },
    summary: { en: fit(n.description, 2000, 'description', notes) },
    originalLang: 'en',
    kind: 'toolkit',
    status: 'implementation',
    countries: [...countries].sort(),
    classifications: dedupeGoals(n.SDGs).map((s, i) => ({
      scheme: 'sdg-goal',
      code: String(s.SDGNumber),
      source: 'self',
      evidenceText: fit(s.evidenceText, 2000, `SDGs[${i}].evidenceText`, notes),
      evidenceUrl: validUrl(s.evidenceURL, `SDGs[${i}].evidenceURL`, notes),
    })),
    technologies: n.type.includes('aimodel') ? ['artificial-intelligence'] : n.type.includes('data') ? ['open-data'] : [],
    links: links.slice(0, 30),
    licence: n.license[0]!.spdx,
    externalIds: { dpg: slug },
  };
  if (countries.size === 0 && names.length > 50) input.scope = 'global';
  const organisationRefs = n.organizations.map((o, i) => ({ name: o.name.trim(), role: ROLES[o.org_type]!, website: validUrl(o.website, `organizations[${i}].website`, []), type: '90' as const }));
  return { ...base, input, organisationRefs: uniqueOrgs(organisationRefs), provenance, errors: [], notes };
}

/** A goal named twice keeps its first evidence. */
function dedupeGoals(sdgs: Nominee['SDGs']): Nominee['SDGs'] {
  const seen = new Set<number>();
  return sdgs.filter((s) => !seen.has(s.SDGNumber) && seen.add(s.SDGNumber));
}

function uniqueOrgs(refs: OrganisationRef[]): OrganisationRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => !seen.has(`${r.name}|${r.role}`) && seen.add(`${r.name}|${r.role}`));
}

/** Error messages a person can act on, naming the old shapes some archived nominee files use. */
function explain(field: string, message: string, json: unknown): string {
  const j = (json ?? {}) as Record<string, unknown>;
  if (field.startsWith('SDGs[') && Array.isArray(j.SDGs) && Array.isArray(j.SDGs[0])) {
    return 'SDGs uses the old shape [[number, "name"]]: expected objects {SDGNumber, evidenceText, evidenceURL}';
  }
  if (field === 'stage' && j.stage === undefined) return 'stage is missing: expected nominee, DPG or archive';
  return message;
}
