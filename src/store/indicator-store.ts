import type { Executor } from './database.ts';
import type { IndicatorObservationRow, IndicatorSeriesRow } from './schema.ts';
import type { IndicatorRepo } from '../domain/ports.ts';
import { dimsKey, parseDimsKey, type ImportFormat, type Observation, type SeriesInfo } from '../domain/indicator/indicator.ts';
import { opt } from './json.ts';

// 7 columns × 500 rows stays far below both databases' limit on bound parameters.
const BATCH = 500;

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH) out.push(rows.slice(i, i + BATCH));
  return out;
}

function seriesFromRow(r: IndicatorSeriesRow): SeriesInfo {
  return { id: r.id, indicatorCode: r.indicator_code, format: r.format as ImportFormat, sourceSeries: r.source_series, source: r.source, licence: r.licence, url: opt(r.url), importedAt: r.imported_at, rows: Number(r.row_count) };
}

function observationFromRow(r: IndicatorObservationRow): Observation {
  return { indicatorCode: r.indicator_code, m49: r.m49, year: Number(r.year), dims: parseDimsKey(r.dims), value: Number(r.value), seriesId: r.series_id, note: opt(r.note) };
}

export function indicatorStore(db: Executor): IndicatorRepo {
  return {
    async upsertSeries(series) {
      if (!series.length) return;
      await db
        .insertInto('indicator_series')
        .values(series.map((s) => ({ id: s.id, indicator_code: s.indicatorCode, format: s.format, source_series: s.sourceSeries, source: s.source, licence: s.licence, url: s.url ?? null, imported_at: s.importedAt, row_count: s.rows })))
        .onConflict((oc) =>
          oc.column('id').doUpdateSet((eb) => ({
            indicator_code: eb.ref('excluded.indicator_code'),
            source: eb.ref('excluded.source'),
            licence: eb.ref('excluded.licence'),
            url: eb.ref('excluded.url'),
            imported_at: eb.ref('excluded.imported_at'),
            row_count: eb.ref('excluded.row_count'),
          })),
        )
        .execute();
    },

    async upsertObservations(rows) {
      for (const batch of chunks(rows)) {
        await db
          .insertInto('indicator_observations')
          .values(batch.map((o) => ({ indicator_code: o.indicatorCode, m49: o.m49, year: o.year, dims: dimsKey(o.dims), value: o.value, series_id: o.seriesId, note: o.note ?? null })))
          .onConflict((oc) =>
            oc.columns(['indicator_code', 'dims', 'm49', 'year']).doUpdateSet((eb) => ({ value: eb.ref('excluded.value'), series_id: eb.ref('excluded.series_id'), note: eb.ref('excluded.note') })),
          )
          .execute();
      }
    },

    async upsertOfficial(rows) {
      for (const batch of chunks(rows)) {
        await db
          .insertInto('indicator_official_aggregates')
          .values(batch.map((o) => ({ indicator_code: o.indicatorCode, group_code: o.group, year: o.year, dims: dimsKey(o.dims), value: o.value, series_id: o.seriesId })))
          .onConflict((oc) => oc.columns(['indicator_code', 'dims', 'group_code', 'year']).doUpdateSet((eb) => ({ value: eb.ref('excluded.value'), series_id: eb.ref('excluded.series_id') })))
          .execute();
      }
    },

    async series(indicatorCode) {
      let q = db.selectFrom('indicator_series').selectAll().orderBy('indicator_code').orderBy('id');
      if (indicatorCode) q = q.where('indicator_code', '=', indicatorCode);
      return (await q.execute()).map(seriesFromRow);
    },

    async observations(q) {
      let query = db.selectFrom('indicator_observations').selectAll().where('indicator_code', '=', q.indicatorCode).where('dims', '=', q.dims);
      if (q.m49) query = query.where('m49', 'in', q.m49.length ? q.m49 : ['-']);
      if (q.from !== undefined) query = query.where('year', '>=', q.from);
      if (q.to !== undefined) query = query.where('year', '<=', q.to);
      return (await query.orderBy('m49').orderBy('year').execute()).map(observationFromRow);
    },

    async countryObservations(m49) {
      const rows = await db.selectFrom('indicator_observations').selectAll().where('m49', '=', m49).orderBy('indicator_code').orderBy('dims').orderBy('year').execute();
      return rows.map(observationFromRow);
    },

    async official(indicatorCode, dims) {
      const rows = await db.selectFrom('indicator_official_aggregates').selectAll().where('indicator_code', '=', indicatorCode).where('dims', '=', dims).orderBy('group_code').orderBy('year').execute();
      return rows.map((r) => ({ indicatorCode: r.indicator_code, group: r.group_code, year: Number(r.year), dims: parseDimsKey(r.dims), value: Number(r.value), seriesId: r.series_id }));
    },

    async breakdowns(indicatorCode) {
      const rows = await db.selectFrom('indicator_observations').select('dims').distinct().where('indicator_code', '=', indicatorCode).orderBy('dims').execute();
      return rows.map((r) => r.dims);
    },

    async coverage() {
      const rows = await db
        .selectFrom('indicator_observations')
        .select((eb) => [
          'indicator_code',
          eb.fn.countAll<number>().as('n'),
          eb.fn.count<number>('m49').distinct().as('countries'),
          eb.fn.min<number>('year').as('first'),
          eb.fn.max<number>('year').as('last'),
        ])
        .groupBy('indicator_code')
        .execute();
      return rows.map((r) => ({ indicatorCode: r.indicator_code, observations: Number(r.n), countries: Number(r.countries), firstYear: r.first === null ? null : Number(r.first), lastYear: r.last === null ? null : Number(r.last) }));
    },
  };
}
