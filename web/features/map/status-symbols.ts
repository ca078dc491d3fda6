import type { AccessStatus } from '../../app/api-types';

/**
 * Each status has its own colour AND its own shape and sign, so it reads without colour too:
 * accessible ● with a tick, partially ◆ half-filled, with assistance ▲ with a plus, not
 * accessible ⯃ (a stop sign) with a cross, not audited ■ with a question mark. The map draws
 * these same pictures as icons; the legend and the facility panel show them inline.
 */
const SHAPES: Record<AccessStatus, string> = {
  accessible: '<circle cx="12" cy="12" r="10"/>',
  partial: '<path d="M12 1.2 22.8 12 12 22.8 1.2 12z"/>',
  conditional: '<path d="M12 1.5 23 21.5H1z" stroke-linejoin="round"/>',
  inaccessible: '<path d="M8 1.5h8l6.5 6.5v8L16 22.5H8L1.5 16V8z"/>',
  unknown: '<rect x="2" y="2" width="20" height="20" rx="4"/>',
};

const SIGNS: Record<AccessStatus, string> = {
  accessible: '<path d="M7 12.4l3.3 3.3L17.2 8.8" fill="none" stroke-width="2.6" stroke-linecap="round" stroke-linejoin="round"/>',
  partial: '<circle cx="12" cy="12" r="4.6" fill="none" stroke-width="2"/><path d="M12 7.4a4.6 4.6 0 0 1 0 9.2z" stroke="none"/>',
  conditional: '<path d="M12 10v8M8 14h8" fill="none" stroke-width="2.6" stroke-linecap="round"/>',
  inaccessible: '<path d="M8.3 8.3l7.4 7.4M15.7 8.3l-7.4 7.4" fill="none" stroke-width="2.6" stroke-linecap="round"/>',
  unknown:
    '<path d="M9.3 9.4a2.8 2.8 0 1 1 4.1 2.5c-.9.5-1.4 1.1-1.4 2.1v.5" fill="none" stroke-width="2.4" stroke-linecap="round"/><circle cx="12" cy="17.6" r="1.45" stroke="none"/>',
};

export type Palette = 'normal' | 'high';

const FILL: Record<Palette, Record<AccessStatus, string>> = {
  normal: { accessible: '#1a7f37', partial: '#b35900', conditional: '#6f42c1', inaccessible: '#c62828', unknown: '#4f6175' },
  high: { accessible: '#0a5c22', partial: '#7a3d00', conditional: '#4b2391', inaccessible: '#9b0000', unknown: '#1f2935' },
};

export function statusColour(status: AccessStatus, palette: Palette = 'normal'): string {
  return FILL[palette][status];
}

/**
 * A standalone SVG picture of the status symbol.
 * @example statusSvg('unknown', { size: 20 }) // '<svg width="20" …>'
 */
export function statusSvg(status: AccessStatus, options: { size: number; palette?: Palette }): string {
  const palette = options.palette ?? 'normal';
  const outline = palette === 'high' ? '#000000' : '#ffffff';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${options.size}" height="${options.size}" viewBox="-1.5 -1.5 27 27" aria-hidden="true">` +
    `<g fill="${FILL[palette][status]}" stroke="${outline}" stroke-width="2">${SHAPES[status]}</g>` +
    `<g fill="#ffffff" stroke="#ffffff">${SIGNS[status]}</g></svg>`
  );
}
