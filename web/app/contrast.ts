import { readPreference, writePreference } from './storage';

/**
 * High-contrast mode: an attribute on <html> that the theme's custom properties (theme.css) and
 * the map's style follow. Remembered between visits.
 */
const listeners = new Set<(high: boolean) => void>();

export function highContrast(): boolean {
  return document.documentElement.dataset.contrast === 'high';
}

export function setHighContrast(high: boolean): void {
  document.documentElement.dataset.contrast = high ? 'high' : 'normal';
  writePreference('contrast', high ? 'high' : 'normal');
  listeners.forEach((listener) => listener(high));
}

export function onContrastChange(listener: (high: boolean) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Applies the remembered choice, or the system's "more contrast" preference, before the first paint. */
export function restoreContrast(): void {
  const stored = readPreference('contrast');
  const high = stored ? stored === 'high' : matchMedia('(prefers-contrast: more)').matches;
  document.documentElement.dataset.contrast = high ? 'high' : 'normal';
}

/** True when the user asked the system for less motion: the map then jumps instead of flying. */
export function prefersReducedMotion(): boolean {
  return matchMedia('(prefers-reduced-motion: reduce)').matches;
}
