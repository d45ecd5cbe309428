import type { SdgSuggestion, TechnologySuggestion, WsisSuggestion } from './types.ts';

// WSIS C7 lines are "ICT applications" in a sector: when a text uses a technology for a goal whose sector has a
// C7 line, that line is implied even if the text never names it ("a tablet programme for schools" → e-learning).
const SECTOR_LINE_BY_GOAL: Record<number, string> = {
  2: 'C7.e-agriculture', 3: 'C7.e-health', 4: 'C7.e-learning', 6: 'C7.e-environment', 8: 'C7.e-employment',
  13: 'C7.e-environment', 14: 'C7.e-environment', 15: 'C7.e-environment',
};

/** Adds C7 sub-lines implied by a technology used for a sector goal; their evidence joins both sides'. */
export function deriveWsisFromSectors(wsis: WsisSuggestion[], sdgs: SdgSuggestion[], technologies: TechnologySuggestion[]): WsisSuggestion[] {
  if (technologies.length === 0) return wsis;
  const byLine = new Map(wsis.map((w) => [w.line, w]));
  const tech = technologies[0];
  for (const goal of sdgs) {
    const line = SECTOR_LINE_BY_GOAL[goal.goal];
    if (goal.target || !line || byLine.has(line)) continue;
    const score = Math.round(Math.min(goal.score, tech.score) * 1000) / 1000;
    byLine.set(line, { line, score, evidence: [...tech.evidence.slice(0, 2), ...goal.evidence.slice(0, 2)] });
  }
  return [...byLine.values()].sort((a, b) => b.score - a.score || (a.line < b.line ? -1 : 1));
}
