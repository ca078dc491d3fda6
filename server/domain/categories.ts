import catalogue from '../../data/categories.json';

export type Locale = 'kk' | 'ru' | 'en';
export type LocalizedText = Record<Locale, string>;

export interface Category {
  id: string;
  sector: string;
  name: LocalizedText;
}

export interface Sector {
  id: string;
  name: LocalizedText;
}

/** Facility categories the registry knows, each in one sector of the officials' breakdown. */
export const categories: readonly Category[] = catalogue.categories;
export const sectors: readonly Sector[] = catalogue.sectors;
export const categoryIds: readonly string[] = categories.map((c) => c.id);

const byId = new Map(categories.map((c) => [c.id, c]));

export function findCategory(id: string): Category | undefined {
  return byId.get(id);
}

/** The sector a category belongs to; unknown categories fall in "other". */
export function sectorOf(categoryId: string): string {
  return byId.get(categoryId)?.sector ?? 'other';
}
