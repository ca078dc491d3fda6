import { z } from 'zod';

/**
 * POST /api/score: `{checklistVersion?, answers}`. The envelope is checked here (400); the answers
 * themselves by the checklist (422 naming each item, see docs/checklist-answers.md).
 */
export const ScoreBody = z.object({
  checklistVersion: z.string().trim().min(1).max(64).optional(),
  answers: z
    .record(z.string().min(1).max(200), z.unknown())
    .refine((answers) => Object.keys(answers).length <= 2000, 'at most 2000 answers'),
});
