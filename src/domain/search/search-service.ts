import { authorize, visibleTo, type Actor } from '../access/access.ts';
import { ValidationError } from '../errors.ts';
import type { Initiative } from '../initiative/initiative.ts';
import { queryErrors, type InitiativeQuery } from '../initiative/initiative-query.ts';
import type { Organisation } from '../organisation/organisation.ts';
import type { Policy } from '../policy/policy.ts';
import { POLICY_LEVELS, POLICY_STATUSES, POLICY_TYPES } from '../policy/policy.ts';
import { INITIATIVE_STATUSES } from '../initiative/initiative.ts';
import { POLICY_THEMES } from '../vocabulary/policy-theme.ts';
import type { FieldError } from '../errors.ts';
import type { RecordType, SearchPort, SearchSort, UnitOfWork } from '../ports.ts';
import type { InitiativeSummary } from '../ports/records.ts';
import type { Lang } from '../vocabulary/language.ts';
import type { VocabularyService } from '../vocabulary/vocabulary-service.ts';
import { FACETS, type FacetCount, type FacetName, type SearchFilters } from './facets.ts';
import { snippetOf, type Snippet } from './snippet.ts';
import { queryPhrases } from './text.ts';

/** A search as the API and pages receive it: words, record type, the list's filters, sort and page. */
export interface SearchQuery extends InitiativeQuery {
  q?: string;
  type?: RecordType;
  year?: number;
  sort?: SearchSort;
  /** Policy filters: instrument type, level and theme. */
  policyType?: string;
  level?: string;
  theme?: string;
  /** At most this many values per facet (the most frequent, plus the chosen one); every value when absent. */
  facetLimit?: number;
}

/** Statuses of initiatives and of policies: the status filter and facet serve both. */
export const SEARCH_STATUSES = [...new Set<string>([...INITIATIVE_STATUSES, ...POLICY_STATUSES])];

/** The list filters' checks, with the status and policy filters checked against both record types' codes. */
function searchQueryErrors(vocab: Parameters<typeof queryErrors>[0], q: SearchQuery): FieldError[] {
  const errors = queryErrors(vocab, { ...q, status: undefined });
  const oneOf = (field: 'status' | 'policyType' | 'level' | 'theme', allowed: readonly string[]) => {
    const v = q[field];
    if (v !== undefined && !allowed.includes(v)) errors.push({ field, code: 'not-allowed', message: `Expected one of: ${allowed.join(', ')}` });
  };
  oneOf('status', SEARCH_STATUSES);
  oneOf('policyType', POLICY_TYPES);
  oneOf('level', POLICY_LEVELS);
  oneOf('theme', POLICY_THEMES);
  const fl = q.facetLimit;
  if (fl !== undefined && !(Number.isInteger(fl) && fl >= 1 && fl <= 1000)) errors.push({ field: 'facetLimit', code: 'range', message: 'Expected a whole number from 1 to 1000' });
  return errors;
}

/** A hit with its record; `I`: whole initiatives (pages), or initiatives without their relations (the API). */
export type SearchItem<I extends InitiativeSummary = Initiative> =
  | { type: 'initiative'; record: I; snippet?: Snippet }
  | { type: 'organisation'; record: Organisation; snippet?: Snippet }
  | { type: 'policy'; record: Policy; snippet?: Snippet };

export interface SearchResults<I extends InitiativeSummary = Initiative> {
  items: SearchItem<I>[];
  total: number;
  page: number;
  limit: number;
  facets: Record<FacetName, FacetCount[]>;
}

const MAX_LIMIT = 100;
/** Bump when text.ts or search-document.ts change what is indexed: the next start rebuilds the index. */
export const SEARCH_INDEX_VERSION = '4';
const INDEX_VERSION_KEY = 'search.index-version';

/** Turns the query's codes into index filter values (ISO codes stay as they are: the index derives them). */
function filtersOf(q: SearchQuery): SearchFilters {
  const f: SearchFilters = {
    type: q.type,
    sdg: q.sdg !== undefined ? String(q.sdg) : undefined,
    target: q.target,
    technology: q.technology,
    wsis: q.wsis,
    country: q.country,
    group: q.group,
    region: q.region,
    status: q.status,
    kind: q.kind,
    year: q.year !== undefined ? String(q.year) : undefined,
    organisation: q.organisation,
    policyType: q.policyType,
    level: q.level,
    theme: q.theme,
  };
  return Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)) as SearchFilters;
}

/** One search over every record type, in the six languages, with facets; and similar records. */
export class SearchService {
  /** Finished answers of repeated searches (results, or what a caller rendered from them), most recently used last. */
  private readonly cache = new Map<string, unknown>();

  /** `cacheSize`: answers kept for repeated searches (0: none); they are served only while the index is unchanged. */
  constructor(
    private readonly uow: UnitOfWork,
    private readonly vocabulary: VocabularyService,
    private readonly index: SearchPort,
    private readonly cacheSize = 0,
  ) {}

  /** A page of matching records the actor may see, with snippets in the language that matched and exact facet counts. */
  search(actor: Actor, q: SearchQuery, readerLang: Lang = 'en'): Promise<SearchResults> {
    return this.answer(actor, q, readerLang, 'results', (ids) => this.uow.initiatives.getMany(ids), (r) => r);
  }

