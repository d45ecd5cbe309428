import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const main = new URL('./main.ts', import.meta.url).pathname;

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

function start(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', main], { env: { ...process.env, LOG_LEVEL: 'info', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => ({ out, err }) };
}

describe('server process', () => {
  it('creates the database on first start, serves, logs JSON and shuts down gracefully on SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lf-main-'));
    const port = await freePort();
    const s = start({ PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: `sqlite:${join(dir, 'data', 'leapfrog.db')}` });
    try {
      let ready = false;
      // Up to 60 s: on a shared 2-core machine running other suites, the first start (migrations, vocabularies, sample content) can take 20 s.
      for (let i = 0; i < 300 && !ready; i++) {
        await new Promise((r) => setTimeout(r, 200));
        ready = await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false);
      }
      assert.ok(ready, `the server answered /readyz: ${s.output().err}`);
      assert.ok(existsSync(join(dir, 'data', 'leapfrog.db')));
      const list = await (await fetch(`http://127.0.0.1:${port}/api/v1/initiatives?limit=1`)).json();
      assert.equal(list.total, 41, 'the sample content is loaded on first start');
      const logLine = s.output().out.split('\n').find((l) => l.includes('sample content loaded'));
      assert.ok(logLine && JSON.parse(logLine).initiatives === 41, 'pino JSON log line');
      s.child.kill('SIGTERM');
      assert.equal(await s.exited, 0);
      assert.match(s.output().out, /"signal":"SIGTERM"/);
    } finally {
      s.child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses to start with a bad setting and names it', async () => {
    const s = start({ PORT: 'http', DATABASE_URL: 'sqlite::memory:' });
    assert.equal(await s.exited, 2);
    assert.match(s.output().err, /PORT="http"/);
  });
});
