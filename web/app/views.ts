import { html } from 'lit';
import '../features/map/kz-map-view';
import { registerView } from './router';

/**
 * The app's views, one registration each. To add one (list, audit, dashboard, sign-in, route):
 * registerView({ id, paths, title, nav, load: () => import('../features/x/kz-x-view'), render }).
 * The map view is loaded eagerly because it is the landing page; the map library itself is not.
 */
registerView({
  id: 'map',
  paths: ['/', '/facility/:id'],
  title: 'nav.map',
  nav: true,
  render: (params) => html`<kz-map-view .facilityId=${params.id && /^\d+$/.test(params.id) ? Number(params.id) : null}></kz-map-view>`,
});

registerView({
  id: 'dashboard',
  paths: ['/dashboard', '/dashboard/:region', '/dashboard/:region/:district'],
  title: 'nav.dashboard',
  nav: true,
  load: () => import('../features/dashboard/kz-dashboard-view'),
  render: (params) => html`<kz-dashboard-view .region=${params.region} .district=${params.district}></kz-dashboard-view>`,
});

registerView({
  id: 'route',
  paths: ['/route', '/route/to/:facilityId'],
  title: 'nav.route',
  nav: true,
  load: () => import('../features/route/kz-route-view'),
  render: (params) => html`<kz-route-view .facilityId=${/^\d+$/.test(params.facilityId ?? '') ? Number(params.facilityId) : null}></kz-route-view>`,
});
