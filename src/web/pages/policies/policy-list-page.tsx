import { can } from '../../../domain/access/access.ts';
import type { Policy } from '../../../domain/policy/policy.ts';
import { POLICY_LEVELS, POLICY_STATUSES, POLICY_TYPES } from '../../../domain/policy/policy.ts';
import type { PolicyQuery } from '../../../domain/policy/policy-service.ts';
import { POLICY_THEMES } from '../../../domain/vocabulary/policy-theme.ts';
import type { PageContext } from '../../views/context.ts';
import { Layout } from '../../views/layout.tsx';
import { Pagination } from '../../views/components.tsx';
import { ActiveFilters, FilterSelect, PlaceFilters, placeFilterLabel } from '../../views/filters.tsx';
import { PolicyCard } from '../../views/policy-card.tsx';
import { policyLevelLabel, policyStatusLabel, policyTypeLabel, themeLabel } from '../../views/policy-labels.ts';

export interface PolicyListData {
  query: PolicyQuery;
  items: Policy[];
  total: number;
  page: number;
  limit: number;
}

const FILTERS = ['type', 'level', 'country', 'group', 'region', 'technology', 'theme', 'status', 'year'] as const;

/** Human label of an active filter value, for the "remove this filter" links. */
function filterValueLabel(ctx: PageContext, f: string, value: string): string {
  const { vocab, lang, t } = ctx;
  const place = placeFilterLabel(ctx, f, value);
  if (place !== undefined) return place;
  switch (f) {
    case 'type':
      return policyTypeLabel(t, value as never);
    case 'level':
      return policyLevelLabel(t, value as never);
    case 'technology':
      return vocab.techBySlug.get(value)?.labels[lang] ?? value;
    case 'theme':
      return themeLabel(value as never, lang);
    case 'status':
      return policyStatusLabel(t, value as never);
    default:
      return value;
  }
}

/** The policy list: a GET filter form, active filters as removable links, results and pages. */
export function PolicyListPage({ ctx, data }: { ctx: PageContext; data: PolicyListData }) {
  const { t, vocab, lang, href } = ctx;
  const q = data.query;
  const params = new URLSearchParams();
  for (const f of FILTERS) if (q[f] !== undefined) params.set(f, String(q[f]));
  const any = t('Any');
  const thisYear = new Date().getUTCFullYear();
  return (
    <Layout ctx={ctx} title={t('Policies')}>
      <h1>{t('Policies')}</h1>
      <p class="lead">{t('Strategies, laws, regulations, guidelines, principles, standards, plans and governance bodies that enable new and emerging technologies, at national, regional and international level.')}</p>
      <p>
        <a href={href('/policies/coverage')}>{t('Coverage: which countries have an instrument')}</a> · <a href={href('/compare?countries=KEN,RWA,FJI')}>{t('Compare countries')}</a>
        {can(ctx.actor, 'record:create') ? (
          <>
            {' '}
            · <a href={href('/policies/new')}>{t('Add a policy instrument')}</a>
          </>
        ) : null}
      </p>
      <form method="get" action={href('/policies')} class="filters" aria-label={t('Filter policies')}>
        <FilterSelect name="type" label={t('Type')} value={q.type} anyLabel={any} options={POLICY_TYPES.map((x) => [x, policyTypeLabel(t, x)])} />
        <FilterSelect name="level" label={t('Level')} value={q.level} anyLabel={any} options={POLICY_LEVELS.map((x) => [x, policyLevelLabel(t, x)])} />
        <PlaceFilters ctx={ctx} q={q} />
        <FilterSelect name="technology" label={t('Technology')} value={q.technology} anyLabel={any} options={vocab.technologies.map((x) => [x.slug, x.labels[lang]])} />
        <FilterSelect name="theme" label={t('Theme')} value={q.theme} anyLabel={any} options={POLICY_THEMES.map((x) => [x, themeLabel(x, lang)])} />
        <FilterSelect name="status" label={t('Status')} value={q.status} anyLabel={any} options={POLICY_STATUSES.map((x) => [x, policyStatusLabel(t, x)])} />
        <FilterSelect name="year" label={t('Year')} value={q.year} anyLabel={any} options={Array.from({ length: thisYear - 1999 }, (_, i) => String(thisYear - i)).map((y) => [y, y])} />
        <div class="field actions">
          <button type="submit">{t('Apply filters')}</button>
        </div>
      </form>

      <ActiveFilters ctx={ctx} base="/policies" params={params} labelOf={(f, v) => filterValueLabel(ctx, f, v)} />

      <p class="result-count" role="status">
        {t('{count, plural, =0 {No policies match.} one {# policy instrument} other {# policy instruments}}', { count: data.total })}
      </p>
      {/* Cards are h3: this heading keeps the outline in order when no filter heading precedes them. */}
      <h2 class="visually-hidden">{t('Results')}</h2>
      <div class="cards">
        {data.items.map((p) => (
          <PolicyCard ctx={ctx} p={p} />
        ))}
      </div>
      <Pagination ctx={ctx} base="/policies" params={params} page={data.page} limit={data.limit} total={data.total} />
      <p class="formats">
        <a href={`/api/v1/policies?${params.toString()}`} type="application/json">
          {t('These results as JSON')}
        </a>
      </p>
    </Layout>
  );
}
