import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { secureHeaders } from 'hono/secure-headers';
import type { AppDeps } from './deps';
import { errorResponse, NotFoundError } from './errors';
import { basemapRoutes } from './routes/basemap';
import { configRoutes } from './routes/config';
import { facilitiesRoutes } from './routes/facilities';
import { healthRoutes } from './routes/health';
import { regionsRoutes } from './routes/regions';
import { facilityReportsRoutes, reportsRoutes } from './routes/reports';
import { facilityAccessibilityRoutes } from './routes/accessibility';
import { searchRoutes } from './routes/search';
import { tilesRoutes } from './routes/tiles';
import { routesRoutes } from './routes/routes';
import { sessionRoutes } from './routes/session';
import { usersRoutes } from './routes/users';
import { photosRoutes } from './routes/photos';
import { auditsRoutes, facilityAuditsRoutes } from './routes/audits';
import { worklistRoutes } from './routes/worklist';
import { statsRoutes } from './routes/stats';
import { osmTagsRoutes } from './routes/osm-tags';
import { checklistsRoutes } from './routes/checklists';
import { scoreRoutes } from './routes/score';
import { sameOriginWrites } from './auth/same-origin';

/** The whole HTTP application: the API under /api, then the built web app. */
export function createApp(deps: AppDeps, options: { webRoot?: string } = {}) {
  const app = new Hono();
  app.onError(errorResponse);
  app.use(secureHeaders({ crossOriginEmbedderPolicy: false, contentSecurityPolicy: undefined }));
  app.use('/api/*', compress());
  app.use('/api/*', sameOriginWrites());

  app.route('/health', healthRoutes(deps));
  app.route('/api/config', configRoutes(deps));
  app.route('/api/facilities', facilitiesRoutes(deps));
  app.route('/api/regions', regionsRoutes(deps));
  app.route('/api/search', searchRoutes(deps));
  app.route('/api/facilities', facilityReportsRoutes(deps));
  app.route('/api/facilities', facilityAccessibilityRoutes(deps));
  app.route('/api/reports', reportsRoutes(deps));
  app.route('/api/tiles', tilesRoutes(deps));
  app.route('/api/basemap', basemapRoutes(deps));
  app.route('/api/routes', routesRoutes(deps));
  app.route('/api/session', sessionRoutes(deps));
  app.route('/api/users', usersRoutes(deps));
  app.route('/api/photos', photosRoutes(deps));
  app.route('/api/facilities', facilityAuditsRoutes(deps));
  app.route('/api/audits', auditsRoutes(deps));
  app.route('/api/worklist', worklistRoutes(deps));
  app.route('/api/stats', statsRoutes(deps));
  app.route('/api/osm-tags', osmTagsRoutes(deps));
  app.route('/api/checklists', checklistsRoutes()).route('/api/score', scoreRoutes());

  app.all('/api/*', (c) => {
    throw new NotFoundError(`No API route ${c.req.method} ${c.req.path}`);
  });
  if (options.webRoot) {
    app.use('/*', serveStatic({ root: options.webRoot }));
    app.get('*', serveStatic({ root: options.webRoot, path: 'index.html' }));
  }
  return app;
}
