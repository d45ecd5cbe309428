import type { CoverageRow } from '../../../domain/policy/policy-matrix.ts';
import { POLICY_TYPES } from '../../../domain/policy/policy.ts';
import { isPolicyTheme } from '../../../domain/vocabulary/policy-theme.ts';
import type { PageContext } from '../../views/context.ts';
import { Layout } from '../../views/layout.tsx';
import { FilterSelect } from '../../views/filters.tsx';
import { policyTypeLabel, themeLabel } from '../../views/policy-labels.ts';
import { BarChart } from '../../../viz/bar-chart.tsx';
import { TableScroll } from '../../views/components.tsx';

/** Coverage of one population: all countries (`group` null) or a group's members. */
export interface CoverageColumn {
  group: string | null;
  denominator: number;
  technologies: CoverageRow[];
  themes: CoverageRow[];
}

export interface CoverageData {
  /** The population the charts show. */
  selected: string | null;
  type?: string;
  /** All countries, then LDC, LLDC and SIDS: the table's columns. */
  columns: CoverageColumn[];
}

function CoverageSection({ ctx, id, title, kind, data }: { ctx: PageContext; id: string; title: string; kind: 'technologies' | 'themes'; data: CoverageData }) {
  const { t, fmt, lang, vocab } = ctx;
  const label = (code: string) => (kind === 'themes' && isPolicyTheme(code) ? themeLabel(code, lang) : (vocab.techBySlug.get(code)?.labels[lang] ?? code));
  const percent = (share: number) => fmt.number(Math.round(share * 1000) / 10) + ' %';
  const shown = data.columns.find((c) => c.group === data.selected) ?? data.columns[0]!;
  const groupName = (g: string | null) => (g ? (vocab.groups.find((x) => x.code === g)?.labels[lang] ?? g) : t('All countries'));
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <figure class="chart">
        <BarChart
          id={`${id}-chart`}
          title={t('{title}: share of {population} with an instrument', { title, population: groupName(shown.group) })}
          description={t('The table below gives the same figures.')}
          bars={shown[kind].map((r) => ({ label: label(r.code), value: r.share, valueText: percent(r.share) }))}
          rtl={ctx.dir === 'rtl'}
        />
        <figcaption>{t('Share of {population} ({count}) with at least one adopted national instrument.', { population: groupName(shown.group), count: fmt.number(shown.denominator) })}</figcaption>
      </figure>
      <TableScroll label={t('Table: {title}', { title })}>
        <table>
          <caption class="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{kind === 'themes' ? t('Theme') : t('Technology')}</th>
              {data.columns.map((c) => (
                <th scope="col">
                  {groupName(c.group)} <span class="muted">({fmt.number(c.denominator)})</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown[kind].map((r, i) => (
              <tr>
                <th scope="row">{label(r.code)}</th>
                {data.columns.map((c) => (
                  <td>{t('{count} ({share})', { count: fmt.number(c[kind][i]!.countries), share: percent(c[kind][i]!.share) })}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

/** For each technology and theme, how many countries have an instrument, overall and for LDC, LLDC and SIDS. */
export function PolicyCoveragePage({ ctx, data }: { ctx: PageContext; data: CoverageData }) {
  const { t, href, vocab, lang } = ctx;
  return (
    <Layout ctx={ctx} title={t('Policy coverage')}>
      <h1>{t('Policy coverage')}</h1>
      <p class="lead">{t('How many countries have at least one national instrument that is adopted, in force or under revision, for each technology and each theme. Drafts, repealed texts and regional or international instruments do not count.')}</p>
      <form method="get" action={href('/policies/coverage')} class="filters" aria-label={t('Choose what to count')}>
        <FilterSelect name="group" label={t('Countries shown in the charts')} value={data.selected ?? undefined} anyLabel={t('All countries')} options={vocab.groups.map((g) => [g.code, g.labels[lang]])} />
        <FilterSelect name="type" label={t('Type of instrument')} value={data.type} anyLabel={t('Any')} options={POLICY_TYPES.map((x) => [x, policyTypeLabel(t, x)])} />
        <div class="field actions">
          <button type="submit">{t('Show')}</button>
        </div>
      </form>
      <CoverageSection ctx={ctx} id="coverage-technologies" title={t('By technology')} kind="technologies" data={data} />
      <CoverageSection ctx={ctx} id="coverage-themes" title={t('By theme')} kind="themes" data={data} />
      <p class="formats">
        <a href={`/api/v1/policies/coverage?${new URLSearchParams([...(data.selected ? [['group', data.selected]] : []), ...(data.type ? [['type', data.type]] : [])]).toString()}`} type="application/json">
          {t('These figures as JSON')}
        </a>
      </p>
    </Layout>
  );
}
