import type { ClassificationLink, ClassificationScheme } from '../classification/classification.ts';
import { claimedCodes, goalOf } from '../classification/classification.ts';
import type { Initiative } from '../initiative/initiative.ts';
import type { ClassifierDecision } from '../ports.ts';
import type { Lang } from '../vocabulary/language.ts';
import { LANGS } from '../vocabulary/language.ts';
import type { Vocabulary } from '../vocabulary/vocabulary.ts';
import type { TrainingExample, TrainingLabel } from './model.ts';
import type { ClassifyResult } from './types.ts';

/** How the phrases of a suggestion are joined into a link's `evidenceText`. */
export const EVIDENCE_SEPARATOR = ' · ';

/** The text the classifier reads for a record: title, summary, description and impact in the language written. */
export function recordText(record: Initiative): { text: string; lang: Lang } {
  const fields = [record.title, record.summary, record.description, record.impact];
  const langs: Lang[] = [record.originalLang, ...LANGS.filter((l) => l !== record.originalLang)];
  for (const lang of langs) {
    const text = fields.map((f) => f[lang]?.trim()).filter(Boolean).join('\n');
    if (text) return { text, lang };
  }
  return { text: '', lang: record.originalLang };
}

/**
 * Classifier output → unconfirmed machine links, leaving out codes the record already links (by any source),
 * codes a person rejected on this record, codes outside the vocabulary, and goals a claimed target already implies.
 */
export function suggestionLinks(result: ClassifyResult, existing: readonly ClassificationLink[], rejected: readonly ClassifierDecision[], vocab: Vocabulary): ClassificationLink[] {
  const taken = new Set([...existing.map((c) => `${c.scheme}:${c.code}`), ...rejected.map((d) => `${d.scheme}:${d.code}`)]);
  const impliedGoals = new Set(claimedCodes(existing, 'sdg-target').map((t) => String(goalOf(t))));
  const candidates: [ClassificationScheme, string, number, string[]][] = [
    ...result.sdgs.map((s): [ClassificationScheme, string, number, string[]] => (s.target ? ['sdg-target', s.target, s.score, s.evidence] : ['sdg-goal', String(s.goal), s.score, s.evidence])),
    ...result.technologies.map((t): [ClassificationScheme, string, number, string[]] => ['technology', t.slug, t.score, t.evidence]),
    ...result.wsis.map((w): [ClassificationScheme, string, number, string[]] => ['wsis', w.line, w.score, w.evidence]),
  ];
  const known: Record<ClassificationScheme, (code: string) => boolean> = {
    'sdg-goal': (c) => vocab.goal(Number(c)) !== undefined,
    'sdg-target': (c) => vocab.targets.has(c),
    technology: (c) => vocab.techBySlug.has(c),
    wsis: (c) => vocab.wsisByCode.has(c),
  };
  const out: ClassificationLink[] = [];
  for (const [scheme, code, score, evidence] of candidates) {
    const key = `${scheme}:${code}`;
    if (taken.has(key) || !known[scheme](code) || (scheme === 'sdg-goal' && impliedGoals.has(code))) continue;
    taken.add(key);
    out.push({ scheme, code, source: 'machine', confidence: score, evidenceText: evidence.join(EVIDENCE_SEPARATOR) || undefined });
  }
  return out;
}

/**
 * Training examples from people's work: each record's claimed links (self-declared, reviewed, or accepted
 * suggestions) are positives, rejections are negatives. A rejection on a record that no longer exists still
 * counts, on the text it was made on.
 */
export function trainingExamples(records: readonly Initiative[], decisions: readonly ClassifierDecision[]): TrainingExample[] {
  const rejectionsBy = new Map<string, ClassifierDecision[]>();
  for (const d of decisions) if (!d.accepted) rejectionsBy.set(d.recordId, [...(rejectionsBy.get(d.recordId) ?? []), d]);
  const examples: TrainingExample[] = [];
  const label = (scheme: string, code: string, accepted: boolean): TrainingLabel => ({ scheme: scheme as TrainingLabel['scheme'], code, accepted });
  for (const record of records) {
    const { text, lang } = recordText(record);
    const claimed = record.classifications.filter((c) => c.source !== 'machine' || c.confirmedAt);
    const rejected = rejectionsBy.get(record.id) ?? [];
    rejectionsBy.delete(record.id);
    if (!text || (!claimed.length && !rejected.length)) continue;
    examples.push({ text, lang, labels: [...claimed.map((c) => label(c.scheme, c.code, true)), ...rejected.map((d) => label(d.scheme, d.code, false))] });
  }
  for (const orphans of rejectionsBy.values()) {
    for (const d of orphans) examples.push({ text: d.text, lang: d.lang, labels: [label(d.scheme, d.code, false)] });
  }
  return examples;
}
