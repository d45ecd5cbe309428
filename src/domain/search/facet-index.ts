import { SEARCH_FILTERS, valuesOf, type CountryAreas, type FacetCount, type FacetName, type RawHit, type SearchFilterName, type SearchFilters } from './facets.ts';

/** The result of one filtering pass: kept positions in index order, and every facet's counts. */
export interface FilterOutcome {
  kept: Int32Array;
  facets: Record<FacetName, FacetCount[]>;
}

/** Who may see what: entries in these workflow states, plus those the actor wrote. */
export interface Visibility {
  states: readonly string[];
  alsoCreatedBy?: string;
}

/**
 * One filter's values for every entry, as small integer codes. An entry has the codes
 * `vals[start[p]] … vals[start[p + 1] - 1]`; when no entry has more than one value, `single[p]`
 * holds the code (or -1) and the loops skip the indirection.
 */
interface Column {
  dict: string[];
  codes: Map<string, number>;
  start: Int32Array;
  vals: Int32Array;
  single?: Int32Array;
  /** Each code's place when the values are sorted with `localeCompare` (ties of counts), computed once. */
  collation?: Int32Array;
}

/** The rank of each code of the column in `localeCompare` order of its values. */
function collation(col: Column): Int32Array {
  if (col.collation) return col.collation;
  const order = col.dict.map((_, c) => c).sort((a, b) => col.dict[a]!.localeCompare(col.dict[b]!));
  const rank = new Int32Array(col.dict.length);
  order.forEach((c, r) => (rank[c] = r));
  return (col.collation = rank);
}

function column(hits: readonly RawHit[], name: SearchFilterName, areas: CountryAreas): Column {
  const dict: string[] = [];
  const codes = new Map<string, number>();
  const start = new Int32Array(hits.length + 1);
  let vals = new Int32Array(hits.length + 16);
  let n = 0;
  let multi = false;
  for (let p = 0; p < hits.length; p++) {
    start[p] = n;
    const values = valuesOf(hits[p]!, name, areas);
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      let c = codes.get(v);
      if (c === undefined) {
        c = dict.length;
        codes.set(v, c);
        dict.push(v);
      }
      // Each value counts once per entry.
      let seen = false;
      for (let k = start[p]!; k < n; k++) if (vals[k] === c) seen = true;
      if (seen) continue;
      if (n === vals.length) {
        const bigger = new Int32Array(vals.length * 2);
        bigger.set(vals);
        vals = bigger;
      }
      vals[n++] = c;
    }
    if (n - start[p]! > 1) multi = true;
  }
  start[hits.length] = n;
  const col: Column = { dict, codes, start, vals: vals.slice(0, n), single: undefined, collation: undefined };
  if (!multi) {
    col.single = new Int32Array(hits.length).fill(-1);
    for (let p = 0; p < hits.length; p++) if (start[p + 1]! > start[p]!) col.single[p] = col.vals[start[p]!]!;
  }
  return col;
}

/** True when the entry at `p` has the value `code` for this column. */
function has(col: Column, p: number, code: number): boolean {
  if (col.single) return col.single[p] === code;
  const { start, vals } = col;
  for (let k = start[p]!, end = start[p + 1]!; k < end; k++) if (vals[k] === code) return true;
  return false;
}

/** Adds the values of the first `n` entries of `list` to `counts` (one column at a time: a tight loop). */
function countAll(col: Column, list: Int32Array, n: number, counts: Int32Array): void {
  const single = col.single;
  if (single) {
    for (let j = 0; j < n; j++) {
      const c = single[list[j]!]!;
      if (c >= 0) counts[c]!++;
    }
    return;
  }
  const { start, vals } = col;
  for (let j = 0; j < n; j++) {
    const p = list[j]!;
    for (let k = start[p]!, end = start[p + 1]!; k < end; k++) counts[vals[k]!]!++;
  }
}

/**
 * Every filter's values of a list of index entries, encoded as small integers in flat typed arrays.
 * Searches filter and count over these arrays, which allocates almost nothing; the values come from
 * `valuesOf`, so filtering and counting agree by construction (a facet count equals the result count
 * of choosing that value).
 */
