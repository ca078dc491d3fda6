import { afterEach, describe, expect, it } from 'vitest';
import type { DirectionStep } from '../../../server/domain/routing/directions';
import { PROFILES } from '../../../server/domain/routing/profiles';
import { setLocale } from '../../i18n';
import { customProfileInput, initialCustomForm } from './custom-limits';
import { doorstepVerdict } from './doorstep';
import { parseCoordinates } from './route-place';
import { distanceText, durationText, limitsText, stepText, unknownText, warningLines } from './route-text';

const step = (over: Partial<DirectionStep>): DirectionStep => ({
  action: 'continue', turn: null, kind: 'sidewalk', streetName: null, distanceM: 120, location: [0, 0],
  fromSegment: 0, toSegment: 0, landmarks: [], ...over,
});

afterEach(() => setLocale('en'));

describe('route directions in words', () => {
  it('reads a step as turn, way with its street name, distance and landmarks', () => {
    setLocale('en');
    const crossing = step({ action: 'cross', turn: 'left', kind: 'crossing', distanceM: 14.6, landmarks: [{ type: 'traffic-signals' }, { type: 'kerb-ramp' }] });
    expect(stepText(crossing)).toBe('Turn left. Cross the street (15 m). Look out for: traffic lights, a kerb ramp.');
    expect(stepText(step({ action: 'depart', streetName: 'NE 40th St', distanceM: 1234 }))).toBe('Set off along the sidewalk (NE 40th St) for 1.2 km.');
    expect(stepText(step({ action: 'arrive', distanceM: 0, landmarks: [{ type: 'destination', name: 'Clinic' }] }))).toBe('Arrive at Clinic.');
  });

  it('speaks Kazakh and Russian', () => {
    setLocale('kk');
    expect(stepText(step({ turn: 'right', distanceM: 80 }))).toBe('Оңға бұрылыңыз. Әрі қарай тротуармен 80 м жүріңіз.');
    setLocale('ru');
    expect(stepText(step({ action: 'steps-up', kind: 'steps', distanceM: 6 }))).toBe('Поднимитесь по ступеням (6 м).');
    expect(durationText(3900)).toBe('1 ч 5 мин');
  });

  it('names each unknown attribute with the share of the route it is unknown on', () => {
    setLocale('en');
    expect(unknownText([{ attribute: 'surface', share: 1 }, { attribute: 'incline', share: 0.065 }])).toBe('surface (100%), slope (6.5%)');
    setLocale('ru');
    expect(unknownText([{ attribute: 'width', share: 0.5 }])).toMatch(/^ширина \(50\s?%\)$/);
  });

  it('rounds distances and durations as people say them', () => {
    setLocale('en');
    expect([distanceText(7.4), distanceText(847), distanceText(996), distanceText(8640)]).toEqual(['7 m', '850 m', '1 km', '8.6 km']);
    expect([durationText(10), durationText(1490)]).toEqual(['1 min', '25 min']);
  });

  it('spells out a profile\'s limits', () => {
    setLocale('en');
    expect(limitsText(PROFILES['manual-wheelchair'])).toBe('Limits: uphill up to 8%, downhill up to 10%, kerbs up to 3 cm, no steps, paths at least 0.9 m wide.');
    expect(limitsText(PROFILES['blind-low-vision'])).toBe('Limits: tactile paving preferred, audible signals preferred.');
  });

  it('gathers repeated warnings of one step into one line, numbered by the step that walks the segment', () => {
    setLocale('en');
    const steps = [step({ action: 'depart', fromSegment: 0, toSegment: 2 }), step({ fromSegment: 3, toSegment: 5 }), step({ action: 'arrive', fromSegment: 6, toSegment: 6 })];
    const lines = warningLines([
      { code: 'unknown-kerb', segment: 1, location: [0, 0] },
      { code: 'unknown-kerb', segment: 2, location: [0, 0] },
      { code: 'steep-uphill', segment: 4, location: [0, 0], value: 7.2, unit: '%' },
      { code: 'violates-constraint', segment: 4, location: [0, 0], constraint: 'avoidSteps' },
    ], steps);
    expect(lines).toEqual([
      { text: 'Kerb of unknown height', step: 1, count: 2 },
      { text: '7.2% uphill slope', step: 2, count: 1 },
      { text: 'Breaks your limit: steps', step: 2, count: 1 },
    ]);
  });
});

describe('the planner\'s inputs', () => {
  it('turns the custom form into API units, an empty number meaning no limit', () => {
    const form = initialCustomForm();
    form.numbers.maxUphill = '6,5';
    expect(customProfileInput(form)).toEqual({
      profile: { maxUphill: 0.065, maxDownhill: 0.1, maxKerbHeightCm: 3, minWidthM: null, avoidSteps: true, preferTactile: false, preferAudibleSignals: false, avoidUnknownSurface: false },
    });
    form.numbers.maxKerbHeightCm = 'high';
    form.numbers.minWidthM = '12';
    expect(customProfileInput(form)).toEqual({ invalid: ['maxKerbHeightCm', 'minWidthM'] });
  });

  it('reads typed coordinates as latitude, longitude', () => {
    expect(parseCoordinates('47.6390, -122.1405')).toEqual([-122.1405, 47.639]);
    expect(parseCoordinates('51.13 71.43')).toEqual([71.43, 51.13]);
    expect(parseCoordinates('Абай даңғылы 12')).toBeNull();
    expect(parseCoordinates('95, 10')).toBeNull();
  });

  it('gives one doorstep verdict: a relaxed way decides alone, then the facility, unknown never passing as accessible', () => {
    expect(doorstepVerdict('relaxed', 'accessible')).toBe('relaxed');
    expect(doorstepVerdict('meets-profile', 'partial')).toBe('partial');
    expect(doorstepVerdict('meets-profile', 'something-new')).toBe('unknown');
  });
});
