import type { Context } from 'hono';
import type { z } from 'zod';
import { clientIp } from '../../auth/client-ip';
import { clearSessionCookie, readSessionCookie, writeSessionCookie } from '../../auth/session-cookie';
import type { AppDeps } from '../../deps';
import { TooManyAttemptsError } from '../../services/sessions/login-throttle';
import { sessionAccount } from '../../services/sessions/session-account';
import { signIn } from '../../services/sessions/sign-in';
import { signOut } from '../../services/sessions/sign-out';
import type { SignInBody } from './session.routes';

export function signInHandler(deps: AppDeps) {
  return async (c: Context<object, string, { out: { json: z.output<typeof SignInBody> } }>) => {
    const { email, password } = c.req.valid('json');
    const ip = clientIp(c, deps.env.KEDERGISIZ_TRUST_PROXY);
    try {
      const { account, token, expiresAt } = await signIn(deps.database, { email, password, ip }, deps.env.KEDERGISIZ_SESSION_DAYS);
      writeSessionCookie(c, token, expiresAt);
      return c.json({ account });
    } catch (err) {
      if (err instanceof TooManyAttemptsError) c.header('Retry-After', String(err.retryAfterSeconds));
      throw err;
    }
  };
}

/** Who is signed in: `{account}`, with `account: null` for a resident without an account. */
export function whoAmIHandler(deps: AppDeps) {
  return async (c: Context) => {
    const token = readSessionCookie(c);
    const account = token ? await sessionAccount(deps.database, token) : null;
    c.header('Cache-Control', 'no-store');
    return c.json({ account });
  };
}

export function signOutHandler(deps: AppDeps) {
  return async (c: Context) => {
    const token = readSessionCookie(c);
    if (token) await signOut(deps.database, token);
    clearSessionCookie(c);
    return c.body(null, 204);
  };
}
