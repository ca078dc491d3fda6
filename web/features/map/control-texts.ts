import { t } from '../../i18n';

/** MapLibre's own control texts in the app's language (MapLibre reads them once, at construction). */
export function controlTexts(): Record<string, string> {
  return {
    'Map.Title': t('map.label'),
    'NavigationControl.ZoomIn': t('map.zoomIn'),
    'NavigationControl.ZoomOut': t('map.zoomOut'),
    'AttributionControl.ToggleAttribution': t('map.attributionToggle'),
    'ScaleControl.Meters': t('map.metres'),
    'ScaleControl.Kilometers': t('map.kilometres'),
  };
}

const LABELLED: [selector: string, key: string][] = [
  ['.maplibregl-canvas', 'Map.Title'],
  ['.maplibregl-ctrl-zoom-in', 'NavigationControl.ZoomIn'],
  ['.maplibregl-ctrl-zoom-out', 'NavigationControl.ZoomOut'],
  ['.maplibregl-ctrl-attrib-button', 'AttributionControl.ToggleAttribution'],
];

/** Relabels the controls already on the page after a language switch. */
export function relabelControls(container: HTMLElement): void {
  const texts = controlTexts();
  for (const [selector, key] of LABELLED) {
    container.querySelectorAll(selector).forEach((element) => {
      element.setAttribute('aria-label', texts[key]);
      if (element.hasAttribute('title')) element.setAttribute('title', texts[key]);
    });
  }
}
