import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { openDatabase } from '../../store/database.ts';
import { createServices } from '../../services.ts';
import { sharedData } from '../../../test/helpers/shared-data.ts';
import type { Vocabulary } from '../vocabulary/vocabulary.ts';
import { countryMatcher, normaliseName } from './country-match.ts';

describe('country name matching', () => {
  let vocab: Vocabulary;
  before(async () => {
    const services = await createServices(openDatabase('sqlite::memory:'));
    vocab = services.vocabulary.current();
  });

  it('normalises case, accents, punctuation and a leading "the"', () => {
    assert.equal(normaliseName("  Côte d’Ivoire "), 'cote d ivoire');
    assert.equal(normaliseName('The Gambia'), 'gambia');
  });

  it('matches official names in six languages, ISO codes and the aliases people write', () => {
    const match = countryMatcher(vocab);
    const iso = (n: string) => {
      const m = match(n);
      return m.kind === 'country' ? m.iso3 : m.kind;
    };
    assert.equal(iso('Tanzania'), 'TZA');
    assert.equal(iso('DRC'), 'COD');
    assert.equal(iso('Lao PDR'), 'LAO');
    assert.equal(iso("Côte d'Ivoire"), 'CIV');
    assert.equal(iso("Eswatini (fmr. 'Swaziland')"), 'SWZ');
    assert.equal(iso('Allemagne'), 'DEU', 'French name');
    assert.equal(iso('Япония'), 'JPN', 'Russian name');
    assert.equal(iso('KEN'), 'KEN');
    assert.equal(iso('Global'), 'worldwide');
  });

  it('reports names it cannot match instead of guessing', () => {
    const match = countryMatcher(vocab);
    for (const n of ['Kosovo', 'Atlantis', 'Congo-ish', 'Nigeri']) assert.equal(match(n).kind, 'unmatched', n);
  });

  it('matches every country name of the DPG screening files except Kosovo (not in M49)', () => {
    const match = countryMatcher(vocab);
    const dir = sharedData('dpga-publicgoods-candidates', 'digitalpublicgoods');
    const names = new Set<string>();
    for (const f of readdirSync(dir)) {
      const d = JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'));
      for (const k of ['developmentCountries', 'deploymentCountries']) for (const n of d.locations?.[k] ?? []) if (n.trim()) names.add(n);
    }
    assert.ok(names.size > 240, `${names.size} names`);
    assert.deepEqual([...names].filter((n) => match(n).kind !== 'country'), ['Kosovo']);
  });
});
