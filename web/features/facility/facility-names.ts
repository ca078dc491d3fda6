import { findCategory } from '../../../server/domain/categories';
import { locales, t, type Locale } from '../../i18n';

type Names = Record<Locale, string | null>;

/** The facility fields names are read from, in the API's shapes. */
export interface Named {
  category: string;
  name: string | null;
  names: Names;
}

/** The language's own first, then the others in the app's order. */
function byPreference(locale: Locale): Locale[] {
  return [locale, ...locales.filter((l) => l !== locale)];
}

export function categoryName(id: string, locale: Locale): string {
  return (findCategory(id) ?? findCategory('other'))?.name[locale] ?? id;
}

/**
 * A name in the reader's language if known, else in another language, else the source's own
 * name; null when the facility has none.
 * @example knownName({ kk: null, ru: 'Школа №5', en: null }, null, 'kk') // 'Школа №5'
 */
export function knownName(names: Partial<Names>, name: string | null, locale: Locale): string | null {
  for (const l of byPreference(locale)) if (names[l]?.trim()) return names[l]!.trim();
  return name?.trim() || null;
}

/** What to call a facility: its name, or its category when it has none ("Bus stop without a name"). */
export function facilityTitle(facility: Named, locale: Locale): string {
  return knownName(facility.names, facility.name, locale) ?? t('facility.unnamed', { category: categoryName(facility.category, locale) }, locale);
}

/** The facility's names in other languages that differ from its title, each tagged with its language. */
export function otherNames(facility: Named, locale: Locale): { locale: Locale; text: string }[] {
  const title = facilityTitle(facility, locale);
  const seen = new Set([title]);
  const result: { locale: Locale; text: string }[] = [];
  for (const l of byPreference(locale)) {
    const text = facility.names[l]?.trim();
    if (text && !seen.has(text)) {
      seen.add(text);
      result.push({ locale: l, text });
    }
  }
  return result;
}
