import { describe, expect, it } from 'vitest';
import { projectAreas, shareClass } from './choropleth-geometry';

describe('choropleth geometry', () => {
  it('fits the areas into the width, north up, keeping the aspect', () => {
    const square = { type: 'Polygon' as const, coordinates: [[[70, 50], [72, 50], [72, 52], [70, 52], [70, 50]] as [number, number][]] };
    const { areas, height } = projectAreas([{ kato: '1', geometry: square }], 100);
    // A degree of longitude is cos 51° ≈ 0.629 of a degree of latitude: 2° high is 100 / 0.629 ≈ 158.9 units.
    expect(height).toBe(159);
    expect(areas[0].d.startsWith('M0.0 158.9L100.0 158.9L100.0 0.0')).toBe(true);
    expect(areas[0].d.endsWith('Z')).toBe(true);
  });

  it('puts shares into five classes and leaves no facilities apart', () => {
    expect([0, 19.9, 20, 55, 80, 100].map(shareClass)).toEqual([0, 0, 1, 2, 4, 4]);
    expect(shareClass(null)).toBeNull();
  });
});
