import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseOpenSdg, indicatorFromFileName } from './parse-open-sdg.ts';
import { TEST_PLACES } from '../../../test/helpers/places.ts';

// Open SDG data files as the platform's data repositories hold them (data/indicator_5-b-1.csv).
const OWNERSHIP = `Year,Sex,Units,Series,GeoCode,Value
2022,,Percent,IT_MOB_OWN,404,64.9
2022,FEMALE,Percent,IT_MOB_OWN,404,61.2
2022,MALE,Percent,IT_MOB_OWN,KEN,68.8
2022,FEMALE,Percent,IT_MOB_OWN,,50
2022,FEMALE,Percent,IT_MOB_OWN,999,50
`;

describe('Open SDG parser', () => {
  it('reads disaggregations from their columns and countries from M49 or ISO GeoCodes', () => {
    const r = parseOpenSdg(OWNERSHIP, { places: TEST_PLACES });
    assert.deepEqual(r.rows.map((x) => [x.indicatorCode, x.area, x.dims, x.value]), [
      ['5.b.1', { m49: '404' }, {}, 64.9],
      ['5.b.1', { m49: '404' }, { sex: 'female' }, 61.2],
      ['5.b.1', { m49: '404' }, { sex: 'male' }, 68.8],
    ]);
    assert.deepEqual(r.rejects, [
      { line: 5, reason: 'no GeoCode: the row does not say which country it is about' },
      { line: 6, reason: 'GeoCode 999 is not a UN M49 country or area' },
    ]);
  });

  it('turns M49 group GeoCodes into published aggregates (ITU Facts and Figures for LDCs)', () => {
    const r = parseOpenSdg('Year,Units,GeoCode,Value\n2019,Percent,199,19\n2022,Percent,199,36\n2022,Percent,1,66\n', { places: TEST_PLACES, fileName: 'indicator_17-8-1.csv' });
    assert.deepEqual(r.rows.map((x) => [x.indicatorCode, x.area, x.year, x.value]), [
      ['17.8.1', { group: 'LDC' }, 2019, 19],
      ['17.8.1', { group: 'LDC' }, 2022, 36],
      ['17.8.1', { group: 'WORLD' }, 2022, 66],
    ]);
  });

  it('needs the indicator from the series, the option or the file name', () => {
    assert.equal(indicatorFromFileName('data/indicator_9-c-1.csv'), '9.c.1');
    const r = parseOpenSdg('Year,GeoCode,Value\n2022,KEN,5\n', { places: TEST_PLACES });
    assert.match(r.rejects[0]!.reason, /series \(empty\) is not in the catalogue/);
  });
});
