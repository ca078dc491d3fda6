import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from '../../errors';
import { validate } from '../../validation';
import { scoreHandler } from './score.handlers';
import { ScoreBody } from './score.routes';

const MAX_BODY_BYTES = 1024 * 1024;

function tooLarge(): never {
  throw new AppError(413, 'too_large', 'Answers are at most 1 MB of JSON.');
}

/** POST /api/score: the doorstep-to-doorstep result of a set of answers; no database, nothing stored. */
export function scoreRoutes() {
  return new Hono().post('/', bodyLimit({ maxSize: MAX_BODY_BYTES, onError: tooLarge }), validate('json', ScoreBody), scoreHandler());
}
