// A light plural folding for Latin-script words that is safe in English, French and Spanish at once.
//
// The search cannot tell these three languages apart (same script, short queries), and a real stemmer
// of one language mangles the others' words (Snowball French turns numérique into numer, English turns
// política into polit). So this folds only inflections whose singular and plural both end in a way the
// rules can recognise, and leaves a word alone when a rule would make it collide with another one.
// Input: a word already lower-cased and accent-folded (foldText). Only words of the letters a–z are
// touched, and never a word of fewer than four letters (bus, gas, les, des, mes, has, its stay whole).
//
// 1. Plural ending removed:
//    - French -eaux → -eau (réseaux → reseau), -aux → -al from six letters (nationaux → national; taux stays);
//    - a final -s, except after s, u or i (process, access, status, campus, analysis, this, pais stay),
//      but French -ois does lose it (lois, emplois).
// 2. The singular (the word itself, or what step 1 left) brought to one form, so that the plural of
//    each language meets its singular, and the two forms of the same word in different languages often
//    meet too:
//    - consonant + ie → y from five letters: communities, community, technologie, technology → one form
//      (French and Spanish -ie(s) and English -y/-ies); voie, joie (a vowel before) stay;
//    - -dade → -dad (Spanish edades → edad);
//    - -ale -ele -ile -ole -ule, -are -ere -ore, -ene -ine -one, -ade -ede -ude → without the e, when at
//      least three letters come before the vowel: Spanish plurals in -es of words ending in a consonant
//      (sociales, niveles, naciones, sectores, mujeres, imágenes, móviles, boletines, libertades,
//      actitudes) meet their singular, and French feminines (nationale, première, voisine) their
//      masculine. Short words stay (here, there, phone, scale, role, made: the magic e of English);
//      -ane is left out (plane would meet plan, humane human);
//    - -ce → -z when at least three letters come before it (Spanish capaces, raíces → capaz, raíz;
//      English and French service, services move along with them, so they still meet);
//    - -sse → -ss, -che → -ch, -she → -sh, -xe → -x (classes, class; approaches, approach; boxes, box;
//      French classe, taxe, recherche(s) meet too).
// 3. A short list of words these rules would merge with another word stays as it is (news ≠ new,
//    pays ≠ pay), and a few short Spanish plurals the rules cannot reach are mapped (redes → red,
//    veces → vez).
//
// What it does not do: irregular English plurals (children, lives, heroes), verb forms (-ing, -ed, -ment),
// Spanish -anes and -eses (planes, franceses), French plurals in -us and -is (revenus, suivis: English
// status and this end the same way), French -eux, or any derivation. docs/search.md lists what is known to collide.

/** Words left as they are, before or after the plural is removed (each would merge with another word). */
const KEEP = new Set(['news', 'pays', 'sans', 'dans', 'vers', 'temps', 'corps', 'fils', 'gens', 'bias', 'severe', 'carriere', 'lens', 'mois', 'fois', 'humane']);

/** Short Spanish plurals whose singular the rules cannot reach (too short for the general rules). */
const IRREGULAR = new Map([
  ['redes', 'red'],
  ['leyes', 'ley'],
  ['reyes', 'rey'],
  ['meses', 'mes'],
  ['paises', 'pais'],
  ['veces', 'vez'],
  ['luces', 'luz'],
  ['voces', 'voz'],
  ['peces', 'pez'],
  ['cruces', 'cruz'],
  ['bienes', 'bien'],
]);

const A = 97;
const Z = 122;
const S = 115;
const X = 120;
const E = 101;

function isVowel(c: string | undefined): boolean {
  return c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u' || c === 'y';
}

function allLatinLetters(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < A || c > Z) return false;
  }
  return true;
}

/** Which vowel + consonant pairs before a final e lose the e (see 2. above). */
const E_AFTER: Record<string, string> = { l: 'aeiou', r: 'aeo', n: 'eio', d: 'aeu' };

/** The common form of a singular (or of what is left once the plural is removed). */
function singular(s: string): string {
  const n = s.length;
  if (n < 4 || s.charCodeAt(n - 1) !== E || KEEP.has(s)) return s;
  const p = s[n - 2]!;
  const q = s[n - 3]!;
  if (p === 'i') return n >= 5 && !isVowel(q) ? `${s.slice(0, -2)}y` : s;
  if (p === 'c') return n - 2 >= 3 ? `${s.slice(0, -2)}z` : s;
  // -dade whatever comes before (edades → edad); other -ade, -ede, -ude below with the longer root.
  if (p === 'd' && q === 'a' && s[n - 4] === 'd') return s.slice(0, -1);
  if ((p === 's' && q === 's') || (p === 'h' && (q === 'c' || q === 's'))) return n - 3 >= 2 ? s.slice(0, -1) : s;
  if (p === 'x') return n - 2 >= 2 ? s.slice(0, -1) : s;
  const vowels = E_AFTER[p];
  if (vowels && vowels.includes(q) && n - 3 >= 3) return s.slice(0, -1);
  return s;
}

/**
 * The form of a folded Latin-script word that the index and queries share: plural and feminine
 * endings folded as described above. Other words (digits, other scripts, short words) are returned as given.
 */
export function latinStem(w: string): string {
  const n = w.length;
  if (n < 4) return w;
  const last = w.charCodeAt(n - 1);
  // Only words ending in s, x or e can change: the common case returns here without more checks.
  if (last !== S && last !== X && last !== E) return w;
  if (!allLatinLetters(w) || KEEP.has(w)) return w;
  const irregular = IRREGULAR.get(w);
  if (irregular !== undefined) return irregular;
  if (last === X) {
    if (w.endsWith('eaux')) return w.slice(0, -1);
    if (n >= 6 && w.endsWith('aux')) return `${w.slice(0, -3)}al`;
    return w;
  }
  if (last === S) {
    const p = w[n - 2];
    // French -ois plurals (lois, emplois) lose the s; other words in -is keep it (analysis, pais, crisis).
    if (p === 's' || p === 'u' || (p === 'i' && w[n - 3] !== 'o')) return w;
    return singular(w.slice(0, -1));
  }
  return singular(w);
}
