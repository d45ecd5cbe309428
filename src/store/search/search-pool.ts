import { Worker } from 'node:worker_threads';
import type { SearchPort, SearchRequest } from '../../domain/ports.ts';

/** How many more searches in flight a worker may have than the least busy one and still get its words. */
const AFFINITY_SLACK = 2;

/** A small stable hash of a word, to give each first word a worker. */
function hashOf(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h >>> 0;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
}

interface Pending {
  resolve: (v: never) => void;
  reject: (e: Error) => void;
}

// Worker threads do not inherit the TypeScript loader of the main thread: register it, then load the worker.
const BOOT = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({ register }) => { register(); return import(require('node:worker_threads').workerData.script); });`;

/**
 * Searches on a pool of worker threads, each with a read-only connection to the SQLite file.
 * better-sqlite3 is synchronous: on the main thread a long search would stall every request.
 * A search goes to the worker its first word hashes to, unless that worker is busier than the least
 * busy one by more than AFFINITY_SLACK searches: each worker keeps the matches of the words it has
 * looked up, so searches sharing a word look it up once rather than once per worker.
 */
export function searchPool(file: string, size: number, meanwhile: SearchPort): SearchPort & { ready: Promise<boolean> } {
  // Workers take a few seconds to boot (each loads the TypeScript loader, the vocabularies and every
  // index entry). They boot in the background from the server's start (`ready`), or on the first search.
  let workers: Slot[] | undefined;
  let booting: Promise<Slot[]> | undefined;
  const boot = () => (booting ??= Promise.all(
    Array.from({ length: size }, () => {
      const worker = new Worker(BOOT, { eval: true, workerData: { file, script: new URL('./search-worker.ts', import.meta.url).href } });
      const slot: Slot = { worker, pending: new Map<number, Pending>() };
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
      // A worker that died takes no more searches; with none left, searches go back to the main connection.
      worker.on('exit', () => {
        workers = workers?.filter((w) => w !== slot);
        if (workers && !workers.length) workers = undefined;
      });
      return new Promise<Slot>((resolve, reject) => {
        worker.once('message', () => resolve(slot));
        worker.once('error', reject);
      });
    }),
  ).then(
    (ready) => (workers = ready),
    // A pool that cannot start leaves searches on the main connection: slower, still correct.
    () => [] as Slot[],
  ));
  let nextId = 0;
  const call = async <T>(kind: 'search' | 'similar', req: unknown): Promise<T> => {
    // Searches wait for the booting workers (each reads every index entry once) rather than make the
    // main connection read them too; only a pool that could not start leaves them on the main connection.
    if (!workers) await boot();
    if (!workers) return (kind === 'search' ? meanwhile.search(req as never) : meanwhile.similar(req as never)) as Promise<T>;
    let slot = workers.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const first = kind === 'search' ? (req as SearchRequest).phrases[0] : undefined;
    if (first) {
      const own = workers[hashOf(first.join(' ')) % workers.length]!;
      if (own.pending.size <= slot.pending.size + AFFINITY_SLACK) slot = own;
    }
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      slot.pending.set(id, { resolve: resolve as (v: never) => void, reject });
      slot.worker.postMessage({ id, kind, req });
    });
  };
  return {
    /** Boots the workers now; true once they serve searches, false when they could not start. */
    get ready() {
      return boot().then((slots) => slots.length > 0);
    },
    search: (req) => call('search', req),
    similar: (req) => call('similar', req),
    close: async () => {
      await Promise.all((workers ?? (booting ? await booting : [])).map((w) => w.worker.terminate()));
    },
  };
}
