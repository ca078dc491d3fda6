import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { matchPath, type View } from './router';

const view = (id: string, paths: string[]): View => ({ id, paths, title: 'nav.map', render: () => html`` });
const map = view('map', ['/', '/facility/:id']);
const audit = view('audit', ['/audit/:facilityId/new']);

describe('matchPath', () => {
  it('finds the view and its parameters', () => {
    expect(matchPath('/', [map, audit])?.view.id).toBe('map');
    expect(matchPath('/facility/42', [map, audit])).toMatchObject({ view: { id: 'map' }, params: { id: '42' } });
    expect(matchPath('/audit/7/new/', [map, audit])).toMatchObject({ view: { id: 'audit' }, params: { facilityId: '7' } });
  });

  it('matches nothing for unknown paths and empty parameters', () => {
    expect(matchPath('/nowhere', [map, audit])).toBeUndefined();
    expect(matchPath('/facility/', [map, audit])?.params.id).toBeUndefined();
    expect(matchPath('/facility/1/extra', [map, audit])).toBeUndefined();
  });

  it('decodes parameters', () => {
    expect(matchPath('/facility/%D0%B0', [map])?.params.id).toBe('а');
  });
});
