import { describe, expect, it } from 'vitest';
import { placeholdersOf } from '../../i18n';
import { inspectionEn } from './messages.en';
import { inspectionCatalogues, ti } from './text';

const keys = Object.keys(inspectionEn).sort();

describe.each(['kk', 'ru', 'en'] as const)('the %s texts of the inspectors’ screens', (locale) => {
  const catalogue = inspectionCatalogues[locale] as Record<string, string>;

  it('give every key, none empty, with the English parameters', () => {
    expect(Object.keys(catalogue).sort()).toEqual(keys);
    expect(keys.filter((k) => !catalogue[k]?.trim())).toEqual([]);
    expect(keys.filter((k) => placeholdersOf(catalogue[k]).join() !== placeholdersOf(inspectionEn[k as keyof typeof inspectionEn]).join())).toEqual([]);
  });

  it('are not English left untranslated', () => {
    if (locale === 'en') return;
    const same = keys.filter((k) => catalogue[k] === inspectionEn[k as keyof typeof inspectionEn] && /[a-z]{4}/i.test(catalogue[k]));
    expect(same).toEqual([]);
  });
});

describe('ti', () => {
  it('fills and formats parameters', () => {
    expect(ti('outbox.waiting', { count: 1200 }, 'en')).toBe('Audits waiting to be sent: 1,200');
    expect(ti('preview.completeness', { answered: 3, applicable: 95 }, 'ru')).toBe('Отвечено 3 из 95 применимых вопросов.');
  });
});
