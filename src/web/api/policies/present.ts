import type { Policy } from '../../../domain/policy/policy.ts';
import type { Vocabulary } from '../../../domain/vocabulary/vocabulary.ts';
import { claimedCodes, sdgGoalsOf } from '../../../domain/classification/classification.ts';
import { presentClassifications } from '../initiatives/present.ts';

/** The policy as the API shows it: every public field, countries as ISO alpha-3, plus convenience arrays. */
export function presentPolicy(p: Policy, vocab: Vocabulary, publicUrl: string) {
  const iso3 = (m49: string) => vocab.countryByM49.get(m49)?.iso3 ?? m49;
  return {
    id: p.id,
    url: `${publicUrl}/en/policies/${p.id}`,
    title: p.title,
    summary: p.summary,
    originalLang: p.originalLang,
    type: p.type,
    level: p.level,
    jurisdiction: {
      country: p.jurisdiction.country ? iso3(p.jurisdiction.country) : null,
      region: p.jurisdiction.region ?? null,
      organisation: p.jurisdiction.organisation ?? null,
    },
    countries: p.countries.map(iso3),
    issuingBody: p.issuingBody,
    status: p.status,
    dates: p.dates,
    themes: p.themes,
    sdgGoals: sdgGoalsOf(p.classifications),
    sdgTargets: claimedCodes(p.classifications, 'sdg-target'),
    technologies: claimedCodes(p.classifications, 'technology'),
    wsis: claimedCodes(p.classifications, 'wsis'),
    classifications: presentClassifications(p.classifications),
    trustMarkers: p.trustMarkers,
    links: p.links,
    relatedPolicies: p.relatedPolicies.map((r) => ({ id: r.policyId, relation: r.relation })),
    initiatives: p.initiatives.map((r) => ({ id: r.initiativeId, relation: r.relation })),
    provenance: p.provenance,
    lastVerified: p.lastVerified ?? null,
    workflowState: p.workflowState,
    isSample: p.isSample,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    archivedAt: p.archivedAt ?? null,
    version: p.version,
  };
}
