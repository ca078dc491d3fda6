import type { Hono } from 'hono';
import type { Database } from '../../../db/client';
import { createUser, type NewUser } from '../../services/users/create-user';

/** Test helper: an app request that remembers the session cookie, like a browser tab. */
export interface Client {
  request(path: string, init?: RequestInit): Promise<Response>;
  json(path: string, init?: RequestInit): Promise<{ status: number; body: any }>;
}

export function client(app: Hono<any>, cookie = ''): Client {
  let sessionCookie = cookie;
  const request = async (path: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    if (sessionCookie) headers.set('cookie', sessionCookie);
    if (init.body && typeof init.body === 'string' && !headers.has('content-type')) headers.set('content-type', 'application/json');
    const res = await app.request(path, { ...init, headers });
    const set = res.headers.get('set-cookie');
    if (set) sessionCookie = set.split(';')[0];
    return res;
  };
  return {
    request,
    json: async (path, init) => {
      const res = await request(path, init);
      const text = await res.text();
      const isJson = (res.headers.get('content-type') ?? '').includes('json');
      return { status: res.status, body: isJson && text ? JSON.parse(text) : text || null };
    },
  };
}

/** Creates an account and returns a client signed in as it. */
export async function signedInClient(app: Hono<any>, database: Database, user: Partial<NewUser> & { email: string }): Promise<Client> {
  const password = user.password ?? 'a long enough password';
  await createUser(database, { role: 'inspector', regions: [], ...user, password });
  const c = client(app);
  const { status } = await c.json('/api/session', { method: 'POST', body: JSON.stringify({ email: user.email, password }) });
  if (status !== 200) throw new Error(`sign-in of ${user.email} failed with ${status}`);
  return c;
}
