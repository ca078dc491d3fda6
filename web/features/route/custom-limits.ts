import type { CustomProfileInput } from '../../../server/domain/routing/profiles';
import type { MessageKey } from '../../i18n';

type NumberLimit = 'maxUphill' | 'maxDownhill' | 'maxKerbHeightCm' | 'minWidthM';
type FlagLimit = 'avoidSteps' | 'preferTactile' | 'preferAudibleSignals' | 'avoidUnknownSurface';

/** A number a resident types: slopes in percent (the API takes fractions), kerbs in cm, widths in m. */
export interface NumberField {
  key: NumberLimit;
  label: MessageKey;
  min: number;
  max: number;
  step: number;
  /** Multiplies the typed number into the API's unit. */
  scale: number;
}

export const NUMBER_FIELDS: readonly NumberField[] = [
  { key: 'maxUphill', label: 'route.custom.maxUphill', min: 0, max: 30, step: 0.5, scale: 0.01 },
  { key: 'maxDownhill', label: 'route.custom.maxDownhill', min: 0, max: 30, step: 0.5, scale: 0.01 },
  { key: 'maxKerbHeightCm', label: 'route.custom.maxKerb', min: 0, max: 30, step: 0.5, scale: 1 },
  { key: 'minWidthM', label: 'route.custom.minWidth', min: 0, max: 5, step: 0.05, scale: 1 },
];

export const FLAG_FIELDS: readonly { key: FlagLimit; label: MessageKey }[] = [
  { key: 'avoidSteps', label: 'route.custom.avoidSteps' },
  { key: 'preferTactile', label: 'route.custom.preferTactile' },
  { key: 'preferAudibleSignals', label: 'route.custom.preferAudible' },
  { key: 'avoidUnknownSurface', label: 'route.custom.avoidUnknownSurface' },
];

/** What the custom form holds: numbers as typed ('' = no limit), flags as ticked. */
export interface CustomForm {
  numbers: Record<NumberLimit, string>;
  flags: Record<FlagLimit, boolean>;
}

/** The custom form starts at the manual-wheelchair norms: 8 % up, 10 % down, 3 cm kerbs, no steps. */
export const initialCustomForm = (): CustomForm => ({
  numbers: { maxUphill: '8', maxDownhill: '10', maxKerbHeightCm: '3', minWidthM: '' },
  flags: { avoidSteps: true, preferTactile: false, preferAudibleSignals: false, avoidUnknownSurface: false },
});

/** Reads a typed number: '' is no limit (null), anything else must be a number in the field's range. */
export function parseLimit(field: NumberField, typed: string): number | null | 'invalid' {
  const text = typed.trim().replace(',', '.');
  if (text === '') return null;
  const value = Number(text);
  if (!Number.isFinite(value) || value < field.min || value > field.max) return 'invalid';
  return Math.round(value * field.scale * 10_000) / 10_000;
}

/**
 * The custom profile for the API, or the fields that are not valid.
 * @example customProfileInput(initialCustomForm()) // { profile: { maxUphill: 0.08, maxDownhill: 0.1, ... } }
 */
export function customProfileInput(form: CustomForm): { profile: CustomProfileInput } | { invalid: NumberLimit[] } {
  const profile: CustomProfileInput = { ...form.flags };
  const invalid: NumberLimit[] = [];
  for (const field of NUMBER_FIELDS) {
    const value = parseLimit(field, form.numbers[field.key]);
    if (value === 'invalid') invalid.push(field.key);
    else profile[field.key] = value;
  }
  return invalid.length ? { invalid } : { profile };
}
