// Domain errors: thrown by repositories and routes, turned into problem details by the one error handler.

export interface FieldError {
  field?: string;
  row?: number;
  column?: string;
  code: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly errors?: FieldError[],
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string) {
    super(404, 'not-found', `${what} was not found.`);
  }
}

export class ConflictError extends DomainError {
  constructor(code: string, message: string) {
    super(409, code, message);
  }
}

export class VersionConflictError extends ConflictError {
  constructor(readonly currentVersion: number) {
    super('version-conflict', `Someone saved a newer version (${currentVersion}) first; reload and apply your change again.`);
  }
}

export class InvalidInputError extends DomainError {
  constructor(code: string, message: string, errors?: FieldError[], status = 400) {
    super(status, code, message, errors);
  }
}

export class UnavailableError extends DomainError {
  constructor(message: string) {
    super(503, 'unavailable', message);
  }
}
