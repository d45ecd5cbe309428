import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { sharedData } from '../../../test/helpers/shared-data.ts';
import { parseItuDataHub } from './parse-itu-datahub.ts';
import { parseNumber } from './parse-common.ts';
import { TEST_PLACES } from '../../../test/helpers/places.ts';

const HEADER = '\uFEFF"seriesID","seriesCode","seriesName","seriesParent","seriesUnits","entityID","entityIso","entityName","dataValue","dataYear","dataNote","dataSource","seriesDescription"';
const read = (name: string) => parseItuDataHub(readFileSync(sharedData('ict-indicators/itu-datahub', name), 'utf8'), { places: TEST_PLACES });

describe('ITU DataHub parser', () => {
  it('takes the unit from the series code, not from the mislabelled seriesUnits (Kenya 2023)', () => {
    const fixed = read('fixed_broadband_subscriptions.csv');
    const kenya = fixed.rows.filter((r) => r.area.hasOwnProperty('m49') && (r.area as { m49: string }).m49 === '404' && r.year === 2023);
    assert.deepEqual(kenya.map((r) => [r.seriesKey, r.indicatorCode, r.value]), [['i992b', '17.6.1', 2.38883]], 'the per-100 rate lands in 17.6.1; the count labelled "per 100 people" is skipped');
    assert.equal(fixed.skipped['i4213tfbb: absolute count of fixed broadband subscriptions (the catalogue carries the rate per 100, i992b)'], 4427);
    const mobile = read('active_mobile_broadband_subscriptions.csv');
    const kenyaMobile = mobile.rows.find((r) => (r.area as { m49: string }).m49 === '404' && r.year === 2023)!;
    assert.equal(kenyaMobile.seriesKey, 'i911mw', 'the rate labelled "count" is the per-100 series');
    assert.equal(kenyaMobile.value, 65.991);
  });

  it('maps the four coverage series of 9.c.1 to technologies', () => {
    const cov = read('population_coverage_mobile_network.csv');
    const techs = new Set(cov.rows.map((r) => `${r.seriesKey}:${r.dims.technology}`));
    assert.deepEqual([...techs].sort(), ['i271G5_pop:5G', 'i271GA:4G', 'i271G:3G', 'i271pop:2G'].sort());
    assert.equal(cov.rowsRead, 9609);
    assert.equal(cov.rows.length + cov.rejects.length, 9609);
  });

  it('keeps only the share-of-GNI price series, whatever the export says their unit is', () => {
    const price = read('data_only_mobile_broadband_5GB.csv');
    assert.deepEqual([...new Set(price.rows.map((r) => r.seriesKey))], ['i271mb_5GB_GNI']);
    assert.ok(price.rows.every((r) => r.indicatorCode === 'mobile-data-basket'));
  });

  it('rejects unknown economies and bad values with their line, and reads exponent numbers', () => {
    const text = [
      HEADER,
      '1,"i992b","Fixed",,"per 100 people",1,"KEN","Kenya","3.18885e+001",2020,"","",""',
      '1,"i992b","Fixed",,"per 100 people",1,"KSO","Kosovo","5",2020,"","",""',
      '1,"i992b","Fixed",,"per 100 people",1,"KEN","Kenya","n/a",2021,"","",""',
      '1,"i999","Other",,"%",1,"KEN","Kenya","5",2021,"","",""',
    ].join('\n');
    const r = parseItuDataHub(text, { places: TEST_PLACES });
    assert.equal(r.rows[0]!.value, 31.8885);
    assert.deepEqual(r.rejects, [
      { line: 3, reason: 'KSO (Kosovo) is not a UN M49 country or area' },
      { line: 4, reason: 'value "n/a" is not a number' },
      { line: 5, reason: 'series i999 is not in the catalogue' },
    ]);
  });

  it('refuses a file that is not an ITU export, naming the missing columns', () => {
    const r = parseItuDataHub('a,b\n1,2\n', { places: TEST_PLACES });
    assert.match(r.rejects[0]!.reason, /missing column\(s\) seriesCode, entityIso, dataValue, dataYear/);
  });

  it('parses numbers strictly', () => {
    assert.equal(parseNumber('3.18885e+007'), 31888500);
    assert.equal(parseNumber('..'), undefined);
    assert.equal(parseNumber(''), undefined);
    assert.equal(parseNumber('12,5'), undefined);
  });
});
