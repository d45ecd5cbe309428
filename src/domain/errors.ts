/** Typed errors with stable codes; web/plugins/problem.ts maps them to RFC 9457 problem+json and error pages. */
export abstract class DomainError extends Error {
  abstract readonly code: string;
  abstract readonly status: number;
}

export interface FieldError {
  field: string; // 'title.en', 'countries[2]'
  code: string; // 'required', 'unknown-code', 'pattern', …
  message: string;
}

export class ValidationError extends DomainError {
  readonly code = 'validation-failed';
  readonly status = 400;
  constructor(readonly errors: FieldError[]) {
    super(`Invalid input: ${errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`);
  }
}

export class NotFoundError extends DomainError {
  readonly code = 'not-found';
  readonly status = 404;
  constructor(readonly what: string, readonly id: string) {
    super(`No ${what} with id ${id}`);
  }
}

export class UnauthenticatedError extends DomainError {
  readonly code = 'unauthenticated';
  readonly status = 401;
  constructor(message = 'Authentication is required') {
    super(message);
  }
}

export class ForbiddenError extends DomainError {
  readonly code = 'forbidden';
  readonly status = 403;
  constructor(message = 'You may not do this') {
    super(message);
  }
}

export class ConflictError extends DomainError {
  readonly code = 'conflict';
  readonly status = 409;
  constructor(message: string) {
    super(message);
  }
}
