import { findChecklist, scoreAudit, type AuditAnswers } from '../../domain/scoring';
import type { OsmTags } from '../../domain/scoring/types';

const UNKNOWN: OsmTags = { wheelchair: null, toiletsWheelchair: null };

/** A stored audit's OSM tags; audits stored before the tags existed get them from their answers (ADR 0105). */
export function storedOsmTags(stored: OsmTags | null | undefined, checklistVersion: string, answers: () => Record<string, unknown>): OsmTags {
  if (stored) return stored;
  const checklist = findChecklist(checklistVersion);
  return checklist ? scoreAudit(checklist, answers() as AuditAnswers).osm : UNKNOWN;
}
