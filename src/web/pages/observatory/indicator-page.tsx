import type { PageContext } from '../../views/context.ts';
import { Layout } from '../../views/layout.tsx';
import { sdgIndicatorIri } from '../../../domain/vocabulary/sdg-indicator.ts';
import { HEADLINE_GROUPS } from '../../../domain/indicator/indicator-service.ts';
import { LineChart } from '../../../viz/line-chart.tsx';
import { breakdownLabel, gapFormatter, groupLabel, valueFormatter } from './indicator-format.ts';
import type { IndicatorPageData } from './indicator-page-data.ts';
import { TrendTable, OfficialTable } from './trend-tables.tsx';

/** A row of links choosing one value (a year, a group, a breakdown); the chosen one is marked current. */
function ChoiceLinks({ label, items }: { label: string; items: { href: string; text: string; current: boolean }[] }) {
  return (
    <nav aria-label={label} class="choices">
      <ul>
        {items.map((i) => (
          <li>
            <a href={i.href} aria-current={i.current ? 'true' : undefined}>
              {i.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** One indicator: what it is, a world map for a chosen year, group trends, the gap to the world, and a country ranking. */
export function IndicatorPage({ ctx, data }: { ctx: PageContext; data: IndicatorPageData }) {
  const { t, href, lang, fmt } = ctx;
  const { indicator: ind } = data;
  const f = valueFormatter(ind, lang);
  const gap = gapFormatter(lang);
  const name = ind.names[lang];
  const link = (over: Record<string, string | number | undefined>) => {
    const q = new URLSearchParams();
    const all = { breakdown: data.breakdown, year: data.year, group: data.group, ...over };
    for (const [k, v] of Object.entries(all)) if (v !== undefined) q.set(k, String(v));
    return href(`/observatory/${ind.code}?${q}`);
  };
  const mapQuery = new URLSearchParams();
  if (data.year !== undefined) mapQuery.set('year', String(data.year));
  if (data.breakdown) mapQuery.set('breakdown', data.breakdown);
  const withData = data.trends.filter((s) => s.points.length);
  return (
    <Layout ctx={ctx} title={name}>
      <p class="muted">
        <a href={href('/observatory')}>{t('Observatory')}</a>
      </p>
      <h1>{name}</h1>
      <dl class="facts">
        <dt>{t('Code')}</dt>
        <dd>{ind.code}</dd>
        {ind.sdgIndicator ? (
          <>
            <dt>{t('SDG indicator')}</dt>
            <dd>
              <a href={sdgIndicatorIri(ind.sdgIndicator)}>{ind.sdgIndicator}</a>
            </dd>
          </>
        ) : null}
        <dt>{t('Unit')}</dt>
        <dd>{ind.unit[lang]}</dd>
        <dt>{t('Definition')}</dt>
        <dd lang="en">{ind.definition}</dd>
        <dt>{t('Source')}</dt>
        <dd lang="en">{ind.source}</dd>
        <dt>{t('Series imported')}</dt>
        <dd>
          {data.series.length ? (
            <ul class="plain">
              {data.series.map((s) => (
                <li>
                  <span lang="en">{s.source}</span> ({s.sourceSeries}) · {t('licence: {licence}', { licence: s.licence })} · {t('imported {date}', { date: fmt.date(s.importedAt) })}
                </li>
              ))}
            </ul>
          ) : (
            t('No data imported yet')
          )}
        </dd>
        {data.series.length ? (
          <>
            <dt>{t('Download')}</dt>
            <dd>
              {/* The API's CSV file (also listed in the DCAT catalogue), for the breakdown shown. */}
              <a href={`/api/v1/indicators/${encodeURIComponent(ind.code)}/observations.csv${data.breakdown ? `?breakdown=${encodeURIComponent(data.breakdown)}` : ''}`} type="text/csv" download>
                {t('Every country observation (CSV)')}
              </a>
            </dd>
          </>
        ) : null}
      </dl>
      {data.breakdowns.length ? (
        <ChoiceLinks label={t('Breakdown')} items={data.breakdowns.map((b) => ({ href: link({ breakdown: b }), text: breakdownLabel(ctx, b), current: b === data.breakdown }))} />
      ) : null}

      <section aria-labelledby="map">
        <h2 id="map">{data.year === undefined ? t('Map') : t('Map, {year}', { year: String(data.year) })}</h2>
        {data.year !== undefined ? (
          <>
            <img class="map" src={href(`/observatory/${ind.code}/map.svg?${mapQuery}`)} width={960} height={560} alt={t('World map of {indicator} in {year}: {count} countries with data; the country table below gives every value.', { indicator: name, year: String(data.year), count: data.countriesInYear })} />
            <ChoiceLinks label={t('Year')} items={data.years.map((y) => ({ href: link({ year: y }), text: String(y), current: y === data.year }))} />
          </>
        ) : (
          <p>{t('No data imported yet')}</p>
        )}
      </section>

      {withData.length ? (
        <section aria-labelledby="trends">
          <h2 id="trends">{t('Group trends')}</h2>
          <p class="muted">{t('Population-weighted means of the countries with data each year, computed here without imputation; coverage shows countries with data out of members.')}</p>
          <LineChart
            title={t('{indicator}: group trends', { indicator: name })}
            format={f}
            yDomain={ind.scale === 'percent' ? [0, 100] : undefined}
            series={[
              ...withData.map((s) => ({ label: groupLabel(ctx, s.group), points: s.points.map((p) => ({ x: p.year, y: p.value! })) })),
              ...data.official.map((o) => ({ label: t('{group} (published)', { group: groupLabel(ctx, o.group) }), dashed: true, points: o.points.map((p) => ({ x: p.year, y: p.value })) })),
            ]}
          />
          <TrendTable ctx={ctx} trends={withData} format={f} />
          {data.official.length ? <OfficialTable ctx={ctx} official={data.official} series={data.series} format={f} /> : null}
        </section>
      ) : null}

      <section aria-labelledby="gap">
        <h2 id="gap">{t('{group} against the world', { group: groupLabel(ctx, data.group) })}</h2>
        <ChoiceLinks label={t('Group')} items={HEADLINE_GROUPS.filter((g) => g !== 'WORLD').map((g) => ({ href: link({ group: g }), text: groupLabel(ctx, g), current: g === data.group }))} />
        {data.gap.change ? (
          <p>
            {t('From {from} to {to} the gap changed by {change} points.', { from: String(data.gap.change.from), to: String(data.gap.change.to), change: gap(data.gap.change.gapChange) })}
          </p>
        ) : null}
        {data.gap.points.length ? (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('Year')}</th>
                <th scope="col">{groupLabel(ctx, data.group)}</th>
                <th scope="col">{t('World')}</th>
                <th scope="col">{t('Gap in points')}</th>
              </tr>
            </thead>
            <tbody>
              {data.gap.points.map((p) => (
                <tr>
                  <th scope="row">{String(p.year)}</th>
                  <td>{f(p.group)}</td>
                  <td>{f(p.world)}</td>
                  <td>{gap(p.gap)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{t('No data imported yet')}</p>
        )}
        <h3 id="ranking">{t('Countries of the group, latest value')}</h3>
        {data.ranking.length ? (
          <table aria-labelledby="ranking">
            <thead>
              <tr>
                <th scope="col">{t('Rank')}</th>
                <th scope="col">{t('Country')}</th>
                <th scope="col">{t('Value')}</th>
                <th scope="col">{t('Year')}</th>
              </tr>
            </thead>
            <tbody>
              {data.ranking.map((r) => (
                <tr>
                  <td>{fmt.number(r.rank)}</td>
                  <th scope="row">
                    <a href={href(`/countries/${ctx.vocab.countryByM49.get(r.m49)?.iso3 ?? r.m49}`)}>{ctx.vocab.countryName(r.m49, lang)}</a>
                  </th>
                  <td>{f(r.value)}</td>
                  <td>{String(r.year)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{t('No data imported yet')}</p>
        )}
      </section>
    </Layout>
  );
}
