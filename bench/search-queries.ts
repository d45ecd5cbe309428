import type { Vocabulary } from '../src/domain/vocabulary/vocabulary.ts';
import { LANGS } from '../src/domain/vocabulary/language.ts';
import { TOPICS, random } from '../src/domain/sample/synthetic.ts';

/**
 * At least 500 distinct, realistic searches: 1–3 words in the six languages (topics, technologies,
 * country names, and words people type that match little or nothing), a third with a filter.
 */
export function benchmarkQueries(vocab: Vocabulary, wanted = 600): string[] {
  const rnd = random(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const words: string[] = [];
  for (const topic of TOPICS) for (const phrase of topic) words.push(phrase.split(/\s+/).slice(0, 3).join(' '));
  for (const tech of vocab.technologies) for (const l of LANGS) words.push(tech.labels[l]);
  for (const c of vocab.countries.slice(0, 60)) words.push(c.names[pick(LANGS)]);
  words.push('drought insurance', 'vaccine cold chain', 'blockchain land registry', 'satellite', 'inclusion', 'accessibilité', 'agua potable', '农业', 'الزراعة', 'сельское хозяйство');
  const filters = [
    () => `sdg=${1 + Math.floor(rnd() * 17)}`,
    () => `technology=${pick(vocab.technologies).slug}`,
    () => `group=${pick(['LDC', 'LLDC', 'SIDS'])}`,
    () => `region=${pick(['AFR', 'AMS', 'ARB', 'ASP', 'CIS', 'EUR'])}`,
    () => `status=${pick(['implementation', 'closed', 'pipeline'])}`,
  ];
  const out = new Set<string>();
  for (let i = 0; out.size < wanted && i < wanted * 20; i++) {
    const q = rnd() < 0.15 ? `${pick(words)} ${pick(words).split(' ')[0]}` : pick(words);
    const filter = rnd() < 0.35 ? `&${pick(filters)()}` : '';
    const sort = rnd() < 0.1 ? '&sort=newest' : '';
    out.add(`/api/v1/search?q=${encodeURIComponent(q)}${filter}${sort}`);
  }
  return [...out];
}
