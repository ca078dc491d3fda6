import type { NeedCheck } from '../../../server/domain/needs/match-needs';
import { t, type MessageKey } from '../../i18n';

/** What each measured element is called in a sentence about the person's need. */
const ELEMENTS: Record<string, MessageKey> = {
  'site.gate_width': 'needs.element.gate',
  'entrance.door_width': 'needs.element.entranceDoor',
  'ramp.width': 'needs.element.ramp',
  'inside.door_width': 'needs.element.insideDoor',
  'inside.lift_door': 'needs.element.liftDoor',
  'wc.door_width': 'needs.element.toiletDoor',
  'approach.kerb_height': 'needs.element.kerb',
  'site.level_lips': 'needs.element.lip',
  'entrance.threshold': 'needs.element.entranceThreshold',
  'entrance.level_change': 'needs.element.entranceSteps',
  'inside.thresholds': 'needs.element.insideThreshold',
};

/**
 * One of the person's needs against the audit, in a sentence:
 * "Entrance door: 75 cm; you need 80 cm." or "Hearing loop or sign language: not available."
 */
export function needLine(check: NeedCheck): string {
  const measured = check.measured;
  const element = measured ? t(ELEMENTS[measured.item] ?? 'needs.element.other') : '';
  const required = check.requiredCm ?? 0;
  switch (check.need) {
    case 'doorWidth':
      if (check.outcome === 'unknown') return t('needs.line.doorUnknown', { required });
      return t(check.outcome === 'met' ? 'needs.line.doorMet' : 'needs.line.doorUnmet', { element, cm: measured!.cm, required });
    case 'step':
      if (check.outcome === 'unknown') return t('needs.line.stepUnknown', { required });
      return t(check.outcome === 'met' ? 'needs.line.stepMet' : 'needs.line.stepUnmet', { element, cm: measured!.cm, required });
    default:
      return t(`needs.line.${check.need}.${check.outcome}`);
  }
}
