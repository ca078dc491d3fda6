import { describe, expect, it } from 'vitest';
import { categoryName, facilityTitle, knownName, otherNames } from './facility-names';

const school = { category: 'school', name: 'Школа-лицей №5', names: { kk: '№5 мектеп-лицей', ru: 'Школа-лицей №5', en: null } };
const stop = { category: 'bus_stop', name: null, names: { kk: null, ru: null, en: null } };

describe('facility names', () => {
  it('puts the reader’s language first and falls back to the others', () => {
    expect(facilityTitle(school, 'kk')).toBe('№5 мектеп-лицей');
    expect(facilityTitle(school, 'ru')).toBe('Школа-лицей №5');
    expect(facilityTitle(school, 'en')).toBe('№5 мектеп-лицей');
    expect(knownName({ kk: ' ', ru: null, en: null }, 'Евразия', 'kk')).toBe('Евразия');
  });

  it('calls a facility without a name by its category, in the reader’s language', () => {
    expect(facilityTitle(stop, 'en')).toBe('Bus stop without a name');
    expect(facilityTitle(stop, 'kk')).toBe('Атауы жоқ нысан: Аялдама');
    expect(facilityTitle(stop, 'ru')).toBe('Остановка без названия');
  });

  it('lists the other languages’ names once each', () => {
    expect(otherNames(school, 'ru')).toEqual([{ locale: 'kk', text: '№5 мектеп-лицей' }]);
    expect(otherNames(stop, 'en')).toEqual([]);
  });

  it('names unknown categories as "other facility"', () => {
    expect(categoryName('school', 'kk')).toBe('Мектеп');
    expect(categoryName('spaceport', 'en')).toBe('Other facility');
  });
});
