import type { Indicator } from '../../../domain/indicator/indicator.ts';
import type { IndicatorCoverage } from '../../../domain/ports.ts';
import type { GapPoint } from '../../../domain/indicator/aggregate.ts';
import type { PageContext } from '../../views/context.ts';
import { Layout } from '../../views/layout.tsx';
import { gapFormatter, groupLabel, valueFormatter } from './indicator-format.ts';

export interface ObservatoryHomeData {
  items: { indicator: Indicator; coverage?: IndicatorCoverage }[];
  /** Internet use: each group's latest gap to the world. */
  headline?: { indicator: Indicator; gaps: { group: string; last?: GapPoint }[] };
}

/** The observatory: what is measured, how much data there is, and who is furthest behind on Internet use. */
export function ObservatoryHomePage({ ctx, data }: { ctx: PageContext; data: ObservatoryHomeData }) {
  const { t, href, lang, fmt } = ctx;
  const gap = gapFormatter(lang);
  return (
    <Layout ctx={ctx} title={t('Observatory')}>
      <h1>{t('Observatory')}</h1>
      <p class="lead">{t('ICT indicators for the SDGs by country and year, with group aggregates that show how far least developed, landlocked and small island developing countries are behind, and how that changes.')}</p>
      {data.headline && data.headline.gaps.some((g) => g.last) ? (
        <section aria-labelledby="headline-gaps">
          <h2 id="headline-gaps">{data.headline.indicator.names[lang]}</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('Group')}</th>
                <th scope="col">{t('Year')}</th>
                <th scope="col">{t('Group')} ({data.headline.indicator.unit[lang]})</th>
                <th scope="col">{t('World')}</th>
                <th scope="col">{t('Gap in points')}</th>
              </tr>
            </thead>
            <tbody>
              {data.headline.gaps.map(({ group, last }) =>
                last ? (
                  <tr>
                    <th scope="row">{groupLabel(ctx, group)}</th>
                    <td>{String(last.year)}</td>
                    <td>{valueFormatter(data.headline!.indicator, lang)(last.group)}</td>
                    <td>{valueFormatter(data.headline!.indicator, lang)(last.world)}</td>
                    <td>{gap(last.gap)}</td>
                  </tr>
                ) : null,
              )}
            </tbody>
          </table>
        </section>
      ) : null}
      <section aria-labelledby="catalogue">
        <h2 id="catalogue">{t('Indicators')}</h2>
        <ul class="cards plain">
          {data.items.map(({ indicator, coverage }) => (
            <li class="card">
              <h3>
                <a href={href(`/observatory/${indicator.code}`)}>{indicator.names[lang]}</a>
              </h3>
              <p class="meta">
                {indicator.sdgIndicator === indicator.code ? t('SDG indicator {code}', { code: indicator.code }) : indicator.sdgIndicator ? t('Related to SDG indicator {code}', { code: indicator.sdgIndicator }) : null} · {indicator.unit[lang]}
              </p>
              <p>
                {coverage
                  ? t('{countries} countries, {first}–{last}', { countries: fmt.number(coverage.countries), first: String(coverage.firstYear), last: String(coverage.lastYear) })
                  : t('No data imported yet')}
              </p>
            </li>
          ))}
        </ul>
      </section>
    </Layout>
  );
}
