import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { sharedData } from '../../../test/helpers/shared-data.ts';
import { LANGS } from './language.ts';
import { countryByIso3 } from './country.ts';
import { COUNTRY_GROUPS, COUNTRY_GROUP_CODES, countryGroup, groupsOf, type CountryGroupCode } from './country-group.ts';

type M49Row = Record<string, string>;
const rows: M49Row[] = parse(readFileSync(sharedData('un-m49-country-codes', 'UNSD-m49-en.csv')), { columns: true, bom: true });

const FLAG_COLUMN: Partial<Record<CountryGroupCode, string>> = {
  LDC: 'Least Developed Countries (LDC)',
  LLDC: 'Land Locked Developing Countries (LLDC)',
  SIDS: 'Small Island Developing States (SIDS)',
};

// Every known difference between our lists and the shared UNSD M49 table (2024-09-25), and why.
// Each is also documented in docs/vocabularies.md.
const DIFFERENCES: Record<string, { onlyOurs: string[]; onlyShared: string[] }> = {
  // São Tomé and Príncipe graduated from the LDC category on 13 December 2024, after the table was made.
  LDC: { onlyOurs: [], onlyShared: ['STP'] },
  LLDC: { onlyOurs: [], onlyShared: [] },
  SIDS: { onlyOurs: [], onlyShared: [] },
};

const sorted = (xs: Iterable<string>) => [...xs].sort();

test('four groups with codes, labels, dates and sources', () => {
  assert.deepEqual(COUNTRY_GROUPS.map((g) => g.code), [...COUNTRY_GROUP_CODES]);
  assert.deepEqual(COUNTRY_GROUPS.map((g) => g.m49), ['199', '432', '722', undefined]);
  for (const g of COUNTRY_GROUPS) {
    for (const l of LANGS) {
      assert.ok(g.labels[l]?.trim(), `${g.code} ${l}`);
      if (l !== 'en') assert.notEqual(g.labels[l], g.labels.en, `${g.code} ${l} is the English one`);
    }
    assert.match(g.asOf, /^\d{4}-\d{2}-\d{2}$/);
    assert.ok(!Number.isNaN(Date.parse(g.asOf)), g.asOf);
    assert.match(g.source, /https:\/\/\S+/);
  }
});

test('members are unique, known ISO3 codes', () => {
  for (const g of COUNTRY_GROUPS) {
    assert.equal(new Set(g.members).size, g.members.length, `${g.code} has a duplicate`);
    for (const iso3 of g.members) assert.ok(countryByIso3(iso3), `${g.code}: unknown ${iso3}`);
  }
  const sizes = Object.fromEntries(COUNTRY_GROUPS.map((g) => [g.code, g.members.length]));
  assert.deepEqual(sizes, { LDC: 44, LLDC: 32, SIDS: 53, EIT: 17 });
});

test('LDC, LLDC and SIDS differ from the shared M49 flags exactly as documented', () => {
  for (const [code, column] of Object.entries(FLAG_COLUMN)) {
    const shared = new Set(rows.filter((r) => r[column] === 'x').map((r) => r['ISO-alpha3 Code']));
    const ours = new Set(countryGroup(code)!.members);
    const actual = {
      onlyOurs: sorted([...ours].filter((c) => !shared.has(c))),
      onlyShared: sorted([...shared].filter((c) => !ours.has(c))),
    };
    assert.deepEqual(actual, DIFFERENCES[code], code);
  }
});

test('EIT is the WESP list as documented', () => {
  // South-Eastern Europe, then the Commonwealth of Independent States and Georgia (WESP 2025).
  const wesp = ['ALB', 'BIH', 'MKD', 'MNE', 'SRB', 'ARM', 'AZE', 'BLR', 'GEO', 'KAZ', 'KGZ', 'MDA', 'RUS', 'TJK', 'TKM', 'UKR', 'UZB'];
  assert.deepEqual(sorted(countryGroup('EIT')!.members), sorted(wesp));
});

test('groupsOf and countryGroup', () => {
  assert.deepEqual(groupsOf('NPL'), ['LDC', 'LLDC']);
  assert.deepEqual(groupsOf('stp'), ['SIDS']);
  assert.deepEqual(groupsOf('BTN'), ['LLDC']);
  assert.deepEqual(groupsOf('MDA'), ['LLDC', 'EIT']);
  assert.deepEqual(groupsOf('TLS'), ['LDC', 'SIDS']);
  assert.deepEqual(groupsOf('FRA'), []);
  assert.equal(countryGroup('SIDS')?.m49, '722');
  assert.equal(countryGroup('G77'), undefined);
});
