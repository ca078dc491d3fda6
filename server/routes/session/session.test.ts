import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/client';
import { dataFile } from '../../../tests/support/demo-data';
import { databaseKinds, openTestDatabase } from '../../../tests/support/test-database';
import { createApp } from '../../app';
import { readEnv } from '../../env';
import { importBoundaries } from '../../import/boundaries';
import { demoFiles } from '../../import/demo';
import { createUser } from '../../services/users/create-user';
import { client, signedInClient } from './test-session';

const PASSWORD = 'tablet-password-42';

describe.each(databaseKinds)('sessions and accounts on %s', (kind) => {
  let database: Database;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    await importBoundaries(database, dataFile(demoFiles.regions));
    app = createApp({ database, env: readEnv({ NODE_ENV: 'test' }) });
    await createUser(database, { email: 'Aigerim@Example.kz', password: PASSWORD, role: 'inspector', regions: ['710000000'] });
  });
  afterAll(() => database?.close());

  const signIn = (email: string, password: string, headers: Record<string, string> = {}) =>
    app.request('/api/session', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ email, password }) });

  it('signs in with a HttpOnly, SameSite=Lax cookie, Secure only behind HTTPS, and says who is signed in', async () => {
    const res = await signIn('aigerim@example.kz', PASSWORD);
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^kz_session=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    const body = (await res.json()) as any;
    expect(body.account).toMatchObject({ email: 'aigerim@example.kz', role: 'inspector', regions: ['710000000'] });
    expect(JSON.stringify(body)).not.toMatch(/scrypt|password/);

    const behindProxy = await signIn('AIGERIM@example.kz', PASSWORD, { 'x-forwarded-proto': 'https' });
    expect(behindProxy.headers.get('set-cookie')).toMatch(/Secure/);

    const me = await client(app, cookie.split(';')[0]).json('/api/session');
    expect(me.body.account.email).toBe('aigerim@example.kz');
    expect((await client(app).json('/api/session')).body).toEqual({ account: null });
  });

  it('gives the same 401 for a wrong password and an unknown email', async () => {
    const wrong = await signIn('aigerim@example.kz', 'not the password');
    const unknown = await signIn('nobody@example.kz', PASSWORD);
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(((await wrong.json()) as any).error.message).toBe(((await unknown.json()) as any).error.message);
  });

  it('refuses further attempts on an email after 5 failures, even with the right password', async () => {
    await createUser(database, { email: 'target@example.kz', password: PASSWORD, role: 'official', regions: [] });
    for (let i = 0; i < 5; i++) expect((await signIn('target@example.kz', `guess ${i}`)).status).toBe(401);
    const blocked = await signIn('target@example.kz', PASSWORD);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await blocked.json()) as any).error.code).toBe('too_many_attempts');
  });

  it('signs out: the cookie stops working', async () => {
    const tab = await signedInClient(app, database, { email: 'leaving@example.kz', role: 'official' });
    expect((await tab.json('/api/session')).body.account.email).toBe('leaving@example.kz');
    const out = await tab.request('/api/session', { method: 'DELETE' });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/kz_session=;/);
    expect((await tab.json('/api/session')).body.account).toBeNull();
  });

  it('refuses state-changing requests started by another site', async () => {
    const foreign = await signIn('aigerim@example.kz', PASSWORD, { origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    const crossSite = await signIn('aigerim@example.kz', PASSWORD, { 'sec-fetch-site': 'cross-site' });
    expect(crossSite.status).toBe(403);
    const sameOrigin = await signIn('aigerim@example.kz', PASSWORD, { origin: 'http://localhost', 'sec-fetch-site': 'same-origin' });
    expect(sameOrigin.status).toBe(200);
  });

  it('lets only admins list and create accounts, and names what is wrong', async () => {
    const body = JSON.stringify({ email: 'new.inspector@example.kz', password: PASSWORD, role: 'inspector', regions: ['710000000', '110000000'] });
    expect((await client(app).json('/api/users', { method: 'POST', body })).status).toBe(401);
    const inspector = await signedInClient(app, database, { email: 'i2@example.kz', regions: ['710000000'] });
    expect((await inspector.json('/api/users', { method: 'POST', body })).status).toBe(403);

    const admin = await signedInClient(app, database, { email: 'admin@example.kz', role: 'admin' });
    const created = await admin.json('/api/users', { method: 'POST', body });
    expect(created.status).toBe(201);
    expect(created.body.account).toMatchObject({ email: 'new.inspector@example.kz', regions: ['710000000', '110000000'], disabled: false });
    expect((await admin.json('/api/users', { method: 'POST', body })).status).toBe(409);

    const badRegion = await admin.json('/api/users', { method: 'POST', body: JSON.stringify({ email: 'x@example.kz', password: PASSWORD, role: 'inspector', regions: ['123456789'] }) });
    expect(badRegion.status).toBe(422);
    expect(badRegion.body.error.message).toMatch(/123456789/);
    const noRegion = await admin.json('/api/users', { method: 'POST', body: JSON.stringify({ email: 'x@example.kz', password: PASSWORD, role: 'inspector' }) });
    expect(noRegion.status).toBe(422);
    const malformed = await admin.json('/api/users', { method: 'POST', body: JSON.stringify({ email: 'not-an-email', password: 'short', role: 'king' }) });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.problems.map((p: any) => p.path).sort()).toEqual(['email', 'password', 'role']);

    const list = await admin.json('/api/users');
    expect(list.body.accounts.map((a: any) => a.email)).toContain('new.inspector@example.kz');
  });

  it('ends the sessions of an account an admin disables', async () => {
    const admin = await signedInClient(app, database, { email: 'admin2@example.kz', role: 'admin' });
    const tab = await signedInClient(app, database, { email: 'soon.off@example.kz', regions: ['710000000'] });
    const id = (await tab.json('/api/session')).body.account.id;
    const off = await admin.json(`/api/users/${id}`, { method: 'PATCH', body: JSON.stringify({ disabled: true }) });
    expect(off.body.account.disabled).toBe(true);
    expect((await tab.json('/api/session')).body.account).toBeNull();
    expect((await signIn('soon.off@example.kz', 'a long enough password')).status).toBe(401);
    const self = (await admin.json('/api/session')).body.account.id;
    expect((await admin.json(`/api/users/${self}`, { method: 'PATCH', body: JSON.stringify({ disabled: true }) })).status).toBe(422);
  });
});
