/** The knobs of the scoring, tuned on the development set (see docs/classifier.md). */
export interface ClassifierSettings {
  /** raw weight that maps to a score of 1 − 1/e ≈ 0.63 */
  scale: number;
  /** a goal is suggested when its score reaches this… */
  goalThreshold: number;
  /** …and its raw weight is at least this share of the strongest goal's (secondary goals need real support) */
  relativeToTop: number;
  /** the strongest goal's raw weight counts at most this much in that rule, so a text that says a lot about its
   * main goal does not lose a clearly stated second one */
  relativeCap: number;
  /** a target is listed under its suggested goal when its own score reaches this */
  targetThreshold: number;
  technologyThreshold: number;
  wsisThreshold: number;
  /** words beyond which a text's raw weights are damped, so long texts do not collect goals by accident */
  dampAfterWords: number;
  /** share of the final score given to the learned model, for codes the model knows */
  modelShare: number;
}

export const DEFAULT_SETTINGS: Readonly<ClassifierSettings> = Object.freeze({
  scale: 1.5,
  goalThreshold: 0.25,
  relativeToTop: 0.3,
  relativeCap: 4,
  targetThreshold: 0.3,
  technologyThreshold: 0.4,
  wsisThreshold: 0.4,
  dampAfterWords: 80,
  modelShare: 0.2,
});

/** Maps a raw weight to 0..1, monotonic and saturating. */
export function toScore(raw: number, scale: number): number {
  return raw <= 0 ? 0 : 1 - Math.exp(-raw / scale);
}

/** Divides raw weights of long texts: 1 up to `after` words, then growing with the square root of the excess. */
export function lengthDamping(words: number, after: number): number {
  return words <= after ? 1 : Math.sqrt(words / after);
}
