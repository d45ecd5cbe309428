import type { EvalRow } from './eval-csv.ts';

/** Accuracy, precision, recall and F1 over n rows. */
export interface Metrics {
  n: number;
  accuracy: number;
  precision: number;
  recall: number;
  f1: number;
  /** rows wrongly suggested (label False) and wrongly missed (label True) */
  falsePositives: number;
  falseNegatives: number;
}

/** Metrics per SDG (only SDGs present in the rows), their unweighted mean, and all rows pooled. */
export interface Evaluation {
  perSdg: Map<number, Metrics>;
  average: Metrics; // macro: mean over the SDGs present
  overall: Metrics; // micro: all rows pooled
}

interface Counts { tp: number; fp: number; tn: number; fn: number }

function metricsOf(c: Counts): Metrics {
  const n = c.tp + c.fp + c.tn + c.fn;
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  return {
    n,
    accuracy: n === 0 ? 0 : (c.tp + c.tn) / n,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    falsePositives: c.fp,
    falseNegatives: c.fn,
  };
}

/**
 * Scores a classifier under the protocol "a row is correct when (sdg ∈ suggested goals) equals label".
 * `suggestGoals` is called once per distinct text.
 */
export function evaluate(rows: readonly EvalRow[], suggestGoals: (text: string) => Iterable<number>): Evaluation {
  const cache = new Map<string, Set<number>>();
  const counts = new Map<number, Counts>();
  const pooled: Counts = { tp: 0, fp: 0, tn: 0, fn: 0 };
  for (const row of rows) {
    let goals = cache.get(row.text);
    if (!goals) cache.set(row.text, (goals = new Set(suggestGoals(row.text))));
    const predicted = goals.has(row.sdg);
    const c = counts.get(row.sdg) ?? { tp: 0, fp: 0, tn: 0, fn: 0 };
    counts.set(row.sdg, c);
    const cell = predicted ? (row.label ? 'tp' : 'fp') : row.label ? 'fn' : 'tn';
    c[cell]++;
    pooled[cell]++;
  }
  const perSdg = new Map([...counts].sort((a, b) => a[0] - b[0]).map(([sdg, c]) => [sdg, metricsOf(c)]));
  const list = [...perSdg.values()];
  const mean = (pick: (m: Metrics) => number): number => (list.length === 0 ? 0 : list.reduce((s, m) => s + pick(m), 0) / list.length);
  const sum = (pick: (m: Metrics) => number): number => list.reduce((s, m) => s + pick(m), 0);
  const average = { n: rows.length, accuracy: mean((m) => m.accuracy), precision: mean((m) => m.precision), recall: mean((m) => m.recall), f1: mean((m) => m.f1), falsePositives: sum((m) => m.falsePositives), falseNegatives: sum((m) => m.falseNegatives) };
  return { perSdg, average, overall: metricsOf(pooled) };
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(7);

/** A fixed-width table of the evaluation, one line per SDG plus the average and pooled lines. */
export function formatEvaluation(evaluation: Evaluation): string {
  const line = (label: string, m: Metrics): string => `${label.padEnd(9)}${String(m.n).padStart(6)}${pct(m.accuracy)}${pct(m.precision)}${pct(m.recall)}${pct(m.f1)}${String(m.falsePositives).padStart(5)}${String(m.falseNegatives).padStart(5)}`;
  const out = [`${'SDG'.padEnd(9)}${'n'.padStart(6)}${'acc'.padStart(7)}${'prec'.padStart(7)}${'recall'.padStart(7)}${'F1'.padStart(7)}${'FP'.padStart(5)}${'FN'.padStart(5)}`];
  for (const [sdg, m] of evaluation.perSdg) out.push(line(`SDG ${sdg}`, m));
  out.push(line('average', evaluation.average), line('pooled', evaluation.overall));
  return out.join('\n');
}

/**
 * Average metrics per language of the rows (`langOf` names it, e.g. the detected language), in the order
 * given, so coverage of the six lexicons can be compared side by side.
 */
export function evaluateByLanguage(rows: readonly EvalRow[], suggestGoals: (text: string) => Iterable<number>, langOf: (text: string) => string, order: readonly string[] = []): Map<string, Evaluation> {
  const groups = new Map<string, EvalRow[]>(order.map((l) => [l, []]));
  for (const row of rows) {
    const lang = langOf(row.text);
    const list = groups.get(lang);
    if (list) list.push(row);
    else groups.set(lang, [row]);
  }
  return new Map([...groups].filter(([, list]) => list.length > 0).map(([lang, list]) => [lang, evaluate(list, suggestGoals)]));
}

/** A fixed-width table with one line per language: rows, SDGs present, average accuracy, precision, recall, F1. */
export function formatLanguageTable(byLanguage: Map<string, Evaluation>): string {
  const out = [`${'lang'.padEnd(9)}${'n'.padStart(6)}${'SDGs'.padStart(5)}${'acc'.padStart(7)}${'prec'.padStart(7)}${'recall'.padStart(7)}${'F1'.padStart(7)}`];
  for (const [lang, e] of byLanguage) {
    const m = e.average;
    out.push(`${lang.padEnd(9)}${String(m.n).padStart(6)}${String(e.perSdg.size).padStart(5)}${pct(m.accuracy)}${pct(m.precision)}${pct(m.recall)}${pct(m.f1)}`);
  }
  return out.join('\n');
}
