import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import type { ZodType } from 'zod';
import { BadRequestError, type Problem } from './errors';

/**
 * Validates one part of a request with zod and turns a failure into a 400 naming every
 * wrong parameter, in the API's error shape.
 */
export function validate<T extends ZodType, Target extends keyof ValidationTargets>(target: Target, schema: T) {
  return zValidator(target, schema, (result) => {
    if (!result.success) {
      const problems: Problem[] = result.error.issues.map((issue) => ({
        path: issue.path.join('.') || target,
        message: issue.message,
      }));
      const names = [...new Set(problems.map((p) => p.path))].join(', ');
      throw new BadRequestError(`Invalid ${target === 'json' ? 'body' : target}: ${names}`, problems);
    }
  });
}
