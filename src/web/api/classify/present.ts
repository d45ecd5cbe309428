import type { ClassifyResult } from '../../../domain/classify/types.ts';

/** The classifier's answer as the API and the CLI show it: `{lang, sdgs, technologies, wsis}`. */
export function presentClassification(result: ClassifyResult) {
  return { lang: result.lang, sdgs: result.sdgs, technologies: result.technologies, wsis: result.wsis };
}
