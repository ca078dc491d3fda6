import { Hono } from 'hono';
import type { AppDeps } from '../../deps';
import { validate } from '../../validation';
import { osmTagsHandler } from './osm-tags.handlers';
import { OsmTagsQuery } from './osm-tags.routes';

/**
 * Mounted at /api/osm-tags, public: the OpenStreetMap / Wheelmap tags the current audits decide
 * (rule B5, ADR 0105), beside the values mapped today, as JSON, CSV or GeoJSON.
 */
export function osmTagsRoutes(deps: AppDeps) {
  return new Hono().get('/', validate('query', OsmTagsQuery), osmTagsHandler(deps));
}
