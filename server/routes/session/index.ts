import { Hono } from 'hono';
import type { AppDeps } from '../../deps';
import { validate } from '../../validation';
import { signInHandler, signOutHandler, whoAmIHandler } from './session.handlers';
import { SignInBody } from './session.routes';

/** POST /api/session (sign in), GET /api/session (who am I), DELETE /api/session (sign out) */
export function sessionRoutes(deps: AppDeps) {
  return new Hono()
    .post('/', validate('json', SignInBody), signInHandler(deps))
    .get('/', whoAmIHandler(deps))
    .delete('/', signOutHandler(deps));
}
