import { categories } from '../categories';
import { keyWords, searchKey } from './search-key';

/**
 * Words people use for a category besides its catalogue names (data/categories.json), in kk, ru
 * and en. Kept short: each word here turns a query into a category filter, so a word that is
 * also common in proper names does not belong.
 */
const EXTRA_WORDS: Readonly<Record<string, readonly string[]>> = {
  school: ['мектебі', 'гимназия', 'лицей', 'мектеп-гимназия', 'мектеп-лицей', 'gymnasium', 'lyceum', 'средняя школа', 'орта мектеп'],
  kindergarten: ['детсад', 'садик', 'ясли', 'kindergarden', 'nursery'],
  university: ['институт', 'академия', 'institute', 'academy'],
  clinic: ['клиника', 'амбулатория', 'медпункт', 'фельдшерский пункт', 'polyclinic'],
  hospital: ['госпиталь', 'перинатальный центр'],
  pharmacy: ['drugstore', 'chemist'],
  sport_centre: ['стадион', 'бассейн', 'спорткомплекс', 'stadium', 'swimming pool', 'gym'],
  bus_stop: ['остановка автобуса'],
  station: ['железнодорожный вокзал', 'автовокзал', 'railway station', 'bus station'],
  townhall: ['акимат', 'akimat', 'city hall'],
  public_service_centre: ['цон', 'хқко', 'халыққа қызмет көрсету орталығы', 'центр обслуживания населения'],
  post_office: ['казпочта', 'қазпошта', 'kazpost'],
  shop: ['супермаркет', 'рынок', 'базар', 'supermarket', 'market', 'store'],
};

/** One way of naming a category, as the words of its search key. */
export interface CategoryPhrase {
  category: string;
  words: readonly string[];
}

/** Every category's names and extra words as search keys, longest phrases first. */
export const categoryPhrases: readonly CategoryPhrase[] = buildPhrases();

function buildPhrases(): CategoryPhrase[] {
  const seen = new Set<string>();
  const phrases: CategoryPhrase[] = [];
  for (const category of categories) {
    if (category.id === 'other') continue;
    const names = [category.name.kk, category.name.ru, category.name.en, ...(EXTRA_WORDS[category.id] ?? [])];
    for (const name of names) {
      const key = searchKey(name.replace(/\(.*?\)/g, ''));
      if (key === '' || seen.has(`${category.id}:${key}`)) continue;
      seen.add(`${category.id}:${key}`);
      phrases.push({ category: category.id, words: keyWords(key) });
    }
  }
  return phrases.sort((a, b) => b.words.length - a.words.length);
}
