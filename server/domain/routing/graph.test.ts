import { describe, expect, it } from 'vitest';
import { unknownAttributes } from './attributes';
import { PedestrianGraph } from './graph';
import { at, gridNetwork, known, lineNetwork } from './test-networks';

describe('PedestrianGraph', () => {
  it('links every edge both ways in the CSR adjacency', () => {
    const graph = new PedestrianGraph(gridNetwork(3, 3));
    expect(graph.edgeCount).toBe(12);
    const centre = graph.nodeIndex(5);
    const degree = graph.adjOffset[centre + 1] - graph.adjOffset[centre];
    expect(degree).toBe(4);
    const corner = graph.nodeIndex(1);
    expect(graph.adjOffset[corner + 1] - graph.adjOffset[corner]).toBe(2);
  });

  it('keeps the attributes it was given, incline signed by direction', () => {
    const graph = new PedestrianGraph(lineNetwork([known({ incline: 0.07, surface: 'sett', widthM: 1.2, name: 'Сәтбаев көшесі' })]));
    expect(graph.incline(0, false)).toBeCloseTo(0.07);
    expect(graph.incline(0, true)).toBeCloseTo(-0.07);
    expect(graph.attributes(0)).toMatchObject({ surface: 'sett', widthM: 1.2, name: 'Сәтбаев көшесі', kind: 'sidewalk' });
    expect(graph.edgeLength[0]).toBeGreaterThan(45);
    expect(graph.edgeLength[0]).toBeLessThan(55);
  });

  it('reads an unsurveyed value as unknown, never as a default', () => {
    const graph = new PedestrianGraph(lineNetwork([unknownAttributes('footway')]));
    expect(graph.attributes(0)).toMatchObject({ incline: null, widthM: null, surface: null, tactilePaving: null });
  });

  it('puts node kerbs on crossing ends, and marks a crossing end without kerb data as unknown', () => {
    const network = lineNetwork(
      [known(), known({ kind: 'crossing' }), known()],
      (i) => (i === 1 ? { kerb: { type: 'raised', heightCm: 4 }, tactilePaving: true } : {}),
    );
    const graph = new PedestrianGraph(network);
    expect(graph.kerb(1, false)).toEqual({ type: 'raised', heightCm: 4 });
    expect(graph.kerb(1, true)).toEqual({ type: null, heightCm: null });
    expect(graph.kerb(0, true)).toBeUndefined();
    expect(graph.attributes(1).tactilePaving).toBeNull();
  });

  it('assumes a height for a kerb known only by type', () => {
    const graph = new PedestrianGraph(lineNetwork([known(), known({ kind: 'crossing' }), known()], (i) =>
      i === 1 || i === 2 ? { kerb: { type: 'lowered', heightCm: null }, tactilePaving: true } : {}));
    expect(graph.kerb(1, false)).toEqual({ type: 'lowered', heightCm: 2 });
    expect(graph.attributes(1).tactilePaving).toBe(true);
  });

  it('rejects an edge whose node is missing', () => {
    const network = lineNetwork([known()]);
    network.edges[0].target = 99;
    expect(() => new PedestrianGraph(network)).toThrow(/node 99/);
  });

  it('stores geometry between the end nodes', () => {
    const network = lineNetwork([known()]);
    const middle: [number, number] = [at(0, 0)[0] + 0.0003, at(0, 0)[1] + 0.0001];
    network.edges[0].coordinates = [at(0, 0), middle, at(1, 0)];
    const graph = new PedestrianGraph(network);
    expect(graph.coordinates(0)).toEqual([at(0, 0), middle, at(1, 0)]);
  });

  it('holds a large grid in well under 100 bytes per edge besides geometry', () => {
    const graph = new PedestrianGraph(gridNetwork(100, 100));
    expect(graph.byteSize() / graph.edgeCount).toBeLessThan(100);
  });
});
