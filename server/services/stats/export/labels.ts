import type { Locale, LocalizedText } from '../../../domain/categories';
import { GROUPS, type Group } from '../../facilities/facility-feature';

/** Disability groups as exports name them, with the passport letters. */
const GROUP_NAMES: Record<Group, LocalizedText> = {
  wheelchair: { kk: 'арбамен жүретіндер (К)', ru: 'передвигающиеся на креслах-колясках (К)', en: 'wheelchair users (К)' },
  mobility: { kk: 'тірек-қимыл аппараты бұзылған (О)', ru: 'с нарушениями опорно-двигательного аппарата (О)', en: 'limited mobility (О)' },
  vision: { kk: 'көру қабілеті бұзылған (С)', ru: 'с нарушениями зрения (С)', en: 'visual impairment (С)' },
  hearing: { kk: 'есту қабілеті бұзылған (Г)', ru: 'с нарушениями слуха (Г)', en: 'hearing impairment (Г)' },
  intellectual: { kk: 'ақыл-ой дамуы бұзылған (У)', ru: 'с нарушениями умственного развития (У)', en: 'intellectual disability (У)' },
};

const COLUMNS: Record<string, LocalizedText> = {
  kato: { kk: 'ӘАОЖ (КАТО)', ru: 'КАТО', en: 'KATO' },
  name: { kk: 'Атауы', ru: 'Наименование', en: 'Name' },
  sector: { kk: 'Сала', ru: 'Сфера', en: 'Sector' },
  total: { kk: 'Нысандар', ru: 'Объектов', en: 'Facilities' },
  audited: { kk: 'Тексерілген', ru: 'Обследовано', en: 'Audited' },
  fresh: { kk: 'Жарамды тексеруі бар', ru: 'С действующим обследованием', en: 'With a valid audit' },
  stale: { kk: 'Тексеру мерзімі өткен', ru: 'Обследование устарело', en: 'Audit expired' },
  adapted: { kk: 'Бейімделген', ru: 'Адаптировано', en: 'Adapted' },
  partial: { kk: 'Ішінара бейімделген', ru: 'Частично адаптировано', en: 'Partially adapted' },
  not_adapted: { kk: 'Бейімделмеген', ru: 'Не адаптировано', en: 'Not adapted' },
  not_audited: { kk: 'Тексерілмеген', ru: 'Не обследовано', en: 'Not audited' },
  adapted_of_fresh_pct: {
    kk: 'Бейімделген, жарамды тексерілгендердің %',
    ru: 'Адаптировано, % от обследованных',
    en: 'Adapted, % of validly audited',
  },
  month: { kk: 'Ай', ru: 'Месяц', en: 'Month' },
  audits: { kk: 'Тексерулер', ru: 'Обследований', en: 'Audits' },
  first_audits: { kk: 'Алғаш тексерілген', ru: 'Обследовано впервые', en: 'Audited for the first time' },
  audited_to_date: { kk: 'Ай соңына дейін тексерілген', ru: 'Обследовано на конец месяца', en: 'Audited by the end of the month' },
  item: { kk: 'Тексеру парағының тармағы', ru: 'Пункт чек-листа', en: 'Checklist item' },
  question: { kk: 'Сұрақ', ru: 'Вопрос', en: 'Question' },
  facilities: { kk: 'Бұзушылығы бар нысандар', ru: 'Объектов с нарушением', en: 'Facilities failing it' },
  critical: { kk: 'Оның ішінде сыни (кедергі)', ru: 'Из них критично (барьер)', en: 'Of which critical (a barrier)' },
  id: { kk: 'ID', ru: 'ID', en: 'ID' },
  category: { kk: 'Санат', ru: 'Категория', en: 'Category' },
  longitude: { kk: 'Бойлық', ru: 'Долгота', en: 'Longitude' },
  latitude: { kk: 'Ендік', ru: 'Широта', en: 'Latitude' },
  verdict: { kk: 'Қорытынды', ru: 'Итог', en: 'Verdict' },
  audited_at: { kk: 'Тексеру күні', ru: 'Дата обследования', en: 'Audit date' },
  registry_code: { kk: 'Тізілімдегі код', ru: 'Код в реестре', en: 'Registry code' },
  score: { kk: 'Балл (0–100)', ru: 'Балл (0–100)', en: 'Score (0–100)' },
};

const PERCENT_OF: Record<Locale, string> = { kk: ', нысандардың %', ru: ', % от объектов', en: ', % of facilities' };
const ADAPTED_FOR: LocalizedText = { kk: 'Бейімделген: {g}', ru: 'Адаптировано для: {g}', en: 'Adapted for {g}' };
const FAILS_FOR: LocalizedText = { kk: 'Сәйкес емес: {g}', ru: 'Не пройден для: {g}', en: 'Fails for {g}' };
const STATUS_FOR: LocalizedText = { kk: 'Мәртебесі: {g}', ru: 'Статус: {g}', en: 'Status: {g}' };

/** The heading of an export column in a language; every key the exports use has one. */
export function columnLabel(key: string, lang: Locale): string {
  if (COLUMNS[key]) return COLUMNS[key][lang];
  const pct = /^(.*)_pct$/.exec(key);
  if (pct) return columnLabel(pct[1], lang) + PERCENT_OF[lang];
  for (const g of GROUPS) {
    if (key === `adapted_${g}`) return ADAPTED_FOR[lang].replace('{g}', GROUP_NAMES[g][lang]);
    if (key === `fails_${g}`) return FAILS_FOR[lang].replace('{g}', GROUP_NAMES[g][lang]);
    if (key === `status_${g}`) return STATUS_FOR[lang].replace('{g}', GROUP_NAMES[g][lang]);
  }
  return key;
}

export const ROW_LABELS: Record<'outsideAnyRegion' | 'outsideAnyDistrict' | 'total', LocalizedText> = {
  outsideAnyRegion: { kk: 'Ешбір өңірге кірмейтін', ru: 'Вне всех регионов', en: 'Outside every region' },
  outsideAnyDistrict: { kk: 'Ешбір ауданға кірмейтін', ru: 'Вне районов', en: 'In no district' },
  total: { kk: 'Барлығы', ru: 'Итого', en: 'Total' },
};

export const VERDICT_LABELS: Record<string, LocalizedText> = {
  adapted: COLUMNS.adapted,
  partial: COLUMNS.partial,
  notAdapted: COLUMNS.not_adapted,
  notAudited: COLUMNS.not_audited,
};

export const NOTES: Record<'definition' | 'attribution', LocalizedText> = {
  definition: { kk: 'Анықтама', ru: 'Определение', en: 'Definition' },
  attribution: { kk: 'Деректер', ru: 'Данные', en: 'Data' },
};

/** Facilities come from OpenStreetMap; area boundaries from geokz. */
export const ATTRIBUTION = {
  facilities: '© OpenStreetMap contributors (ODbL 1.0)',
  boundaries: 'Boundaries: geokz, Alexander Rodionov (CC BY 4.0)',
};
