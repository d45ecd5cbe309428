import { isKnownCode } from './codes.ts';
import type { Lexicon, NegativeCue, TermWeights } from './types.ts';
import { CLASSIFY_LANGS, CLASSIFY_SCHEMES } from './types.ts';

/** A lexicon that cannot be used; the message names the file and the entry at fault. */
export class LexiconError extends Error {
  readonly code = 'LEXICON_INVALID';
  constructor(message: string) {
    super(message);
    this.name = 'LexiconError';
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const KNOWN_KEYS = new Set(['name', 'lang', 'negative', ...CLASSIFY_SCHEMES]);
const SCHEME_WORDS = { sdg: 'an SDG goal or target', technology: 'a technology slug', wsis: 'a WSIS action line' } as const;

/** Checks a parsed JSON value against the lexicon format; throws a LexiconError naming the first bad entry. */
export function validateLexicon(value: unknown, source: string): Lexicon {
  const fail = (where: string, why: string): never => {
    throw new LexiconError(`${source}: ${where}: ${why}`);
  };
  if (!isObject(value)) return fail('top level', 'a lexicon must be a JSON object');
  for (const k of Object.keys(value)) {
    if (!KNOWN_KEYS.has(k)) fail(k, `unknown key (expected one of ${[...KNOWN_KEYS].join(', ')})`);
  }
  const lang = value.lang;
  if (lang !== '*' && !(CLASSIFY_LANGS as readonly unknown[]).includes(lang)) {
    fail('lang', `${JSON.stringify(lang)} is not one of ${CLASSIFY_LANGS.join(', ')} or "*"`);
  }
  if (value.name !== undefined && typeof value.name !== 'string') fail('name', 'must be a string');
  for (const scheme of CLASSIFY_SCHEMES) {
    const codes = value[scheme];
    if (codes === undefined) continue;
    if (!isObject(codes)) fail(scheme, 'must be an object of code → {term: weight}');
    for (const [code, terms] of Object.entries(codes as Record<string, unknown>)) {
      const where = `${scheme}[${JSON.stringify(code)}]`;
      if (!isKnownCode(scheme, code)) fail(where, `${JSON.stringify(code)} is not ${SCHEME_WORDS[scheme]}`);
      if (!isObject(terms)) fail(where, 'must be an object of term → weight');
      checkTerms(terms as TermWeights, where, fail);
    }
  }
  if (value.negative !== undefined) {
    if (!Array.isArray(value.negative)) fail('negative', 'must be an array of {phrase, targets, weight?}');
    (value.negative as unknown[]).forEach((cue, i) => checkCue(cue, `negative[${i}]`, fail));
  }
  return value as unknown as Lexicon;
}

function checkTerms(terms: TermWeights, where: string, fail: (where: string, why: string) => never): void {
  for (const [term, weight] of Object.entries(terms)) {
    const at = `${where}[${JSON.stringify(term)}]`;
    if (!term.trim()) fail(at, 'empty term');
    if (/\*./.test(term.replace(/\*(\s|$)/g, ''))) fail(at, "'*' may only end a word");
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0 || weight > 5) {
      fail(at, `weight ${JSON.stringify(weight)} must be a number from 0 to 5 (0 switches a term off)`);
    }
  }
}

function checkCue(cue: unknown, where: string, fail: (where: string, why: string) => never): void {
  if (!isObject(cue)) fail(where, 'must be an object {phrase, targets, weight?}');
  const { phrase, targets, weight } = cue as unknown as NegativeCue;
  if (typeof phrase !== 'string' || !phrase.trim()) fail(`${where}.phrase`, 'must be a non-empty string');
  if (!Array.isArray(targets) || targets.length === 0) fail(`${where}.targets`, "must list codes such as 'sdg:13'");
  for (const target of targets) {
    const [scheme, code] = String(target).split(/:(.*)/s);
    if (!(CLASSIFY_SCHEMES as readonly string[]).includes(scheme) || !isKnownCode(scheme as never, code ?? '')) {
      fail(`${where}.targets`, `${JSON.stringify(target)} is not 'sdg:<goal or target>', 'technology:<slug>' or 'wsis:<line>'`);
    }
  }
  if (weight !== undefined && (typeof weight !== 'number' || weight < 0 || weight > 5)) fail(`${where}.weight`, 'must be a number from 0 to 5');
}
