import type { FastifyInstance } from 'fastify';
import { SYSTEM_ACTOR } from '../../domain/access/access.ts';
import type { Services } from '../../services.ts';

/**
 * The server's periodic job: every `seconds` (0: never) it deletes expired sessions and used or expired email
 * links. It starts when the app is ready and stops when it closes, waiting for a purge in flight so the
 * database is never closed under it.
 */
export function registerSessionPurge(app: FastifyInstance, services: Services, seconds: number): void {
  if (!seconds) return;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const purge = async () => {
    try {
      const removed = await services.accounts.purgeExpired(SYSTEM_ACTOR);
      if (removed.sessions || removed.emailTokens) app.log.info(removed, 'expired sessions and email links purged');
    } catch (err) {
      app.log.error({ err }, 'purging expired sessions failed');
    }
  };
  app.addHook('onReady', async () => {
    // Never more than one purge at a time, however slow the database.
    timer = setInterval(() => (running = running.then(purge)), seconds * 1000).unref();
  });
  app.addHook('onClose', async () => {
    clearInterval(timer);
    await running;
  });
}
