import { SEARCH_FILTERS, valuesOf, type CountryAreas, type FacetCount, type FacetName, type RawHit, type SearchFilterName, type SearchFilters } from './facets.ts';

/** The result of one filtering pass: kept positions in index order, and every facet's counts. */
export interface FilterOutcome {
  kept: Int32Array;
  facets: Record<FacetName, FacetCount[]>;
}

/**
 * Every filter's values of a list of index entries, encoded as small integers in one flat array per
 * filter (entry `p` has codes `vals[start[p]] … vals[start[p + 1] - 1]`). Searches filter and count
 * over these arrays, which allocates almost nothing; the values come from `valuesOf`, so filtering
 * and counting still agree by construction (a facet count equals the result count of choosing it).
 */
export class FacetIndex {
  private readonly dict: string[][] = [];
  private readonly codes: Map<string, number>[] = [];
  private readonly start: Int32Array[] = [];
  private readonly vals: Int32Array[] = [];

  /** `hits` in the order searches return them (newest first); position = index in this list. */
  constructor(hits: readonly RawHit[], areas: CountryAreas) {
    SEARCH_FILTERS.forEach((name, f) => {
      const dict: string[] = [];
      const codes = new Map<string, number>();
      const start = new Int32Array(hits.length + 1);
      let vals = new Int32Array(hits.length * 2);
      let n = 0;
      for (let p = 0; p < hits.length; p++) {
        start[p] = n;
        for (const v of new Set(valuesOf(hits[p]!, name, areas))) {
          let c = codes.get(v);
          if (c === undefined) {
            c = dict.length;
            codes.set(v, c);
            dict.push(v);
          }
          if (n === vals.length) {
            const bigger = new Int32Array(vals.length * 2 + 16);
            bigger.set(vals);
            vals = bigger;
          }
          vals[n++] = c;
        }
      }
      start[hits.length] = n;
      this.dict[f] = dict;
      this.codes[f] = codes;
      this.start[f] = start;
      this.vals[f] = vals.subarray(0, n);
    });
  }

  /**
   * Keeps the positions (given in index order) that pass `visible` and every filter, and counts the
   * facets in the same pass. A facet's counts ignore its own filter (choosing another value replaces
   * it) and honour all the others: a position failing exactly one filter still counts for that facet.
   */
  filterAndCount(positions: Int32Array, filters: SearchFilters, facets: readonly FacetName[], visible: (position: number) => boolean): FilterOutcome {
    const active: number[] = [];
    const wanted: number[] = [];
    SEARCH_FILTERS.forEach((name, f) => {
      const v = filters[name];
      if (v === undefined || v === '') return;
      active.push(f);
      wanted.push(this.codes[f]!.get(v) ?? -1); // -1: a value no entry has, nothing passes
    });
    const counted = facets.map((name) => SEARCH_FILTERS.indexOf(name as SearchFilterName));
    const counts = counted.map((f) => new Int32Array(this.dict[f]!.length));
    // For a hit failing one filter: which counted facet (if any) that filter is.
    const facetOfFilter = new Int32Array(SEARCH_FILTERS.length).fill(-1);
    counted.forEach((f, i) => (facetOfFilter[f] = i));
    const kept = new Int32Array(positions.length);
    let nKept = 0;
    const starts = counted.map((f) => this.start[f]!);
    const valss = counted.map((f) => this.vals[f]!);
    const bump = (i: number, p: number) => {
      const start = starts[i]!;
      const vals = valss[i]!;
      const c = counts[i]!;
      for (let k = start[p]!, end = start[p + 1]!; k < end; k++) c[vals[k]!]!++;
    };
    for (let j = 0; j < positions.length; j++) {
      const p = positions[j]!;
      if (!visible(p)) continue;
      let failures = 0;
      let failed = -1;
      for (let a = 0; a < active.length; a++) {
        const f = active[a]!;
        const start = this.start[f]!;
        const vals = this.vals[f]!;
        const code = wanted[a]!;
        let found = false;
        for (let k = start[p]!, end = start[p + 1]!; k < end; k++) {
          if (vals[k] === code) {
            found = true;
            break;
          }
        }
        if (!found) {
          failed = f;
          if (++failures > 1) break;
        }
      }
      if (failures === 0) {
        kept[nKept++] = p;
        for (let i = 0; i < counted.length; i++) bump(i, p);
      } else if (failures === 1 && facetOfFilter[failed]! >= 0) bump(facetOfFilter[failed]!, p);
    }
    const out = {} as Record<FacetName, FacetCount[]>;
    facets.forEach((name, i) => {
      const dict = this.dict[counted[i]!]!;
      const list: FacetCount[] = [];
      counts[i]!.forEach((count, code) => {
        if (count) list.push({ value: dict[code]!, count });
      });
      out[name] = list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
    });
    return { kept: kept.subarray(0, nKept), facets: out };
  }
}
