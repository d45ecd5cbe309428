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

/** Wrong email or password, or an address not verified yet: one message, so accounts cannot be probed. */
export class SignInFailedError extends DomainError {
  readonly code = 'sign-in-failed';
  readonly status = 401;
  constructor(message = 'The email or password is not right, or the address is not verified yet') {
    super(message);
  }
}

/** Too many failed sign-ins: the account is locked for a while. */
export class LockedOutError extends DomainError {
  readonly code = 'locked-out';
  readonly status = 429;
  constructor(readonly until: string) {
    super(`Too many failed sign-ins: try again after ${until}`);
  }
}

/** A one-time link that is unknown, used or expired. */
export class InvalidLinkError extends DomainError {
  readonly code = 'invalid-link';
  readonly status = 400;
  constructor() {
    super('This link is not valid any more: ask for a new one');
  }
}
