import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, ValidationError, type FieldError } from '../../domain/errors.ts';

/** An RFC 9457 problem document. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  code: string;
  errors?: FieldError[];
}

const TITLES: Record<number, string> = {
  400: 'Invalid request',
  401: 'Authentication required',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  413: 'Request too large',
  415: 'Unsupported media type',
  429: 'Too many requests',
  500: 'Internal error',
  503: 'Service unavailable',
};

/** Maps any error to a problem; unexpected errors never leak their message. */
export function toProblem(err: unknown, instance?: string): Problem {
  if (err instanceof DomainError) {
    return {
      type: `/problems/${err.code}`,
      title: TITLES[err.status] ?? 'Error',
      status: err.status,
      detail: err instanceof ValidationError ? 'Some fields are invalid: see errors' : err.message,
      instance,
      code: err.code,
      errors: err instanceof ValidationError ? err.errors : undefined,
    };
  }
  const fe = err as FastifyError;
  const status = fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 600 ? fe.statusCode : 500;
  const code = status === 500 ? 'internal-error' : (fe.code ?? 'error').toLowerCase().replace(/^fst_err_/, '').replaceAll('_', '-');
  return {
    type: `/problems/${code}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail: status === 500 ? 'Something went wrong on our side; it has been logged.' : fe.message,
    instance,
    code,
  };
}

export const isApi = (req: FastifyRequest) => req.url.startsWith('/api/') || req.url.startsWith('/feeds/') || req.url === '/healthz' || req.url === '/readyz';

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.code(problem.status).type('application/problem+json; charset=utf-8').send(JSON.stringify(problem));
}

/**
 * One place maps errors: problem+json for the API, a page in the reader's language for the site
 * (`renderErrorPage` is given by the pages plugin).
 */
export function registerProblemHandling(app: FastifyInstance, renderErrorPage: (req: FastifyRequest, problem: Problem) => string): void {
  app.setErrorHandler((err, req, reply) => {
    const problem = toProblem(err, req.url);
    if (problem.status >= 500) req.log.error({ err }, 'request failed');
    else req.log.info({ code: problem.code, status: problem.status }, 'request refused');
    if (isApi(req)) return sendProblem(reply, problem);
    return reply.code(problem.status).type('text/html; charset=utf-8').send(renderErrorPage(req, problem));
  });
  app.setNotFoundHandler((req, reply) => {
    const problem: Problem = { type: '/problems/not-found', title: 'Not found', status: 404, detail: `Nothing at ${req.url}`, instance: req.url, code: 'not-found' };
    if (isApi(req)) return sendProblem(reply, problem);
    return reply.code(404).type('text/html; charset=utf-8').send(renderErrorPage(req, problem));
  });
}
