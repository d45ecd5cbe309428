// Writes src/sample/participation/participations.csv: synthetic, plausible participation rows for the
// sample meetings (the rows are invented; the bodies are real). Deterministic: the same file every run.
// Run: node --import tsx scripts/sample-participation.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { COUNTRIES } from '../src/domain/vocabulary/country.ts';
import { COUNTRY_GROUPS } from '../src/domain/vocabulary/country-group.ts';

const dir = new URL('../src/sample/participation/', import.meta.url);
const { meetings } = JSON.parse(readFileSync(new URL('bodies.json', dir), 'utf8')) as { meetings: { body: string; code: string }[] };

let seed = 20211;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;

const ldc = new Set(COUNTRY_GROUPS.find((g) => g.code === 'LDC')!.members);
const sids = new Set(COUNTRY_GROUPS.find((g) => g.code === 'SIDS')!.members);
const members = COUNTRIES.filter((c) => c.ituRegion).map((c) => c.iso3);
// Plausible, not real: large delegations from a few economies, LDCs and SIDS less often and rarely leading.
const frequent = ['CHN', 'USA', 'KOR', 'JPN', 'DEU', 'FRA', 'GBR', 'IND', 'BRA', 'RUS', 'EGY', 'NGA', 'SAU', 'CAN', 'ITA', 'ZAF', 'KEN', 'ARE'];
const southernAfrica = ['AGO', 'BWA', 'COD', 'LSO', 'MDG', 'MWI', 'MUS', 'MOZ', 'NAM', 'SYC', 'ZAF', 'SWZ', 'TZA', 'ZMB', 'ZWE', 'COM'];
const orgsOf = (iso3: string) => [`Ministry of ICT (${iso3})`, `National regulatory authority (${iso3})`, `National telecom operator (${iso3})`, `University of technology (${iso3})`, `Digital rights network (${iso3})`];
const typeOf = ['government', 'regulator', 'private-sector', 'academia', 'civil-society'] as const;

const lines = ['body,meeting,country,organisation,stakeholder_type,role,contributions'];
const seen = new Set<string>();
for (const m of meetings) {
  const size = m.body === 'crasa' ? 12 : m.body.startsWith('itu') ? 20 : 16;
  for (let i = 0; i < size; i++) {
    const country = m.body === 'crasa' ? pick(southernAfrica) : rand() < 0.55 ? pick(frequent) : pick(members);
    const k = Math.floor(rand() * 5);
    const organisation = orgsOf(country)[k]!;
    const disadvantaged = ldc.has(country) || sids.has(country);
    const r = rand();
    const role = r < (disadvantaged ? 0.8 : 0.55) ? 'participant' : r < (disadvantaged ? 0.95 : 0.85) ? 'contributor' : pick(['rapporteur', 'editor', 'vice-chair', 'chair'] as const);
    const key = `${m.body}/${m.code}/${country}/${organisation}/${role}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const contributions = role === 'contributor' ? 1 + Math.floor(rand() * (disadvantaged ? 2 : 6)) : '';
    lines.push([m.body, m.code, country, `"${organisation}"`, typeOf[k], role, contributions].join(','));
  }
}
writeFileSync(new URL('participations.csv', dir), `${lines.join('\n')}\n`);
process.stdout.write(`Wrote ${lines.length - 1} rows.\n`);
