import { currentLocale, fillPlaceholders, type Locale } from '../../i18n';
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
  return fillPlaceholders(inspectionCatalogues[locale][key] || inspectionEn[key], params, locale);
}
