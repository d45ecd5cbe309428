import { can } from '../../../domain/access/access.ts';
import type { PageContext } from '../../views/context.ts';
import { Layout } from '../../views/layout.tsx';
import { LangText } from '../../views/text.tsx';
import { TrendChart } from '../../../viz/trend-chart.tsx';
import type { Body } from '../../../domain/participation/participation.ts';
import type { participationStats, StatsItem } from '../../../domain/participation/participation-stats.ts';
import { MEASURES, areaLabel, measureLabel, type Measure } from './participation-labels.ts';
import { TableScroll } from '../../views/components.tsx';

type Stats = ReturnType<typeof participationStats>;

export interface ParticipationPageData {
  bodies: Body[];
  selected?: string;
  measure: Measure;
  stats: Stats;
}

const CHARTED = ['LDC', 'LLDC', 'SIDS'];

/** Who takes part in the bodies: per body, the share of the chosen measure from LDCs, LLDCs and SIDS over the years (chart and table), and from each ITU region (table). */
export function ParticipationPage({ ctx, data }: { ctx: PageContext; data: ParticipationPageData }) {
  const { t, href, lang } = ctx;
  const pct = (v: number | null) => (v === null ? '—' : new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(v));
  const shown = data.bodies.filter((b) => !data.selected || b.code === data.selected);
  return (
    <Layout ctx={ctx} title={t('Participation in the bodies that shape these technologies')}>
      <h1>{t('Participation in the bodies that shape these technologies')}</h1>
      <p class="lead">
        {t('How much of the participation, contributions and leadership roles in each body comes from least developed countries, landlocked developing countries and small island developing States, compared with their share of countries.')}
      </p>
      <p class="muted">
        {t('Share of countries: members of the group among the {count} countries that belong to an ITU region.', { count: data.stats.denominator.countries })}{' '}
        <a href="/api/v1/participation/stats">{t('Data as JSON')}</a>
        {can(ctx.actor, 'participation:manage') ? (
          <>
            {' · '}
            <a href={href('/participation/import')}>{t('Import participation rows')}</a>
          </>
        ) : null}
      </p>
      <form method="get" action={href('/participation')} class="filters">
        <label>
          {t('Body')}{' '}
          <select name="body">
            <option value="">{t('All bodies')}</option>
            {data.bodies.map((b) => (
              <option value={b.code} selected={b.code === data.selected}>
                {b.acronym ?? b.code}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          {t('Measure')}{' '}
          <select name="measure">
            {MEASURES.map((m) => (
              <option value={m} selected={m === data.measure}>
                {measureLabel(t, m)}
              </option>
            ))}
          </select>
        </label>{' '}
        <button type="submit">{t('Show')}</button>
      </form>
      {shown.map((b) => {
        const items = data.stats.items.filter((i) => i.body === b.code);
        return (
          <section aria-labelledby={`body-${b.code}`}>
            <h2 id={`body-${b.code}`}>
              <LangText ctx={ctx} map={b.name} />
              {b.isSample ? <span class="badge badge-sample">{t('Sample content')}</span> : null}
            </h2>
            {items.length ? <BodyTrend ctx={ctx} body={b} items={items} stats={data.stats} measure={data.measure} pct={pct} /> : <p>{t('No participation recorded yet.')}</p>}
          </section>
        );
      })}
      <section aria-labelledby="method">
        <h2 id="method">{t('How these figures are computed')}</h2>
        <ul>
          <li>{t('Participants: delegations (an organisation from a country at a meeting), counted once whatever their roles.')}</li>
          <li>{t('Contributions: the written contributions the delegations submitted.')}</li>
          <li>{t('Leadership roles: chairs, vice-chairs, rapporteurs and editors.')}</li>
          <li>{t('A year is the year a meeting starts. A share is the group’s count divided by the count from all countries that year.')}</li>
        </ul>
      </section>
    </Layout>
  );
}

function BodyTrend({ ctx, body, items, stats, measure, pct }: { ctx: PageContext; body: Body; items: StatsItem[]; stats: Stats; measure: Measure; pct: (v: number | null) => string }) {
  const { t, vocab, lang } = ctx;
  const charted = stats.areas.filter((a) => CHARTED.includes(a.code));
  const series = charted.map((a) => ({
    key: a.code,
    label: areaLabel(t, vocab, lang, a.code),
    reference: a.countryShare,
    points: items.map((i) => ({ x: i.year, y: i.areas.find((x) => x.area === a.code)?.[measure].share ?? null })),
  }));
  const name = body.acronym ?? body.code;
  return (
    <>
      {series.length ? (
        <figure class="chart-figure">
          <TrendChart
            id={`chart-${body.code}`}
            title={t('{measure} from each group in {body}, by year', { measure: measureLabel(t, measure), body: name })}
            description={t('Solid lines: the group’s share; dashed lines: its share of countries. The table below gives the same figures.')}
            series={series}
            formatX={String}
            formatY={(v) => pct(v)}
          />
          <figcaption>
            <ul class="legend">
              {series.map((s, i) => (
                <li class={`series-${i % 6}`}>{s.label}</li>
              ))}
            </ul>
          </figcaption>
        </figure>
      ) : null}
      <TableScroll label={t('{measure} in {body}: share from each group and region, by year', { measure: measureLabel(t, measure), body: name })}>
        <table>
          <caption>{t('{measure} in {body}: share from each group and region, by year', { measure: measureLabel(t, measure), body: name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('Year')}</th>
              <th scope="col">{t('Total')}</th>
              {stats.areas.map((a) => (
                <th scope="col">{areaLabel(t, vocab, lang, a.code)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr class="reference-row">
              <th scope="row">{t('Share of countries')}</th>
              <td>{t('{count} countries', { count: stats.denominator.countries })}</td>
              {stats.areas.map((a) => (
                <td>{pct(a.countryShare)}</td>
              ))}
            </tr>
            {items.map((i) => (
              <tr>
                <th scope="row">{i.year}</th>
                <td>{ctx.fmt.number(i.totals[measure])}</td>
                {i.areas.map((a) => (
                  <td>
                    {pct(a[measure].share)} <span class="muted">({ctx.fmt.number(a[measure].count)})</span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
