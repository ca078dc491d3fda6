/**
 * Remembered preferences (language, contrast). Storage can be unavailable (private windows,
 * blocked cookies): the app then simply forgets between visits instead of failing.
 */
export function readPreference(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(`kedergisiz.${key}`) ?? null;
  } catch {
    return null;
  }
}

export function writePreference(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(`kedergisiz.${key}`, value);
  } catch {
    // Not remembered; the choice still applies to this visit.
  }
}
