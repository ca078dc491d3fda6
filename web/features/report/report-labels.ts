import type { ReportRecord } from '../../app/api-types';
import { t, type MessageKey } from '../../i18n';
import { en } from '../../i18n/en';

/**
 * What and where a resident reported, in the words the report form offered them, so staff read
 * the same labels the resident chose. Ids the form no longer offers are shown as they are.
 * @example reportWhat({ what: 'ramp' }) // 'Ramp missing, too steep or broken'
 */
export function reportWhat(report: Pick<ReportRecord, 'what'>): string {
  return labelOr(`report.kind.${report.what}`, report.what);
}

/** @example reportZone({ zone: 'entrance' }) // 'Entrance' */
export function reportZone(report: Pick<ReportRecord, 'zone'>): string {
  return labelOr(`zone.${report.zone}`, report.zone);
}

function labelOr(key: string, id: string): string {
  return key in en ? t(key as MessageKey) : id;
}
