import { describe, expect, it } from 'vitest';
import { edgeAttributes, edgeKind, incline, kerbOf, metres } from './osm-tags';

describe('OSM tags for routing', () => {
  it('tells the kind of way a pedestrian is on, and leaves out ways closed to them', () => {
    expect(edgeKind({ highway: 'footway', footway: 'sidewalk' })).toBe('sidewalk');
    expect(edgeKind({ highway: 'footway', footway: 'crossing' })).toBe('crossing');
    expect(edgeKind({ highway: 'steps' })).toBe('steps');
    expect(edgeKind({ highway: 'residential', sidewalk: 'both' })).toBe('sidewalk');
    expect(edgeKind({ highway: 'residential', sidewalk: 'no' })).toBe('road');
    expect(edgeKind({ highway: 'motorway' })).toBeNull();
    expect(edgeKind({ highway: 'footway', access: 'private' })).toBeNull();
    expect(edgeKind({ highway: 'cycleway', foot: 'designated' })).toBe('footway');
  });

  it('reads inclines as grades whatever the notation, and "up" as unknown', () => {
    expect(incline('5%')).toBeCloseTo(0.05);
    expect(incline('-8 %')).toBeCloseTo(-0.08);
    expect(incline(-0.004)).toBeCloseTo(-0.004);
    expect(incline('45°')).toBeCloseTo(1);
    expect(incline('up')).toBeNull();
  });

  it('reads kerbs by type and height, and a bare barrier=kerb as a kerb of unknown kind', () => {
    expect(kerbOf({ barrier: 'kerb', kerb: 'lowered' })).toEqual({ type: 'lowered', heightCm: null });
    expect(kerbOf({ kerb: 'raised', 'kerb:height': '4 cm' })).toEqual({ type: 'raised', heightCm: 4 });
    expect(kerbOf({ barrier: 'kerb' })).toEqual({ type: null, heightCm: null });
    expect(kerbOf({ highway: 'crossing' })).toBeNull();
    expect(metres('1,5')).toBe(1.5);
    expect(metres('wide')).toBeNull();
  });

  it('reads signals, sound and markings of a crossing, leaving unknowns as null', () => {
    expect(edgeAttributes('crossing', { crossing: 'traffic_signals', 'traffic_signals:sound': 'yes', tactile_paving: 'yes' }))
      .toMatchObject({ trafficSignals: true, audibleSignals: true, tactilePaving: true, crossingMarkings: null });
    expect(edgeAttributes('crossing', { crossing: 'unmarked' })).toMatchObject({ trafficSignals: false, crossingMarkings: false, audibleSignals: null });
    expect(edgeAttributes('crossing', { 'crossing:markings': 'zebra' }).crossingMarkings).toBe(true);
  });
});
