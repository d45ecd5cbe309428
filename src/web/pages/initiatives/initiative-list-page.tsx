import type { Initiative } from '../../../domain/initiative/initiative.ts';
import { INITIATIVE_KINDS, INITIATIVE_STATUSES } from '../../../domain/initiative/initiative.ts';
import type { InitiativeQuery } from '../../../domain/initiative/initiative-service.ts';
import type { PageContext } from '../../views/context.ts';
import { Layout } from '../../views/layout.tsx';
import { InitiativeCard, Pagination } from '../../views/components.tsx';
import { freshnessLabel, kindLabel, statusLabel } from '../../views/labels.ts';
import { ActiveFilters, FilterSelect, PlaceFilters, placeFilterLabel } from '../../views/filters.tsx';
import { FRESHNESS } from '../../../domain/review/freshness.ts';
import { feedQuery } from '../../api/feeds/routes.ts';

export interface InitiativeListData {
  query: InitiativeQuery;
  items: Initiative[];
  total: number;
  page: number;
  limit: number;
}

const FILTERS = ['sdg', 'target', 'technology', 'wsis', 'country', 'group', 'region', 'status', 'kind', 'freshness'] as const;
type Filter = (typeof FILTERS)[number];

/** Human label of an active filter value, for the "remove this filter" links. */
function filterValueLabel(ctx: PageContext, f: Filter, value: string): string {
  const { vocab, lang, t } = ctx;
  const place = placeFilterLabel(ctx, f, value);
  if (place !== undefined) return place;
  switch (f) {
    case 'sdg':
      return t('SDG {goal}', { goal: value });
    case 'target':
      return t('Target {target}', { target: value });
    case 'technology':
      return vocab.techBySlug.get(value)?.labels[lang] ?? value;
    case 'wsis':
      return `${value} ${vocab.wsisByCode.get(value)?.labels[lang] ?? ''}`.trim();
    case 'status':
      return statusLabel(t, value as never);
    case 'kind':
      return kindLabel(t, value as never);
    case 'freshness':
      return freshnessLabel(t, value as never);
    default:
      return value;
  }
}

/** The initiative list: a GET filter form, active filters as removable links, results and pages. */
export function InitiativeListPage({ ctx, data }: { ctx: PageContext; data: InitiativeListData }) {
  const { t, vocab, lang, href } = ctx;
  const q = data.query;
  const params = new URLSearchParams();
  for (const f of FILTERS) if (q[f] !== undefined && q[f] !== '') params.set(f, String(q[f]));
  const active = FILTERS.filter((f) => params.has(f));
  const any = t('Any');
  // Targets are offered once a goal is chosen (a dozen options instead of 169 on every load):
  // without JavaScript the reader applies the goal, and the page comes back with its targets.
  const goalOfTarget = q.target ? Number(String(q.target).split('.')[0]) : undefined;
  const targetGoal = vocab.goals.find((g) => g.number === (q.sdg ?? goalOfTarget));
  const feedUrl = `/feeds/initiatives.atom${feedQuery({ sdg: q.sdg, technology: q.technology, country: q.country, group: q.group }) || '?'}${feedQuery({ sdg: q.sdg, technology: q.technology, country: q.country, group: q.group }) ? '&' : ''}lang=${lang}`;
  return (
    <Layout ctx={ctx} title={t('Initiatives')} feedUrl={feedUrl}>
      <h1>{t('Initiatives')}</h1>
      <p class="feed-link">
        <a href={feedUrl} type="application/atom+xml">
          {t('Follow these initiatives (Atom feed)')}
        </a>
      </p>
      <form method="get" action={href('/initiatives')} class="filters" aria-label={t('Filter initiatives')}>
        <FilterSelect name="sdg" label={t('SDG goal')} value={q.sdg} anyLabel={any} options={vocab.goals.map((g) => [String(g.number), `${g.number}. ${g.short[lang]}`])} />
        {targetGoal ? (
          <FilterSelect name="target" label={t('SDG target')} value={q.target} anyLabel={any} options={targetGoal.targets.map((x) => [x.code, x.code])} />
        ) : null}
        <FilterSelect name="technology" label={t('Technology')} value={q.technology} anyLabel={any} options={vocab.technologies.map((x) => [x.slug, x.labels[lang]])} />
        <FilterSelect name="wsis" label={t('WSIS action line')} value={q.wsis} anyLabel={any} options={vocab.wsis.map((w) => [w.code, `${w.code} ${w.labels[lang]}`])} />
        <PlaceFilters ctx={ctx} q={q} />
        <FilterSelect name="status" label={t('Status')} value={q.status} anyLabel={any} options={INITIATIVE_STATUSES.map((s) => [s, statusLabel(t, s)])} />
        <FilterSelect name="kind" label={t('Kind')} value={q.kind} anyLabel={any} options={INITIATIVE_KINDS.map((k) => [k, kindLabel(t, k)])} />
        <FilterSelect name="freshness" label={t('Last verified')} value={q.freshness} anyLabel={any} options={FRESHNESS.map((f) => [f, freshnessLabel(t, f)])} />
        <div class="field actions">
          <button type="submit">{t('Apply filters')}</button>
        </div>
      </form>

      <ActiveFilters ctx={ctx} base="/initiatives" params={params} labelOf={(f, v) => filterValueLabel(ctx, f as Filter, v)} />

      <p class="result-count" role="status">
        {t('{count, plural, =0 {No initiatives match.} one {# initiative} other {# initiatives}}', { count: data.total })}
      </p>
      {data.total === 0 && active.length ? <p>{t('Try removing a filter to see more initiatives.')}</p> : null}
      {/* Cards are h3: this heading keeps the outline in order when no filter heading precedes them. */}
      <h2 class="visually-hidden">{t('Results')}</h2>
      <div class="cards">
        {data.items.map((i) => (
          <InitiativeCard ctx={ctx} i={i} />
        ))}
      </div>
      <Pagination ctx={ctx} base="/initiatives" params={params} page={data.page} limit={data.limit} total={data.total} />
      <p class="formats">
        <a href={`/api/v1/initiatives?${params.toString()}`} type="application/json">
          {t('These results as JSON')}
        </a>
      </p>
    </Layout>
  );
}
