import { foldForSubstring } from './normalize.ts';
import type { PatternHit } from './token-matcher.ts';

const ASCII_WORD = /[a-z0-9]/;
// Arabic attaches conjunctions, prepositions and the article to the next word: a term may start after them.
const ARABIC_CLITICS = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال', 'و', 'ب', 'ل', 'ف', 'ك'];
const isArabicLetter = (c: string | undefined): boolean => c !== undefined && c >= '\u0621' && c <= '\u064a';

/**
 * An Aho–Corasick automaton over folded characters, for scripts without spaces between words (Chinese) or with
 * attached clitics (Arabic): one pass over the text finds every term. Latin-letter terms ("5g", "iot") must
 * stand alone, and Arabic terms must start a word (after an optional clitic), so "ai" never matches in "email".
 */
export class SubstringMatcher {
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  private readonly out: number[][] = [[]]; // patterns ending at each state (after build, including via fail links)
  private readonly lengths: number[] = []; // folded length of each pattern
  private built = false;

  constructor(private readonly checkArabicStart: boolean) {}

  /** Adds a term; returns false if it folds to nothing. */
  add(term: string, pattern: number): boolean {
    let folded = foldForSubstring(term.replace(/\*$/, '').trim()).text;
    if (!folded) return false;
    // an Arabic term written with the article ("التعليم") also matches without it or after another clitic
    // ("تعليم", "والتعليم", "للتعليم"): the article is one of the clitics a term may follow, so it is dropped here
    if (this.checkArabicStart && folded.startsWith('ال') && isArabicLetter(folded[2]) && /^[\u0621-\u064a]{3}/.test(folded.slice(2))) folded = folded.slice(2);
    let state = 0;
    for (let i = 0; i < folded.length; i++) {
      const c = folded.charCodeAt(i);
      let to = this.next[state].get(c);
      if (to === undefined) {
        to = this.next.length;
        this.next.push(new Map());
        this.fail.push(0);
        this.out.push([]);
        this.next[state].set(c, to);
      }
      state = to;
    }
    this.out[state].push(pattern);
    this.lengths[pattern] = folded.length;
    this.built = false;
    return true;
  }

  private build(): void {
    const queue: number[] = [];
    for (const to of this.next[0].values()) { this.fail[to] = 0; queue.push(to); }
    for (let q = 0; q < queue.length; q++) {
      const state = queue[q];
      for (const [c, to] of this.next[state]) {
        let f = this.fail[state];
        while (f !== 0 && !this.next[f].has(c)) f = this.fail[f];
        const target = this.next[f].get(c);
        this.fail[to] = target !== undefined && target !== to ? target : 0;
        this.out[to] = this.out[to].concat(this.out[this.fail[to]]);
        queue.push(to);
      }
    }
    this.built = true;
  }

  /** All pattern occurrences in `text` (original text; folding is done here). */
  match(text: string): PatternHit[] {
    if (!this.built) this.build();
    const { text: folded, sourceIndex } = foldForSubstring(text);
    const hits: PatternHit[] = [];
    let state = 0;
    for (let i = 0; i < folded.length; i++) {
      const c = folded.charCodeAt(i);
      while (state !== 0 && !this.next[state].has(c)) state = this.fail[state];
      state = this.next[state].get(c) ?? 0;
      for (const pattern of this.out[state]) {
        const first = i - this.lengths[pattern] + 1;
        if (!this.standsAlone(folded, first, i)) continue;
        hits.push({ pattern, start: sourceIndex[first], end: sourceIndex[i] + 1 });
      }
    }
    return hits;
  }

  private standsAlone(folded: string, first: number, last: number): boolean {
    if (ASCII_WORD.test(folded[first]) && first > 0 && ASCII_WORD.test(folded[first - 1])) return false;
    if (ASCII_WORD.test(folded[last]) && last + 1 < folded.length && ASCII_WORD.test(folded[last + 1])) return false;
    if (this.checkArabicStart && isArabicLetter(folded[first]) && isArabicLetter(folded[first - 1])) {
      return ARABIC_CLITICS.some((clitic) => {
        const from = first - clitic.length;
        return from >= 0 && folded.startsWith(clitic, from) && !isArabicLetter(folded[from - 1]);
      });
    }
    return true;
  }
}
