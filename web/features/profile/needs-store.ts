import type { ReactiveControllerHost } from 'lit';
import { readNeedsProfile, type NeedsProfile } from '../../../server/domain/needs/needs-profile';
import { readPreference, writePreference } from '../../app/storage';
import { ChangeController } from './change-controller';

export type { NeedsProfile };

const KEY = 'needsProfile';
const listeners = new Set<(profile: NeedsProfile) => void>();

function stored(): NeedsProfile {
  try {
    return readNeedsProfile(JSON.parse(readPreference(KEY) ?? 'null'));
  } catch {
    return readNeedsProfile(null);
  }
}

let current = stored();
/** Whether the person has chosen a profile yet (the map then says whose verdict it shows). */
let chosen = readPreference(KEY) !== null;

export function needsProfile(): NeedsProfile {
  return current;
}

export function profileChosen(): boolean {
  return chosen;
}

/** Keeps the profile on this device only (no account) and tells the map, list and panel. */
export function saveNeedsProfile(profile: NeedsProfile): void {
  current = readNeedsProfile(profile);
  chosen = true;
  writePreference(KEY, JSON.stringify(current));
  listeners.forEach((listener) => listener(current));
}

export function onProfileChange(listener: (profile: NeedsProfile) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Re-renders a Lit element when it changes: `new ProfileController(this)`. */
export class ProfileController extends ChangeController {
  constructor(host: ReactiveControllerHost) {
    super(host, onProfileChange);
  }
}
