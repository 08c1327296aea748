// The one error handler: every error becomes RFC 9457 problem details; 5xx details stay in the log.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import {
  ConflictError,
  DomainError,
  ForbiddenError,
  InternalError,
  InvalidFileError,
  InvalidInputError,
  NotFoundError,
  TooManyRequestsError,
  UnauthenticatedError,
  UnavailableError,
  type FieldError,
} from '../domain/errors.ts';
import { CSRF_HEADER } from '../domain/session.ts';
import type { ProblemDetails } from '../schemas/common.ts';

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

export function sendProblem(reply: FastifyReply, problem: Omit<ProblemDetails, 'type' | 'title'> & { title?: string }) {
  const body: ProblemDetails = {
    type: 'about:blank',
    title: problem.title ?? TITLES[problem.status] ?? 'Error',
    ...problem,
  };
  // Unavailable is always passing (Neo4j restarting, load shed): tell clients when to try again.
  if (problem.status === 503 && !reply.hasHeader('retry-after')) reply.header('retry-after', '1');
  return reply.status(problem.status).type('application/problem+json').send(body);
}

/**
 * The one table from domain errors to HTTP: each kind of error gets its status here and nowhere
 * else; the problem code is the error's own. Subclasses (VersionConflictError) match their parent.
 */
export const STATUS_BY_ERROR: readonly (readonly [abstract new (...args: never[]) => DomainError, number])[] = [
  [InvalidInputError, 400],
  [UnauthenticatedError, 401],
  [ForbiddenError, 403],
  [NotFoundError, 404],
  [ConflictError, 409],
  [InvalidFileError, 422],
  [TooManyRequestsError, 429],
  [InternalError, 500],
  [UnavailableError, 503],
];

/** The HTTP status of a domain error; one missing from the table is a bug, answered as 500. */
export function statusOf(error: DomainError): number {
  return STATUS_BY_ERROR.find(([kind]) => error instanceof kind)?.[1] ?? 500;
}

interface AjvError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

/** "/mission/nl" → "mission.nl"; a missing property is named by the property itself. */
export function ajvFieldErrors(validation: AjvError[], context?: string): FieldError[] {
  const errors = validation.map((v) => {
    const path = v.instancePath.replace(/^\//, '').split('/').filter(Boolean);
    if (v.keyword === 'required' && typeof v.params.missingProperty === 'string') path.push(v.params.missingProperty);
    if (v.keyword === 'additionalProperties' && typeof v.params.additionalProperty === 'string') path.push(v.params.additionalProperty);
    const field = path.join('.') || context || '';
    const allowed = Array.isArray(v.params.allowedValues) ? `: ${v.params.allowedValues.join(', ')}` : '';
    return { field, code: v.keyword, message: `${field ? `${field} ` : ''}${v.message ?? 'is invalid'}${allowed}` };
  });
  // A nullable field ("a string or null") that fails reports the specific reason plus "not null"
  // (type) and "matches no alternative" (anyOf); the specific reason alone is what helps.
  const specific = new Set(errors.filter((e) => !GENERIC_KEYWORDS.has(e.code)).map((e) => e.field));
  return errors.filter((e) => !(GENERIC_KEYWORDS.has(e.code) && specific.has(e.field)));
}

const GENERIC_KEYWORDS = new Set(['type', 'anyOf', 'oneOf']);

/** Fastify's and its plugins' error codes (FST_ERR_…) as our problem codes: the framework's names stay inside. */
const CODE_BY_FRAMEWORK_CODE: Record<string, string> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported-media-type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'bad-content-length',
  FST_ERR_CTP_BODY_TOO_LARGE: 'body-too-large',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'empty-body',
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid-json',
  FST_ERR_CTP_EMPTY_TYPE: 'unsupported-media-type',
  FST_ERR_CTP_INVALID_TYPE: 'unsupported-media-type',
  FST_ERR_VALIDATION: 'validation',
};

const CODE_BY_STATUS: Record<number, string> = {
  400: 'bad-request',
  404: 'not-found',
  405: 'method-not-allowed',
  406: 'not-acceptable',
  408: 'request-timeout',
  413: 'body-too-large',
  414: 'uri-too-long',
  415: 'unsupported-media-type',
  431: 'headers-too-large',
};

/** The problem code of an error that is not a domain error: never a framework's internal name. */
export function problemCodeOf(code: string | undefined, status: number): string {
  if (code && CODE_BY_FRAMEWORK_CODE[code]) return CODE_BY_FRAMEWORK_CODE[code];
  return CODE_BY_STATUS[status] ?? (status === 400 ? 'bad-request' : 'request-refused');
}

export default fp(
  async (fastify) => {
    fastify.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
      const instance = request.url;
      if (error.validation) {
        const errors = ajvFieldErrors(error.validation as AjvError[], error.validationContext);
        return sendProblem(reply, {
          status: 400,
          code: 'validation',
          detail: errors.map((e) => e.message).join('; '),
          instance,
          errors,
        });
      }
      const thrown: unknown = error;
      if (thrown instanceof DomainError) {
        const status = statusOf(thrown);
        if (status >= 500) request.log.error({ err: thrown }, 'request failed');
        if (thrown instanceof TooManyRequestsError && thrown.retryAfterSeconds) reply.header('retry-after', String(thrown.retryAfterSeconds));
        return sendProblem(reply, {
          status,
          code: thrown.code,
          detail: thrown.message,
          instance,
          ...(thrown.errors ? { errors: thrown.errors } : {}),
          ...(status >= 500 ? { requestId: String(request.id) } : {}),
        });
      }
      if (typeof error.code === 'string' && error.code.startsWith('FST_CSRF_')) {
        return sendProblem(reply, {
          status: 403,
          code: 'csrf',
          detail: `This request needs the CSRF token of your session in the ${CSRF_HEADER} header; get it from GET /api/auth/session.`,
          instance,
        });
      }
      const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
      if (status < 500) {
        // Fastify's own messages (bad JSON, body too large, …) help the client; any other library's
        // might carry internals, so those get only the status title. Codes are always ours.
        const ownMessage = typeof error.code === 'string' && error.code.startsWith('FST_');
        return sendProblem(reply, { status, code: problemCodeOf(error.code, status), ...(ownMessage ? { detail: error.message } : {}), instance });
      }
      request.log.error({ err: error }, 'request failed');
      return sendProblem(reply, {
        status,
        code: 'internal',
        detail: 'Something went wrong on our side. Quote the request id when you report it.',
        instance,
        requestId: String(request.id),
      });
    });
  },
  { name: 'errors' },
);
