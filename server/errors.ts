import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** One problem with one named input: a query parameter, a body field or a checklist item. */
export interface Problem {
  /** The parameter, field path or item id that is wrong. */
  path: string;
  message: string;
}

/** Errors the services raise; each maps to one HTTP status in `errorResponse`. */
export class AppError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly problems: Problem[] = [],
  ) {
    super(message);
  }
}

export class BadRequestError extends AppError {
  constructor(message: string, problems: Problem[] = []) {
    super(400, 'bad_request', message, problems);
  }
}

export class NotFoundError extends AppError {
  constructor(message: string) {
    super(404, 'not_found', message);
  }
}

export class ConflictError extends AppError {
  constructor(message: string) {
    super(409, 'conflict', message);
  }
}

export class UnprocessableError extends AppError {
  constructor(message: string, problems: Problem[] = []) {
    super(422, 'unprocessable', message, problems);
  }
}

export class UnauthorizedError extends AppError {
  constructor(message = 'Sign in first.') {
    super(401, 'unauthorized', message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message: string) {
    super(403, 'forbidden', message);
  }
}

/** The single error body of the API: `{error: {code, message, problems}}`. */
export function errorResponse(err: unknown, c: Context) {
  if (err instanceof AppError) {
    return c.json({ error: { code: err.code, message: err.message, problems: err.problems } }, err.status);
  }
  if (err instanceof HTTPException) {
    const status = err.status as ContentfulStatusCode;
    return c.json({ error: { code: 'http_error', message: err.message || 'Request rejected', problems: [] } }, status);
  }
  console.error(err);
  return c.json({ error: { code: 'internal', message: 'Something went wrong on our side.', problems: [] } }, 500);
}
