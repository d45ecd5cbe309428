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

  it('validates the built-in lexicons, which cover every goal, technology and WSIS line in all six languages', () => {
    assert.equal(builtInLexicons().length, 28);
    const codesOf = (lang: string) => {
      const codes = new Set<string>();
      for (const l of builtInLexicons().filter((x) => x.lang === lang || x.lang === '*')) {
        for (const code of Object.keys(l.sdg ?? {})) codes.add(`sdg:${code.split('.')[0]}`);
        for (const code of Object.keys(l.technology ?? {})) codes.add(`technology:${code}`);
        for (const code of Object.keys(l.wsis ?? {})) codes.add(`wsis:${code.split('.')[0]}${code.includes('.') ? `.${code.split('.')[1]}` : ''}`);
      }
      return codes;
    };
    const english = [...codesOf('en')].filter((c) => c !== 'wsis:C7'); // the C7 umbrella is implied by its sub-lines
    for (const lang of ['fr', 'es', 'ar', 'zh', 'ru']) {
      const codes = codesOf(lang);
      assert.deepEqual(english.filter((c) => !codes.has(c)), [], `${lang} lacks codes English has`);
    }
    assert.equal(english.filter((c) => c.startsWith('sdg:')).length, 17);
  });
});
