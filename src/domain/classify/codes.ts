import type { ClassifyScheme } from './types.ts';

// Target suffixes per goal, from the UN framework (A/RES/71/313). Kept here rather than read from
// src/domain/vocabulary so the classifier can validate lexicons without depending on vocabulary data loading.
const TARGET_SUFFIXES: Record<number, string> = {
  1: '1-5 a b', 2: '1-5 a b c', 3: '1-9 a b c d', 4: '1-7 a b c', 5: '1-6 a b c', 6: '1-6 a b', 7: '1-3 a b',
  8: '1-10 a b', 9: '1-5 a b c', 10: '1-7 a b c', 11: '1-7 a b c', 12: '1-8 a b c', 13: '1-3 a b',
  14: '1-7 a b c', 15: '1-9 a b c', 16: '1-10 a b', 17: '1-19',
};

function expandSuffixes(spec: string): string[] {
  const out: string[] = [];
  for (const part of spec.split(' ')) {
    const range = part.match(/^(\d+)-(\d+)$/);
    if (range) for (let n = Number(range[1]); n <= Number(range[2]); n++) out.push(String(n));
    else out.push(part);
  }
  return out;
}

/** The 169 real SDG target codes ('1.1' … '17.19'). */
export const SDG_TARGET_CODES: ReadonlySet<string> = new Set(
  Object.entries(TARGET_SUFFIXES).flatMap(([goal, spec]) => expandSuffixes(spec).map((s) => `${goal}.${s}`)),
);

/** Technology slugs of the controlled list. */
export const TECHNOLOGY_SLUGS: readonly string[] = [
  '5g', 'artificial-intelligence', 'internet-of-things', 'big-data', 'ott', 'cloud-edge', 'blockchain', 'satellite',
  'digital-identity', 'digital-payments', 'open-data', 'cybersecurity', 'ar-vr', 'broadband',
];

/** WSIS action lines, C7 with its eight sub-lines. */
export const WSIS_LINE_CODES: readonly string[] = [
  'C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C7.e-government', 'C7.e-business', 'C7.e-learning', 'C7.e-health',
  'C7.e-employment', 'C7.e-environment', 'C7.e-agriculture', 'C7.e-science', 'C8', 'C9', 'C10', 'C11',
];

/** Whether `code` is valid in `scheme`: SDG goals '1'…'17' and real targets, listed slugs and lines. */
export function isKnownCode(scheme: ClassifyScheme, code: string): boolean {
  if (scheme === 'sdg') {
    if (/^(?:[1-9]|1[0-7])$/.test(code)) return true;
    return SDG_TARGET_CODES.has(code);
  }
  if (scheme === 'technology') return TECHNOLOGY_SLUGS.includes(code);
  return WSIS_LINE_CODES.includes(code);
}

/** The goal number of an SDG code: '9.c' → 9, '17' → 17. */
export function goalOfCode(code: string): number {
  return Number(code.split('.')[0]);
}
