import { z } from 'zod';

/** A checklist version id such as "2026.1"; anything else is simply not a published version (404). */
export const ChecklistVersionParam = z.object({ version: z.string().min(1).max(64) });
