// Text folding shared by lexicon compilation and matching: whatever is done to a lexicon term is done to the
// text, so matching is a plain equality of folded forms.

const COMBINING_MARK = /\p{M}+/gu;
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Folds one word: lower-case, accents removed (é → e, ñ → n, ё → е), Arabic harakat, tatweel and hamza
 * carriers removed (أ إ آ → ا), taa marbuta → haa, alef maqsura → yaa. Used by the token matcher.
 */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return foldArabicLetters(lower.normalize('NFD').replace(COMBINING_MARK, ''));
}

function foldArabicLetters(s: string): string {
  return s.replace(/[\u0640]/g, '').replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627').replace(/\u0629/g, '\u0647').replace(/\u0649/g, '\u064a');
}

/** A folded copy of a whole text for substring matching (Chinese, Arabic), with each folded char's source index. */
export interface FoldedText {
  text: string;
  sourceIndex: Int32Array; // sourceIndex[i] = index in the original text of folded char i
}

/**
 * Folds a text char by char without changing char positions' meaning: ASCII and full-width letters lower-cased
 * (Ｇ → g), Arabic diacritics and tatweel dropped, alef/taa marbuta/alef maqsura unified, other chars kept.
 */
export function foldForSubstring(text: string): FoldedText {
  const codes: number[] = [];
  const sourceIndex = new Int32Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0; // full-width ASCII → ASCII
    if (c >= 65 && c <= 90) c += 32;
    else if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640) continue;
    else if (c === 0x0622 || c === 0x0623 || c === 0x0625 || c === 0x0671) c = 0x0627;
    else if (c === 0x0629) c = 0x0647;
    else if (c === 0x0649) c = 0x064a;
    else if (c >= 0xc0 && c < 0x250) {
      const folded = foldWord(String.fromCharCode(c));
      c = folded.length === 1 ? folded.charCodeAt(0) : c;
    }
    codes.push(c);
    sourceIndex[n++] = i;
  }
  let folded = '';
  for (let i = 0; i < codes.length; i += 8192) folded += String.fromCharCode(...codes.slice(i, i + 8192));
  return { text: folded, sourceIndex: sourceIndex.subarray(0, n) };
}

/** A word of a text, with its folded form and its place in the original text. */
export interface Token {
  folded: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu; // marks too: decomposed (NFD) text keeps "é" inside its word

/** Splits on anything that is not a letter or digit (so "e-waste" → e, waste; "d'eau" → d, eau) and folds each word. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    tokens.push({ folded: foldWord(m[0]), start: m.index!, end: m.index! + m[0].length });
  }
  return tokens;
}
