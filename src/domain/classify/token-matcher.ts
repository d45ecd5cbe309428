import { tokenize, type Token } from './normalize.ts';
import type { StemFn } from './stemmer.ts';

/** Where a pattern was found: the pattern's id and its span in the original text (char offsets). */
export interface PatternHit {
  pattern: number;
  start: number;
  end: number;
}

interface PrefixEntry {
  prefix: string;
  node: TrieNode;
}

interface TrieNode {
  exact: Map<string, TrieNode>;
  // the same children by the Snowball stem of their word ("education" under "educ"): a text word that is neither a
  // term word nor its plural reaches them through its own stem ("educational", "éducatives", "образованием")
  stems: Map<string, StemSibling[]>;
  // the first STEM_KEY letters of those words: a text word that begins otherwise cannot share their stem, so it is
  // not stemmed at all (stemming is the costly step of matching)
  stemKeys: Set<string>;
  prefixes: PrefixEntry[]; // words written "educat*"
  // the same entries by their first PREFIX_KEY letters (shorter prefixes under themselves): a word looks at the
  // few entries that can begin it instead of every one (hundreds at the root)
  prefixIndex: Map<string, PrefixEntry[]>;
  pattern: number; // -1 when no pattern ends here
}

interface StemSibling {
  word: string; // the term word (folded)
  node: TrieNode;
}

const PREFIX_KEY = 2;
// Snowball also strips derivational suffixes, so one stem can join words of different meaning ("products" and
// "productivity", "generate" and "generators", "gouvernement" and "gouvernance"). A stem match also requires
// that, past the letters both words share, neither word has more than this many letters left: inflections and
// close derivations pass ("farming"/"farms", "éducatives"/"éducation", "образованием"/"образование").
const MAX_STEM_RESIDUE = 4;

function closeForms(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  let common = 0;
  while (common < n && a.charCodeAt(common) === b.charCodeAt(common)) common++;
  return a.length - common <= MAX_STEM_RESIDUE && b.length - common <= MAX_STEM_RESIDUE;
}
const STEM_KEY = 3;
const newNode = (): TrieNode => ({ exact: new Map(), stems: new Map(), stemKeys: new Set(), prefixes: [], prefixIndex: new Map(), pattern: -1 });

/** A word of a lexicon term: folded, whether it ends in '*', and as written (for the stemmer). */
export interface TermWord {
  word: string;
  isPrefix: boolean;
  written: string;
}

/** Splits a lexicon term into folded words; a word ending in '*' matches any word it begins ("vaccin*"). */
export function termWords(term: string): TermWord[] {
  const words: TermWord[] = [];
  for (const piece of term.trim().split(/\s+/)) {
    const isPrefix = piece.endsWith('*');
    const text = isPrefix ? piece.slice(0, -1) : piece;
    const parts = tokenize(text);
    parts.forEach((t, i) => words.push({ word: t.folded, isPrefix: isPrefix && i === parts.length - 1, written: text.slice(t.start, t.end) }));
  }
  return words;
}

/**
 * A plural in the text matches a singular term ("schools", "communities", "ciudades", "réseaux" → "school",
 * "community", "ciudad", "réseau"): tried only when the word itself is not in the trie, so exact terms win.
 */
function singularOf(word: string, exact: Map<string, TrieNode>): TrieNode | undefined {
  if (word.length < 4) return undefined;
  const last = word[word.length - 1];
  if (last === 's' && word[word.length - 2] !== 's') {
    if (word.endsWith('ies')) {
      const y = exact.get(`${word.slice(0, -3)}y`);
      if (y) return y;
    }
    return exact.get(word.slice(0, -1)) ?? (word.endsWith('es') ? exact.get(word.slice(0, -2)) : undefined);
  }
  if (last === 'x') return (word.endsWith('aux') ? exact.get(`${word.slice(0, -3)}al`) : undefined) ?? exact.get(word.slice(0, -1));
  return undefined;
}

