import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freshDatabase, type DatabaseKind } from './databases.ts';

const bin = new URL('../../bin/leapfrog.js', import.meta.url).pathname;

/** Runs `leapfrog ARGS` in a child process with `env` added; returns its exit code and output. */
export function runCli(args: string[], env: Record<string, string>, input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { env: { ...process.env, LOG_LEVEL: 'silent', ...env }, encoding: 'utf8', timeout: 120_000, input });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** An empty database of `kind` for CLI runs: its DATABASE_URL, a folder for other files, and `drop` to remove both. */
export async function cliDatabase(kind: DatabaseKind): Promise<{ url: string; dir: string; drop: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'lf-cli-'));
  const removeDir = async () => rmSync(dir, { recursive: true, force: true });
  if (kind === 'sqlite') return { url: `sqlite:${join(dir, 'db.sqlite')}`, dir, drop: removeDir };
  const db = await freshDatabase('postgres');
  await db.store.close();
  return { url: db.url, dir, drop: async () => (await db.drop(), removeDir()) };
}
