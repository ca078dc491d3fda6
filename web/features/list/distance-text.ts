import { t } from '../../i18n';

/**
 * A distance as people say it: metres rounded to tens under a kilometre, then kilometres with one
 * decimal under ten.
 * @example distanceText(1234) // '1.2 km' (en)
 */
export function distanceText(metres: number): string {
  if (metres < 1000) return t('list.metres', { value: Math.max(10, Math.round(metres / 10) * 10) });
  const km = metres < 10_000 ? Math.round(metres / 100) / 10 : Math.round(metres / 1000);
  return t('list.kilometres', { value: km });
}
