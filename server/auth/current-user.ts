import type { Context, MiddlewareHandler } from 'hono';
import type { AppDeps } from '../deps';
import { ForbiddenError, UnauthorizedError } from '../errors';
import { sessionAccount } from '../services/sessions/session-account';
import type { Account, Role } from '../services/users/account';
import { readSessionCookie } from './session-cookie';

/** Hono variables set by `signedIn`: the account behind the session cookie. */
export type AuthEnv = { Variables: { account: Account } };

/**
 * Lets a request through only with a live session, and, when roles are given, only for those
 * roles: 401 without a session, 403 with the wrong role.
 */
export function signedIn(deps: AppDeps, roles?: readonly Role[]): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    const token = readSessionCookie(c);
    const account = token ? await sessionAccount(deps.database, token) : null;
    if (!account) throw new UnauthorizedError('Sign in first: this needs an inspector, official or admin account.');
    if (roles && !roles.includes(account.role)) {
      throw new ForbiddenError(`This needs the role ${roles.join(' or ')}; you are signed in as ${account.role}.`);
    }
    c.set('account', account);
    await next();
  };
}

/** The account `signedIn` put on the context. */
export function currentAccount(c: Context): Account {
  return (c as Context<AuthEnv>).get('account');
}
