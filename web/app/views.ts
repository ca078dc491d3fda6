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
  id: 'list',
  paths: ['/list', '/list/:id'],
  title: 'nav.list',
  nav: true,
  load: () => import('../features/list/kz-list-view'),
  render: (params) => html`<kz-list-view .facilityId=${/^\d+$/.test(params.id ?? '') ? Number(params.id) : null}></kz-list-view>`,
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

registerView({
  id: 'inspect',
  paths: ['/inspect'],
  title: 'nav.inspect',
  nav: true,
  load: () => import('../features/worklist/kz-worklist-view'),
  render: () => html`<kz-worklist-view></kz-worklist-view>`,
});

// Before the audit view, whose /inspect/:facilityId would otherwise take /inspect/reports.
registerView({
  id: 'reports',
  paths: ['/inspect/reports'],
  title: 'nav.reports',
  load: () => import('../features/reports/kz-reports-view'),
  render: () => html`<kz-reports-view></kz-reports-view>`,
});

registerView({
  id: 'audit',
  paths: ['/inspect/:facilityId'],
  title: 'nav.audit',
  load: () => import('../features/audit/kz-audit-view'),
  render: (params) => html`<kz-audit-view .facilityId=${/^\d+$/.test(params.facilityId) ? Number(params.facilityId) : 0}></kz-audit-view>`,
});

registerView({
  id: 'audit-history',
  paths: ['/inspect/:facilityId/history'],
  title: 'nav.auditHistory',
  load: () => import('../features/audit/kz-audit-history-view'),
  render: (params) => html`<kz-audit-history-view .facilityId=${/^\d+$/.test(params.facilityId) ? Number(params.facilityId) : 0}></kz-audit-history-view>`,
});

registerView({
  id: 'sign-in',
  paths: ['/sign-in'],
  title: 'nav.signIn',
  load: () => import('../features/auth/kz-sign-in-view'),
  render: () => html`<kz-sign-in-view></kz-sign-in-view>`,
});

registerView({
  id: 'users',
  paths: ['/admin/users'],
  title: 'nav.users',
  load: () => import('../features/admin/kz-users-view'),
  render: () => html`<kz-users-view></kz-users-view>`,
});

registerView({
  id: 'profile',
  paths: ['/profile'],
  title: 'nav.profile',
  nav: true,
  load: () => import('../features/profile/kz-profile-view'),
  render: () => html`<kz-profile-view></kz-profile-view>`,
});
