import type { Lang, LangMap } from '../vocabulary/language.ts';

/** What a page needs to name a duplicate: any record with a title. */
export interface TitledRecord {
  id: string;
  title: LangMap;
  originalLang: Lang;
}

/** A probable duplicate with why it is one. */
export interface DuplicateOf<T extends TitledRecord = TitledRecord> {
  record: T;
  reasons: ProbableDuplicate['reasons'];
}

/** Something that may be a duplicate of a new record. */
export interface DuplicateCandidate {
  id: string;
  titles: string[];
  countries: readonly string[];
  organisationIds: readonly string[];
  externalIds: Record<string, unknown>;
}

export interface ProbableDuplicate {
  id: string;
  reasons: ('similar-title' | 'same-external-id')[];
  similarity: number;
}

const words = (s: string): Set<string> => new Set([...new Intl.Segmenter(undefined, { granularity: 'word' }).segment(s.toLowerCase())].map((w) => w.segment).filter((w) => /[\p{L}\p{N}]/u.test(w)));

/** Jaccard similarity of the words of two titles (0..1); works for scripts without spaces too. */
export function titleSimilarity(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  if (!x.size || !y.size) return 0;
  let both = 0;
  for (const w of x) if (y.has(w)) both++;
  return both / (x.size + y.size - both);
}

const SIMILAR = 0.5;

/**
 * Probable duplicates of `record` among `candidates` (already sharing a country, an organisation or an
 * external id): the same external id, or a title at least half the same words in any language.
 */
export function probableDuplicates(record: DuplicateCandidate, candidates: DuplicateCandidate[]): ProbableDuplicate[] {
  const ids = new Set(Object.entries(record.externalIds).filter(([, v]) => typeof v === 'string' && v).map(([k, v]) => `${k}=${v}`));
  const found: ProbableDuplicate[] = [];
  for (const c of candidates) {
    if (c.id === record.id) continue;
    const reasons: ProbableDuplicate['reasons'] = [];
    const similarity = Math.max(0, ...record.titles.flatMap((a) => c.titles.map((b) => titleSimilarity(a, b))));
    if (similarity >= SIMILAR) reasons.push('similar-title');
    if (Object.entries(c.externalIds).some(([k, v]) => ids.has(`${k}=${v}`))) reasons.push('same-external-id');
    if (reasons.length) found.push({ id: c.id, reasons, similarity: Math.round(similarity * 100) / 100 });
  }
  return found.sort((a, b) => b.reasons.length - a.reasons.length || b.similarity - a.similarity);
}
