// Domain errors: what went wrong in the council's terms, never an HTTP status. Repositories, domain
// modules and routes throw them; the one table in server/plugins/errors.ts turns each kind into a
// status and a problem code.

export interface FieldError {
  field?: string;
  row?: number;
  column?: string;
  code: string;
  message: string;
  /** The value found, when the problem is about it (a CSV cell naming an unknown commune…). */
  value?: string;
  /** Codes the value may have meant, closest first. */
  suggestions?: string[];
}

/** The base of every domain error: a stable problem `code`, a message for people, optional field errors. */
export abstract class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly errors?: FieldError[],
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The thing asked for does not exist (or the asker may not know it exists). */
export class NotFoundError extends DomainError {
  constructor(what: string) {
    super('not-found', `${what} was not found.`);
  }
}

/** The change clashes with what is stored: a taken name, a last admin, an overlapping membership… */
export class ConflictError extends DomainError {
  constructor(code: string, message: string, errors?: FieldError[]) {
    super(code, message, errors);
  }
}

export class VersionConflictError extends ConflictError {
  constructor(readonly currentVersion: number) {
    super('version-conflict', `Someone saved a newer version (${currentVersion}) first; reload and apply your change again.`);
  }
}

/** The input breaks a rule: field errors say which fields. */
export class InvalidInputError extends DomainError {
  constructor(code: string, message: string, errors?: FieldError[]) {
    super(code, message, errors);
  }
}

/** A whole file (a CSV import) was read but refused: the field errors name rows and columns. */
export class InvalidFileError extends DomainError {
  constructor(code: string, message: string, errors?: FieldError[]) {
    super(code, message, errors);
  }
}

/** The asker is not signed in, or their credentials do not hold. */
export class UnauthenticatedError extends DomainError {}

/** The asker is known but may not do this. */
export class ForbiddenError extends DomainError {}

/** Too many requests or attempts from one address in a short time. */
export class TooManyRequestsError extends DomainError {
  /** Seconds until a new attempt may succeed: the Retry-After header of the answer. */
  retryAfterSeconds?: number;

  constructor(code: string, message: string, retryAfterSeconds?: number) {
    super(code, message);
    if (retryAfterSeconds !== undefined) this.retryAfterSeconds = Math.max(1, Math.ceil(retryAfterSeconds));
  }
}

/** A dependency (the database) cannot be reached right now. */
export class UnavailableError extends DomainError {
  constructor(message: string) {
    super('unavailable', message);
  }
}

/** Our own failure, with a code that says which (a restore that failed part-way, an unknown graph). */
export class InternalError extends DomainError {}

/** Refuses input a check found problems with: `validation`, its messages joined unless a summary is given. */
export function assertValid(errors: FieldError[], summary?: string): void {
  if (errors.length) throw new InvalidInputError('validation', summary ?? errors.map((e) => e.message).join(' '), errors);
}
