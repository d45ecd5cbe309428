import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectLanguageByScript } from './detect-language.ts';
import { createFastTextDetector } from './fasttext-detector.ts';
import { foldForSubstring, foldWord } from './normalize.ts';

describe('language detection and folding', () => {
  it('tells the six languages apart by script and function words', () => {
    const cases: [string, string][] = [
      ['The project connects schools to the internet.', 'en'],
      ["Le projet connecte les écoles à l'internet.", 'fr'],
      ['El proyecto conecta las escuelas a internet.', 'es'],
      ['يربط المشروع المدارس بالإنترنت', 'ar'],
      ['该项目将学校连接到互联网', 'zh'],
      ['Проект подключает школы к интернету', 'ru'],
    ];
    for (const [text, tag] of cases) assert.equal(detectLanguageByScript(text).tag, tag, text);
  });

  it('uses fastText for Latin-script languages we have no lexicon for', async () => {
    const detect = await createFastTextDetector();
    const german = detect('Das Projekt verbindet Schulen in ländlichen Gebieten mit dem Internet.');
    assert.equal(german.tag, 'de');
    assert.equal(german.lexiconLang, 'en');
    assert.equal(detect('该项目将学校连接到互联网').lexiconLang, 'zh');
  });

  it('folds accents, Arabic letter variants and full-width letters', () => {
    assert.equal(foldWord('Éducation'), 'education');
    assert.equal(foldWord('أمن'), foldWord('امن'));
    assert.equal(foldWord('مدرسة'), 'مدرسه');
    assert.equal(foldForSubstring('５Ｇ网络').text, '5g网络');
  });
});
