// Snowball stemmers (snowball-stemmers, pure JS), shared by the classifier (en, fr, es, ru) and search (ru).
import * as snowballModule from 'snowball-stemmers';

// a CommonJS (UMD) package: its functions are the namespace's under ESM, under `default` when compiled to CommonJS
const snowball: typeof snowballModule.default = 'newStemmer' in snowballModule ? (snowballModule as unknown as typeof snowballModule.default) : snowballModule.default;

/** The Snowball stemmer of an algorithm ('english', 'french', 'spanish', 'russian'): lower-case word in, stem out. */
export function snowballStemmer(algorithm: string): (word: string) => string {
  const stemmer = snowball.newStemmer(algorithm);
  return (word) => stemmer.stem(word);
}
