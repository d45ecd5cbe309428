import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabases, freshDatabase } from '../../../test/helpers/databases.ts';
import { importSharedIndicators, ITU_LDC_INTERNET_OPEN_SDG } from '../../../test/fixtures/indicators.ts';
import { createServices, type Services } from '../../services.ts';
import { CLI_ACTOR } from '../access/access.ts';
import { COUNTRIES } from '../vocabulary/country.ts';
import { aggregateYear } from './aggregate.ts';
import type { ImportReport } from './indicator-import.ts';

// ../shared/data/itu-reference-figures/REFERENCE.md, "Cross-check with the country data": naive population-weighted
// Internet use (OWID × World Bank population) with the UNSD M49 groups of 2025 (45 LDC / 32 LLDC / 53 SIDS).
const REFERENCE = {
  LDC: { 2019: [23.0, 42], 2020: [25.3, 45], 2021: [28.3, 44], 2022: [30.7, 39] },
  LLDC: { 2019: [27.2, 30], 2020: [29.5, 31], 2021: [33.0, 30], 2022: [38.7, 28] },
  SIDS: { 2019: [57.6, 35], 2020: [59.1, 36], 2021: [61.9, 37], 2022: [68.9, 34] },
} as const;
const MEMBERS = { LDC: 45, LLDC: 32, SIDS: 53 } as const;

for (const kind of testDatabases()) {
  describe(`REFERENCE cross-check on ${kind}`, () => {
    let services: Services;
    let drop: () => Promise<void>;
    let reports: ImportReport[];
    before(async () => {
      const db = await freshDatabase(kind);
      drop = db.drop;
      services = await createServices(db.store);
      reports = await importSharedIndicators(services);
    });
    after(() => drop());

    it('imports every shared file, each row accepted, rejected with a line or skipped with a reason', () => {
      assert.equal(reports.length, 8);
      for (const r of reports) {
        const skipped = r.skipped.reduce((n, s) => n + s.rows, 0);
        assert.ok(r.accepted > 500, `${r.fileName} accepted ${r.accepted}`);
        assert.equal(r.accepted + r.rejected.length + skipped, r.rowsRead, r.fileName);
        assert.ok(r.rejected.every((x) => x.line > 1 && x.reason), r.fileName);
      }
    });

    // Our LDC list is the one in force since São Tomé and Príncipe graduated (13 December 2024): 44 members,
    // where REFERENCE used the M49 table's 45. STP has Internet data every year, so each LDC count is one lower;
    // its population (~0.2 M of ~1.1 bn) moves no mean by 0.05 points. LLDC and SIDS lists are the same.
    for (const [group, years] of Object.entries(REFERENCE)) {
      it(`reproduces the naive population-weighted Internet use of ${group}, 2019–2022`, async () => {
        const stp = group === 'LDC' ? 1 : 0;
        for (const [year, [value, countries]] of Object.entries(years)) {
          const a = (await services.indicators.aggregates('17.8.1', { group, year: Number(year) })).computed[0]!;
          assert.equal(Number(a.value!.toFixed(1)), value, `${group} ${year}`);
          assert.equal(a.countriesWithData, countries - stp, `${group} ${year} countries with data`);
          assert.equal(a.members, MEMBERS[group as keyof typeof MEMBERS] - stp);
        }
      });
    }

    it('gives exactly the REFERENCE LDC counts with REFERENCE’s 45-member list (ours plus São Tomé and Príncipe)', async () => {
      const m49 = (iso3: string) => COUNTRIES.find((c) => c.iso3 === iso3)!.m49;
      const members = [...services.indicators.members('LDC'), m49('STP')];
      for (const [year, [value, countries]] of Object.entries(REFERENCE.LDC)) {
        const obs = await services.indicators.observations('17.8.1', { year: Number(year) });
        const pop = await services.indicators.observations('population', { year: Number(year) });
        const a = aggregateYear(Number(year), new Map(obs.map((o) => [o.m49, o.value])), new Map(pop.map((o) => [o.m49, o.value])), members, 'population-weighted');
        assert.equal(Number(a.value!.toFixed(1)), value);
        assert.equal(a.countriesWithData, countries);
      }
      const y2019 = (await services.indicators.aggregates('17.8.1', { group: 'LDC', year: 2019 })).computed[0]!;
      assert.equal(Math.round(y2019.populationCoverage! * 100), 95, 'REFERENCE: 95 % of the population in 2019');
      const y2022 = (await services.indicators.aggregates('17.8.1', { group: 'LDC', year: 2022 })).computed[0]!;
      assert.equal(Math.round(y2022.populationCoverage! * 100), 86, 'REFERENCE: 86 % in 2022');
    });

    it('keeps ITU’s published LDC figures beside the computed ones, never mixed', async () => {
      await services.indicators.import(CLI_ACTOR, { format: 'open-sdg', text: ITU_LDC_INTERNET_OPEN_SDG, source: 'ITU Facts and Figures 2020 and 2022', licence: 'ITU terms of use' });
      const r = await services.indicators.aggregates('17.8.1', { group: 'LDC' });
      assert.deepEqual(r.official.map((o) => [o.year, o.value]), [[2019, 19], [2022, 36]]);
      assert.equal(Number(r.computed.find((a) => a.year === 2022)!.value!.toFixed(1)), 30.7, 'the computed figure is unchanged');
    });

    it('re-imports idempotently: same rows, a newer import date', async () => {
      const before = (await services.indicators.catalogue()).map((c) => c.coverage?.observations ?? 0);
      const again = await importSharedIndicators(services);
      const after = (await services.indicators.catalogue()).map((c) => c.coverage?.observations ?? 0);
      assert.deepEqual(after, before);
      assert.deepEqual(again.map((r) => r.accepted), reports.map((r) => r.accepted));
      const series = await services.indicators.series('population');
      assert.equal(series[0]!.id, 'worldbank:SP.POP.TOTL');
      assert.equal(series[0]!.importedAt, again.at(-1)!.importedAt);
    });
  });
}
