import { findChecklist, splitAnswerKey, type AuditAnswers, type ChecklistDefinition, type GroupId, type ZoneId } from '../../../server/domain/checklist';
import { matchNeeds, type NeedsVerdict } from '../../../server/domain/needs/match-needs';
import type { NeedsProfile } from '../../../server/domain/needs/needs-profile';
import type { Failure, Status, ZoneStatus } from '../../../server/domain/scoring/types';
import type { PublicAudit } from '../../app/api-types';
import type { Locale } from '../../i18n';
import { answerText, normText, requirementText } from './answer-text';

/** One failing item in plain words: the question, what was found, what is required, and the norm. */
export interface FailureLine {
  key: string;
  text: string;
  found: string;
  required: string | null;
  norm: string | null;
  severity: Failure['severity'];
  /** Staff assistance bridges it. */
  assistable: boolean;
  /** Which entrance, lift or cabin, when the facility has several. */
  instance: string | null;
}

export interface ChainZone {
  zone: ZoneId;
  label: string;
  status: ZoneStatus;
  failures: FailureLine[];
}

export interface Chain {
  checklist: ChecklistDefinition;
  zones: ChainZone[];
  verdict: NeedsVerdict;
  photos: { itemId: string; sha256: string; caption: string }[];
}

/**
 * The doorstep-to-doorstep chain of one group from a facility's current audit, in the reader's
 * language, with the person's own needs checked against the measurements. Null when the audit was
 * made with a checklist version this build does not know.
 */
export function chainOf(audit: PublicAudit, group: GroupId, profile: NeedsProfile, locale: Locale): Chain | null {
  const checklist = findChecklist(audit.checklistVersion);
  if (!checklist) return null;
  const items = new Map(checklist.items.map((item) => [item.id, item]));
  const result = audit.groups[group];
  const line = (failure: Failure): FailureLine => {
    const item = items.get(failure.item)!;
    return {
      key: failure.key,
      text: item.text[locale].question,
      found: answerText(item, failure.value, checklist, locale),
      required: requirementText(failure.threshold, locale),
      norm: normText(failure.norm?.clause),
      severity: failure.severity,
      assistable: failure.assistable,
      instance: failure.instance || null,
    };
  };
  const zones = checklist.zones.map((zone) => ({
    zone: zone.id,
    label: zone.label[locale],
    status: result.zones[zone.id]?.status ?? 'na',
    failures: result.failures.filter((f) => f.zone === zone.id && items.has(f.item)).map(line),
  }));
  const photos = audit.photos.map((photo) => ({
    ...photo,
    caption: items.get(splitAnswerKey(photo.itemId).itemId)?.text[locale].question ?? '',
  }));
  return { checklist, zones, verdict: matchNeeds(profile, result.status as Status, audit.answers as AuditAnswers), photos };
}
