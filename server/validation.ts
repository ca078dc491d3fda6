import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import type { z, ZodType } from 'zod';
import { BadRequestError, type Problem } from './errors';

/** A 400 naming every wrong parameter or field of `target`. */
function invalid(error: { issues: { path: PropertyKey[]; message: string; code?: string; keys?: string[] }[] }, target: string): BadRequestError {
  const problems: Problem[] = error.issues.flatMap((issue) => {
    const at = (path: PropertyKey[]) => path.map(String).join('.') || target;
    // An unknown field is named as its own path, like any other wrong field.
    if (issue.code === 'unrecognized_keys' && issue.keys?.length) return issue.keys.map((key) => ({ path: at([...issue.path, key]), message: `unknown field "${key}"` }));
    return [{ path: at(issue.path), message: issue.message }];
  });
  const names = [...new Set(problems.map((p) => p.path))].join(', ');
  return new BadRequestError(`Invalid ${target === 'json' ? 'body' : target}: ${names}`, problems);
}

/**
 * Validates one part of a request with zod and turns a failure into a 400 naming every
 * wrong parameter, in the API's error shape.
 */
export function validate<T extends ZodType, Target extends keyof ValidationTargets>(target: Target, schema: T) {
  return zValidator(target, schema, (result) => {
    if (!result.success) throw invalid(result.error, target);
  });
}

/**
 * The same check for a value a handler read itself (e.g. the text fields of a multipart form).
 * @example checked(NewReportBody, fields, 'form')
 */
export function checked<T extends ZodType>(schema: T, value: unknown, target: string): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw invalid(result.error, target);
  return result.data;
}
