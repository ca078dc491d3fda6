import { describe, expect, it } from 'vitest';
import { en } from './en';
import { catalogues, formatDate, formatNumber, locales, placeholdersOf, t } from './index';
import { kazakhLongDate } from './kazakh-intl';
import { preferredLocale } from './locale';

const englishKeys = Object.keys(en).sort();

describe.each(locales)('the %s catalogue', (locale) => {
  const catalogue = catalogues[locale] as Record<string, string>;

  it('has exactly the keys of the English catalogue', () => {
    const missing = englishKeys.filter((key) => !(key in catalogue));
    const extra = Object.keys(catalogue).filter((key) => !(key in en));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it('has no empty message', () => {
    const empty = englishKeys.filter((key) => typeof catalogue[key] !== 'string' || catalogue[key].trim() === '');
    expect(empty).toEqual([]);
  });

  it('uses the same {parameters} as English in every message', () => {
    const mismatched = englishKeys.filter(
      (key) => placeholdersOf(catalogue[key] ?? '').join() !== placeholdersOf(en[key as keyof typeof en]).join(),
    );
    expect(mismatched).toEqual([]);
  });
});

describe('t', () => {
  it('fills parameters, formatting numbers for the language', () => {
    expect(t('legend.someAudited', { audited: 3, total: 1444 }, 'en')).toBe('Audited so far: 3 of 1,444 facilities.');
    expect(t('list.summary', { shown: 50, total: 1444 }, 'ru')).toMatch(/^Показано: 50 из 1\s444,/);
    expect(t('legend.someAudited', { audited: 3, total: 1444 }, 'kk')).toMatch(/^Тексерілген нысандар: 3 \/ 1\s444\.$/);
  });

  it('formats dates per language', () => {
    const day = new Date(Date.UTC(2025, 2, 8, 12));
    expect(formatDate(day, 'en')).toBe('March 8, 2025');
    expect(formatDate(day, 'ru')).toMatch(/^8 марта 2025/);
    expect(formatDate(day, 'kk')).toBe('2025 ж. 8 наурыз');
    expect(kazakhLongDate(day)).toBe('2025 ж. 8 наурыз');
    expect(formatNumber(0.5, 'ru')).toBe('0,5');
  });
});

describe('preferredLocale', () => {
  it('takes the remembered choice, then the browser languages, then English', () => {
    expect(preferredLocale('kk', ['ru-RU'])).toBe('kk');
    expect(preferredLocale(null, ['de-DE', 'ru-KZ', 'en'])).toBe('ru');
    expect(preferredLocale('xx', ['kz'])).toBe('kk');
    expect(preferredLocale(null, ['de'])).toBe('en');
  });
});
