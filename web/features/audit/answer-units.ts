import type { AnswerSpec } from '../../../server/domain/checklist';

/**
 * How the form asks for a measured value. The checklist stores metres; door widths, thresholds
 * and heights are read off a tape in centimetres, so those items are typed in cm and converted.
 * Walking distances (to the bus stop, to the parking bay) stay in metres.
 */
export type InputUnit = 'cm' | 'm' | '%';

/** Items that can measure a kilometre or more are walking distances, typed in metres; the rest in cm. */
const DISTANCE_ITEMS_MAX_M = 1000;

export function inputUnit(spec: Extract<AnswerSpec, { type: 'number' }>): InputUnit {
  if (spec.unit === '%') return '%';
  return spec.max >= DISTANCE_ITEMS_MAX_M ? 'm' : 'cm';
}

/** The value to store (metres or percent) from what was typed; null for an empty or unreadable field. */
export function fromInput(text: string, unit: InputUnit): number | null {
  const value = Number(text.trim().replace(',', '.'));
  if (text.trim() === '' || !Number.isFinite(value)) return null;
  // Rounded so 85 cm is stored as 0.85, not 0.8500000000000001.
  return unit === 'cm' ? Math.round(value * 10) / 1000 : value;
}

/** The stored value as the field shows it. */
export function toInput(value: unknown, unit: InputUnit): string {
  if (typeof value !== 'number') return '';
  return String(unit === 'cm' ? Math.round(value * 1000) / 10 : value);
}
