import type { Vocabulary } from '../vocabulary/vocabulary.ts';
import type { DocFacets } from './search-document.ts';

/** Facets shown with results, in display order. */
export const FACETS = ['type', 'sdg', 'technology', 'wsis', 'country', 'group', 'region', 'status', 'kind', 'policyType', 'level', 'theme', 'year'] as const;
export type FacetName = (typeof FACETS)[number];
/** Every filter of search: the facets plus the list filters that are not shown as facets. */
export const SEARCH_FILTERS = [...FACETS, 'target', 'organisation'] as const;
export type SearchFilterName = (typeof SEARCH_FILTERS)[number];
/** Filter values as codes: `{sdg: '9', country: 'FJI', year: '2021'}`. */
export type SearchFilters = Partial<Record<SearchFilterName, string>>;

export interface FacetCount {
  value: string;
  count: number;
}

/** An index entry as the search reads it: what each matching record brings to filtering, facets and sorting. */
export interface RawHit {
  docId: number;
  recordType: string;
  recordId: string;
  state: string;
  createdBy?: string;
  sortDate: string;
  titleKey: string;
  facets: DocFacets;
}

/** Country → ISO alpha-3, groups and regions (M49 and ITU), computed once per vocabulary. */
export interface CountryAreas {
  iso3: Map<string, string>;
  groups: Map<string, string[]>;
  regions: Map<string, string[]>;
}

/** Precomputes the country lookups facets need. */
export function countryAreas(vocab: Vocabulary): CountryAreas {
  const iso3 = new Map<string, string>();
  const groups = new Map<string, string[]>();
  const regions = new Map<string, string[]>();
  for (const c of vocab.countries) {
    iso3.set(c.m49, c.iso3);
    groups.set(c.m49, [...c.groups]);
    regions.set(c.m49, [c.ituRegion, c.region, c.subregion, c.intermediateRegion].filter((r): r is string => !!r));
  }
  return { iso3, groups, regions };
}

const distinct = (xs: string[]) => (xs.length > 1 ? [...new Set(xs)] : xs);

/**
 * The values a record has for a filter. Filtering keeps a record when the chosen value is among them,
 * and a facet counts each of them once: so a facet count always equals the result count of choosing it.
 */
export function valuesOf(hit: RawHit, name: SearchFilterName, areas: CountryAreas): string[] {
  const f = hit.facets;
  switch (name) {
    case 'type':
      return [hit.recordType];
    case 'sdg':
      return (f.goals ?? []).map(String);
    case 'target':
      return f.targets ?? [];
    case 'technology':
      return f.technologies ?? [];
    case 'wsis':
      // A sub-line (C7.e-health) also counts for its line (C7), as the list filter does.
      return distinct((f.wsis ?? []).flatMap((w) => (w.includes('.') ? [w, w.split('.')[0]!] : [w])));
    case 'country':
      return (f.countries ?? []).map((m) => areas.iso3.get(m) ?? m);
    case 'group':
      return distinct((f.countries ?? []).flatMap((m) => areas.groups.get(m) ?? []));
    case 'region':
      return distinct((f.countries ?? []).flatMap((m) => areas.regions.get(m) ?? []));
    case 'status':
      return f.status ? [f.status] : [];
    case 'kind':
      return f.kind ? [f.kind] : [];
    case 'year':
      return f.year ? [String(f.year)] : [];
    case 'organisation':
      return f.organisations ?? [];
    case 'policyType':
      return f.policyType ? [f.policyType] : [];
    case 'level':
      return f.level ? [f.level] : [];
    case 'theme':
      return f.themes ?? [];
  }
}
