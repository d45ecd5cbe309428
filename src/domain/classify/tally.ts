import type { CompiledLexicon } from './compile-lexicon.ts';
import { goalOfCode } from './codes.ts';
import type { PatternHit } from './token-matcher.ts';
import type { ClassifyScheme } from './types.ts';

/** The raw evidence for one code: summed term weights and the phrases of the text behind them. */
export interface CodeTally {
  scheme: ClassifyScheme;
  code: string;
  raw: number;
  evidence: Map<string, number>; // phrase as written in the text → its contribution
}

interface Occurrence {
  scheme: ClassifyScheme;
  code: string;
  group: string; // occurrences in one group compete for the same span (an SDG goal and its targets)
  weight: number;
  pattern: number;
  start: number;
  end: number;
  cancelled: boolean;
}

const key = (scheme: string, code: string): string => `${scheme}:${code}`;

/**
 * Turns matcher hits into per-code tallies: inside one goal (or one technology, one line) only the longest of
 * overlapping matches counts ("climate change adaptation" over "climate change"); negative cues cancel the
 * matches they overlap and subtract their weight; a term repeated counts with diminishing returns.
 */
export function tallyHits(text: string, hits: PatternHit[], lexicon: CompiledLexicon): Map<string, CodeTally> {
  const occurrences: Occurrence[] = [];
  for (const hit of hits) {
    for (const entry of lexicon.patterns[hit.pattern].positives) {
      occurrences.push({ scheme: entry.scheme, code: entry.code, group: entry.group, weight: entry.weight, pattern: hit.pattern, start: hit.start, end: hit.end, cancelled: false });
    }
  }
  keepLongest(occurrences);
  const penalties = applyNegativeCues(hits, lexicon, occurrences);

  const perPattern = new Map<string, { weight: number; count: number; phrase: string; scheme: ClassifyScheme; code: string }>();
  for (const o of occurrences) {
    if (o.cancelled) continue;
    const k = `${key(o.scheme, o.code)}#${o.pattern}`;
    const seen = perPattern.get(k);
    if (seen) seen.count++;
    else perPattern.set(k, { weight: o.weight, count: 1, phrase: text.slice(o.start, o.end), scheme: o.scheme, code: o.code });
  }
  const tallies = new Map<string, CodeTally>();
  for (const p of perPattern.values()) {
    const k = key(p.scheme, p.code);
    let tally = tallies.get(k);
    if (!tally) tallies.set(k, (tally = { scheme: p.scheme, code: p.code, raw: 0, evidence: new Map() }));
    const contribution = p.weight * (1 + 0.5 * Math.log(p.count));
    tally.raw += contribution;
    tally.evidence.set(p.phrase, (tally.evidence.get(p.phrase) ?? 0) + contribution);
  }
  for (const [k, penalty] of penalties) {
    let tally = tallies.get(k);
    const at = k.indexOf(':');
    if (!tally) tallies.set(k, (tally = { scheme: k.slice(0, at) as ClassifyScheme, code: k.slice(at + 1), raw: 0, evidence: new Map() }));
    tally.raw -= penalty;
  }
  return tallies;
}

function keepLongest(occurrences: Occurrence[]): void {
  const byGroup = new Map<string, Occurrence[]>();
  for (const o of occurrences) {
    const list = byGroup.get(o.group);
    if (list) list.push(o);
    else byGroup.set(o.group, [o]);
  }
  for (const list of byGroup.values()) {
    if (list.length < 2) continue;
    for (const o of list) {
      o.cancelled = list.some((other) => other !== o && other.start <= o.start && other.end >= o.end && (other.end - other.start > o.end - o.start || beatsOnSameSpan(other, o)));
    }
  }
}

// Two terms on the same span ("farm*" and "farmer*"): count one — the heavier, then the more specific code.
function beatsOnSameSpan(a: Occurrence, b: Occurrence): boolean {
  if (a.start !== b.start || a.end !== b.end) return false;
  if (a.weight !== b.weight) return a.weight > b.weight;
  if (a.code.length !== b.code.length) return a.code.length > b.code.length;
  return a.pattern < b.pattern;
}

// Cancels occurrences a negative cue overlaps; returns the penalty to subtract per 'scheme:code'. A cue aimed at
// SDG goal '13' also covers the targets 13.x.
function applyNegativeCues(hits: PatternHit[], lexicon: CompiledLexicon, occurrences: Occurrence[]): Map<string, number> {
  const penalties = new Map<string, number>();
  const applied = new Set<number>();
  for (const hit of hits) {
    for (const cue of lexicon.patterns[hit.pattern].negatives) {
      for (const target of cue.targets) {
        const covers = (o: Occurrence): boolean =>
          o.scheme === target.scheme && (o.code === target.code || (o.scheme === 'sdg' && !target.code.includes('.') && goalOfCode(o.code) === Number(target.code)));
        for (const o of occurrences) {
          if (covers(o) && o.start < hit.end && hit.start < o.end) o.cancelled = true;
        }
        if (cue.weight > 0 && !applied.has(hit.pattern)) {
          const k = key(target.scheme, target.code);
          penalties.set(k, (penalties.get(k) ?? 0) + cue.weight);
        }
      }
      applied.add(hit.pattern);
    }
  }
  return penalties;
}
