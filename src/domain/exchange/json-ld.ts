import { LANGS, type LangMap } from '../vocabulary/language.ts';
import type { Vocabulary } from '../vocabulary/vocabulary.ts';
import type { Initiative } from '../initiative/initiative.ts';
import type { Organisation } from '../organisation/organisation.ts';
import { claimedCodes } from '../classification/classification.ts';

// schema.org in JSON-LD: an initiative is a Project, an organisation an Organization. SDGs are named by
// the IRIs of the UN SDG knowledge organisation system, countries by their UN M49 IRIs.
// Policies are Legislation (policy-json-ld.ts).

export const SDG_IRI = (code: string) => `http://metadata.un.org/sdg/${code}`;
export const M49_IRI = (m49: string) => `http://metadata.un.org/m49/${m49}`;

/** A language map as JSON-LD language-tagged values. */
export const tagged = (map: LangMap) => LANGS.filter((l) => map[l]).map((l) => ({ '@value': map[l], '@language': l }));

/** SDG goal and target codes as DefinedTerms of the UN SDG knowledge organisation system. */
export function sdgTerms(codes: string[]) {
  return codes.map((code) => ({ '@type': 'DefinedTerm', '@id': SDG_IRI(code), termCode: code, inDefinedTermSet: 'http://metadata.un.org/sdg/' }));
}

/** A country (M49 code) as a schema.org Country named by its UN M49 IRI. */
export function countryNode(vocab: Vocabulary, m49: string) {
  return { '@type': 'Country', '@id': M49_IRI(m49), name: vocab.countryName(m49, 'en') };
}

/** The organisation as a schema.org Organization. */
export function organisationJsonLd(o: Organisation, vocab: Vocabulary, publicUrl: string) {
  return {
    '@type': 'Organization',
    '@id': `${publicUrl}/en/organisations/${o.id}`,
    name: tagged(o.name),
    ...(o.aliases.length ? { alternateName: o.aliases } : {}),
    ...(o.website ? { url: o.website } : {}),
    ...(o.iatiId ? { identifier: { '@type': 'PropertyValue', propertyID: 'IATI organisation identifier', value: o.iatiId } } : {}),
    ...(o.country ? { location: { '@type': 'Country', '@id': M49_IRI(o.country), name: vocab.countryName(o.country, 'en') } } : {}),
  };
}

/** The initiative as a schema.org Project; `withContext` for a standalone document. */
export function initiativeJsonLd(i: Initiative, vocab: Vocabulary, orgs: Map<string, Organisation>, publicUrl: string, withContext = true) {
  const byRole = (roles: string[]) => i.organisations.filter((o) => roles.includes(o.role)).map((o) => ({ '@id': `${publicUrl}/en/organisations/${o.organisationId}`, '@type': 'Organization', name: tagged(orgs.get(o.organisationId)?.name ?? {}) }));
  const goals = claimedCodes(i.classifications, 'sdg-goal');
  const targets = claimedCodes(i.classifications, 'sdg-target');
  const ids = Object.entries(i.externalIds).filter(([, v]) => v).map(([k, v]) => ({ '@type': 'PropertyValue', propertyID: k, value: v }));
  return {
    ...(withContext ? { '@context': 'https://schema.org' } : {}),
    '@type': 'Project',
    '@id': `${publicUrl}/en/initiatives/${i.id}`,
    url: `${publicUrl}/${i.originalLang}/initiatives/${i.id}`,
    name: tagged(i.title),
    description: tagged(i.summary),
    inLanguage: i.originalLang,
    ...(ids.length ? { identifier: ids } : {}),
    ...(i.dates.actualStart || i.dates.plannedStart ? { foundingDate: i.dates.actualStart ?? i.dates.plannedStart } : {}),
    ...(i.dates.actualEnd ? { dissolutionDate: i.dates.actualEnd } : {}),
    areaServed: i.countries.map((m) => countryNode(vocab, m)),
    about: sdgTerms([...goals, ...targets]),
    keywords: claimedCodes(i.classifications, 'technology').map((t) => vocab.techBySlug.get(t)?.labels.en ?? t),
    ...(byRole(['lead']).length ? { parentOrganization: byRole(['lead']) } : {}),
    ...(byRole(['funding']).length ? { funder: byRole(['funding']) } : {}),
    ...(byRole(['implementing', 'partner']).length ? { member: byRole(['implementing', 'partner']) } : {}),
    ...(i.licence ? { license: `https://spdx.org/licenses/${i.licence}.html` } : {}),
    sameAs: i.links.filter((l) => l.kind === 'website' || l.kind === 'repository').map((l) => l.url),
    dateCreated: i.createdAt,
    dateModified: i.updatedAt,
  };
}

/** Every published initiative, organisation and policy (nodes made by the caller) in one JSON-LD graph. */
export function jsonLdGraph(initiatives: Initiative[], organisations: Organisation[], vocab: Vocabulary, publicUrl: string, more: object[] = []) {
  const orgs = new Map(organisations.map((o) => [o.id, o]));
  return {
    '@context': 'https://schema.org',
    '@graph': [...initiatives.map((i) => initiativeJsonLd(i, vocab, orgs, publicUrl, false)), ...organisations.map((o) => organisationJsonLd(o, vocab, publicUrl)), ...more],
  };
}

/** JSON for a `<script type="application/ld+json">` block: `<`, `>`, `&` and line separators escaped, so no text can close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
