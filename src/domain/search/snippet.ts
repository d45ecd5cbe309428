import { LANGS, type Lang, type LangMap } from '../vocabulary/language.ts';
import { foldText, tokenize } from './text.ts';

const foldedLong = new Map<string, string>();
/** The folded text; long texts (descriptions) repeat across records and pages, so a few are kept. */
function folded(text: string): string {
  if (text.length < 120) return foldText(text);
  let f = foldedLong.get(text);
  if (f === undefined) {
    if (foldedLong.size >= 2_000) foldedLong.clear();
    foldedLong.set(text, (f = foldText(text)));
  }
  return f;
}

/**
 * What of an indexed word is surely a substring of the folded text it came from: the word itself for
 * Arabic, Russian and Chinese (their stems are cut from the word), and for Latin letters the word less
 * its last two letters (latin-stem.ts may replace up to two: nationaux → national, communities → community).
 */
function probeOf(word: string): string {
  return /^[a-z]+$/.test(word) ? word.slice(0, Math.max(2, word.length - 2)) : word;
}

/** False when no word can occur in the text (every word's probe is a substring of the folded text). */
function mayContain(text: string, probes: string[]): boolean {
  const f = folded(text);
  for (const w of probes) if (f.includes(w)) return true;
  return false;
}

/** A short passage of a record around the words that matched, in the language that matched. */
export interface Snippet {
  lang: Lang;
  field: string;
  text: string;
  /** [start, end) character ranges of `text` to highlight. */
  highlights: [number, number][];
}

const WINDOW = 180;

/**
 * Picks the field and language where most query words occur (the reader's language wins ties,
 * then the earlier field), and cuts a window of text around the first match.
 */
export function snippetOf(fields: [string, LangMap][], phrases: string[][], readerLang: Lang): Snippet | undefined {
  const wanted = new Set(phrases.flat());
  const probes = [...wanted].map(probeOf);
  let best: { score: number; snippet: Snippet } | undefined;
  for (const [field, map] of fields) {
    for (const lang of [readerLang, ...LANGS.filter((l) => l !== readerLang)]) {
      const text = map[lang];
      if (!text) continue;
      // Tokenizing is the slow part: a text whose folded form contains none of the words cannot match.
      if (best && !mayContain(text, probes)) continue;
      const hits = tokenize(text).filter((t) => wanted.has(t.term));
      const score = new Set(hits.map((h) => h.term)).size;
      if (!wanted.size && best) continue;
      if (best && score <= best.score) continue;
      best = { score, snippet: cut(text, hits, lang, field) };
    }
  }
  return best?.snippet;
}

function cut(text: string, hits: { start: number; end: number }[], lang: Lang, field: string): Snippet {
  if (text.length <= WINDOW) return { lang, field, text, highlights: hits.map((h) => [h.start, h.end]) };
  const first = hits[0]?.start ?? 0;
  let from = Math.max(0, first - 60);
  // Start at a word boundary when there is one nearby.
  const space = text.lastIndexOf(' ', from);
  if (from > 0 && space >= 0 && from - space < 20) from = space + 1;
  const to = Math.min(text.length, from + WINDOW);
  const prefix = from > 0 ? '… ' : '';
  const shift = prefix.length - from;
  return {
    lang,
    field,
    text: `${prefix}${text.slice(from, to)}${to < text.length ? ' …' : ''}`,
    highlights: hits.filter((h) => h.start >= from && h.end <= to).map((h) => [h.start + shift, h.end + shift]),
  };
}
