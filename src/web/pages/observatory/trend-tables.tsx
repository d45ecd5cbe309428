import type { GroupAggregate } from '../../../domain/indicator/aggregate.ts';
import type { OfficialAggregate, SeriesInfo } from '../../../domain/indicator/indicator.ts';
import type { PageContext } from '../../views/context.ts';
import { groupLabel } from './indicator-format.ts';
import { TableScroll } from '../../views/components.tsx';

/** The trend chart's data: one row per year, one column per group, each value with its coverage. */
export function TrendTable({ ctx, trends, format }: { ctx: PageContext; trends: { group: string; points: GroupAggregate[] }[]; format: (n: number) => string }) {
  const { t, fmt } = ctx;
  const years = [...new Set(trends.flatMap((s) => s.points.map((p) => p.year)))].sort((a, b) => b - a);
  return (
    <TableScroll label={t('Data of the chart: value (countries with data / members, share of the population covered)')}>
      <table class="data">
        <caption>{t('Data of the chart: value (countries with data / members, share of the population covered)')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('Year')}</th>
            {trends.map((s) => (
              <th scope="col">{groupLabel(ctx, s.group)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {years.map((y) => (
            <tr>
              <th scope="row">{String(y)}</th>
              {trends.map((s) => {
                const p = s.points.find((x) => x.year === y);
                return (
                  <td>
                    {p ? (
                      <>
                        {format(p.value!)} <span class="muted">({fmt.number(p.countriesWithData)}/{fmt.number(p.members)}{p.populationCoverage === null ? '' : `, ${new Intl.NumberFormat(ctx.lang, { style: 'percent' }).format(p.populationCoverage)}`})</span>
                      </>
                    ) : (
                      '—'
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** Published aggregates, with their source: shown beside the computed ones, never merged into them. */
export function OfficialTable({ ctx, official, series, format }: { ctx: PageContext; official: { group: string; points: OfficialAggregate[] }[]; series: SeriesInfo[]; format: (n: number) => string }) {
  const { t } = ctx;
  return (
    <table class="data">
      <caption>{t('Published aggregates, as their source gives them')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('Group')}</th>
          <th scope="col">{t('Year')}</th>
          <th scope="col">{t('Value')}</th>
          <th scope="col">{t('Source')}</th>
        </tr>
      </thead>
      <tbody>
        {official.flatMap((o) =>
          [...o.points].reverse().map((p) => (
            <tr>
              <th scope="row">{groupLabel(ctx, o.group)}</th>
              <td>{String(p.year)}</td>
              <td>{format(p.value)}</td>
              <td lang="en">{series.find((s) => s.id === p.seriesId)?.source ?? p.seriesId}</td>
            </tr>
          )),
        )}
      </tbody>
    </table>
  );
}
