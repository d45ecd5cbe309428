import { tokenize, type Token } from './normalize.ts';

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
  prefixes: PrefixEntry[]; // words written "educat*"
  // the same entries by their first PREFIX_KEY letters (shorter prefixes under themselves): a word looks at the
  // few entries that can begin it instead of every one (hundreds at the root)
  prefixIndex: Map<string, PrefixEntry[]>;
  pattern: number; // -1 when no pattern ends here
}

const PREFIX_KEY = 2;
const newNode = (): TrieNode => ({ exact: new Map(), prefixes: [], prefixIndex: new Map(), pattern: -1 });

/** Splits a lexicon term into folded words; a word ending in '*' matches any word it begins ("vaccin*"). */
export function termWords(term: string): { word: string; isPrefix: boolean }[] {
  const words: { word: string; isPrefix: boolean }[] = [];
  for (const piece of term.trim().split(/\s+/)) {
    const isPrefix = piece.endsWith('*');
    const parts = tokenize(isPrefix ? piece.slice(0, -1) : piece);
    parts.forEach((t, i) => words.push({ word: t.folded, isPrefix: isPrefix && i === parts.length - 1 }));
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

  /** Adds a term; returns false if the term has no words. */
  add(term: string, pattern: number): boolean {
    const words = termWords(term);
    if (words.length === 0) return false;
    let node = this.root;
    for (const { word, isPrefix } of words) {
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
        if (!next) node.exact.set(word, (next = newNode()));
        node = next;
      }
    }
    node.pattern = pattern;
    return true;
  }

  /** All pattern occurrences in already tokenized text, overlapping ones included. */
  matchTokens(tokens: Token[]): PatternHit[] {
    const hits: PatternHit[] = [];
    for (let i = 0; i < tokens.length; i++) this.walk(this.root, tokens, i, i, hits);
    return hits;
  }

  private walk(node: TrieNode, tokens: Token[], first: number, at: number, hits: PatternHit[]): void {
    if (at >= tokens.length) return;
    const word = tokens[at].folded;
    const next = node.exact.get(word) ?? singularOf(word, node.exact);
    if (next) this.arrive(next, tokens, first, at, hits);
    if (node.prefixes.length === 0) return;
    for (let k = 1; k <= PREFIX_KEY && k <= word.length; k++) {
      const bucket = node.prefixIndex.get(word.slice(0, k));
      if (!bucket) continue;
      for (const p of bucket) if (p.prefix.length >= k && (k === PREFIX_KEY || p.prefix.length === k) && word.startsWith(p.prefix)) this.arrive(p.node, tokens, first, at, hits);
    }
  }

  private arrive(node: TrieNode, tokens: Token[], first: number, at: number, hits: PatternHit[]): void {
    if (node.pattern >= 0) hits.push({ pattern: node.pattern, start: tokens[first].start, end: tokens[at].end });
    if (node.exact.size > 0 || node.prefixes.length > 0) this.walk(node, tokens, first, at + 1, hits);
  }
}
