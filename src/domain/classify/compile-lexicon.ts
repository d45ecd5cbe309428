import { foldForSubstring, tokenize, type Token } from './normalize.ts';
import { SubstringMatcher } from './substring-matcher.ts';
import { stemmerFor } from './stemmer.ts';
import { TokenMatcher, termWords, type PatternHit } from './token-matcher.ts';
import type { ClassifyLang, ClassifyScheme, Lexicon } from './types.ts';
import { CLASSIFY_SCHEMES } from './types.ts';
import { goalOfCode } from './codes.ts';

/** A weighted term of one code, as compiled. */
export interface PositiveEntry {
  scheme: ClassifyScheme;
  code: string;
  weight: number;
  /** entries of one group compete for the same span: an SDG goal with its targets ('sdg:9'), else the code itself */
  group: string;
}

/** A negative cue, as compiled: the codes it cancels ('sdg:13') and how much it subtracts. */
export interface NegativeEntry {
  targets: { scheme: ClassifyScheme; code: string }[];
  weight: number;
}

/** Everything a single folded term stands for (one term may serve several codes, e.g. "broadband"). */
export interface CompiledPattern {
  positives: PositiveEntry[];
  negatives: NegativeEntry[];
}

/** A lexicon compiled for one language: a matcher and the pattern table its hits index into. */
export interface CompiledLexicon {
  lang: ClassifyLang;
  patterns: CompiledPattern[];
  tokenCount: (text: string) => number;
  /** Finds every term of the lexicon in the text; tokens are passed when the caller already has them. */
  find: (text: string, tokens?: Token[]) => PatternHit[];
}

const SUBSTRING_LANGS: ReadonlySet<ClassifyLang> = new Set(['zh', 'ar']);

function patternKey(lang: ClassifyLang, term: string): string {
  if (SUBSTRING_LANGS.has(lang)) return foldForSubstring(term.replace(/\*$/, '').trim()).text;
  return termWords(term).map((w) => w.word + (w.isPrefix ? '*' : '')).join(' ');
}

/**
 * Compiles the lexicons that apply to `lang` (theirs and the '*' ones) into one matcher. Later lexicons win:
 * a user lexicon can re-weight a built-in term, or switch it off with weight 0.
 */
export function compileLexicons(lexicons: readonly Lexicon[], lang: ClassifyLang): CompiledLexicon {
  const weights = new Map<string, Map<string, number>>(); // pattern key → 'scheme:code' → weight
  const negatives = new Map<string, NegativeEntry[]>();
  const rawTerm = new Map<string, string>();
  for (const lexicon of lexicons) {
    if (lexicon.lang !== lang && lexicon.lang !== '*') continue;
    for (const scheme of CLASSIFY_SCHEMES) {
      for (const [code, terms] of Object.entries(lexicon[scheme] ?? {})) {
        for (const [term, weight] of Object.entries(terms)) {
          const key = patternKey(lang, term);
          if (!key) continue;
          rawTerm.set(key, term);
          if (!weights.has(key)) weights.set(key, new Map());
          weights.get(key)!.set(`${scheme}:${code}`, weight);
        }
      }
    }
    for (const cue of lexicon.negative ?? []) {
      const key = patternKey(lang, cue.phrase);
      if (!key) continue;
      rawTerm.set(key, cue.phrase);
      const targets = cue.targets.map((t) => {
        const at = t.indexOf(':');
        return { scheme: t.slice(0, at) as ClassifyScheme, code: t.slice(at + 1) };
      });
      if (!negatives.has(key)) negatives.set(key, []);
      negatives.get(key)!.push({ targets, weight: cue.weight ?? 0 });
    }
  }

  const patterns: CompiledPattern[] = [];
  const useSubstrings = SUBSTRING_LANGS.has(lang);
  const substringMatcher = new SubstringMatcher(lang === 'ar');
  const tokenMatcher = new TokenMatcher(stemmerFor(lang));
  for (const key of new Set([...weights.keys(), ...negatives.keys()])) {
    const positives: PositiveEntry[] = [];
    for (const [schemeCode, weight] of weights.get(key) ?? []) {
      if (weight === 0) continue;
      const at = schemeCode.indexOf(':');
      const scheme = schemeCode.slice(0, at) as ClassifyScheme;
      const code = schemeCode.slice(at + 1);
      positives.push({ scheme, code, weight, group: scheme === 'sdg' ? `sdg:${goalOfCode(code)}` : schemeCode });
    }
    const pattern = { positives, negatives: negatives.get(key) ?? [] };
    if (pattern.positives.length === 0 && pattern.negatives.length === 0) continue;
    const id = patterns.length;
    const added = useSubstrings ? substringMatcher.add(rawTerm.get(key)!, id) : tokenMatcher.add(rawTerm.get(key)!, id);
    if (added) patterns.push(pattern);
  }

  return {
    lang,
    patterns,
    tokenCount: useSubstrings ? countSubstringWords : (text) => tokenize(text).length,
    find: useSubstrings
      ? (text) => substringMatcher.match(text)
      : (text, tokens) => tokenMatcher.matchTokens(tokens ?? tokenize(text), text),
  };
}

// A length measure comparable to word counts: Han characters count half a word (words are mostly two
// characters), other scripts count space-separated words.
function countSubstringWords(text: string): number {
  let han = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) han++;
  }
  const words = text.split(/\s+/).filter(Boolean).length;
  return han > 0 ? Math.round(han / 2) + words : words;
}
