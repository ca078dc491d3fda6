import { z } from 'zod';

export const PhotoHashParam = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'a photo is named by its SHA-256 in 64 lower-case hex digits'),
});
