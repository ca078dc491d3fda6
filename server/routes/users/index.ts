import { Hono } from 'hono';
import { signedIn, type AuthEnv } from '../../auth/current-user';
import type { AppDeps } from '../../deps';
import { validate } from '../../validation';
import { createUserHandler, listUsersHandler, patchUserHandler } from './users.handlers';
import { NewUserBody, UserIdParam, UserPatchBody } from './users.routes';

/** Admins only: GET /api/users, POST /api/users, PATCH /api/users/:id ({disabled}) */
export function usersRoutes(deps: AppDeps) {
  return new Hono<AuthEnv>()
    .use(signedIn(deps, ['admin']))
    .get('/', listUsersHandler(deps))
    .post('/', validate('json', NewUserBody), createUserHandler(deps))
    .patch('/:id', validate('param', UserIdParam), validate('json', UserPatchBody), patchUserHandler(deps));
}
