import type { NeedsProfile } from '../../../server/domain/needs/needs-profile';
import { t } from '../../i18n';

/**
 * The profile's own needs in a short phrase, or '' when only the group was chosen.
 * @example needsSummary({ …, doorWidthCm: 80, accessibleToilet: true }) // 'door at least 80 cm wide, an accessible toilet' (en)
 */
export function needsSummary(profile: NeedsProfile): string {
  const parts: string[] = [];
  if (profile.doorWidthCm !== null) parts.push(t('needs.short.doorWidth', { cm: profile.doorWidthCm }));
  if (profile.maxStepCm !== null) parts.push(profile.maxStepCm === 0 ? t('needs.short.noStep') : t('needs.short.step', { cm: profile.maxStepCm }));
  if (profile.accessibleToilet) parts.push(t('needs.short.toilet'));
  if (profile.hearingSupport) parts.push(t('needs.short.hearing'));
  if (profile.tactileGuidance) parts.push(t('needs.short.tactile'));
  return parts.join(', ');
}
