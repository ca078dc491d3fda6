import { describe, expect, it } from 'vitest';
import { placeholdersOf } from '../../i18n';
import { countShare, dashboardCatalogues, td } from './dashboard-text';
import { dashboardEn } from './messages.en';

const keys = Object.keys(dashboardEn).sort();

describe.each(['kk', 'ru', 'en'] as const)('the %s dashboard texts', (locale) => {
  const catalogue = dashboardCatalogues[locale] as Record<string, string>;

  it('give every key, none empty, with the English parameters', () => {
    expect(Object.keys(catalogue).sort()).toEqual(keys);
    expect(keys.filter((k) => !catalogue[k]?.trim())).toEqual([]);
    expect(keys.filter((k) => placeholdersOf(catalogue[k]).join() !== placeholdersOf(dashboardEn[k as keyof typeof dashboardEn]).join())).toEqual([]);
  });
});

describe('td', () => {
  it('formats counts and shares for the language', () => {
    expect(td('summary.adaptedDetail', { adapted: 3, total: 1444 }, 'en')).toBe('3 of 1,444 facilities');
    expect(countShare(1444, 12.5)).toMatch(/^1[,\s\u00a0]?444 \(12[.,]5\s?%\)$/);
  });
});
