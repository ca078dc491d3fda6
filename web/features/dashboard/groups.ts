import type { Group } from '../../app/api-types';

/** The five groups in the passport's order (К, О, С, Г, У). */
export const GROUP_ORDER: readonly Group[] = ['wheelchair', 'mobility', 'vision', 'hearing', 'intellectual'];
