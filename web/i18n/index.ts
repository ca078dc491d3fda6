import { en, type Catalogue, type MessageKey } from './en';
import { kk } from './kk';
import { intlSpeaksKazakh, kazakhLongDate, kazakhNumberFormat } from './kazakh-intl';
import { currentLocale, type Locale } from './locale';
import { ru } from './ru';

export type { MessageKey };
export { currentLocale, locales, setLocale, onLocaleChange, LocaleController, type Locale } from './locale';

export const catalogues: Record<Locale, Catalogue> = { kk, ru, en };

export type MessageParams = Record<string, string | number | Date>;

/**
 * The text of `key` in the current language with `{name}` parameters filled in; numbers and
 * dates are formatted for that language.
 * @example t('legend.someAudited', { audited: 3, total: 1444 }) // 'Audited so far: 3 of 1,444 facilities.'
 */
export function t(key: MessageKey, params: MessageParams = {}, locale: Locale = currentLocale()): string {
  return fillPlaceholders(catalogues[locale][key] || en[key], params, locale);
}

/**
 * Fills `{name}` parameters of a message, numbers and dates formatted for the language; features
 * with catalogues of their own (the dashboard, the inspectors' screens) use it too.
 */
export function fillPlaceholders(text: string, params: MessageParams, locale: Locale = currentLocale()): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (typeof value === 'number') return formatNumber(value, locale);
    if (value instanceof Date) return formatDate(value, locale);
    return value;
  });
}

const numberFormats = new Map<Locale, Intl.NumberFormat>();
const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

export function formatNumber(value: number, locale: Locale = currentLocale()): string {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = locale === 'kk' ? kazakhNumberFormat() : new Intl.NumberFormat(locale)));
  return format.format(value);
}

export function formatDate(value: Date, locale: Locale = currentLocale()): string {
  if (locale === 'kk' && !intlSpeaksKazakh()) return kazakhLongDate(value);
  let format = dateFormats.get(locale);
  if (!format) dateFormats.set(locale, (format = new Intl.DateTimeFormat(locale, { dateStyle: 'long' })));
  return format.format(value);
}

/** The placeholders a message uses, e.g. ['shown', 'total']. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}
