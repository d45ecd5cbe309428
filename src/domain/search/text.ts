// Text normalisation for search, used at index time AND at query time so both sides agree:
// lower case, accents folded (é → e, ñ → n, ё → е), Arabic letter variants unified and short
// vowels removed, Chinese split into words with Intl.Segmenter, everything else split on letters
// and digits. Words in the two scripts that belong to one UN language only are reduced to a common
// form: Arabic loses its attached conjunction, preposition and article (وإنترنت, الإنترنت → انترنت),
// Russian its endings (Snowball, the classifier's stemmer: образования, образованием → образован). Latin-script words
// get a light plural folding that is safe in English, French and Spanish at once (latin-stem.ts: diseases →
// disease, réseaux → reseau, ciudades → ciudad), not a language's stemmer: the query's language is unknown, and
// one language's stemmer mangles the others' words. Both databases receive the same space-separated tokens.
import { snowballStemmer } from '../snowball.ts';
import { latinStem } from './latin-stem.ts';

const HAN = /\p{Script=Han}/u;
// A run of letters, digits and combining marks; Han characters inside a run are split out afterwards.
const RUNS = /[\p{L}\p{N}\p{M}]+/gu;
const HAN_OR_NOT = /\p{Script=Han}+|[^\p{Script=Han}]+/gu;
const zhWords = new Intl.Segmenter('zh', { granularity: 'word' });

// Combining diacritics of Latin, Greek and Cyrillic; Arabic harakat, superscript alef and tatweel.
const MARKS = /[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g;
const ARABIC_FOLD: Record<string, string> = { 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ئ': 'ي', 'ؤ': 'و', 'ة': 'ه' };
const ARABIC_VARIANTS = /[أإآٱىئؤة]/g;
const SHORT_I = /\u0438\u0306/g;

/**
 * A bounded memo: words and Chinese phrases repeat a lot, and Unicode normalisation and dictionary
 * segmentation are the slow part of indexing. Cleared when full, so memory stays bounded.
 */
function memo<T>(fn: (s: string) => T, max = 50_000): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) {
      if (cache.size >= max) cache.clear();
      v = fn(s);
      cache.set(s, v);
    }
    return v;
  };
}

/** Lower case with accents and Arabic variants folded, for any text (sort keys); tokens go through the memo. */
export function foldText(text: string): string {
  const t = text.toLowerCase();
  if (!/[^\x00-\x7f]/.test(t)) return t;
  // й is a letter of its own in Russian (not и with an accent): recompose it before marks go; ё does fold to е.
  return t.normalize('NFKD').replace(SHORT_I, 'й').replace(MARKS, '').replace(ARABIC_VARIANTS, (c) => ARABIC_FOLD[c]!).normalize('NFC');
}

const ARABIC_LETTER = /^[\u0621-\u064a]/;
const russianStem = snowballStemmer('russian');
const CYRILLIC_LETTER = /^[\u0430-\u044f]/;
// Light prefix stemming (Larkey's light10 prefixes, on folded text): the article with an attached
// particle, then a lone و. Only when a word of at least two letters remains, so short words stay whole.
const ARABIC_ARTICLES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال'];

export function arabicStem(word: string): string {
  let w = word.length > 3 && word.startsWith('و') ? word.slice(1) : word;
  for (const p of ARABIC_ARTICLES) if (w.length - p.length >= 2 && w.startsWith(p)) return w.slice(p.length);
  return w.length >= 2 ? w : word;
}

/** A folded word in the form both sides index: Arabic and Russian words reduced to their stem, Latin plurals folded. */
function stemToken(folded: string): string {
  if (ARABIC_LETTER.test(folded)) return arabicStem(folded);
  if (CYRILLIC_LETTER.test(folded)) return russianStem(folded);
  return latinStem(folded);
}

const foldSlow = memo((s: string) => stemToken(foldText(s)));

/** One token as both sides store it: lower case, accents and Arabic variants folded, Arabic and Russian stemmed, Latin plurals folded. */
export function foldToken(token: string): string {
  const t = token.toLowerCase();
  // Pure ASCII needs no accent folding: the common case stays fast.
  return /[^\x00-\x7f]/.test(t) ? foldSlow(t) : latinStem(t);
}

/** Chinese words of a run of Han characters, with offsets inside the run. */
const segmentHan = memo((run: string): [string, number][] =>
  [...zhWords.segment(run)].filter((s) => s.isWordLike).map((s): [string, number] => [s.segment, s.index]),
);

