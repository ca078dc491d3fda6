import { describe, expect, it } from 'vitest';
import { parseQuery } from './parse-query';

describe('parseQuery', () => {
  it('recognises a category named in any of the three languages and scripts', () => {
    for (const query of ['мектеп', 'школа', 'school', 'shkola', 'mektep', 'Мектептер', 'schools', 'школы']) {
      expect(parseQuery(query).categories, query).toEqual(['school']);
      expect(parseQuery(query).text, query).toBe('');
    }
    expect(parseQuery('Детский сад').categories).toEqual(['kindergarten']);
    expect(parseQuery('балабақша').categories).toEqual(['kindergarten']);
    expect(parseQuery('Емхана').categories).toEqual(['clinic']);
    expect(parseQuery('поликлиника').categories).toEqual(['clinic']);
  });

  it('tolerates typos in category words and takes the number apart', () => {
    expect(parseQuery('Шкла №29')).toMatchObject({ categories: ['school'], numbers: ['29'], text: '' });
    expect(parseQuery('shkola 29')).toMatchObject({ categories: ['school'], numbers: ['29'], text: '' });
    expect(parseQuery('School No. 29')).toMatchObject({ categories: ['school'], numbers: ['29'], text: '' });
    expect(parseQuery('поликлинника 7')).toMatchObject({ categories: ['clinic'], numbers: ['7'], text: '' });
  });

  it('keeps proper names as text to match against facility names', () => {
    expect(parseQuery('Назарбаев Зияткерлік мектебі')).toMatchObject({ categories: ['school'], text: 'nazarbaev ziyatkerlik' });
    expect(parseQuery('Хан Шатыр')).toMatchObject({ categories: [], numbers: [], text: 'han shatyr' });
  });

  it('reads the last word as possibly unfinished, the others as whole words', () => {
    expect(parseQuery('аптека полик').categories).toEqual(['pharmacy', 'clinic']);
    expect(parseQuery('полик аптека').categories).toEqual(['pharmacy']);
  });

  it('drops street and settlement kind words for place search', () => {
    expect(parseQuery('улица Кенесары').placeText).toBe('kenesary');
    expect(parseQuery('Kenesary street')).toMatchObject({ placeText: 'kenesary', text: 'kenesary' });
    expect(parseQuery('street').text).toBe('street');
    expect(parseQuery('г. Петропавловск').placeText).toBe('petropavlovsk');
  });

  it('gives an empty parse for an empty or punctuation-only query', () => {
    expect(parseQuery(' ,.; ')).toEqual({ key: '', categories: [], numbers: [], text: '', placeText: '' });
  });
});
