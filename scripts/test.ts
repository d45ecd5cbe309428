// The whole test suite: type-check, then every test file on SQLite and on a throwaway PostgreSQL
// cluster that this script starts and stops itself. With CI=true a missing PostgreSQL (or Chromium,
// for the browser tests) fails the run instead of narrowing it.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { startPostgres, type PgCluster } from './pg-cluster.ts';

const CI = process.env.CI === 'true' || process.env.CI === '1';
const root = new URL('..', import.meta.url).pathname;
const only = process.argv.slice(2);

function findTests(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name.startsWith('.')) return [];
    if (statSync(path).isDirectory()) return findTests(path);
    return /\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: 'inherit', env, cwd: root });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function main(): Promise<number> {
  process.stdout.write('Type-checking…\n');
  const tsc = spawnSync('npx', ['tsc', '--noEmit', '-p', '.'], { stdio: 'inherit', cwd: root });
  if (tsc.status !== 0) return tsc.status ?? 1;

  const files = only.length ? only : [...findTests(join(root, 'src')), ...findTests(join(root, 'test'))].sort();
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'silent' };

  let cluster: PgCluster | undefined;
  try {
    cluster = await startPostgres();
  } catch (err) {
    const message = (err as Error).message;
    if (CI) {
      process.stderr.write(`PostgreSQL is required in CI and could not start: ${message}\n`);
      return 1;
    }
    process.stderr.write(`\nPostgreSQL tests are not run: ${message}\nInstall it with: sudo apt-get install -y postgresql\n\n`);
  }
  if (cluster) env.LEAPFROG_TEST_PG_URL = cluster.url;
  if (CI && !existsSync('/usr/bin/chromium')) {
    process.stderr.write('Chromium (/usr/bin/chromium) is required in CI for the browser tests.\n');
    return 1;
  }
  try {
    return await run(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-reporter=spec', ...files], env);
  } finally {
    await cluster?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  },
);