export class FacetIndex {
  private readonly columns: Column[];
  private readonly stateCodes = new Map<string, number>();
  private readonly state: Uint8Array;
  private readonly createdBy: (string | undefined)[];

  /** `hits` in the order searches return them (newest first); position = index in this list. */
  constructor(hits: readonly RawHit[], areas: CountryAreas) {
    this.columns = SEARCH_FILTERS.map((name) => column(hits, name, areas));
    this.state = new Uint8Array(hits.length);
    this.createdBy = hits.map((h) => h.createdBy);
    hits.forEach((h, p) => {
      let c = this.stateCodes.get(h.state);
      if (c === undefined) this.stateCodes.set(h.state, (c = this.stateCodes.size));
      this.state[p] = c;
    });
  }

  /**
   * Keeps the positions (given in index order) the actor may see that pass every filter, then counts
   * the facets over them one column at a time (tight loops over typed arrays). A facet's counts ignore its own filter (choosing another value
   * replaces it) and honour all the others: a position failing exactly one filter still counts for it.
   * `limit`: at most that many values per facet (the most frequent), plus the chosen value of its filter.
   */
  filterAndCount(positions: Int32Array, filters: SearchFilters, facets: readonly FacetName[], vis: Visibility, limit?: number): FilterOutcome {
    const active: Column[] = [];
    const wanted: number[] = [];
    const activeFacet: number[] = []; // for each active filter, the index of its facet in `facets` (or -1)
    SEARCH_FILTERS.forEach((name, f) => {
      const v = filters[name];
      if (v === undefined || v === '') return;
      active.push(this.columns[f]!);
      wanted.push(this.columns[f]!.codes.get(v) ?? -1); // -1: a value no entry has, nothing passes
      activeFacet.push(facets.indexOf(name as FacetName));
    });
    const counted = facets.map((name) => this.columns[SEARCH_FILTERS.indexOf(name)]!);
    const counts = counted.map((col) => new Int32Array(col.dict.length));
    const allowed = new Uint8Array(256);
    for (const s of vis.states) {
      const c = this.stateCodes.get(s);
      if (c !== undefined) allowed[c] = 1;
    }
    const by = vis.alsoCreatedBy;
    const kept = new Int32Array(positions.length);
    let nKept = 0;
    const nActive = active.length;
    // Positions failing exactly one filter, by filter: they count for that filter's facet only.
    const missed = active.map(() => new Int32Array(positions.length));
    const nMissed = new Int32Array(nActive);
    for (let j = 0; j < positions.length; j++) {
      const p = positions[j]!;
      if (!allowed[this.state[p]!] && (by === undefined || this.createdBy[p] !== by)) continue;
      let failures = 0;
      let failed = -1;
      for (let a = 0; a < nActive; a++) {
        if (!has(active[a]!, p, wanted[a]!)) {
          failed = a;
          if (++failures > 1) break;
        }
      }
      if (failures === 0) kept[nKept++] = p;
      else if (failures === 1) missed[failed]![nMissed[failed]!++] = p;
    }
    counted.forEach((col, i) => countAll(col, kept, nKept, counts[i]!));
    activeFacet.forEach((i, a) => {
      if (i >= 0) countAll(counted[i]!, missed[a]!, nMissed[a]!, counts[i]!);
    });
    const out = {} as Record<FacetName, FacetCount[]>;
    facets.forEach((name, i) => {
      const col = counted[i]!;
      const n = counts[i]!;
      const rank = collation(col);
      const codes: number[] = [];
      for (let code = 0; code < n.length; code++) if (n[code]) codes.push(code);
      // Most results first; ties in the values' locale order (as localeCompare, ranked once per column).
      codes.sort((a, b) => n[b]! - n[a]! || rank[a]! - rank[b]!);
      let shown = codes;
      if (limit !== undefined && codes.length > limit) {
        // The top values, and the chosen one wherever it ranks, so an answer always shows what is selected.
        shown = codes.slice(0, limit);
        const chosen = col.codes.get(filters[name as SearchFilterName] ?? '');
        if (chosen !== undefined && n[chosen] && !shown.includes(chosen)) shown.push(chosen);
      }
      out[name] = shown.map((code) => ({ value: col.dict[code]!, count: n[code]! }));
    });
    return { kept: kept.subarray(0, nKept), facets: out };
  }
}
