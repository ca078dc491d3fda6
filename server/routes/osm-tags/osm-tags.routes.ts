import { z } from 'zod';

/** GET /api/osm-tags: `format` json (default), csv or geojson; `region` a 9-digit KATO code. */
export const OsmTagsQuery = z.strictObject({
  format: z.enum(['json', 'csv', 'geojson']).default('json'),
  region: z.string().regex(/^\d{9}$/, 'region must be a 9-digit KATO code').optional(),
});
export type OsmTagsQuery = z.output<typeof OsmTagsQuery>;
