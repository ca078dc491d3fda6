import type { Locale } from '../../../domain/categories';
import type { Cell, ExportTable } from './export-table';
import { ATTRIBUTION, columnLabel, NOTES } from './labels';

/**
 * A table as CSV for Excel: a UTF-8 byte-order mark (so Excel reads Kazakh letters), CRLF lines,
 * and, for Kazakh and Russian, the separator and decimal comma their Excel expects (";" and
 * "12,5"); English uses "," and "12.5". The definition and the attribution follow the rows.
 */
export function toCsv(table: ExportTable, lang: Locale): string {
  const separator = lang === 'en' ? ',' : ';';
  const decimal = lang === 'en' ? '.' : ',';
  const line = (cells: Cell[]) => cells.map((c) => csvCell(c, separator, decimal)).join(separator);
  const lines = [line(table.columns.map((c) => columnLabel(c, lang))), ...table.rows.map((r) => line(table.columns.map((c) => r.values[c] ?? null)))];
  lines.push('');
  if (table.definition) lines.push(line([`${NOTES.definition[lang]}: ${table.definition[lang]}`]));
  const attribution = table.boundaries ? `${ATTRIBUTION.facilities}; ${ATTRIBUTION.boundaries}` : ATTRIBUTION.facilities;
  lines.push(line([`${NOTES.attribution[lang]}: ${attribution}`]));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/** One cell; text that a spreadsheet would run as a formula is prefixed with an apostrophe. */
export function csvCell(value: Cell, separator: string, decimal: string): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value).replace('.', decimal);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /["\r\n]/.test(text) || text.includes(separator) ? `"${text.replace(/"/g, '""')}"` : text;
}
