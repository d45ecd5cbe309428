import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The team's shared real-data folder (`../shared/data` beside the checkout; LEAPFROG_SHARED_DATA overrides).
 * Tests read it there; the project never copies it into its tree.
 */
export function sharedData(...parts: string[]): string {
  const base = process.env.LEAPFROG_SHARED_DATA ?? resolve(repoRoot, '../shared/data');
  if (!existsSync(base)) throw new Error(`Shared data folder not found at ${base}: set LEAPFROG_SHARED_DATA`);
  return resolve(base, ...parts);
}
