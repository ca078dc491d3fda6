import { describe, expect, it } from 'vitest';
import { appOverEmptyDatabase } from './test-app';

const server = appOverEmptyDatabase();

describe('checklists API', () => {
  it('returns the current checklist with its translations', async () => {
    const res = await server.app.request('/api/checklists/current');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('max-age');
    const body = (await res.json()) as any;
    expect(body.version).toBe('2026.1');
    expect(body.items).toHaveLength(119);
    const door = body.items.find((i: any) => i.id === 'entrance.door_width');
    expect(door.text.kk.question).toContain('есігінің');
    expect(door.text.ru.question).toContain('двери');
    expect(door.rules[1].norm.confidence).toBe('confirmed-secondary');
  });

  it('returns a published version, immutable', async () => {
    const res = await server.app.request('/api/checklists/2026.1');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('immutable');
    expect(((await res.json()) as any).version).toBe('2026.1');
  });

  it('answers 404 in the error shape for an unknown version', async () => {
    const res = await server.app.request('/api/checklists/1999.1');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: expect.stringContaining('2026.1'), problems: [] } });
  });
});
