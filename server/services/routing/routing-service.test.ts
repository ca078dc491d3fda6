import { describe, expect, it } from 'vitest';
import { PedestrianGraph } from '../../domain/routing/graph';
import { customProfile } from '../../domain/routing/profiles';
import { Router } from '../../domain/routing/router';
import { at, gridNetwork } from '../../domain/routing/test-networks';
import { workWhenIdle } from './routing-service';

describe('idle work of a held router', () => {
  it('measures a custom profile’s own landmarks after its first route, off the request’s turn of the event loop', async () => {
    const router = new Router(new PedestrianGraph(gridNetwork(8, 6)));
    const profile = customProfile({ maxIncline: 0.05, minWidthM: 1.2 });
    expect(router.route({ from: at(0, 0), to: at(7, 5), profile, optimize: 'comfort' }).status).toBe('ok');
    const before = router.landmarks.byteSize();
    workWhenIdle(router);
    workWhenIdle(router);
    expect(router.landmarks.byteSize()).toBe(before);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(router.landmarks.byteSize()).toBeGreaterThan(before);
    expect(router.idleStep()).toBe(false);
  });
});
