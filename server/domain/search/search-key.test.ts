import { describe, expect, it } from 'vitest';
import { editDistance, wordCloseness, wordMatches } from './fuzzy';
import { searchKey } from './search-key';
import { toSearchLatin } from './transliterate';

describe('search key', () => {
  it('brings Russian, Kazakh Cyrillic and Latin spellings of one name to one key', () => {
    expect(searchKey('Школа')).toBe('shkola');
    expect(searchKey('shkola')).toBe('shkola');
    expect(searchKey('МЕКТЕП')).toBe('mektep');
    expect(searchKey('Mektep')).toBe('mektep');
    expect(searchKey('Қазақстан')).toBe(searchKey('Qazaqstan'));
    expect(searchKey('Жібек жолы')).toBe(searchKey('Jibek Joly'));
    expect(searchKey('Хан Шатыр')).toBe(searchKey('Khan Shatyr'));
    expect(searchKey('Әлихан Бөкейхан')).toBe(searchKey('Älihan Bökeihan'));
    expect(searchKey('Өскемен')).toBe(searchKey('Öskemen'));
  });

  it('splits numbers off words and drops punctuation and "№"', () => {
    expect(searchKey('Школа №29')).toBe('shkola 29');
    expect(searchKey('Школа № 29')).toBe('shkola 29');
    expect(searchKey('№47 "Ақ желкен" балабақшасы')).toBe('47 ak zhelken balabakshasy');
    expect(searchKey('Дом 29а, кв.5')).toBe('dom 29 a kv 5');
    expect(searchKey('  ')).toBe('');
  });

  it('keeps only lower-case a-z, digits and single spaces whatever it is given', () => {
    for (const text of ['<script>alert(1)</script>', 'Straße 5 — ☃ 日本', 'İstanbul ı I', '\u0000\ud800x']) {
      expect(searchKey(text)).toMatch(/^([a-z]+|[0-9]+)?( ([a-z]+|[0-9]+))*$/);
    }
  });

  it('transliterates the soft and hard signs to nothing', () => {
    expect(toSearchLatin('объект пьеса')).toBe('obekt pesa');
  });
});

describe('typo tolerance', () => {
  it('counts missing, extra, wrong and swapped letters as one edit each', () => {
    expect(editDistance('shkla', 'shkola', 2)).toBe(1);
    expect(editDistance('shkoola', 'shkola', 2)).toBe(1);
    expect(editDistance('shkoka', 'shkola', 2)).toBe(1);
    expect(editDistance('shkloa', 'shkola', 2)).toBe(1);
    expect(editDistance('apteka', 'shkola', 2)).toBe(3);
  });

  it('matches typos, inflected forms and unfinished last words, not other words', () => {
    expect(wordMatches('shkla', 'shkola')).toBe(true);
    expect(wordMatches('mektepter', 'mektep')).toBe(true);
    expect(wordMatches('schools', 'school')).toBe(true);
    expect(wordMatches('polikl', 'poliklinika', true)).toBe(true);
    expect(wordMatches('polikl', 'poliklinika', false)).toBe(false);
    expect(wordMatches('park', 'bank')).toBe(false);
    expect(wordMatches('astana', 'apteka')).toBe(false);
    expect(wordMatches('bak', 'bank')).toBe(false);
  });

  it('ranks the same word above a typo, a typo above an unfinished word', () => {
    expect(wordCloseness('nazarbaev', 'nazarbaev')).toBe(1);
    const typo = wordCloseness('nazarbayev', 'nazarbaev')!;
    const unfinished = wordCloseness('nazar', 'nazarbaev', true)!;
    expect(typo).toBeGreaterThan(unfinished);
    expect(unfinished).toBeGreaterThan(0);
    expect(wordCloseness('nazar', 'nazarbaev', false)).toBeNull();
  });
});
