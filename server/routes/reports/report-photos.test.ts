import { sql } from 'drizzle-orm';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/client';
import { loadRegistry } from '../../../tests/support/demo-data';
import { databaseKinds, openTestDatabase } from '../../../tests/support/test-database';
import { createApp } from '../../app';
import { readEnv } from '../../env';
import { photoPath, sha256Of } from '../../services/photos/photo-storage';
import { client, signedInClient } from '../session/test-session';

const fixture = (name: string) => readFileSync(new URL(`../../services/photos/fixtures/${name}`, import.meta.url));
const PHOTO_MAX_BYTES = 4096;

describe.each(databaseKinds)('a resident attaching a photo to a report on %s', (kind) => {
  let database: Database;
  let app: ReturnType<typeof createApp>;
  let facilityId: number;
  let ipCounter = 0;
  const storage = mkdtempSync(join(tmpdir(), 'kz-report-photos-'));

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    await loadRegistry(database);
    const env = readEnv({ NODE_ENV: 'test', KEDERGISIZ_TRUST_PROXY: 'true', KEDERGISIZ_STORAGE_DIR: storage, KEDERGISIZ_PHOTO_MAX_BYTES: String(PHOTO_MAX_BYTES) });
    app = createApp({ database, env });
    const [row] = await database.rows<{ id: string }>(sql`SELECT id FROM facilities WHERE name = 'Школа №29'`);
    facilityId = Number(row.id);
  });
  afterAll(async () => {
    await database?.close();
    rmSync(storage, { recursive: true, force: true });
  });

  const fields = { what: 'ramp', zone: 'entrance', description: 'Cars park on the ramp every morning.', website: '', filledInMs: '45000' };
  /** The report as a multipart form: its text fields, then `files` as [field, bytes, file name, declared type]. */
  const form = (changes: Record<string, string | undefined> = {}, files: [string, BlobPart, string, string][] = []) => {
    const body = new FormData();
    for (const [name, value] of Object.entries({ ...fields, ...changes })) if (value !== undefined) body.append(name, value);
    for (const [name, bytes, fileName, type] of files) body.append(name, new Blob([bytes], { type }), fileName);
    return body;
  };
  const send = async (body: FormData | string, { ip = `198.51.100.${++ipCounter}`, id = facilityId, headers = {} } = {}) => {
    const res = await app.request(`/api/facilities/${id}/reports`, { method: 'POST', headers: { 'x-forwarded-for': ip, ...headers }, body });
    return { status: res.status, headers: res.headers, body: (await res.json()) as any };
  };
  const stored = async () => {
    const [{ reports, photos }] = await database.rows<{ reports: number; photos: number }>(
      sql`SELECT (SELECT count(*)::int FROM reports) AS reports, (SELECT count(*)::int FROM photos) AS photos`,
    );
    return { reports, photos, files: readdirSync(storage, { recursive: true }).length };
  };
  const problemPaths = (body: any) => body.error.problems.map((p: any) => p.path);

  it('stores the report and its photo together, whatever the file is called or claims to be', async () => {
    const png = fixture('door.png');
    const hostileName = '../../../etc/passwd"; <img src=x onerror=alert(1)>.jpg';
    const { status, body } = await send(form({}, [['photo', png, hostileName, 'text/plain']]));
    expect(status).toBe(201);
    expect(body).toMatchObject({ what: 'ramp', zone: 'entrance', photo: sha256Of(png), status: 'new' });
    expect(readFileSync(photoPath(storage, body.photo)).equals(png)).toBe(true);
    const [photo] = await database.rows(sql`SELECT mime, bytes, uploaded_by FROM photos WHERE sha256 = ${body.photo}`);
    // Nothing about the resident is kept: no account, and the file's name is thrown away.
    expect(photo).toEqual({ mime: 'image/png', bytes: png.length, uploaded_by: null });
    expect(readdirSync(storage, { recursive: true }).some((name) => String(name).includes('passwd'))).toBe(false);

    const inspector = await signedInClient(app, database, { email: `queue-${kind}@example.kz`, regions: ['710000000'] });
    const queue = await inspector.json(`/api/facilities/${facilityId}/reports`);
    expect(queue.body.reports.find((r: any) => r.id === body.id).photo).toBe(body.photo);
    const back = await inspector.request(`/api/photos/${body.photo}`);
    expect(back.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await back.arrayBuffer()).equals(png)).toBe(true);
    // The photo stays with the staff: the public cannot fetch it by its hash.
    expect((await client(app).json(`/api/photos/${body.photo}`)).status).toBe(401);
  });

  it('takes a form without a photo, an empty file input, or the hash of a photo already stored', async () => {
    expect((await send(form())).body.photo).toBeNull();
    expect((await send(form({}, [['photo', '', '', 'application/octet-stream']]))).body.photo).toBeNull();
    const jpeg = sha256Of(fixture('door.jpg'));
    expect((await send(form({}, [['photo', fixture('door.jpg'), 'door.jpg', 'image/jpeg']]))).status).toBe(201);
    const byHash = await send(form({ photo: jpeg }));
    expect(byHash).toMatchObject({ status: 201, body: { photo: jpeg } });
  });

  it('refuses what is not an image, names the wrong field, and stores nothing half-done', async () => {
    const before = await stored();
    const jpeg = fixture('door.jpg');
    const refusals: [FormData, number, string][] = [
      [form({}, [['photo', '%PDF-1.7 not a photo', 'door.jpg', 'image/jpeg']]), 422, 'photo'],
      [form({}, [['photo', new Uint8Array([0xff, 0xd8]), 'cut.jpg', 'image/jpeg']]), 422, 'photo'],
      [form({}, [['photo', jpeg, 'a.jpg', 'image/jpeg'], ['photo', fixture('door.png'), 'b.png', 'image/png']]), 400, 'photo'],
      [form({}, [['image', jpeg, 'door.jpg', 'image/jpeg']]), 400, 'image'],
      [form({ description: undefined }, [['description', jpeg, 'door.jpg', 'image/jpeg']]), 400, 'description'],
      // A good photo with a bad field: the photo is not kept either.
      [form({ description: 'bad' }, [['photo', jpeg, 'door.jpg', 'image/jpeg']]), 400, 'description'],
      [form({ what: 'noise' }, [['photo', jpeg, 'door.jpg', 'image/jpeg']]), 400, 'what'],
      [form({ website: 'http://cheap-pills.example' }, [['photo', jpeg, 'door.jpg', 'image/jpeg']]), 400, 'website'],
      [form({ filledInMs: '400' }, [['photo', jpeg, 'door.jpg', 'image/jpeg']]), 400, 'filledInMs'],
    ];
    for (const [body, status, field] of refusals) {
      const res = await send(body);
      expect(res.status, field).toBe(status);
      expect(problemPaths(res.body), field).toContain(field);
    }
    const broken = await send('--x\r\nContent-Disposition: form-data; name="what"\r\n\r\nramp', { headers: { 'content-type': 'multipart/form-data; boundary=x' } });
    expect(broken.status).toBe(400);
    expect(problemPaths(broken.body)).toEqual(['body']);
    expect((await send(form({}, [['photo', fixture('door.webp'), 'door.webp', 'image/webp']]), { id: 99_999_999 })).status).toBe(404);
    expect(await stored()).toEqual(before);
    expect(existsSync(photoPath(storage, sha256Of(fixture('door.webp'))))).toBe(false);
  });

  it('refuses a photo over the limit with 413 naming photo', async () => {
    const before = await stored();
    const big = new Uint8Array(PHOTO_MAX_BYTES + 1);
    big.set([0xff, 0xd8, 0xff]);
    const tooBig = await send(form({}, [['photo', big, 'big.jpg', 'image/jpeg']]));
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.error).toMatchObject({ code: 'too_large', problems: [{ path: 'photo' }] });
    // Far over the limit: refused by the body limit before the form is read.
    const huge = await send(form({}, [['photo', new Uint8Array(PHOTO_MAX_BYTES * 8), 'huge.jpg', 'image/jpeg']]));
    expect(huge.status).toBe(413);
    expect(problemPaths(huge.body)).toEqual(['photo']);
    expect(await stored()).toEqual(before);
  });

  it('counts reports with photos against the same per-connection limit', async () => {
    const ip = '203.0.113.99';
    const withPhoto = () => form({}, [['photo', fixture('door.jpg'), 'door.jpg', 'image/jpeg']]);
    for (let i = 0; i < 5; i++) expect((await send(withPhoto(), { ip })).status).toBe(201);
    const sixth = await send(withPhoto(), { ip });
    expect(sixth.status).toBe(429);
    expect(Number(sixth.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('tells the form the photo limit', async () => {
    const { body } = await client(app).json('/api/reports/form');
    expect(body.limits.photoMaxBytes).toBe(PHOTO_MAX_BYTES);
  });
});
