/**
 * Letters of Russian and Kazakh Cyrillic and of the Kazakh Latin alphabets (2017, 2018, 2021), each
 * mapped to the plain Latin spelling search compares on. Upper and lower case map alike.
 *
 * Every spelling of a name meets on this one Latin key: "Школа", "shkola" and "Shkola" all become
 * "shkola", "Мектеп" and "Mektep" become "mektep", "Қазақстан" and "Qazaqstan" become "kazakstan".
 * The database computes the same key with `kz_search_key()` (migration search_and_tiles); a test
 * holds the two to the same output, so keep them in step when a letter changes.
 */
export const LETTER_SPELLINGS: Readonly<Record<string, string>> = {
  // Russian Cyrillic
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'sh', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  // Kazakh-only Cyrillic letters
  ә: 'a', ғ: 'g', қ: 'k', ң: 'n', ө: 'o', ұ: 'u', ү: 'u', һ: 'h', і: 'i',
  // Kazakh Latin letters with marks (2017 apostrophes are dropped as punctuation)
  ä: 'a', á: 'a', ğ: 'g', ǵ: 'g', ı: 'i', í: 'i', ñ: 'n', ń: 'n', ö: 'o', ó: 'o', ş: 'sh', ç: 'ch',
  ū: 'u', ú: 'u', ü: 'u', ý: 'y', é: 'e',
};

/** Upper-case forms, listed rather than computed so the SQL mirror can use the same table. */
const UPPER_TO_LOWER: Readonly<Record<string, string>> = Object.fromEntries(
  Object.keys(LETTER_SPELLINGS)
    .filter((letter) => letter !== 'ı')
    .map((letter) => [letter.toUpperCase(), letter])
    .concat([['İ', 'i']]),
);

/**
 * Latin spellings that differ between romanisations of one sound, folded to one: Kazakh Latin
 * writes "j" and "q" where the Cyrillic-derived key has "zh" and "k", Russian "х" is often
 * written "kh". Applied in this order, after the letters above.
 */
export const LATIN_FOLDS: readonly (readonly [string, string])[] = [
  ['kh', 'h'],
  ['j', 'zh'],
  ['q', 'k'],
];

/**
 * Text in any of the three scripts as lower-case plain Latin; characters outside the table and
 * outside a-z and 0-9 are kept as they are (the search key turns them into spaces).
 *
 * @example toSearchLatin('Ақжол көшесі') // 'akzhol koshesi'
 * @example toSearchLatin('Jibek Joly') // 'zhibek zholy'
 */
export function toSearchLatin(text: string): string {
  let latin = '';
  for (const char of text) {
    const lower = UPPER_TO_LOWER[char] ?? (char >= 'A' && char <= 'Z' ? char.toLowerCase() : char);
    latin += LETTER_SPELLINGS[lower] ?? lower;
  }
  for (const [from, to] of LATIN_FOLDS) latin = latin.split(from).join(to);
  return latin;
}
