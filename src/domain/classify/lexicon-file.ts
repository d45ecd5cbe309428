import { readFileSync } from 'node:fs';
import { LexiconError, validateLexicon } from './lexicon-validate.ts';
import type { Lexicon } from './types.ts';

/** Reads a user's lexicon file (one lexicon object, or an array of them) and validates it; throws LexiconError. */
export function loadLexiconFile(path: string): Lexicon[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new LexiconError(`${path}: cannot read the file (${(error as Error).message})`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new LexiconError(`${path}: not valid JSON (${(error as Error).message})`);
  }
  const list = Array.isArray(parsed) ? parsed : [parsed];
  return list.map((item, i) => validateLexicon(item, Array.isArray(parsed) ? `${path} [${i}]` : path));
}
