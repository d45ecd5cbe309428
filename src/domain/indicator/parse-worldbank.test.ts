import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { sharedData } from '../../../test/helpers/shared-data.ts';
import { parseWorldBank } from './parse-worldbank.ts';
import { TEST_PLACES } from '../../../test/helpers/places.ts';

describe('World Bank parser', () => {
  it('reads the long population CSV: countries, World and LDC as published aggregates, other aggregates skipped', () => {
    const r = parseWorldBank(readFileSync(sharedData('ict-indicators/population-worldbank/population.csv'), 'utf8'), { places: TEST_PLACES });
    assert.equal(r.rowsRead, 17195);
    const world2024 = r.rows.find((x) => 'group' in x.area && x.area.group === 'WORLD' && x.year === 2024);
    assert.equal(world2024?.value, 8141808945);
    assert.ok(r.rows.every((x) => x.indicatorCode === 'population'));
    assert.deepEqual([...new Set(r.rejects.map((x) => x.reason.slice(0, 3)))].sort(), ['CHI', 'XKX'], 'Channel Islands and Kosovo have no M49 code');
  });

  it("reads the data portal's wide CSV after its notes", () => {
    const text = ['"Data Source","World Development Indicators",', '', '"Last Updated Date","2025-01-28",', '', '"Country Name","Country Code","Indicator Name","Indicator Code","2021","2022",', '"Kenya","KEN","Individuals using the Internet (% of population)","IT.NET.USER.ZS","","40.8",'].join('\n');
    const r = parseWorldBank(text, { places: TEST_PLACES });
    assert.deepEqual(r.rows.map((x) => [x.indicatorCode, x.year, x.value, x.line]), [['17.8.1', 2022, 40.8, 6]]);
    assert.equal(r.rowsRead, 2);
  });

  it("reads the API's JSON and rejects a malformed answer", () => {
    const json = JSON.stringify([{ page: 1 }, [{ indicator: { id: 'SP.POP.TOTL' }, country: { id: 'KE', value: 'Kenya' }, countryiso3code: 'KEN', date: '2023', value: 55100586 }, { indicator: { id: 'SP.POP.TOTL' }, country: { id: 'XX', value: 'Nowhere' }, countryiso3code: 'XXX', date: '2023', value: 1 }]]);
    const r = parseWorldBank(json, { places: TEST_PLACES });
    assert.equal(r.rows[0]!.value, 55100586);
    assert.deepEqual(r.rejects, [{ line: 2, reason: 'XXX (Nowhere) is not a UN M49 country or area' }]);
    assert.match(parseWorldBank('[{"message":"bad"}]', { places: TEST_PLACES }).rejects[0]!.reason, /not a World Bank API answer/);
  });
});
