import type { Vocabulary } from '../vocabulary/vocabulary.ts';
import { POLICY_THEME_LABELS } from '../vocabulary/policy-theme.ts';
import { claimedCodes } from '../classification/classification.ts';
import type { Policy, PolicyStatus } from '../policy/policy.ts';
import { areaOf } from './area.ts';
import { M49_IRI, countryNode, sdgTerms, tagged } from './json-ld.ts';

// A policy instrument as schema.org Legislation. Jurisdictions are UN M49 IRIs (a country, an M49 region,
// or the world, 001, for international instruments); SDGs are UN SDG KOS IRIs. Relations: an instrument
// that amends or replaces another one `legislationChanges` it; one that implements another one
// `legislationApplies` it.

/** schema.org LegalForceStatus of each status; drafts and repealed texts are not in force, an adopted one is not said to be. */
const LEGAL_FORCE: Partial<Record<PolicyStatus, string>> = {
  consultation: 'https://schema.org/NotInForce',
  'in-force': 'https://schema.org/InForce',
  'under-revision': 'https://schema.org/InForce',
  repealed: 'https://schema.org/NotInForce',
};

/** English names of the policy types, as schema.org `legislationType` text. */
const TYPE_NAMES: Record<Policy['type'], string> = {
  strategy: 'Strategy',
  law: 'Law',
  regulation: 'Regulation',
  guideline: 'Guideline',
  principles: 'Principles',
  standard: 'Standard',
  plan: 'Plan',
  'governance-body': 'Governance body',
};

const policyIri = (publicUrl: string, id: string) => `${publicUrl}/en/policies/${id}`;

/** Where an instrument holds: its country, its region or group, or the world. */
function jurisdictionOf(p: Policy, vocab: Vocabulary) {
  if (p.jurisdiction.country) return countryNode(vocab, p.jurisdiction.country);
  if (p.jurisdiction.region) {
    const area = areaOf(vocab, p.jurisdiction.region);
    return area.kind === 'm49-region'
      ? { '@type': 'AdministrativeArea', '@id': M49_IRI(p.jurisdiction.region), name: area.name }
      : { '@type': 'AdministrativeArea', name: area.name, identifier: p.jurisdiction.region };
  }
  if (p.level === 'international') return { '@type': 'AdministrativeArea', '@id': M49_IRI('001'), name: 'World' };
  return undefined;
}

/** The policy as schema.org Legislation; `withContext` for a standalone document. */
export function policyJsonLd(p: Policy, vocab: Vocabulary, publicUrl: string, withContext = true) {
  const related = (relations: string[]) => p.relatedPolicies.filter((r) => relations.includes(r.relation)).map((r) => ({ '@type': 'Legislation', '@id': policyIri(publicUrl, r.policyId) }));
  const changes = related(['amends', 'replaces']);
  const applies = related(['implements']);
  const jurisdiction = jurisdictionOf(p, vocab);
  const targets = claimedCodes(p.classifications, 'sdg-target');
  const goals = [...new Set([...claimedCodes(p.classifications, 'sdg-goal')])];
  const force = LEGAL_FORCE[p.status];
  const date = p.dates.adopted ?? p.dates.inForce ?? p.dates.proposed;
  return {
    ...(withContext ? { '@context': 'https://schema.org' } : {}),
    '@type': 'Legislation',
    '@id': policyIri(publicUrl, p.id),
    url: `${publicUrl}/${p.originalLang}/policies/${p.id}`,
    name: tagged(p.title),
    abstract: tagged(p.summary),
    inLanguage: p.originalLang,
    legislationType: TYPE_NAMES[p.type],
    ...(jurisdiction ? { legislationJurisdiction: jurisdiction } : {}),
    ...(p.level === 'regional' && p.countries.length ? { spatialCoverage: p.countries.map((m) => countryNode(vocab, m)) } : {}),
    legislationPassedBy: { '@type': 'Organization', name: tagged(p.issuingBody) },
    ...(p.jurisdiction.organisation ? { legislationResponsible: { '@type': 'Organization', name: tagged(p.jurisdiction.organisation) } } : {}),
    ...(date ? { legislationDate: date } : {}),
    ...(p.dates.revised ? { legislationDateVersion: p.dates.revised } : {}),
    ...(p.dates.repealed ? { expires: p.dates.repealed } : {}),
    ...(force ? { legislationLegalForce: { '@id': force } } : {}),
    about: sdgTerms([...goals, ...targets]),
    keywords: [...p.themes.map((th) => POLICY_THEME_LABELS[th].en), ...claimedCodes(p.classifications, 'technology').map((t) => vocab.techBySlug.get(t)?.labels.en ?? t)],
    sameAs: p.links.map((l) => l.url),
    ...(changes.length ? { legislationChanges: changes } : {}),
    ...(applies.length ? { legislationApplies: applies } : {}),
    dateCreated: p.createdAt,
    dateModified: p.updatedAt,
  };
}
