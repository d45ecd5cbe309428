import type { FacetCount, FacetName } from '../../../domain/search/facets.ts';
import type { SearchItem } from '../../../domain/search/search-service.ts';
import type { Lang } from '../../../domain/vocabulary/language.ts';
import type { Vocabulary } from '../../../domain/vocabulary/vocabulary.ts';
import { ITU_REGIONS, regionName } from '../../../domain/vocabulary/country.ts';
import type { Translate } from '../../../i18n/i18n.ts';
import { ituRegionLabel, kindLabel, statusLabel } from '../../views/labels.ts';

/** The label of a facet value in a language: vocabulary labels for codes, interface strings for the rest. */
export function facetLabel(name: FacetName, value: string, vocab: Vocabulary, lang: Lang, t: Translate): string {
  switch (name) {
    case 'type':
      return value === 'organisation' ? t('Organisations') : t('Initiatives');
    case 'sdg':
      return `${value}. ${vocab.goal(Number(value))?.short[lang] ?? ''}`.trim();
    case 'technology':
      return vocab.techBySlug.get(value)?.labels[lang] ?? value;
    case 'wsis':
      return `${value} ${vocab.wsisByCode.get(value)?.labels[lang] ?? ''}`.trim();
    case 'country':
      return vocab.countryByIso3.get(value)?.names[lang] ?? value;
    case 'group':
      return vocab.groups.find((g) => g.code === value)?.labels[lang] ?? value;
    case 'region':
      return (ITU_REGIONS as readonly string[]).includes(value) ? t('ITU region: {region}', { region: ituRegionLabel(t, value as never) }) : regionName(value, lang);
    case 'status':
      return statusLabel(t, value as never) ?? value;
    case 'kind':
      return kindLabel(t, value as never) ?? value;
    case 'year':
      return value;
  }
}

/** Facets with labels: `{sdg: [{value, label, count}]}`. */
export function presentFacets(facets: Record<FacetName, FacetCount[]>, vocab: Vocabulary, lang: Lang, t: Translate) {
  return Object.fromEntries(Object.entries(facets).map(([name, counts]) => [name, counts.map((c) => ({ value: c.value, label: facetLabel(name as FacetName, c.value, vocab, lang, t), count: c.count }))]));
}

/** The public reference of a hit; the full record is one request away (`url`). */
export function presentHit(item: SearchItem, publicUrl: string) {
  const r = item.record;
  const base = { type: item.type, id: r.id, snippet: item.snippet ?? null, isSample: r.isSample };
  if (item.type === 'organisation') return { ...base, title: item.record.name, url: `${publicUrl}/api/v1/organisations/${r.id}` };
  const i = item.record;
  return { ...base, title: i.title, summary: i.summary, originalLang: i.originalLang, kind: i.kind, status: i.status, synthetic: i.provenance.source === 'synthetic', updatedAt: i.updatedAt, url: `${publicUrl}/api/v1/initiatives/${r.id}` };
}
