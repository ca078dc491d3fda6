import type { ReactiveControllerHost } from 'lit';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';
import type { AccessStatus } from '../../app/api-types';
import { highContrast, onContrastChange } from '../../app/contrast';
import { ChangeController } from '../profile/change-controller';
import { statusSvg } from './status-symbols';

/**
 * A status symbol inline, in the palette of the current contrast mode (the map's own icons follow
 * the same switch). Components that show it re-render on a change with `new ContrastController(this)`.
 */
export function statusIcon(status: AccessStatus, size = 22) {
  return unsafeSVG(statusSvg(status, { size, palette: highContrast() ? 'high' : 'normal' }));
}

/** Re-renders a Lit element when the contrast mode changes, so its symbols switch palette. */
export class ContrastController extends ChangeController {
  constructor(host: ReactiveControllerHost) {
    super(host, onContrastChange);
  }
}
