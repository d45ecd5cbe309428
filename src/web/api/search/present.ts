import type { FacetCount, FacetName } from '../../../domain/search/facets.ts';
import type { SearchItem } from '../../../domain/search/search-service.ts';
import type { InitiativeSummary } from '../../../domain/ports/records.ts';
import type { Lang } from '../../../domain/vocabulary/language.ts';
import type { Vocabulary } from '../../../domain/vocabulary/vocabulary.ts';
import type { Translate } from '../../../i18n/i18n.ts';
import { facetLabel } from '../../views/labels.ts';

// Labels of facet values by vocabulary (a reloaded vocabulary starts afresh): every answer labels
// hundreds of values, and some labels (region names) are slow to look up.
const labels = new WeakMap<Vocabulary, Map<string, string>>();

function labelOf(name: FacetName, value: string, vocab: Vocabulary, lang: Lang, t: Translate): string {
  let known = labels.get(vocab);
  if (!known) labels.set(vocab, (known = new Map()));
  const key = `${lang}\u0000${name}\u0000${value}`;
  let label = known.get(key);
  if (label === undefined) known.set(key, (label = facetLabel(name, value, vocab, lang, t)));
  return label;
}

/** Facets with labels: `{sdg: [{value, label, count}]}`. */
export function presentFacets(facets: Record<FacetName, FacetCount[]>, vocab: Vocabulary, lang: Lang, t: Translate) {
  return Object.fromEntries(Object.entries(facets).map(([name, counts]) => [name, counts.map((c) => ({ value: c.value, label: labelOf(name as FacetName, c.value, vocab, lang, t), count: c.count }))]));
}

/** The public reference of a hit; the full record is one request away (`url`). */
export function presentHit(item: SearchItem<InitiativeSummary>, publicUrl: string) {
  const r = item.record;
  const base = { type: item.type, id: r.id, snippet: item.snippet ?? null, isSample: r.isSample };
  if (item.type === 'organisation') return { ...base, title: item.record.name, url: `${publicUrl}/api/v1/organisations/${r.id}` };
  if (item.type === 'policy') {
    const p = item.record;
    return { ...base, title: p.title, summary: p.summary, originalLang: p.originalLang, policyType: p.type, level: p.level, status: p.status, updatedAt: p.updatedAt, url: `${publicUrl}/api/v1/policies/${r.id}` };
  }
  const i = item.record;
  return { ...base, title: i.title, summary: i.summary, originalLang: i.originalLang, kind: i.kind, status: i.status, synthetic: i.provenance.source === 'synthetic', updatedAt: i.updatedAt, url: `${publicUrl}/api/v1/initiatives/${r.id}` };
}
