/**
 * Kazakh numbers and dates even where the browser's ICU data lacks Kazakh (Chromium ships kk
 * without its number symbols and month names, and prints "1,387.5" and "2026 M11 23").
 */
const MONTHS = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'];

let speaksKazakh: boolean | undefined;

/** True when this runtime's Intl really knows Kazakh (checked once). */
export function intlSpeaksKazakh(): boolean {
  if (speaksKazakh === undefined) {
    try {
      const month = new Intl.DateTimeFormat('kk', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2025, 10, 15)));
      speaksKazakh = month === 'қараша';
    } catch {
      speaksKazakh = false;
    }
  }
  return speaksKazakh;
}

/** The CLDR long date in Kazakh: "2025 ж. 8 наурыз". */
export function kazakhLongDate(date: Date): string {
  return `${date.getFullYear()} ж. ${date.getDate()} ${MONTHS[date.getMonth()]}`;
}

/**
 * A number format for Kazakh: Kazakh digits are grouped and decimals marked exactly as in
 * Russian (1 387,5), so Russian data stands in when Kazakh is missing.
 */
export function kazakhNumberFormat(): Intl.NumberFormat {
  return new Intl.NumberFormat(intlSpeaksKazakh() ? 'kk' : 'ru');
}
