import { describe, expect, it } from 'vitest';
import { dropDuplicateStopPositions } from './transit-stops';

const platform = (geom: [number, number], name: string | null = null) => ({ category: 'bus_stop', geom, name, nameRu: name, attributes: { public_transport: 'platform' } });
const stopPosition = (geom: [number, number], name: string | null = null) => ({ category: 'bus_stop', geom, name, nameRu: name, attributes: { public_transport: 'stop_position' } });

describe('one facility per bus stop', () => {
  it('drops a stop position within 60 m of a platform and keeps a lone one', () => {
    const kept = dropDuplicateStopPositions([platform([71.43, 51.13]), stopPosition([71.4302, 51.13]), stopPosition([71.45, 51.13])]);
    expect(kept.map((r) => r.attributes.public_transport)).toEqual(['platform', 'stop_position']);
  });

  it("gives an unnamed platform the name of the stop position it absorbs, the nearest one's first", () => {
    const kept = dropDuplicateStopPositions([
      stopPosition([71.4305, 51.13], 'Farther stop'),
      platform([71.43, 51.13]),
      stopPosition([71.4301, 51.13], 'Сарыарка'),
    ]);
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ name: 'Сарыарка', nameRu: 'Сарыарка', attributes: { public_transport: 'platform' } });
  });

  it("never renames a platform that has a name of its own", () => {
    const kept = dropDuplicateStopPositions([platform([71.43, 51.13], 'Платформа'), stopPosition([71.4301, 51.13], 'Другое')]);
    expect(kept).toEqual([platform([71.43, 51.13], 'Платформа')]);
  });
});