  /**
   * The same search, with initiatives loaded without their relations (one query instead of five),
   * turned by `render` into what the caller sends (the API's finished JSON), and kept under `kind` so a
   * repeated search skips the search, the record loads and the rendering.
   */
  rendered<T>(actor: Actor, q: SearchQuery, readerLang: Lang, kind: string, render: (r: SearchResults<InitiativeSummary>) => T): Promise<T> {
    return this.answer(actor, q, readerLang, `${kind}:summaries`, (ids) => this.uow.initiatives.getSummaries(ids), render);
  }

  private async answer<I extends InitiativeSummary, T>(actor: Actor, q: SearchQuery, readerLang: Lang, kind: string, load: (ids: string[]) => Promise<I[]>, render: (r: SearchResults<I>) => T): Promise<T> {
    const errors = searchQueryErrors(this.vocabulary.current(), q);
    if (errors.length) throw new ValidationError(errors);
    if (!this.cacheSize) return render(await this.run(actor, q, readerLang, load));
    // The index version is read first, and every write bumps it in its own transaction: an answer
    // computed from a newer index is only ever filed under an older version, and a writer's next search
    // reads the new version, so it never gets an answer from before its write.
    const params = Object.entries(q).filter(([, v]) => v !== undefined && v !== '').sort(([a], [b]) => (a < b ? -1 : 1));
    const key = JSON.stringify([kind, await this.uow.searchIndex.version(), visibleTo(actor), readerLang, params]);
    if (this.cache.has(key)) {
      const cached = this.cache.get(key) as T;
      this.cache.delete(key);
      this.cache.set(key, cached); // most recently used last
      return cached;
    }
    const value = render(await this.run(actor, q, readerLang, load));
    if (this.cache.size >= this.cacheSize) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(key, value);
    return value;
  }

  private async run<I extends InitiativeSummary>(actor: Actor, q: SearchQuery, readerLang: Lang, load: (ids: string[]) => Promise<I[]>): Promise<SearchResults<I>> {
    const page = Math.max(1, q.page ?? 1);
    const limit = Math.min(MAX_LIMIT, Math.max(1, q.limit ?? 20));
    const phrases = queryPhrases(q.q ?? '');
    const outcome = await this.index.search({
      phrases,
      filters: filtersOf(q),
      ...visibleTo(actor),
      sort: q.sort ?? (phrases.length ? 'relevance' : 'newest'),
      offset: (page - 1) * limit,
      limit,
      facets: FACETS,
      facetLimit: q.facetLimit,
    });
    const ids = (type: RecordType) => outcome.hits.filter((h) => h.recordType === type).map((h) => h.recordId);
    const [initiatives, organisations, policies] = await Promise.all([load(ids('initiative')), this.uow.organisations.getMany(ids('organisation')), this.uow.policies.getMany(ids('policy'))]);
    const byKey = new Map<string, SearchItem<I>>();
    for (const record of initiatives) {
      const snippet = snippetOf([['summary', record.summary], ['title', record.title], ['description', record.description]], phrases, readerLang);
      byKey.set(`initiative:${record.id}`, { type: 'initiative', record, snippet });
    }
    for (const record of organisations) {
      const snippet = snippetOf([['name', record.name]], phrases, readerLang);
      byKey.set(`organisation:${record.id}`, { type: 'organisation', record, snippet });
    }
    for (const record of policies) {
      const snippet = snippetOf([['summary', record.summary], ['title', record.title], ['issuingBody', record.issuingBody]], phrases, readerLang);
      byKey.set(`policy:${record.id}`, { type: 'policy', record, snippet });
    }
    // A record changed between the index read and this load may have gone: skip it rather than fail.
    const items = outcome.hits.map((h) => byKey.get(`${h.recordType}:${h.recordId}`)).filter((x): x is SearchItem<I> => !!x);
    const facets = Object.fromEntries(FACETS.map((f) => [f, outcome.facets[f] ?? []])) as Record<FacetName, FacetCount[]>;
    return { items, total: outcome.total, page, limit, facets };
  }

  /** Published initiatives most like this one (shared technologies, SDG targets, countries and title words). */
  async similarInitiatives(record: Initiative, limit = 5): Promise<Initiative[]> {
    const titleWords = queryPhrases(Object.values(record.title).join(' '), 40)
      .filter((p) => p.join('').length >= 4)
      .sort((a, b) => b.join('').length - a.join('').length)
      .slice(0, 4);
    const refs = await this.index.similar({ recordType: 'initiative', recordId: record.id, phrases: titleWords, states: ['published'], limit });
    const found = new Map((await this.uow.initiatives.getMany(refs.map((r) => r.recordId))).map((i) => [i.id, i]));
    return refs.map((r) => found.get(r.recordId)).filter((x): x is Initiative => !!x);
  }

  /** Rebuilds the whole index from the records (`npx leapfrog search reindex`). */
  async reindex(actor: Actor): Promise<number> {
    authorize(actor, 'index:manage');
    const n = await this.uow.transaction((s) => s.searchIndex.rebuild());
    await this.uow.settings.set(INDEX_VERSION_KEY, SEARCH_INDEX_VERSION);
    return n;
  }

  /**
   * Rebuilds the index at start when it was built by another version of the text normalisation
   * (or never, as on a database that had records before search existed).
   */
  async ensureCurrent(actor: Actor): Promise<number | undefined> {
    if ((await this.uow.settings.get(INDEX_VERSION_KEY)) === SEARCH_INDEX_VERSION) return undefined;
    return this.reindex(actor);
  }
}
