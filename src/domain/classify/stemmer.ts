import { snowballStemmer } from '../snowball.ts';
import { foldWord } from './normalize.ts';
import type { ClassifyLang } from './types.ts';

/** A word of the text or of a lexicon term (as written) → its folded Snowball stem, or '' when not stemmed. */
export type StemFn = (word: string) => string;

// Snowball algorithms for the languages matched word by word. Arabic and Chinese use the substring matcher,
// where a term already matches any word it begins (Arabic suffixes), so they need no stemmer.
const ALGORITHM: Partial<Record<ClassifyLang, string>> = { en: 'english', fr: 'french', es: 'spanish', ru: 'russian' };

// Shorter words are acronyms, function words or already base forms ("ict", "5g", "job"): never stemmed.
const MIN_LENGTH = 4;
// Stems are memoised per language: the Snowball port costs 3–16 µs a word, and the words of project texts repeat.
// The cache is emptied when full, so memory stays bounded whatever the input.
const CACHE_LIMIT = 50_000;
const HAS_DIGIT = /\d/;
// Words whose Snowball stem joins words of another meaning in our domain ("generate" / power "generation",
// "product" / "productivity", "account" / "accountability", "operations" / mobile "operator"): they take no
// part in stem matching (exact and plural matching still apply). Folded forms.
const NO_STEM: Partial<Record<ClassifyLang, ReadonlySet<string>>> = {
  en: new Set([
    'generation', 'generations', 'generator', 'generators', 'packaging', 'earnings', 'productivity', 'operator', 'operators',
    'utility', 'utilities', 'accountability', 'accountable', 'mobility', 'transit', 'coding', 'engineering', 'engineers',
    'nationals', 'organic', 'universal', 'university', 'universities', 'international', 'internship', 'policing', 'informal',
  ]),
  // feminine forms of a trade ("développeuses", "entrepreneures") are SDG 5 hints only as written: their stem is the
  // masculine's; "recensement" (census) shares its stem with "recenser" (to list anything)
  fr: new Set([
    'gouvernance', 'gouvernement', 'generation', 'productivite', 'operateur', 'operateurs', 'entrepreneure', 'entrepreneures',
    'developpeuse', 'developpeuses', 'fondatrice', 'fondatrices', 'codeuse', 'codeuses', 'ingenieure', 'ingenieures', 'cheffe', 'cheffes', 'recensement',
  ]),
  // Spanish also joins the genders ("niños" / "niñas": children / girls) and short stems ("sido" / "sida")
  es: new Set([
    'gobernanza', 'gobierno', 'generacion', 'productividad', 'operador', 'operadores', 'nina', 'ninas', 'nino', 'ninos',
    'sida', 'sido', 'genero', 'generos', 'media', 'medias', 'urbanismo', 'mortalidad', 'desarrolladora', 'desarrolladoras',
    'programadora', 'programadoras', 'emprendedora', 'emprendedoras', 'fundadora', 'fundadoras', 'ingeniera', 'ingenieras',
  ]),
};

const stemmers = new Map<ClassifyLang, StemFn | undefined>();

/**
 * The stemmer of a language (en, fr, es, ru), or undefined. It stems the lower-cased word *before* folding
 * accents (Snowball's French and Russian rules need é, è, й), then folds the stem as every term and text word is
 * folded, so the result compares with folded lexicon stems.
 */
export function stemmerFor(lang: ClassifyLang): StemFn | undefined {
  if (stemmers.has(lang)) return stemmers.get(lang);
  const algorithm = ALGORITHM[lang];
  let fn: StemFn | undefined;
  if (algorithm) {
    const snowballStem = snowballStemmer(algorithm);
    const cache = new Map<string, string>();
    const noStem = NO_STEM[lang];
    fn = (word) => {
      if (word.length < MIN_LENGTH || HAS_DIGIT.test(word)) return '';
      const cached = cache.get(word);
      if (cached !== undefined) return cached;
      const lower = word.toLowerCase().normalize('NFC');
      const stem = noStem?.has(foldWord(lower)) ? '' : foldWord(snowballStem(lower));
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(word, stem);
      return stem;
    };
  }
  stemmers.set(lang, fn);
  return fn;
}
