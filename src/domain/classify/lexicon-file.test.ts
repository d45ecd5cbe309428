import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { builtInLexicons } from './builtin-lexicons.ts';
import { loadLexiconFile } from './lexicon-file.ts';
import { LexiconError } from './lexicon-validate.ts';

const write = (content: unknown): string => {
  const path = join(mkdtempSync(join(tmpdir(), 'lexicon-')), 'lexicon.json');
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};

describe('loadLexiconFile', () => {
  it('loads a valid lexicon', () => {
    const [lexicon] = loadLexiconFile(write({ lang: 'fr', sdg: { '9.c': { 'zones blanches': 1.2 } } }));
    assert.equal(lexicon.lang, 'fr');
  });

  it('names the bad entry when a target does not exist', () => {
    const path = write({ lang: 'en', sdg: { '9': { broadband: 1 }, '9.z': { towers: 1 } } });
    assert.throws(() => loadLexiconFile(path), (e: unknown) => e instanceof LexiconError && e.message.includes('sdg["9.z"]') && e.message.includes(path));
  });

  it('names the bad term when a weight is not a number', () => {
    const path = write({ lang: 'en', technology: { '5g': { '5g': 'high' } } });
    assert.throws(() => loadLexiconFile(path), /technology\["5g"\]\["5g"\]: weight "high"/);
  });

  it('names the bad negative cue target', () => {
    const path = write({ lang: 'en', negative: [{ phrase: 'business climate', targets: ['sdg:18'] }] });
    assert.throws(() => loadLexiconFile(path), /negative\[0\]\.targets: "sdg:18"/);
  });

  it('reports invalid JSON and unknown languages', () => {
    assert.throws(() => loadLexiconFile(write('{ not json')), /not valid JSON/);
    assert.throws(() => loadLexiconFile(write({ lang: 'de' })), /lang: "de" is not one of/);
  });

  it('validates the built-in lexicons', () => {
    assert.equal(builtInLexicons().length, 13);
  });
});
