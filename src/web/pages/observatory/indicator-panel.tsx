import type { Indicator } from '../../../domain/indicator/indicator.ts';
import type { PageContext } from '../../views/context.ts';
import { gapFormatter, valueFormatter } from './indicator-format.ts';

/** One country's headline figure for an indicator, with the world figure of the same year. */
export interface PanelRow {
  indicator: Indicator;
  year: number;
  value: number;
  world: number | null;
}

/**
 * ICT indicators of one country against the world: a table, so it reads without charts and prints well.
 * Self-contained (data in, HTML out) so country profiles and the country comparison can both use it.
 */
export function IndicatorPanel({ ctx, rows, headingId = 'indicator-panel', namedBy }: { ctx: PageContext; rows: PanelRow[]; headingId?: string; namedBy?: string }) {
  const { t, href, lang } = ctx;
  const gap = gapFormatter(lang);
  return (
    // `namedBy` (an element naming the country) tells panels apart where several are on one page.
    <section aria-labelledby={namedBy ? `${namedBy} ${headingId}` : headingId} class="indicator-panel">
      <h2 id={headingId}>{t('ICT indicators')}</h2>
      {rows.length ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('Indicator')}</th>
              <th scope="col">{t('Year')}</th>
              <th scope="col">{t('Value')}</th>
              <th scope="col">{t('World')}</th>
              <th scope="col">{t('Difference')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const f = valueFormatter(r.indicator, lang);
              return (
                <tr>
                  <th scope="row">
                    <a href={href(`/observatory/${r.indicator.code}`)}>{r.indicator.names[lang]}</a> <span class="muted">({r.indicator.unit[lang]})</span>
                  </th>
                  <td>{String(r.year)}</td>
                  <td>{f(r.value)}</td>
                  <td>{r.world === null ? '—' : f(r.world)}</td>
                  <td>{r.world === null ? '—' : gap(r.value - r.world)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p>{t('No indicator data has been imported for this country yet.')}</p>
      )}
      <p class="muted">
        {t('World figures are population-weighted means of the countries with data, computed here.')} <a href={href('/observatory')}>{t('Observatory')}</a>
      </p>
    </section>
  );
}
