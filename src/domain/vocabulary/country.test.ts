import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import isoCountries from 'i18n-iso-countries';
import { sharedData } from '../../../test/helpers/shared-data.ts';
import { LANGS } from './language.ts';
import {
  COUNTRIES, ITU_REGIONS, countryByIso2, countryByIso3, countryByM49, countryName, ituRegionMembers, regionName,
} from './country.ts';

type M49Row = Record<string, string>;
const rows: M49Row[] = parse(readFileSync(sharedData('un-m49-country-codes', 'UNSD-m49-en.csv')), { columns: true, bom: true });

test('249 areas with unique codes', () => {
  assert.equal(COUNTRIES.length, 249);
  for (const key of ['m49', 'iso2', 'iso3'] as const) assert.equal(new Set(COUNTRIES.map((c) => c[key])).size, 249, key);
  for (const c of COUNTRIES) {
    assert.match(c.m49, /^\d{3}$/);
    assert.match(c.iso2, /^[A-Z]{2}$/);
    assert.match(c.iso3, /^[A-Z]{3}$/);
  }
});

test('every code triple agrees with i18n-iso-countries', () => {
  for (const c of COUNTRIES) {
    assert.equal(isoCountries.numericToAlpha2(c.m49), c.iso2, c.m49);
    assert.equal(isoCountries.alpha2ToAlpha3(c.iso2), c.iso3, c.iso2);
    assert.equal(isoCountries.alpha3ToNumeric(c.iso3), c.m49, c.iso3);
  }
});

test('codes and regions agree with the shared UNSD M49 table', () => {
  assert.equal(rows.length, 249);
  assert.deepEqual(COUNTRIES.map((c) => c.m49), rows.map((r) => r['M49 Code']).sort());
  for (const r of rows) {
    const c = countryByM49(r['M49 Code']);
    assert.ok(c, r['Country or Area']);
    const expected = {
      iso2: r['ISO-alpha2 Code'], iso3: r['ISO-alpha3 Code'],
      region: r['Region Code'] || undefined, subregion: r['Sub-region Code'] || undefined,
      intermediateRegion: r['Intermediate Region Code'] || undefined,
    };
    const actual = { iso2: c.iso2, iso3: c.iso3, region: c.region, subregion: c.subregion, intermediateRegion: c.intermediateRegion };
    assert.deepEqual(actual, expected, r['Country or Area']);
  }
  assert.deepEqual(countryByIso3('ATA'), { m49: '010', iso2: 'AQ', iso3: 'ATA' }); // Antarctica: no region
});

test('ITU-D regions: 193 Member States and Palestine, each in exactly one region', () => {
  const listed = ITU_REGIONS.flatMap((r) => ituRegionMembers(r));
  assert.equal(listed.length, 194);
  assert.equal(new Set(listed).size, 194, 'a code is listed in two regions');
  for (const iso3 of listed) assert.ok(countryByIso3(iso3), `${iso3} is not a country code`);
  assert.equal(COUNTRIES.filter((c) => c.ituRegion).length, 194);
  const sizes = Object.fromEntries(ITU_REGIONS.map((r) => [r, ituRegionMembers(r).length]));
  assert.deepEqual(sizes, { AFR: 44, AMS: 35, ARB: 22, ASP: 38, CIS: 9, EUR: 46 });
  // Spot checks of the less obvious placements (see docs/vocabularies.md).
  assert.equal(countryByIso3('EGY')?.ituRegion, 'ARB');
  assert.equal(countryByIso3('SOM')?.ituRegion, 'ARB');
  assert.equal(countryByIso3('IRN')?.ituRegion, 'ASP');
  assert.equal(countryByIso3('ISR')?.ituRegion, 'EUR');
  assert.equal(countryByIso3('VAT')?.ituRegion, 'EUR'); // Holy See: ITU member, not UN member
  assert.equal(countryByIso3('PLW')?.ituRegion, undefined); // Palau: UN member, not ITU member
  assert.equal(countryByIso3('PRI')?.ituRegion, undefined); // territories: none
});

test('names in all six languages', () => {
  for (const c of COUNTRIES) {
    for (const l of LANGS) assert.ok(countryName(c, l)?.trim() && countryName(c, l) !== c.iso3, `${c.iso3} ${l}`);
  }
  assert.equal(countryName(countryByIso2('DZ')!, 'fr'), 'Algérie');
  const regions = new Set(COUNTRIES.flatMap((c) => [c.region, c.subregion, c.intermediateRegion]).filter((x) => x !== undefined));
  assert.equal(regions.size, 5 + 17 + 7); // regions, sub-regions, intermediate regions
  for (const code of regions) {
    for (const l of LANGS) assert.notEqual(regionName(code, l), code, `region ${code} has no ${l} name`);
  }
  assert.equal(regionName('002', 'en'), 'Africa');
  assert.equal(regionName('419', 'en'), 'Latin America and the Caribbean');
  assert.equal(regionName('015', 'ar'), 'شمال أفريقيا');
});

test('lookups', () => {
  assert.equal(countryByIso3('dza')?.m49, '012');
  assert.equal(countryByIso2('dz')?.iso3, 'DZA');
  assert.equal(countryByM49('12')?.iso3, 'DZA');
  assert.equal(countryByM49(12)?.iso3, 'DZA');
  assert.equal(countryByIso3('XKX'), undefined); // Kosovo: not in M49
  assert.equal(countryByM49('999'), undefined);
});
