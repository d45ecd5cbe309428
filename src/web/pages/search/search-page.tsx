import type { SearchQuery, SearchResults, SearchItem } from '../../../domain/search/search-service.ts';
import { FACETS, type FacetName } from '../../../domain/search/facets.ts';
import type { Snippet } from '../../../domain/search/snippet.ts';
import { dir } from '../../../domain/vocabulary/language.ts';
import type { PageContext } from '../../views/context.ts';
import { Layout } from '../../views/layout.tsx';
import { InitiativeCard, Pagination, SampleBadge } from '../../views/components.tsx';
import { LangText } from '../../views/text.tsx';
import { facetLabel } from '../../views/labels.ts';
import { policyStatusLabel, policyTypeLabel } from '../../views/policy-labels.ts';
import { jurisdictionText } from '../../views/policy-card.tsx';

const PARAMS = ['q', 'type', 'sdg', 'target', 'technology', 'wsis', 'country', 'group', 'region', 'status', 'kind', 'policyType', 'level', 'theme', 'organisation', 'year', 'sort'] as const;
export const SHOWN_VALUES = 12;

/** The facet headings, as whole sentences for translators. */
function facetTitle(ctx: PageContext, f: FacetName): string {
  const { t } = ctx;
  return {
    type: t('Type of record'),
    sdg: t('SDG goal'),
    technology: t('Technology'),
    wsis: t('WSIS action line'),
    country: t('Country or area'),
    group: t('Country group'),
    region: t('Region'),
    status: t('Status'),
    kind: t('Kind'),
    policyType: t('Policy type'),
    level: t('Level'),
    theme: t('Theme'),
    year: t('Year'),
  }[f];
}

/** The snippet with its matched words in <mark>, in the language it was written in. */
function SnippetText({ ctx, s }: { ctx: PageContext; s: Snippet }) {
  const parts = [];
  let at = 0;
  for (const [a, b] of s.highlights) {
    if (a < at) continue;
    parts.push(s.text.slice(at, a), <mark>{s.text.slice(a, b)}</mark>);
    at = b;
  }
  parts.push(s.text.slice(at));
  const foreign = s.lang !== ctx.lang;
  return (
    <p class="snippet" lang={foreign ? s.lang : undefined} dir={foreign ? dir(s.lang) : undefined}>
      {parts}
    </p>
  );
}

function Hit({ ctx, item }: { ctx: PageContext; item: SearchItem }) {
  const { t, href } = ctx;
  if (item.type === 'organisation') {
    const o = item.record;
    return (
      <article class="card">
        <h3>
          <a href={href(`/organisations/${o.id}`)}>
            <LangText ctx={ctx} map={o.name} />
          </a>
        </h3>
        <p class="meta">{o.isSample ? <SampleBadge ctx={ctx} /> : null} {t('Organisation')}</p>
      </article>
    );
  }
  if (item.type === 'policy') {
    const p = item.record;
    return (
      <article class="card">
        <h3>
          <a href={href(`/policies/${p.id}`)}>
            <LangText ctx={ctx} map={p.title} original={p.originalLang} />
          </a>
        </h3>
        <p class="meta">
          {p.isSample ? <SampleBadge ctx={ctx} /> : null} {t('Policy')} · {policyTypeLabel(t, p.type)} · {jurisdictionText(ctx, p)} · {policyStatusLabel(t, p.status)}
        </p>
        {item.snippet ? <SnippetText ctx={ctx} s={item.snippet} /> : <LangText ctx={ctx} map={p.summary} original={p.originalLang} as="p" />}
      </article>
    );
  }
  return <InitiativeCard ctx={ctx} i={item.record} summary={item.snippet ? <SnippetText ctx={ctx} s={item.snippet} /> : undefined} />;
}

/** Search results: a GET form, facets as plain links, snippets, the count, and advice when nothing matches. */
export function SearchPage({ ctx, query, result }: { ctx: PageContext; query: SearchQuery; result: SearchResults }) {
  const { t, href, fmt } = ctx;
  const params = new URLSearchParams();
  for (const p of PARAMS) if (query[p] !== undefined && query[p] !== '') params.set(p, String(query[p]));
  const link = (change: (p: URLSearchParams) => void) => {
    const p = new URLSearchParams(params);
    p.delete('page');
    change(p);
    const s = p.toString();
    return href(`/search${s ? `?${s}` : ''}`);
  };
  const active = FACETS.filter((f) => params.has(f));
  const title = query.q ? t('Search: {query}', { query: query.q }) : t('Search');
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{t('Search')}</h1>
      <form method="get" action={href('/search')} role="search" class="search-form">
        <label for="search-q">{t('Search initiatives, policies and organisations')}</label>
        <input id="search-q" type="search" name="q" value={query.q ?? ''} maxLength={200} />
        {[...params].filter(([k]) => k !== 'q').map(([k, v]) => <input type="hidden" name={k} value={v} />)}
        <button type="submit">{t('Search')}</button>
      </form>
      <p class="result-count" role="status">
        {t('{count, plural, =0 {No results.} one {# result} other {# results}}', { count: result.total })}
      </p>
      {active.length ? (
        <ul class="active-filters">
          {active.map((f) => (
            <li>
              <a href={link((p) => p.delete(f))} aria-label={t('Remove filter: {filter}', { filter: facetLabel(f, params.get(f)!, ctx.vocab, ctx.lang, t) })}>
                {facetLabel(f, params.get(f)!, ctx.vocab, ctx.lang, t)} <span aria-hidden="true">×</span>
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {result.total === 0 ? (
        <div class="no-results">
          <h2>{t('Nothing matched your search')}</h2>
          <ul>
            {active.length ? <li>{t('Remove a filter: the words may match records outside it.')}</li> : null}
            <li>{t('Check the spelling, or use fewer or shorter words.')}</li>
            <li>{t('Try the words in another language: records are written in the six UN languages.')}</li>
          </ul>
        </div>
      ) : null}
      {result.total ? (
        <div class="search-layout">
          <aside class="facets" aria-label={t('Narrow the results')}>
            {FACETS.map((f) =>
              result.facets[f].length ? (
                <section>
                  <h2>{facetTitle(ctx, f)}</h2>
                  <ul>
                    {result.facets[f].map(({ value, count }) => (
                      <li>
                        {params.get(f) === value ? (
                          <strong aria-current="true">
                            {facetLabel(f, value, ctx.vocab, ctx.lang, t)} ({fmt.number(count)})
                          </strong>
                        ) : (
                          <a href={link((p) => p.set(f, value))}>
                            {facetLabel(f, value, ctx.vocab, ctx.lang, t)} ({fmt.number(count)})
                          </a>
                        )}
                      </li>
                    ))}
                  </ul>
                </section>
              ) : null,
            )}
          </aside>
          <div class="cards">
            <p class="sort">
              {t('Sort by:')}{' '}
              {(['relevance', 'newest', 'title'] as const).map((s) => {
                const label = { relevance: t('Relevance'), newest: t('Newest'), title: t('Title') }[s];
                return (query.sort ?? (query.q ? 'relevance' : 'newest')) === s ? <strong>{label} </strong> : <a href={link((p) => p.set('sort', s))}>{label} </a>;
              })}
            </p>
            {result.items.map((item) => (
              <Hit ctx={ctx} item={item} />
            ))}
            <Pagination ctx={ctx} base="/search" params={params} page={result.page} limit={result.limit} total={result.total} />
          </div>
        </div>
      ) : null}
      <p class="formats">
        <a href={`/api/v1/search?${params.toString()}`} type="application/json">
          {t('These results as JSON')}
        </a>
      </p>
    </Layout>
  );
}
