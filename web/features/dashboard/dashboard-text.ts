import { currentLocale, formatDate, formatNumber, type Locale } from '../../i18n';
import { dashboardEn, type DashboardCatalogue, type DashboardKey } from './messages.en';
import { dashboardKk } from './messages.kk';
import { dashboardRu } from './messages.ru';

export const dashboardCatalogues: Record<Locale, DashboardCatalogue> = { kk: dashboardKk, ru: dashboardRu, en: dashboardEn };

/**
 * A dashboard text in the current language, `{name}` parameters filled in, numbers and dates
 * formatted as the app formats them.
 * @example td('summary.adaptedDetail', { adapted: 3, total: 1444 }) // '3 of 1,444 facilities'
 */
export function td(key: DashboardKey, params: Record<string, string | number | Date> = {}, locale: Locale = currentLocale()): string {
  return (dashboardCatalogues[locale][key] || dashboardEn[key]).replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (typeof value === 'number') return formatNumber(value, locale);
    if (value instanceof Date) return formatDate(value, locale);
    return value;
  });
}

/** A share as the API gives it (one decimal, null without a denominator) in words: "12.5%", or "—". */
export function share(value: number | null): string {
  return value === null ? '—' : td('percent', { value });
}

/** A count with its share: "12 (3.4%)". */
export function countShare(count: number, percent: number | null): string {
  return td('countShare', { count, percent: share(percent) });
}
