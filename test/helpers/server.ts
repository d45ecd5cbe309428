import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { DatabaseKind } from './databases.ts';

export const E2E_ADMIN_TOKEN = 'e2e-admin-token-0123456789abcdef';

const ROOT = new URL('../../', import.meta.url).pathname;

export interface RunningServer {
  url: string;
  /** The folder the server writes its emails to (`LEAPFROG_OUTBOX_DIR`). */
  outboxDir: string;
  /** The environment the server runs with: `runCli` (cli.ts) given it acts on the same database. */
  env: Record<string, string>;
  stop: () => Promise<void>;
}

/** A free TCP port on loopback, chosen by the OS. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** Runs one SQL statement on the test cluster's maintenance database. */
async function onCluster(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.LEAPFROG_TEST_PG_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh database of `kind` for the server: a SQLite file in `dir`, or a new database on the test cluster. */
async function serverDatabase(kind: DatabaseKind, dir: string): Promise<{ url: string; drop: () => Promise<void> }> {
  if (kind === 'sqlite') return { url: `sqlite:${join(dir, 'e2e.db')}`, drop: async () => {} };
  const admin = process.env.LEAPFROG_TEST_PG_URL;
  if (!admin) throw new Error('PostgreSQL e2e tests need LEAPFROG_TEST_PG_URL (npm test starts a cluster)');
  const name = `lf_e2e_${randomBytes(6).toString('hex')}`;
  await onCluster(`CREATE DATABASE ${name}`);
  return { url: admin.replace(/\/[^/]*$/, `/${name}`), drop: () => onCluster(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/**
 * The real server (`node --import tsx src/main.ts`) as a child process, on a fresh database of `kind`
 * (SQLite by default) with the sample content, on a free loopback port, writing its emails to an outbox
 * folder. Resolves once /readyz answers; `stop` kills it and removes the database and the folder.
 */
export async function startServer(env: Record<string, string> = {}, kind: DatabaseKind = 'sqlite'): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), 'leapfrog-e2e-'));
  const database = await serverDatabase(kind, dir);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const serverEnv: Record<string, string> = {
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: database.url,
    LEAPFROG_SAMPLE: 'true',
    LEAPFROG_ADMIN_TOKEN: E2E_ADMIN_TOKEN,
    LEAPFROG_RATE_LIMIT_WRITES: '10000',
    // The journeys sign in and up more often than a person would in a minute.
    LEAPFROG_SIGNIN_PER_MINUTE: '1000',
    LEAPFROG_PUBLIC_URL: url,
    LEAPFROG_OUTBOX_DIR: join(dir, 'outbox'),
    LOG_LEVEL: 'warn',
    ...env,
  };
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...serverEnv },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    await database.drop();
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      const r = await fetch(`${url}/readyz`);
      if (r.ok) return { url, outboxDir: serverEnv.LEAPFROG_OUTBOX_DIR!, env: serverEnv, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(`the server did not become ready:\n${stderr}`);
}
