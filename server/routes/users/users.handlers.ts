import type { Context } from 'hono';
import type { z } from 'zod';
import { currentAccount } from '../../auth/current-user';
import type { AppDeps } from '../../deps';
import { UnprocessableError } from '../../errors';
import { createUser } from '../../services/users/create-user';
import { listUsers } from '../../services/users/list-users';
import { setUserDisabled } from '../../services/users/set-user-disabled';
import type { NewUserBody, UserIdParam, UserPatchBody } from './users.routes';

export function createUserHandler(deps: AppDeps) {
  return async (c: Context<object, string, { out: { json: z.output<typeof NewUserBody> } }>) => {
    return c.json({ account: await createUser(deps.database, c.req.valid('json')) }, 201);
  };
}

export function listUsersHandler(deps: AppDeps) {
  return async (c: Context) => c.json({ accounts: await listUsers(deps.database) });
}

export function patchUserHandler(deps: AppDeps) {
  return async (c: Context<object, string, { out: { param: z.output<typeof UserIdParam>; json: z.output<typeof UserPatchBody> } }>) => {
    const { id } = c.req.valid('param');
    const { disabled } = c.req.valid('json');
    // An admin switching themself off would lock the last admin out.
    if (disabled && id === currentAccount(c).id) throw new UnprocessableError('You cannot disable your own account.', [{ path: 'disabled', message: 'ask another admin' }]);
    return c.json({ account: await setUserDisabled(deps.database, id, disabled) });
  };
}
