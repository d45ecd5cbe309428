import { readFileSync } from 'node:fs';
import type { SampleContent } from '../domain/sample/sample-service.ts';
import { readParticipationCsv } from '../domain/participation/participation-csv.ts';

const read = (name: string) => JSON.parse(readFileSync(new URL(`./${name}`, import.meta.url), 'utf8'));

/** The team-written sample organisations, initiatives and policies shipped with the code. */
export function sampleContent(): SampleContent {
  const participation = { ...read('participation/bodies.json'), rows: readParticipationCsv(readFileSync(new URL('./participation/participations.csv', import.meta.url), 'utf8')) };
  return { organisations: read('organisations.json'), initiatives: read('initiatives.json'), policies: read('policies.json'), participation, posts: read('partnership/posts.json') };
}
