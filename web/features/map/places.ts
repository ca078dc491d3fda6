import type { Bbox } from '../../app/api-types';

/** Kazakhstan's extent: the map's first view and "All Kazakhstan". */
export const KAZAKHSTAN: Bbox = [46.4, 40.5, 87.4, 55.5];

/** KATO code of the city of Astana, and the view "Zoom to Astana" goes to (the whole city). */
export const ASTANA_KATO = '710000000';
export const ASTANA = { center: [71.43, 51.13] as [number, number], zoom: 11 };
