import { describe, expect, it } from 'vitest';
import { detailString, passportLevel, registryCode, serviceForm } from './passport';
import type { Status } from './types';

/** Rule B5: passport codes. Statuses in group order К, О, С, Г, У. */
const LETTERS = ['К', 'О', 'С', 'Г', 'У'];
const A: Status = 'accessible';
const P: Status = 'partial';
const C: Status = 'conditional';
const X: Status = 'inaccessible';
const U: Status = 'unknown';

describe('passport codes (B5)', () => {
  it('maps statuses to levels, unknown to none', () => {
    expect([A, P, C, X, U].map(passportLevel)).toEqual(['ДП', 'ДЧ', 'ДУ', 'ВНД', null]);
  });

  it('writes "-В" when a level holds all five groups', () => {
    expect(registryCode([A, A, A, A, A], LETTERS)).toBe('ДП-В');
    expect(detailString([A, A, A, A, A], LETTERS)).toBe('ДП-В');
    expect(registryCode([P, A, P, A, A], LETTERS)).toBe('ДЧ-В');
    expect(detailString([P, P, P, P, P], LETTERS)).toBe('ДЧ-В');
  });

  it('lists groups per level in the detail string, ДУ and ВНД always with letters', () => {
    expect(detailString([C, P, P, P, A], LETTERS)).toBe('ДП-И (У); ДЧ-И (О, С, Г); ДУ (К)');
    expect(detailString([X, X, C, C, C], LETTERS)).toBe('ДУ (С, Г, У); ВНД (К, О)');
    expect(detailString([C, C, C, C, C], LETTERS)).toBe('ДУ (К, О, С, Г, У)');
  });

  it('gives one registry code: the groups reaching ДЧ, then the others', () => {
    expect(registryCode([C, P, P, P, A], LETTERS)).toBe('ДЧ-И (О, С, Г, У); ДУ (К)');
    expect(registryCode([X, A, A, A, A], LETTERS)).toBe('ДП-И (О, С, Г, У); ВНД (К)');
    expect(registryCode([X, C, P, A, A], LETTERS)).toBe('ДЧ-И (С, Г, У); ДУ (О); ВНД (К)');
    expect(registryCode([X, C, X, C, X], LETTERS)).toBe('ДУ');
    expect(registryCode([X, X, X, X, X], LETTERS)).toBe('ВНД');
  });

  it('appends undetermined groups, and never calls an unknown group ДП', () => {
    expect(registryCode([U, U, A, A, A], LETTERS)).toBe('ДП-И (С, Г, У); не определено (К, О)');
    expect(registryCode([U, U, U, U, U], LETTERS)).toBe('не определено (К, О, С, Г, У)');
    expect(detailString([U, X, U, U, U], LETTERS)).toBe('ВНД (О); не определено (К, С, Г, У)');
  });

  it('gives the form of service: А, Б when the service moved to an accessible room, ДУ, ВНД', () => {
    expect(serviceForm(A, false)).toBe('А');
    expect(serviceForm(P, true)).toBe('Б');
    expect(serviceForm(C, true)).toBe('ДУ');
    expect(serviceForm(X, false)).toBe('ВНД');
    expect(serviceForm(U, false)).toBeNull();
  });
});
