import { tokenize } from './normalize.ts';
import type { ClassifyLang } from './types.ts';

const zhSegmenter = new Intl.Segmenter('zh', { granularity: 'word' });

// Words that carry no topic in any of our Latin/Cyrillic languages; they would only add noise to the model.
const FUNCTION_WORDS = new Set(
  ('the and of to in is for with that this on are by from be as it its their have has was will an or at a ' +
   'le la les des du de et est une un pour dans sur au aux qui par avec ce en il elle ' +
   'el los las del y una para por con que se al su sus lo como ' +
   'и в на с по для что из к от до не это как').split(' '),
);

/** The model's features of a text (words and word pairs), each with the phrase of the text it came from. */
export function extractFeatures(text: string, lang: ClassifyLang): Map<string, string> {
  const words: { folded: string; original: string }[] = [];
  if (lang === 'zh') {
    for (const s of zhSegmenter.segment(text)) {
      if (s.isWordLike) words.push({ folded: s.segment.toLowerCase(), original: s.segment });
    }
  } else {
    for (const t of tokenize(text)) words.push({ folded: t.folded, original: text.slice(t.start, t.end) });
  }
  const features = new Map<string, string>();
  let previous: { folded: string; original: string } | undefined;
  for (const w of words) {
    if (FUNCTION_WORDS.has(w.folded) || (w.folded.length < 2 && lang !== 'zh')) { previous = undefined; continue; }
    if (!features.has(w.folded)) features.set(w.folded, w.original);
    if (previous) {
      const pair = `${previous.folded} ${w.folded}`;
      if (!features.has(pair)) features.set(pair, `${previous.original}${lang === 'zh' ? '' : ' '}${w.original}`);
    }
    previous = w;
  }
  return features;
}
