import { isKnownCode } from './codes.ts';
import { lexiconLangFor } from './detect-language.ts';
import { extractFeatures } from './features.ts';
import type { ClassifyLang, ClassifyScheme } from './types.ts';
import { CLASSIFY_SCHEMES } from './types.ts';

/** A confirmed (accepted) or rejected link, as the app stores it. 'sdg-goal' and 'sdg-target' are read as 'sdg'. */
export interface TrainingLabel {
  scheme: ClassifyScheme | 'sdg-goal' | 'sdg-target';
  code: string;
  accepted: boolean;
}

export interface TrainingExample {
  text: string;
  lang?: string;
  labels: TrainingLabel[];
}

/** Naive Bayes log-count ratios per code: a feature's weight says how much more often it occurs with the code. */
export interface CodeModel {
  bias: number;
  positives: number;
  negatives: number;
  weights: Record<string, number>;
}

/** A trained model; plain JSON, so it can be stored and reloaded with modelFromJson. */
export interface ClassifierModel {
  kind: 'leapfrog-classifier-model';
  version: 1;
  examples: number;
  codes: Record<string, CodeModel>; // key 'sdg:9', 'technology:5g', 'wsis:C3'
}

export interface TrainOptions {
  /** codes with fewer accepted examples are not modelled (the lexicon alone decides for them) */
  minPositives?: number;
  /** features seen in fewer examples are dropped */
  minCount?: number;
  /** features whose |weight| is below this are dropped, keeping the model small */
  minWeight?: number;
}

/** The model's view of one code for one text: a probability and the phrases that pushed it up most. */
export interface ModelPrediction {
  probability: number;
  evidence: string[];
}

const SMOOTHING = 1;

function schemeOf(label: TrainingLabel): ClassifyScheme {
  return label.scheme === 'sdg-goal' || label.scheme === 'sdg-target' ? 'sdg' : label.scheme;
}

// A target confirmed is its goal confirmed too ('9.c' accepted → '9' accepted); a rejected target says nothing
// about its goal.
function labelKeys(labels: TrainingLabel[]): Map<string, boolean> {
  const keys = new Map<string, boolean>();
  for (const label of labels) {
    const scheme = schemeOf(label);
    if (!isKnownCode(scheme, label.code)) continue;
    const key = `${scheme}:${label.code}`;
    if (label.accepted || !keys.has(key)) keys.set(key, label.accepted || (keys.get(key) ?? false));
    if (scheme === 'sdg' && label.accepted && label.code.includes('.')) keys.set(`sdg:${label.code.split('.')[0]}`, true);
  }
  return keys;
}

/**
 * Trains one binary naive Bayes per code from accepted and rejected links. Negatives of a code are its
 * rejections plus examples accepted for other codes of the same scheme but not this one.
 */
export function train(examples: TrainingExample[], options: TrainOptions = {}): ClassifierModel {
  const { minPositives = 3, minCount = 2, minWeight = 0.25 } = options;
  const docs = examples.map((e) => ({
    features: [...extractFeatures(e.text, lexiconLangFor(e.lang ?? 'en')).keys()],
    labels: labelKeys(e.labels),
  }));
  const documentFrequency = new Map<string, number>();
  for (const d of docs) for (const f of d.features) documentFrequency.set(f, (documentFrequency.get(f) ?? 0) + 1);
  const allCodes = new Set(docs.flatMap((d) => [...d.labels.keys()]));
  const codes: Record<string, CodeModel> = {};
  for (const key of [...allCodes].sort()) {
    const scheme = key.slice(0, key.indexOf(':'));
    const pos: string[][] = [];
    const neg: string[][] = [];
    for (const d of docs) {
      const label = d.labels.get(key);
      if (label === true) pos.push(d.features);
      else if (label === false || [...d.labels].some(([k, v]) => v && k.startsWith(`${scheme}:`))) neg.push(d.features);
    }
    if (pos.length < minPositives || neg.length === 0) continue;
    codes[key] = fitCode(pos, neg, (f) => (documentFrequency.get(f) ?? 0) >= minCount, minWeight);
  }
  return { kind: 'leapfrog-classifier-model', version: 1, examples: examples.length, codes };
}

function fitCode(pos: string[][], neg: string[][], keep: (f: string) => boolean, minWeight: number): CodeModel {
  const countIn = (docs: string[][]): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const d of docs) for (const f of d) if (keep(f)) counts.set(f, (counts.get(f) ?? 0) + 1);
    return counts;
  };
  const p = countIn(pos);
  const q = countIn(neg);
  const vocabulary = new Set([...p.keys(), ...q.keys()]);
  let pTotal = 0, qTotal = 0;
  for (const f of vocabulary) { pTotal += (p.get(f) ?? 0) + SMOOTHING; qTotal += (q.get(f) ?? 0) + SMOOTHING; }
  const weights: Record<string, number> = {};
  for (const f of [...vocabulary].sort()) {
    const r = Math.log(((p.get(f) ?? 0) + SMOOTHING) / pTotal) - Math.log(((q.get(f) ?? 0) + SMOOTHING) / qTotal);
    if (Math.abs(r) >= minWeight) weights[f] = Math.round(r * 1000) / 1000;
  }
  return { bias: Math.round(Math.log(pos.length / neg.length) * 1000) / 1000, positives: pos.length, negatives: neg.length, weights };
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/** The model's probability and evidence for every code it knows, for one text. */
export function predictCodes(model: ClassifierModel, text: string, lang: ClassifyLang): Map<string, ModelPrediction> {
  const features = extractFeatures(text, lang);
  const out = new Map<string, ModelPrediction>();
  for (const [key, code] of Object.entries(model.codes)) {
    let sum = code.bias;
    const contributions: [string, number][] = [];
    for (const [feature, phrase] of features) {
      const w = code.weights[feature];
      if (w === undefined) continue;
      sum += w;
      if (w > 0) contributions.push([phrase, w]);
    }
    contributions.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    out.set(key, { probability: sigmoid(sum), evidence: contributions.slice(0, 3).map(([phrase]) => phrase) });
  }
  return out;
}

/** Serialises a model to JSON text. */
export function modelToJson(model: ClassifierModel): string {
  return JSON.stringify(model);
}

/** Reads a model from JSON text, checking its shape; throws an Error saying what is wrong. */
export function modelFromJson(json: string): ClassifierModel {
  const value = JSON.parse(json) as ClassifierModel;
  if (value?.kind !== 'leapfrog-classifier-model' || value.version !== 1 || typeof value.codes !== 'object') {
    throw new Error('not a Leapfrog classifier model (expected kind "leapfrog-classifier-model", version 1)');
  }
  for (const [key, code] of Object.entries(value.codes)) {
    const [scheme, c] = key.split(/:(.*)/s);
    if (!(CLASSIFY_SCHEMES as readonly string[]).includes(scheme) || !isKnownCode(scheme as ClassifyScheme, c ?? '')) throw new Error(`model code ${JSON.stringify(key)} is unknown`);
    if (typeof code.bias !== 'number' || typeof code.weights !== 'object') throw new Error(`model code ${JSON.stringify(key)} lacks bias or weights`);
  }
  return value;
}
