import type { Initiative } from '../../../domain/initiative/initiative.ts';
import type { Organisation } from '../../../domain/organisation/organisation.ts';
import type { Vocabulary } from '../../../domain/vocabulary/vocabulary.ts';
import { claimedCodes, sdgGoalsOf, type ClassificationLink } from '../../../domain/classification/classification.ts';

/** Classification links with the UN SDG KOS IRI of SDG goals and targets. */
export function presentClassifications(links: ClassificationLink[]) {
  return links.map((c) => ({ ...c, iri: c.scheme === 'sdg-goal' || c.scheme === 'sdg-target' ? `http://metadata.un.org/sdg/${c.code}` : undefined }));
}

/** The initiative as the API shows it: every public field, codes as the standards write them, plus convenience arrays. */
export function presentInitiative(i: Initiative, vocab: Vocabulary, orgs: Map<string, Organisation>, publicUrl: string) {
  return {
    id: i.id,
    url: `${publicUrl}/en/initiatives/${i.id}`,
    title: i.title,
    summary: i.summary,
    description: i.description,
    originalLang: i.originalLang,
    kind: i.kind,
    status: i.status,
    dates: i.dates,
    scope: i.scope ?? null,
    countries: i.countries.map((m49) => vocab.countryByM49.get(m49)?.iso3 ?? m49),
    sdgGoals: sdgGoalsOf(i.classifications),
    sdgTargets: claimedCodes(i.classifications, 'sdg-target'),
    technologies: claimedCodes(i.classifications, 'technology'),
    wsis: claimedCodes(i.classifications, 'wsis'),
    organisations: i.organisations.map((o) => ({ id: o.organisationId, role: o.role, name: orgs.get(o.organisationId)?.name ?? {} })),
    classifications: presentClassifications(i.classifications),
    trustMarkers: i.trustMarkers,
    impact: i.impact,
    impactMetrics: i.impactMetrics,
    partnerships: i.partnerships,
    lessons: i.lessons,
    replicability: i.replicability,
    budget: i.budget ?? null,
    links: i.links,
    licence: i.licence ?? null,
    externalIds: i.externalIds,
    provenance: i.provenance,
    lastVerified: i.lastVerified ?? null,
    workflowState: i.workflowState,
    isSample: i.isSample,
    createdAt: i.createdAt,
    updatedAt: i.updatedAt,
    archivedAt: i.archivedAt ?? null,
    version: i.version,
  };
}
