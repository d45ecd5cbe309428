import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compileLexicons } from './compile-lexicon.ts';
import { stemmerFor } from './stemmer.ts';
import type { Lexicon } from './types.ts';

// Which spans of `text` the terms of one small lexicon match (the built-in lexicons are left out on purpose).
function matched(lexicon: Lexicon, text: string): string[] {
  const compiled = compileLexicons([lexicon], lexicon.lang as 'en');
  return compiled.find(text).map((h) => text.slice(h.start, h.end));
}

describe('stemming', () => {
  it('matches inflected and derived forms of a term in en, fr, es and ru, quoting the text as written', () => {
    assert.deepEqual(matched({ lang: 'en', sdg: { '2': { 'farming cooperative': 1 } } }, 'Farmed plots and Farming Cooperatives'), ['Farming Cooperatives']);
    assert.deepEqual(matched({ lang: 'en', sdg: { '4': { education: 1 } } }, 'educational radio'), ['educational']);
    assert.deepEqual(matched({ lang: 'fr', sdg: { '4': { 'ressource éducative': 1 } } }, 'des Ressources éducatives libres'), ['Ressources éducatives']);
    assert.deepEqual(matched({ lang: 'es', sdg: { '1': { 'transferencia monetaria': 1 } } }, 'las transferencias monetarias'), ['transferencias monetarias']);
    assert.deepEqual(matched({ lang: 'ru', sdg: { '4': { 'доступ к образованию': 1 } } }, 'Доступа к образованию нет'), ['Доступа к образованию']);
  });

  it('keeps exact words first and does not join words of different meaning', () => {
    // "products" and "productivity" share the Snowball stem "product"; "generate" and "generators" share "generat"
    assert.deepEqual(matched({ lang: 'en', sdg: { '8': { productivity: 1 } } }, 'new products'), []);
    assert.deepEqual(matched({ lang: 'en', sdg: { '7': { generators: 1 } } }, 'to generate income'), []);
    assert.deepEqual(matched({ lang: 'fr', sdg: { '16': { gouvernance: 1 } } }, 'le gouvernement'), []);
    assert.deepEqual(matched({ lang: 'es', sdg: { '5': { 'niñas': 1 }, '3': { sida: 1 } } }, 'los niños han sido'), []);
    // short words, acronyms and numbers are never stemmed
    assert.equal(stemmerFor('en')!('ICT'), '');
    assert.equal(stemmerFor('en')!('5Gs'), '');
    assert.equal(stemmerFor('zh'), undefined);
  });

  it('stems the word before folding accents, so Russian й and French é endings are recognised', () => {
    assert.equal(stemmerFor('ru')!('устойчивый'), stemmerFor('ru')!('устойчивого'));
    assert.equal(stemmerFor('fr')!('éducatives'), stemmerFor('fr')!('éducation'));
  });
});
