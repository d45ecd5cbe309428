import { builtInLexicons } from './builtin-lexicons.ts';
import { compileLexicons, type CompiledLexicon } from './compile-lexicon.ts';
import { goalOfCode } from './codes.ts';
import { detectLanguageByScript, lexiconLangFor, type LanguageDetector } from './detect-language.ts';
import { predictCodes, type ClassifierModel, type ModelPrediction } from './model.ts';
import { tokenize } from './normalize.ts';
import { DEFAULT_SETTINGS, lengthDamping, toScore, type ClassifierSettings } from './settings.ts';
import { tallyHits, type CodeTally } from './tally.ts';
import type { ClassifyLang, ClassifyResult, Lexicon, SdgSuggestion } from './types.ts';
import { deriveWsisFromSectors } from './wsis-derive.ts';

export interface ClassifyOptions {
  /** BCP 47 tag of the text when known; otherwise it is detected */
  lang?: string;
  /** extra lexicons (e.g. from loadLexiconFile), applied after the built-in ones; reuse the same array between calls */
  lexicons?: readonly Lexicon[];
  /** a model from `train`, combined with the lexicon */
  model?: ClassifierModel;
  /** language detector; default: the script/stop-word heuristic (see createFastTextDetector for fastText) */
  detect?: LanguageDetector;
  settings?: Partial<ClassifierSettings>;
}

const MAX_EVIDENCE = 8;
const compiledCache = new WeakMap<readonly Lexicon[], Map<ClassifyLang, CompiledLexicon>>();
const NO_EXTRA: readonly Lexicon[] = Object.freeze([]);

function compiledFor(extra: readonly Lexicon[], lang: ClassifyLang): CompiledLexicon {
  let byLang = compiledCache.get(extra);
  if (!byLang) compiledCache.set(extra, (byLang = new Map()));
  let compiled = byLang.get(lang);
  if (!compiled) byLang.set(lang, (compiled = compileLexicons([...builtInLexicons(), ...extra], lang)));
  return compiled;
}

/**
 * Suggests SDG goals and targets, technologies and WSIS lines for a text, each with a 0..1 score and the
 * phrases of the text that led to it. Deterministic; only suggestions that pass their thresholds are returned.
 */
export function classify(text: string, options: ClassifyOptions = {}): ClassifyResult {
  const settings = { ...DEFAULT_SETTINGS, ...options.settings };
  const detected = options.lang ? { tag: options.lang, lexiconLang: lexiconLangFor(options.lang) } : (options.detect ?? detectLanguageByScript)(text);
  const lexicon = compiledFor(options.lexicons ?? NO_EXTRA, detected.lexiconLang);
  const tokens = lexicon.lang === 'zh' || lexicon.lang === 'ar' ? undefined : tokenize(text);
  const words = tokens ? tokens.length : lexicon.tokenCount(text);
  const tallies = tallyHits(text, lexicon.find(text, tokens), lexicon);
  const damping = lengthDamping(words, settings.dampAfterWords);
  const model = options.model ? predictCodes(options.model, text, detected.lexiconLang) : undefined;
  const scoreOf = (key: string, raw: number): number => blend(toScore(raw / damping, settings.scale), model?.get(key), settings.modelShare);

  const sdgs = suggestSdgs(tallies, model, scoreOf, settings);
  const technologies = pick(tallies, 'technology', model, scoreOf, settings.technologyThreshold).map(([code, score, evidence]) => ({ slug: code, score, evidence }));
  const wsisScored = pick(tallies, 'wsis', model, scoreOf, settings.wsisThreshold).map(([code, score, evidence]) => ({ line: code, score, evidence }));
  const wsis = deriveWsisFromSectors(wsisScored, sdgs, technologies);
  return { lang: detected.tag, lexiconLang: detected.lexiconLang, sdgs, technologies, wsis };
}

/** The goals a result suggests (its entries without a target): what evaluation compares with a row's label. */
export function suggestedGoals(result: Pick<ClassifyResult, 'sdgs'>): number[] {
  return result.sdgs.filter((s) => !s.target).map((s) => s.goal);
}

function blend(lexiconScore: number, prediction: ModelPrediction | undefined, share: number): number {
  return prediction ? (1 - share) * lexiconScore + share * prediction.probability : lexiconScore;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

function evidenceOf(tallies: (CodeTally | undefined)[], prediction?: ModelPrediction): string[] {
  const weighted = new Map<string, number>();
  for (const tally of tallies) for (const [phrase, w] of tally?.evidence ?? []) weighted.set(phrase, (weighted.get(phrase) ?? 0) + w);
  const phrases = [...weighted].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([p]) => p);
  for (const p of prediction?.evidence ?? []) if (!phrases.includes(p)) phrases.push(p);
  return phrases.slice(0, MAX_EVIDENCE);
}

type ScoreOf = (key: string, raw: number) => number;

function suggestSdgs(tallies: Map<string, CodeTally>, model: Map<string, ModelPrediction> | undefined, scoreOf: ScoreOf, settings: ClassifierSettings): SdgSuggestion[] {
  const goals = new Map<number, { raw: number; parts: CodeTally[] }>();
  for (let g = 1; g <= 17; g++) goals.set(g, { raw: 0, parts: [] });
  for (const tally of tallies.values()) {
    if (tally.scheme !== 'sdg') continue;
    const goal = goals.get(goalOfCode(tally.code))!;
    goal.raw += tally.raw;
    goal.parts.push(tally);
  }
  const top = Math.min(settings.relativeCap, Math.max(0, ...[...goals.values()].map((g) => g.raw)));
  const out: SdgSuggestion[] = [];
  for (const [goal, { raw, parts }] of goals) {
    const score = scoreOf(`sdg:${goal}`, raw);
    const lexiconOnly = !model?.has(`sdg:${goal}`);
    if (score < settings.goalThreshold || (lexiconOnly && raw < settings.relativeToTop * top)) continue;
    out.push({ goal, score: round(score), evidence: evidenceOf(parts, model?.get(`sdg:${goal}`)) });
    const targets = parts.filter((t) => t.code.includes('.')).map((t) => ({ t, score: scoreOf(`sdg:${t.code}`, t.raw) }));
    for (const { t, score: targetScore } of targets.sort((a, b) => b.score - a.score)) {
      if (targetScore >= settings.targetThreshold) out.push({ goal, target: t.code, score: round(targetScore), evidence: evidenceOf([t]) });
    }
  }
  const goalScore = new Map(out.filter((s) => !s.target).map((s) => [s.goal, s.score]));
  return out.sort((a, b) => goalScore.get(b.goal)! - goalScore.get(a.goal)! || a.goal - b.goal || (a.target ? 1 : 0) - (b.target ? 1 : 0) || b.score - a.score);
}

function pick(tallies: Map<string, CodeTally>, scheme: 'technology' | 'wsis', model: Map<string, ModelPrediction> | undefined, scoreOf: ScoreOf, threshold: number): [string, number, string[]][] {
  const codes = new Set<string>();
  for (const t of tallies.values()) if (t.scheme === scheme) codes.add(t.code);
  for (const key of model?.keys() ?? []) if (key.startsWith(`${scheme}:`)) codes.add(key.slice(scheme.length + 1));
  const out: [string, number, string[]][] = [];
  for (const code of codes) {
    const key = `${scheme}:${code}`;
    const tally = tallies.get(key);
    const score = scoreOf(key, tally?.raw ?? 0);
    if (score >= threshold) out.push([code, round(score), evidenceOf([tally], model?.get(key))]);
  }
  return out.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}
