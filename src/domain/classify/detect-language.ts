import type { ClassifyLang } from './types.ts';
import { CLASSIFY_LANGS } from './types.ts';

/** A detected language: the BCP 47 tag found, and which of our lexicons to use for it. */
export interface DetectedLanguage {
  tag: string;
  lexiconLang: ClassifyLang;
}

/** Something that names the language of a text; synchronous so `classify` stays synchronous. */
export type LanguageDetector = (text: string) => DetectedLanguage;

// Frequent function words, folded (no accents). Words shared by two languages ("de", "la", "en") are left out:
// they would vote for both.
const STOP_WORDS: Record<'en' | 'fr' | 'es', ReadonlySet<string>> = {
  en: new Set('the and of to in is for with that this on are by from which be as it its their have has was were will an or at'.split(' ')),
  fr: new Set('le les des du et est une pour dans sur au aux qui par avec ce cette sont leur leurs ou pas plus nous ont'.split(' ')),
  es: new Set('el los las del y una para por con que se al su sus es lo como mas sobre entre este esta son han'.split(' ')),
};

/** Maps any BCP 47 tag to the lexicon we use for it: ours if we have it ('zh-Hans' → zh), else English. */
export function lexiconLangFor(tag: string): ClassifyLang {
  const base = tag.toLowerCase().split(/[-_]/)[0];
  return (CLASSIFY_LANGS as readonly string[]).includes(base) ? (base as ClassifyLang) : 'en';
}

/**
 * Detects the language from the script (Arabic, Han, Cyrillic, kana, Hangul are decisive) and, for Latin
 * script, from a vote of function words and a few letters only French or Spanish use. Cheap and deterministic.
 */
export function detectLanguageByScript(text: string): DetectedLanguage {
  let arabic = 0, han = 0, cyrillic = 0, latin = 0, kana = 0, hangul = 0;
  const sample = text.length > 2000 ? text.slice(0, 2000) : text;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x80) { if ((c | 32) >= 97 && (c | 32) <= 122) latin++; }
    else if (c >= 0x0600 && c <= 0x06ff) arabic++;
    else if (c >= 0x4e00 && c <= 0x9fff) han++;
    else if (c >= 0x0400 && c <= 0x04ff) cyrillic++;
    else if (c >= 0x3040 && c <= 0x30ff) kana++;
    else if (c >= 0xac00 && c <= 0xd7af) hangul++;
    else if (c >= 0xc0 && c < 0x250) latin++;
  }
  if (kana > 0 && kana + han >= latin) return { tag: 'ja', lexiconLang: 'en' };
  if (hangul > latin) return { tag: 'ko', lexiconLang: 'en' };
  // Han characters carry a word each, Latin letters a fraction of one: weigh them accordingly.
  const scores: [string, number][] = [['ar', arabic], ['zh', han * 3], ['ru', cyrillic], ['latin', latin]];
  scores.sort((a, b) => b[1] - a[1]);
  const [top, count] = scores[0];
  if (count === 0) return { tag: 'und', lexiconLang: 'en' };
  if (top !== 'latin') return { tag: top, lexiconLang: top as ClassifyLang };
  const tag = voteLatin(sample);
  return { tag, lexiconLang: tag };
}

function voteLatin(text: string): 'en' | 'fr' | 'es' {
  const votes = { en: 0, fr: 0, es: 0 };
  for (const m of text.toLowerCase().matchAll(/[a-zà-ÿ]+/g)) {
    const w = m[0].normalize('NFD').replace(/\p{M}/gu, '');
    if (STOP_WORDS.en.has(w)) votes.en++;
    if (STOP_WORDS.fr.has(w)) votes.fr++;
    if (STOP_WORDS.es.has(w)) votes.es++;
  }
  // Letters and marks that one language uses and the other two do not.
  votes.es += 2 * (text.match(/[ñ¿¡]|ción\b|ciones\b/g)?.length ?? 0);
  votes.fr += 2 * (text.match(/[çèêœù]|\b(?:[dlj]|qu)['’]\p{L}/giu)?.length ?? 0);
  if (votes.fr > votes.en && votes.fr >= votes.es) return 'fr';
  if (votes.es > votes.en && votes.es > votes.fr) return 'es';
  return 'en';
}
