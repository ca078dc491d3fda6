import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Locale } from '../../server/domain/categories';
import { readPreference, writePreference } from '../app/storage';

export type { Locale };
export const locales: readonly Locale[] = ['kk', 'ru', 'en'];

function isLocale(value: string | null | undefined): value is Locale {
  return !!value && (locales as readonly string[]).includes(value);
}

/**
 * The remembered choice first, then the browser's languages in order ("ru-KZ" counts as ru,
 * "kz" as kk), then English for visitors whose languages the app does not speak.
 * @example preferredLocale(null, ['de-DE', 'ru-RU']) // 'ru'
 */
export function preferredLocale(stored: string | null, browserLanguages: readonly string[]): Locale {
  if (isLocale(stored)) return stored;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    const locale = base === 'kz' ? 'kk' : base;
    if (isLocale(locale)) return locale;
  }
  return 'en';
}

let current: Locale = preferredLocale(readPreference('locale'), globalThis.navigator?.languages ?? []);
const listeners = new Set<(locale: Locale) => void>();

export function currentLocale(): Locale {
  return current;
}

/** Switches the whole app's language and remembers it. */
export function setLocale(locale: Locale): void {
  current = locale;
  writePreference('locale', locale);
  if (globalThis.document) document.documentElement.lang = locale;
  listeners.forEach((listener) => listener(locale));
}

export function onLocaleChange(listener: (locale: Locale) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Re-renders a Lit element when the language changes: `new LocaleController(this)`. */
export class LocaleController implements ReactiveController {
  private unsubscribe?: () => void;
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }
  hostConnected() {
    this.unsubscribe = onLocaleChange(() => this.host.requestUpdate());
  }
  hostDisconnected() {
    this.unsubscribe?.();
  }
}
