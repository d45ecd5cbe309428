import type { Initiative } from '../../../domain/initiative/initiative.ts';
import { INITIATIVE_KINDS, INITIATIVE_STATUSES } from '../../../domain/initiative/initiative.ts';
import type { InitiativeQuery } from '../../../domain/initiative/initiative-service.ts';
import { ITU_REGIONS, regionName } from '../../../domain/vocabulary/country.ts';
import type { PageContext } from '../../views/context.ts';
import { Layout } from '../../views/layout.tsx';
import { InitiativeCard, Pagination } from '../../views/components.tsx';
import { facetLabel, freshnessLabel, ituRegionLabel, kindLabel, statusLabel } from '../../views/labels.ts';
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
  switch (f) {
    case 'sdg':
      return t('SDG {goal}', { goal: value });
    case 'target':
      return t('Target {target}', { target: value });
    case 'freshness':
      return freshnessLabel(t, value as never);
    default:
      return facetLabel(f, value, vocab, lang, t);
  }
}

function Select({ name, label, value, options, anyLabel }: { name: string; label: string; value?: string | number; options: [string, string][]; anyLabel: string }) {
  return (
    <div class="field">
      <label for={`f-${name}`}>{label}</label>
      <select id={`f-${name}`} name={name}>
        <option value="">{anyLabel}</option>
        {options.map(([v, l]) => (
          <option value={v} selected={String(value ?? '') === v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The initiative list: a GET filter form, active filters as removable links, results and pages. */
export function InitiativeListPage({ ctx, data }: { ctx: PageContext; data: InitiativeListData }) {
  const { t, vocab, lang, href } = ctx;
  const q = data.query;
  const params = new URLSearchParams();
  for (const f of FILTERS) if (q[f] !== undefined && q[f] !== '') params.set(f, String(q[f]));
  const without = (f: Filter) => {
    const p = new URLSearchParams(params);
    p.delete(f);
    const s = p.toString();
    return href(`/initiatives${s ? `?${s}` : ''}`);
  };
  const active = FILTERS.filter((f) => params.has(f));
  const any = t('Any');
  const byName = (a: [string, string], b: [string, string]) => a[1].localeCompare(b[1], lang);
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
        <Select name="sdg" label={t('SDG goal')} value={q.sdg} anyLabel={any} options={vocab.goals.map((g) => [String(g.number), `${g.number}. ${g.short[lang]}`])} />
        <Select name="target" label={t('SDG target')} value={q.target} anyLabel={any} options={[...vocab.targets.keys()].map((c) => [c, c])} />
        <Select name="technology" label={t('Technology')} value={q.technology} anyLabel={any} options={vocab.technologies.map((x) => [x.slug, x.labels[lang]])} />
        <Select name="wsis" label={t('WSIS action line')} value={q.wsis} anyLabel={any} options={vocab.wsis.map((w) => [w.code, `${w.code} ${w.labels[lang]}`])} />
        <Select name="country" label={t('Country or area')} value={q.country} anyLabel={any} options={vocab.countries.map((c): [string, string] => [c.iso3, c.names[lang]]).sort(byName)} />
        <Select name="group" label={t('Country group')} value={q.group} anyLabel={any} options={vocab.groups.map((g) => [g.code, g.labels[lang]])} />
        <Select
          name="region"
          label={t('Region')}
          value={q.region}
          anyLabel={any}
          options={[
            ...ITU_REGIONS.map((r): [string, string] => [r, t('ITU region: {region}', { region: ituRegionLabel(t, r) })]),
            ...vocab.regionCodes.map((r): [string, string] => [r, regionName(r, lang)]).sort(byName),
          ]}
        />
        <Select name="status" label={t('Status')} value={q.status} anyLabel={any} options={INITIATIVE_STATUSES.map((s) => [s, statusLabel(t, s)])} />
        <Select name="kind" label={t('Kind')} value={q.kind} anyLabel={any} options={INITIATIVE_KINDS.map((k) => [k, kindLabel(t, k)])} />
        <Select name="freshness" label={t('Last verified')} value={q.freshness} anyLabel={any} options={FRESHNESS.map((f) => [f, freshnessLabel(t, f)])} />
        <div class="field actions">
          <button type="submit">{t('Apply filters')}</button>
        </div>
      </form>

      {active.length ? (
        <div class="active-filters">
          <h2 class="visually-hidden">{t('Active filters')}</h2>
          <ul>
            {active.map((f) => (
              <li>
                <a href={without(f)} aria-label={t('Remove filter: {filter}', { filter: filterValueLabel(ctx, f, params.get(f)!) })}>
                  {filterValueLabel(ctx, f, params.get(f)!)} <span aria-hidden="true">×</span>
                </a>
              </li>
            ))}
            <li>
              <a href={href('/initiatives')}>{t('Clear all filters')}</a>
            </li>
          </ul>
        </div>
      ) : null}

      <p class="result-count" role="status">
        {t('{count, plural, =0 {No initiatives match.} one {# initiative} other {# initiatives}}', { count: data.total })}
      </p>
      {data.total === 0 && active.length ? <p>{t('Try removing a filter to see more initiatives.')}</p> : null}
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