/**
 * A trie over folded words: matching walks it from every word of the text, so the cost is one map lookup per
 * word plus a few prefix checks, whatever the size of the lexicon. Used for languages written with spaces.
 */
export class TokenMatcher {
  private readonly root = newNode();

  /** `stem`: the language's stemmer; without it only exact words, plurals and `word*` prefixes match. */
  constructor(private readonly stem?: StemFn) {}

  /** Adds a term; returns false if the term has no words. */
  add(term: string, pattern: number): boolean {
    const words = termWords(term);
    if (words.length === 0) return false;
    let node = this.root;
    for (const { word, isPrefix, written } of words) {
      if (isPrefix) {
        let entry = node.prefixes.find((p) => p.prefix === word);
        if (!entry) {
          node.prefixes.push((entry = { prefix: word, node: newNode() }));
          const key = word.slice(0, PREFIX_KEY);
          const bucket = node.prefixIndex.get(key);
          if (bucket) bucket.push(entry);
          else node.prefixIndex.set(key, [entry]);
        }
        node = entry.node;
      } else {
        let next = node.exact.get(word);
        if (!next) {
          node.exact.set(word, (next = newNode()));
          const stem = this.stem?.(written);
          if (stem) {
            const siblings = node.stems.get(stem);
            if (siblings) siblings.push({ word, node: next });
            else node.stems.set(stem, [{ word, node: next }]);
            node.stemKeys.add(word.slice(0, STEM_KEY));
          }
        }
        node = next;
      }
    }
    node.pattern = pattern;
    return true;
  }

  /** All pattern occurrences in already tokenized `text`, overlapping ones included. */
  matchTokens(tokens: Token[], text: string): PatternHit[] {
    const hits: PatternHit[] = [];
    const walk: Walk = { tokens, text, stems: new Array<string | undefined>(tokens.length), hits };
    for (let i = 0; i < tokens.length; i++) this.walk(this.root, walk, i, i);
    return hits;
  }

  private stemAt(walk: Walk, at: number): string {
    let stem = walk.stems[at];
    if (stem === undefined) walk.stems[at] = stem = this.stem!(walk.text.slice(walk.tokens[at].start, walk.tokens[at].end));
    return stem;
  }

  private walk(node: TrieNode, walk: Walk, first: number, at: number): void {
    const { tokens } = walk;
    if (at >= tokens.length) return;
    const word = tokens[at].folded;
    const next = node.exact.get(word) ?? singularOf(word, node.exact);
    if (next) this.arrive(next, walk, first, at);
    else if (node.stems.size > 0 && node.stemKeys.has(word.slice(0, STEM_KEY))) {
      // exact words and plurals win; otherwise any term word sharing the text word's stem
      const stem = this.stemAt(walk, at);
      for (const sibling of (stem && node.stems.get(stem)) || []) if (closeForms(word, sibling.word)) this.arrive(sibling.node, walk, first, at);
    }
    if (node.prefixes.length === 0) return;
    for (let k = 1; k <= PREFIX_KEY && k <= word.length; k++) {
      const bucket = node.prefixIndex.get(word.slice(0, k));
      if (!bucket) continue;
      for (const p of bucket) if (p.prefix.length >= k && (k === PREFIX_KEY || p.prefix.length === k) && word.startsWith(p.prefix)) this.arrive(p.node, walk, first, at);
    }
  }

  private arrive(node: TrieNode, walk: Walk, first: number, at: number): void {
    const { tokens } = walk;
    if (node.pattern >= 0) walk.hits.push({ pattern: node.pattern, start: tokens[first].start, end: tokens[at].end });
    if (node.exact.size > 0 || node.prefixes.length > 0) this.walk(node, walk, first, at + 1);
  }
}

/** One matching pass: the text, its tokens, their stems (computed on first need) and the hits so far. */
interface Walk {
  tokens: Token[];
  text: string;
  stems: (string | undefined)[];
  hits: PatternHit[];
}
