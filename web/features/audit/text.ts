import { currentLocale, formatDate, formatNumber, type Locale } from '../../i18n';
import { inspectionEn, type InspectionCatalogue, type InspectionKey } from './messages.en';
import { inspectionKk } from './messages.kk';
import { inspectionRu } from './messages.ru';

export const inspectionCatalogues: Record<Locale, InspectionCatalogue> = { kk: inspectionKk, ru: inspectionRu, en: inspectionEn };

/**
 * A text of the inspectors' screens (sign-in, work list, audit form, history, accounts) in the
 * current language, `{name}` parameters filled in and formatted as the app formats them.
 * @example ti('outbox.waiting', { count: 2 }) // '2 audits waiting to be sent'
 */
export function ti(key: InspectionKey, params: Record<string, string | number | Date> = {}, locale: Locale = currentLocale()): string {
  return (inspectionCatalogues[locale][key] || inspectionEn[key]).replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (typeof value === 'number') return formatNumber(value, locale);
    if (value instanceof Date) return formatDate(value, locale);
    return value;
  });
}
