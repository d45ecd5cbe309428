import type { FastifyInstance } from 'fastify';
import type { Services } from '../../../services.ts';
import { migrationsApplied } from '../../../store/migrator.ts';
import { ping } from '../../../store/database.ts';
import { sendProblem } from '../../plugins/problem.ts';

/** /healthz: the process answers. /readyz: the database answers and every migration is applied. */
export function healthRoutes(services: Services) {
  return async (app: FastifyInstance) => {
    app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
    app.get('/readyz', { schema: { hide: true } }, async (req, reply) => {
      try {
        await ping(services.store.db);
        if (!(await migrationsApplied(services.store.db))) throw new Error('migrations pending');
        return { status: 'ready', database: services.store.dialect };
      } catch (err) {
        req.log.warn({ err }, 'not ready');
        return sendProblem(reply, { type: '/problems/not-ready', title: 'Service unavailable', status: 503, detail: 'The database is not reachable or not migrated', code: 'not-ready' });
      }
    });
  };
}
