import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/client';
import { dataFile } from '../../../tests/support/demo-data';
import { databaseKinds, openTestDatabase } from '../../../tests/support/test-database';
import { createApp } from '../../app';
import { readEnv } from '../../env';
import { importBoundaries } from '../../import/boundaries';
import { demoFiles } from '../../import/demo';
import { photoPath, sha256Of } from '../../services/photos/photo-storage';
import { client, signedInClient, type Client } from '../session/test-session';

const fixture = (name: string) => readFileSync(new URL(`../../services/photos/fixtures/${name}`, import.meta.url));

describe.each(databaseKinds)('photos API on %s', (kind) => {
  let database: Database;
  let app: ReturnType<typeof createApp>;
  let inspector: Client;
  const storage = mkdtempSync(join(tmpdir(), 'kz-photos-'));

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    await importBoundaries(database, dataFile(demoFiles.regions));
    app = createApp({ database, env: readEnv({ NODE_ENV: 'test', KEDERGISIZ_STORAGE_DIR: storage, KEDERGISIZ_PHOTO_MAX_BYTES: '4096' }) });
    inspector = await signedInClient(app, database, { email: 'photos@example.kz', regions: ['710000000'] });
  });
  afterAll(async () => {
    await database?.close();
    rmSync(storage, { recursive: true, force: true });
  });

  it('stores JPEG, PNG and WebP by content hash on disk and serves them back', async () => {
    for (const [name, mime] of [['door.jpg', 'image/jpeg'], ['door.png', 'image/png'], ['door.webp', 'image/webp']]) {
      const bytes = fixture(name);
      // The declared type is ignored: the bytes decide.
      const res = await inspector.json('/api/photos', { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body: bytes });
      expect(res.status, name).toBe(201);
      expect(res.body).toEqual({ sha256: sha256Of(bytes), mime });
      expect(readFileSync(photoPath(storage, res.body.sha256)).equals(bytes)).toBe(true);
      const back = await inspector.request(`/api/photos/${res.body.sha256}`);
      expect(back.headers.get('content-type')).toBe(mime);
      expect(Buffer.from(await back.arrayBuffer()).equals(bytes)).toBe(true);
    }
    const [{ n }] = await database.rows<{ n: number }>(
      (await import('drizzle-orm')).sql`SELECT count(*)::int AS n FROM photos`,
    );
    expect(n).toBe(3);
  });

  it('accepts a multipart form and the same photo twice without a second file', async () => {
    const form = new FormData();
    form.append('photo', new Blob([fixture('door.jpg')], { type: 'image/jpeg' }), 'door.jpg');
    const res = await inspector.json('/api/photos', { method: 'POST', body: form });
    expect(res.status).toBe(201);
    const folder = join(storage, res.body.sha256.slice(0, 2));
    expect(readdirSync(folder)).toEqual([res.body.sha256]);
  });

  it('refuses what is not an image, an empty body, a photo over the limit, and strangers', async () => {
    const pdf = await inspector.json('/api/photos', { method: 'POST', headers: { 'content-type': 'image/jpeg' }, body: '%PDF-1.7 not a photo' });
    expect(pdf.status).toBe(422);
    expect(pdf.body.error.message).toMatch(/JPEG, PNG and WebP/);
    expect((await inspector.json('/api/photos', { method: 'POST', headers: { 'content-type': 'image/png' }, body: new Uint8Array() })).status).toBe(422);
    const big = new Uint8Array(5000);
    big.set([0xff, 0xd8, 0xff]);
    const tooBig = await inspector.json('/api/photos', { method: 'POST', headers: { 'content-type': 'image/jpeg' }, body: big });
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.error.code).toBe('too_large');
    expect((await client(app).json('/api/photos', { method: 'POST', body: fixture('door.png') })).status).toBe(401);
    expect((await client(app).json(`/api/photos/${sha256Of(fixture('door.png'))}`)).status).toBe(401);
    expect((await inspector.json(`/api/photos/${'0'.repeat(64)}`)).status).toBe(404);
    expect((await inspector.json('/api/photos/../../etc/passwd')).status).toBe(404);
    expect((await inspector.json('/api/photos/ABC')).status).toBe(400);
  });
});