export interface Token {
  /** The folded form that is indexed and searched. */
  term: string;
  /** Where the word is in the original text, for highlighting. */
  start: number;
  end: number;
}

/** The words of a text with their positions; Chinese runs are segmented into words. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(RUNS)) {
    // Mixed runs such as 5G频谱 are split into their Han and other parts.
    if (HAN.test(m[0])) for (const part of m[0].matchAll(HAN_OR_NOT)) tokenizeRun(part[0], m.index! + part.index!, out);
    else tokenizeRun(m[0], m.index!, out);
  }
  return out;
}

function tokenizeRun(run: string, base: number, out: Token[]): void {
  if (HAN.test(run[0]!)) {
    for (const [word, at] of run.length === 1 ? [[run, 0] as [string, number]] : segmentHan(run)) out.push({ term: word, start: base + at, end: base + at + word.length });
  } else {
    const term = foldToken(run);
    if (term) out.push({ term, start: base, end: base + run.length });
  }
}

/**
 * The indexed words of one run of letters and digits, space-separated (empty when it folds to
 * nothing). A run alone is one match of RUNS, so `tokenize(run)` gives exactly the words it gives
 * inside a longer text: joining the runs' words gives the same string as tokenizing the whole text.
 */
const indexRun = memo((run: string): string =>
  tokenize(run)
    .map((t) => t.term)
    .join(' '),
);

// Which UTF-16 code units are letters, digits or marks (RUNS), learnt on first sight: 1 yes, 2 no.
const WORD_UNIT = new Uint8Array(0x10000);
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
for (let c = 0; c < 0x80; c++) WORD_UNIT[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2;

function isWordUnit(c: number): boolean {
  let kind = WORD_UNIT[c]!;
  if (kind === 0) WORD_UNIT[c] = kind = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  return kind === 1;
}

/**
 * The same words as `tokenize(text).map(t => t.term).join(' ')`, faster: one pass over the code
 * units finds the runs of RUNS (without the regex), a run of ASCII letters and digits only needs
 * lower case and the Latin plural folding, and every other run (a word, a Chinese phrase) is folded and segmented once (memo),
 * as words repeat from text to text. Text with surrogate pairs (letters beyond the BMP) takes the
 * regex path, as a code unit there is not a character.
 */
function indexTextOnce(text: string): string {
  let out = '';
  const n = text.length;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return indexTextSlow(text);
    if (!isWordUnit(c)) {
      i++;
      continue;
    }
    const start = i;
    let ascii = c < 0x80;
    for (i++; i < n; i++) {
      const d = text.charCodeAt(i);
      if (d >= 0xd800 && d <= 0xdfff) return indexTextSlow(text);
      if (!isWordUnit(d)) break;
      if (d >= 0x80) ascii = false;
    }
    const run = text.slice(start, i);
    const words = ascii ? latinStem(run.toLowerCase()) : indexRun(run);
    if (words) out = out ? `${out} ${words}` : words;
  }
  return out;
}

function indexTextSlow(text: string): string {
  let out = '';
  for (const run of text.match(RUNS) ?? []) {
    const words = indexRun(run);
    if (words) out = out ? `${out} ${words}` : words;
  }
  return out;
}

/**
 * The text as the index stores it: folded words separated by spaces. (Whole texts are not kept:
 * their runs are, and a text's one pass is cheaper than keeping texts that rarely repeat.)
 */
export function indexText(text: string): string {
  return indexTextOnce(text);
}

/**
 * A query as phrases of folded words: each Chinese run is one phrase of its words (频谱 → 频 谱 must
 * stay adjacent), every other word is a phrase of one. Distinct, in order, at most `max`.
 */
export function queryPhrases(q: string, max = 8): string[][] {
  const phrases = new Map<string, string[]>();
  for (const part of q.match(RUNS)?.flatMap((r) => r.match(HAN_OR_NOT) ?? []) ?? []) {
    const run = part;
    const words = HAN.test(run[0]!) ? tokenize(run).map((t) => t.term) : [foldToken(run)];
    if (HAN.test(run[0]!)) phrases.set(words.join(' '), words);
    // A lone Latin letter is an elision (l’, d’) or an initial: matching it adds nothing.
    else for (const w of words) if (w.length > 1 || /\d/.test(w)) phrases.set(w, [w]);
  }
  return [...phrases.values()].filter((p) => p.length).slice(0, max);
}
