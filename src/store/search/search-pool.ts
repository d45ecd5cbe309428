import { Worker } from 'node:worker_threads';
import type { SearchPort } from '../../domain/ports.ts';

interface Pending {
  resolve: (v: never) => void;
  reject: (e: Error) => void;
}

// Worker threads do not inherit the TypeScript loader of the main thread: register it, then load the worker.
const BOOT = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({ register }) => { register(); return import(require('node:worker_threads').workerData.script); });`;

/**
 * Searches on a pool of worker threads, each with a read-only connection to the SQLite file.
 * better-sqlite3 is synchronous: on the main thread a long search would stall every request.
 * A request goes to the worker with the fewest searches in flight.
 */
export async function searchPool(file: string, size: number): Promise<SearchPort> {
  const workers = await Promise.all(
    Array.from({ length: size }, () => {
      const worker = new Worker(BOOT, { eval: true, workerData: { file, script: new URL('./search-worker.ts', import.meta.url).href } });
      const slot = { worker, pending: new Map<number, Pending>() };
      worker.on('message', (msg: { id?: number; result?: never; error?: string; ready?: boolean }) => {
        if (msg.id === undefined) return;
        const p = slot.pending.get(msg.id);
        slot.pending.delete(msg.id);
        if (msg.error !== undefined) p?.reject(new Error(msg.error));
        else p?.resolve(msg.result as never);
      });
      worker.on('error', (err) => {
        for (const p of slot.pending.values()) p.reject(err);
        slot.pending.clear();
      });
      return new Promise<typeof slot>((resolve, reject) => {
        worker.once('message', () => resolve(slot));
        worker.once('error', reject);
      });
    }),
  );
  let nextId = 0;
  const call = <T>(kind: 'search' | 'similar', req: unknown): Promise<T> => {
    const slot = workers.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      slot.pending.set(id, { resolve: resolve as (v: never) => void, reject });
      slot.worker.postMessage({ id, kind, req });
    });
  };
  return {
    search: (req) => call('search', req),
    similar: (req) => call('similar', req),
    close: async () => {
      await Promise.all(workers.map((w) => w.worker.terminate()));
    },
  };
}
