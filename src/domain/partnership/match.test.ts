import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { COUNTRIES } from '../vocabulary/country.ts';
import { COUNTRY_GROUPS } from '../vocabulary/country-group.ts';
import { Vocabulary, type VocabCountry } from '../vocabulary/vocabulary.ts';
import { rankMatches, scoreMatch, WEIGHTS, type MatchProfile } from './match.ts';

// The team-written countries and groups are enough for matching: no database needed.
const m49 = (iso3: string) => COUNTRIES.find((c) => c.iso3 === iso3)!.m49;
const vocab = new Vocabulary(
  [],
  [],
  [],
  COUNTRIES.map((c) => ({ ...c, groups: COUNTRY_GROUPS.filter((g) => g.members.includes(c.iso3)).map((g) => g.code) }) as unknown as VocabCountry),
  COUNTRY_GROUPS.map((g) => ({ ...g, members: g.members.map(m49) }) as never),
);

const need: MatchProfile = { technologies: ['5g', 'broadband'], sdgTargets: ['9.c', '17.6'], helpKinds: ['policy-advice'], countries: [m49('NPL')] };

describe('matching a need with candidates', () => {
  it('gives each shared technology, target and kind of help as a reason with its weight', () => {
    const r = scoreMatch(need, { technologies: ['5g'], sdgTargets: ['9.c'], helpKinds: ['policy-advice', 'funding'], countries: [] }, vocab);
    assert.deepEqual(
      r.reasons.map((x) => `${x.code}:${x.value}`),
      ['shared-technology:5g', 'shared-target:9.c', 'kind-of-help:policy-advice'],
    );
    assert.equal(r.score, WEIGHTS['shared-technology'] + WEIGHTS['shared-target'] + WEIGHTS['kind-of-help']);
  });

  it('counts a target of the same goal as a weaker shared goal, once per goal', () => {
    const r = scoreMatch(need, { technologies: [], sdgTargets: ['9.1', '9.5', '17.18'], countries: [] }, vocab);
    assert.deepEqual(r.reasons.map((x) => `${x.code}:${x.value}`), ['shared-goal:9', 'shared-goal:17']);
  });

  it('favours candidates from the same groups and region, but place or kind of help alone never qualifies', () => {
    const topic = { technologies: ['5g'], sdgTargets: [], countries: [] };
    const afghanistan = scoreMatch(need, { ...topic, countries: [m49('AFG')] }, vocab);
    const france = scoreMatch(need, { ...topic, countries: [m49('FRA')] }, vocab);
    assert.deepEqual(afghanistan.reasons.filter((x) => x.code !== 'shared-technology').map((x) => `${x.code}:${x.value}`).sort(), ['same-group:LDC', 'same-group:LLDC', 'same-region:ASP', 'same-subregion:034']);
    assert.ok(afghanistan.score > france.score);
    assert.deepEqual(scoreMatch(need, { technologies: ['ott'], sdgTargets: ['5.b'], helpKinds: ['policy-advice'], countries: [m49('AFG')] }, vocab), { score: 0, reasons: [] }, 'nor does the kind of help');
  });

  it('ranks the matches best first, drops non-matches, and orders ties by type and id', () => {
    const ranked = rankMatches(
      need,
      [
        { type: 'offer', id: 'b', profile: { technologies: ['5g'], sdgTargets: [], helpKinds: [], countries: [] }, item: 1 },
        { type: 'initiative', id: 'z', profile: { technologies: ['5g'], sdgTargets: [], countries: [] }, item: 2 },
        { type: 'offer', id: 'a', profile: { technologies: ['5g', 'broadband'], sdgTargets: ['9.c'], helpKinds: ['policy-advice'], countries: [m49('BTN')] }, item: 3 },
        { type: 'offer', id: 'c', profile: { technologies: ['ott'], sdgTargets: [], helpKinds: ['funding'], countries: [m49('NPL')] }, item: 4 },
      ],
      vocab,
    );
    assert.deepEqual(ranked.map((r) => r.id), ['a', 'z', 'b']);
  });
});
