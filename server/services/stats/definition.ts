import type { LocalizedText } from '../../domain/categories';
import type { Freshness } from './freshness';

/** The stated definition every statistic is computed by; the API returns it with the numbers. */
export interface AdaptationDefinition {
  /** Changes whenever the definition's meaning does. */
  id: string;
  freshnessDays: number;
  /** Audits made at or after this instant are fresh (ISO 8601). */
  cutoff: string;
  text: LocalizedText;
}

const TEXT: LocalizedText = {
  en:
    'Adapted: the facility\'s latest audit is complete, was made on or after {cutoff} (an audit is valid for {days} days), ' +
    'and finds the facility itself (zones 1–6, without the approach from the transit stop) fully accessible (ДП) for all ' +
    'five groups: registry code ДП-В (rule B7). Partially adapted: a valid audit finds the facility fully or partially ' +
    'accessible (ДП or ДЧ) for every group, but it is not adapted. Not adapted: a valid audit finds it conditionally ' +
    'accessible (ДУ), inaccessible (ВНД) or undetermined for at least one group. Not audited: no valid audit (never ' +
    'audited, or the audit has expired). Shares are of all registry facilities in the selection: total = adapted + ' +
    'partially adapted + not adapted + not audited. Per group: facilities a valid audit finds fully accessible (ДП) for that group.',
  ru:
    'Адаптирован: последнее обследование объекта полное, проведено {cutoff} или позже (обследование действует {days} дней) ' +
    'и признаёт сам объект (зоны 1–6, без пути от остановки транспорта) доступным полностью (ДП) для всех пяти категорий ' +
    'инвалидов: код ДП-В (правило B7). Частично адаптирован: действующее обследование признаёт объект доступным полностью ' +
    'или частично (ДП или ДЧ) для каждой категории, но объект не адаптирован. Не адаптирован: действующее обследование ' +
    'признаёт объект условно доступным (ДУ), недоступным (ВНД) или не определило доступность хотя бы для одной категории. ' +
    'Не обследован: нет действующего обследования (не обследовался или срок обследования истёк). Доли считаются от всех ' +
    'объектов реестра в выборке: всего = адаптировано + частично адаптировано + не адаптировано + не обследовано. По ' +
    'категориям: объекты, которые действующее обследование признаёт доступными полностью (ДП) для этой категории.',
  kk:
    'Бейімделген: нысанның соңғы тексеруі толық, {cutoff} күні немесе одан кейін жүргізілген (тексеру {days} күн ' +
    'жарамды) және нысанның өзін (көлік аялдамасынан келу жолынсыз, 1–6 аймақтар) мүгедектігі бар адамдардың барлық бес ' +
    'санаты үшін толық қолжетімді (ДП) деп таниды: ДП-В коды (B7 ережесі). Ішінара бейімделген: жарамды тексеру нысанды ' +
    'әр санат үшін толық немесе ішінара қолжетімді (ДП немесе ДЧ) деп таниды, бірақ нысан бейімделмеген. Бейімделмеген: ' +
    'жарамды тексеру нысанды кемінде бір санат үшін шартты қолжетімді (ДУ), қолжетімсіз (ВНД) деп таниды немесе ' +
    'қолжетімділігін анықтамаған. Тексерілмеген: жарамды тексеру жоқ (мүлде тексерілмеген немесе тексеру мерзімі өткен). ' +
    'Үлестер таңдаудағы тізілімнің барлық нысандарынан есептеледі: барлығы = бейімделген + ішінара бейімделген + ' +
    'бейімделмеген + тексерілмеген. Санаттар бойынша: жарамды тексеру осы санат үшін толық қолжетімді (ДП) деп таныған нысандар.',
};

/** The definition with this deployment's freshness period and today's cut-off filled in. */
export function adaptationDefinition(freshness: Freshness): AdaptationDefinition {
  const fill = (text: string) => text.replace('{cutoff}', freshness.cutoffDate).replace('{days}', String(freshness.days));
  return {
    id: 'b7-facility-only-fresh-v1',
    freshnessDays: freshness.days,
    cutoff: freshness.cutoff.toISOString(),
    text: { kk: fill(TEXT.kk), ru: fill(TEXT.ru), en: fill(TEXT.en) },
  };
}
