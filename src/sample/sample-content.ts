import { readFileSync } from 'node:fs';
import type { SampleContent } from '../domain/sample/sample-service.ts';

const read = (name: string) => JSON.parse(readFileSync(new URL(`./${name}`, import.meta.url), 'utf8'));

/** The team-written sample organisations, initiatives and policies shipped with the code. */
export function sampleContent(): SampleContent {
  return { organisations: read('organisations.json'), initiatives: read('initiatives.json'), policies: read('policies.json') };
}
