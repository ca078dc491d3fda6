import type { TemplateResult } from 'lit';
import type { MessageKey } from '../i18n';

/**
 * A view of the app at one or more paths ("/facility/:id"). Other features add theirs in
 * views.ts; `load` fetches the view's code on first visit, so it stays out of the entry bundle.
 */
export interface View {
  id: string;
  paths: string[];
  /** The document title and, when `nav` is set, the label of its link in the header. */
  title: MessageKey;
  nav?: boolean;
  load?: () => Promise<unknown>;
  render(params: Record<string, string>): TemplateResult;
}

export interface RouteMatch {
  view: View;
  params: Record<string, string>;
}

const views: View[] = [];

export function registerView(view: View): void {
  if (views.some((v) => v.id === view.id)) throw new Error(`View "${view.id}" is registered twice`);
  views.push(view);
}

export function registeredViews(): readonly View[] {
  return views;
}

/**
 * The view and parameters for a path; parameters are URL-decoded.
 * @example matchPath('/facility/42') // { view: facilityView, params: { id: '42' } }
 */
export function matchPath(path: string, candidates: readonly View[] = views): RouteMatch | undefined {
  const parts = path.replace(/\/+$/, '').split('/').slice(1);
  for (const view of candidates) {
    for (const pattern of view.paths) {
      const expected = pattern.replace(/\/+$/, '').split('/').slice(1);
      if (expected.length !== parts.length) continue;
      const params: Record<string, string> = {};
      const matches = expected.every((segment, i) => {
        if (segment.startsWith(':')) {
          params[segment.slice(1)] = decodeURIComponent(parts[i]);
          return parts[i] !== '';
        }
        return segment === parts[i];
      });
      if (matches) return { view, params };
    }
  }
  return undefined;
}

const listeners = new Set<() => void>();

/** Goes to a path of the app without reloading; `replace` keeps the browser history short. */
export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (path === location.pathname) return;
  if (options.replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  listeners.forEach((listener) => listener());
}

/** Calls `listener` after every navigation, including the browser's back and forward buttons. */
export function onNavigate(listener: () => void): () => void {
  listeners.add(listener);
  const onPop = () => listener();
  addEventListener('popstate', onPop);
  return () => {
    listeners.delete(listener);
    removeEventListener('popstate', onPop);
  };
}

/**
 * Turns a click on an in-app link (anywhere, shadow DOM included) into a navigation without a
 * page load. Links to /api, with a target, a download or a modifier key behave as usual.
 */
export function interceptLinks(root: EventTarget): void {
  root.addEventListener('click', (event) => {
    const click = event as MouseEvent;
    if (click.defaultPrevented || click.button !== 0 || click.metaKey || click.ctrlKey || click.shiftKey || click.altKey) return;
    const anchor = click.composedPath().find((el): el is HTMLAnchorElement => el instanceof HTMLAnchorElement);
    if (!anchor || anchor.target || anchor.hasAttribute('download') || anchor.origin !== location.origin) return;
    if (anchor.pathname.startsWith('/api/') || anchor.getAttribute('href')?.startsWith('#')) return;
    click.preventDefault();
    navigate(anchor.pathname + anchor.search);
  });
}
