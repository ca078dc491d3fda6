import { z } from 'zod';

/** Deepest zoom served: beyond it the map over-zooms the last tile. */
export const MAX_TILE_ZOOM = 22;

const wholeNumber = (name: string) =>
  z.string().regex(/^\d{1,8}$/, `${name} must be a whole number`).transform(Number);

/** `/:z/:x/:y.mvt` of an XYZ tile; x and y must lie inside the 2^z × 2^z grid of zoom z. */
export const TileParams = z
  .object({
    z: wholeNumber('z').refine((z) => z <= MAX_TILE_ZOOM, `z must be between 0 and ${MAX_TILE_ZOOM}`),
    x: wholeNumber('x'),
    y: z
      .string()
      .regex(/^\d{1,8}\.mvt$/, 'y must be a whole number followed by .mvt, such as 5432.mvt')
      .transform((y) => Number(y.slice(0, -4))),
  })
  .superRefine((tile, ctx) => {
    const size = 2 ** tile.z;
    for (const axis of ['x', 'y'] as const) {
      if (tile[axis] >= size) ctx.addIssue({ code: 'custom', path: [axis], message: `${axis} must be below ${size} at zoom ${tile.z}` });
    }
  });
