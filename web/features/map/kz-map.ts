import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { LngLatLike, Map as MapLibreMap, MapGeoJSONFeature } from 'maplibre-gl';
import { apiUrl, isAbort } from '../../app/api';
import type { AppConfig, Bbox } from '../../app/api-types';
import { highContrast, onContrastChange, prefersReducedMotion } from '../../app/contrast';
import { sharedStyles } from '../../components/shared-styles';
import { currentLocale, onLocaleChange, t } from '../../i18n';
import { basemapLayers, offlineStyle } from './basemap-style';
import { addStatusImages, FACILITY_CLUSTERS, FACILITY_POINTS, FACILITY_SELECTED, facilityLayerIds, facilityLayers, selectedFilter } from './facility-layers';
import type { FacilitiesInView, FacilitySource } from './facility-source';
import { CLUSTER_MAX_ZOOM, GeoJsonFacilitySource } from './geojson-facility-source';
import { mapStyles } from './kz-map.styles';
import { restyle } from './restyle';

declare global {
  interface Window {
    /** The live map, for browser tests and debugging. */
    __kzMap?: MapLibreMap;
  }
}

export const KAZAKHSTAN: Bbox = [46.4, 40.5, 87.4, 55.5];
/** The zoom at which a selected facility is shown: streets and neighbours are readable. */
const CLOSE_ZOOM = 15.5;
export const ASTANA = { center: [71.43, 51.13] as [number, number], zoom: 11 };

export type FacilitiesEvent = CustomEvent<({ state: 'loading' } | { state: 'failed'; message: string } | ({ state: 'ready'; center: [number, number] } & FacilitiesInView))>;

/**
 * The map: the ONLY module that loads maplibre-gl, and only when it is first shown. Emits
 * `kz-facilities` as the facilities in view change and `kz-facility-select` when one is clicked;
 * sets `data-ready` once facilities are drawn.
 */
@customElement('kz-map')
export class KzMap extends LitElement {
  static styles = [sharedStyles, mapStyles];
  @property({ attribute: false }) config?: AppConfig;
  @property({ attribute: false }) selectedId: number | null = null;
  /** Where facilities come from; issue 5 sets a vector-tile source here. */
  @property({ attribute: false }) source: FacilitySource = new GeoJsonFacilitySource();
  @state() private phase: 'idle' | 'loading' | 'ready' | 'failed' = 'idle';
  @state() private failure = '';
  private map?: MapLibreMap;
  private loaded!: Promise<MapLibreMap>;
  private markLoaded!: (map: MapLibreMap) => void;
  private refreshTimer?: ReturnType<typeof setTimeout>;
  private unsubscribe: (() => void)[] = [];

  constructor() {
    super();
    this.loaded = new Promise((resolve) => (this.markLoaded = resolve));
  }

  connectedCallback() {
    super.connectedCallback();
    this.unsubscribe = [onLocaleChange(() => this.restyleAll()), onContrastChange(() => this.restyleAll(true))];
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.unsubscribe.forEach((stop) => stop());
    clearTimeout(this.refreshTimer);
    this.map?.remove();
    this.map = undefined;
  }

  render() {
    return html`<div class="map"></div>
      ${this.phase === 'loading' ? html`<p class="overlay" role="status">${t('map.loading')}</p>` : nothing}
      ${this.phase === 'failed' ? html`<p class="overlay failed" role="alert">${t('map.unavailable', { message: this.failure })}</p>` : nothing}`;
  }

  protected willUpdate(changed: PropertyValues<this>) {
    if (changed.has('config') && this.config && this.phase === 'idle') {
      this.phase = 'loading';
      void this.start(this.config);
    }
  }

  protected updated(changed: PropertyValues<this>) {
    if (changed.has('selectedId') && this.map?.getLayer(FACILITY_SELECTED)) this.map.setFilter(FACILITY_SELECTED, selectedFilter(this.selectedId));
  }

  /** Frames a bounding box, e.g. a region. */
  async showBbox(bbox: Bbox): Promise<void> {
    (await this.loaded).fitBounds(bbox, { padding: 24, animate: !prefersReducedMotion() });
  }

  async showPlace(center: LngLatLike, zoom: number): Promise<void> {
    this.move(await this.loaded, { center, zoom });
  }

  /**
   * Brings a facility into the part of the map not covered by `covered` (a panel over its right or
   * bottom edge, in pixels), unclustered, unless it is already there.
   */
  async showFacility(coordinates: [number, number], covered: { right: number; bottom: number }): Promise<void> {
    const map = await this.loaded;
    const { clientWidth: width, clientHeight: height } = map.getCanvas();
    const at = map.project(coordinates);
    const margin = 32;
    const visible = at.x >= margin && at.x <= width - covered.right - margin && at.y >= margin && at.y <= height - covered.bottom - margin;
    if (visible && map.getZoom() > CLUSTER_MAX_ZOOM + 1) return;
    this.move(map, { center: coordinates, zoom: Math.max(map.getZoom(), CLOSE_ZOOM), offset: [-covered.right / 2, -covered.bottom / 2] });
  }

  /** Puts the keyboard focus on the map canvas, which MapLibre makes focusable (arrows pan, +/- zoom). */
  focusCanvas(): void {
    this.map?.getCanvas().focus();
  }

  private move(map: MapLibreMap, camera: { center: LngLatLike; zoom: number; offset?: [number, number] }) {
    map.easeTo({ ...camera, duration: prefersReducedMotion() ? 0 : 600 });
  }

  private palette() {
    return highContrast() ? 'high' : 'normal';
  }

  private async start(config: AppConfig) {
    try {
      const [maplibre, css, worker] = await Promise.all([
        import('maplibre-gl'),
        import('maplibre-gl/dist/maplibre-gl.css?inline'),
        import('maplibre-gl/dist/maplibre-gl-worker.mjs?url'),
      ]);
      maplibre.setWorkerUrl(worker.default);
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css.default);
      this.shadowRoot!.adoptedStyleSheets = [sheet, ...this.shadowRoot!.adoptedStyleSheets];
      const map = new maplibre.Map({
        container: this.renderRoot.querySelector<HTMLElement>('.map')!,
        style: config.basemapStyleUrl ?? offlineStyle(currentLocale(), this.palette(), apiUrl),
        bounds: KAZAKHSTAN,
        fitBoundsOptions: { padding: 12 },
        attributionControl: false,
        dragRotate: false,
        pitchWithRotate: false,
        fadeDuration: prefersReducedMotion() ? 0 : 300,
        locale: {
          'Map.Title': t('map.label'),
          'NavigationControl.ZoomIn': t('map.zoomIn'),
          'NavigationControl.ZoomOut': t('map.zoomOut'),
          'AttributionControl.ToggleAttribution': t('map.attributionToggle'),
          'ScaleControl.Meters': t('map.metres'),
          'ScaleControl.Kilometers': t('map.kilometres'),
        },
      });
      map.touchZoomRotate.disableRotation();
      map.addControl(new maplibre.NavigationControl({ showCompass: false }), 'top-right');
      map.addControl(new maplibre.ScaleControl({}), 'bottom-left');
      map.addControl(new maplibre.AttributionControl({ compact: false, customAttribution: config.attribution }), 'bottom-right');
      this.map = window.__kzMap = map;
      map.once('load', () => void this.addFacilities(map));
    } catch (err) {
      this.phase = 'failed';
      this.failure = (err as Error).message;
    }
  }

  private async addFacilities(map: MapLibreMap) {
    await addStatusImages(map, this.palette());
    this.source.attach(map);
    for (const layer of this.facilityLayers()) map.addLayer(layer);
    map.on('click', FACILITY_POINTS, (e) => this.select(e.features?.[0]));
    map.on('click', FACILITY_CLUSTERS, (e) => void this.expandCluster(map, e.features?.[0]));
    for (const id of facilityLayerIds) {
      map.on('mouseenter', id, () => (map.getCanvas().style.cursor = 'pointer'));
      map.on('mouseleave', id, () => (map.getCanvas().style.cursor = ''));
    }
    map.on('moveend', () => {
      clearTimeout(this.refreshTimer);
      this.refreshTimer = setTimeout(() => void this.refresh(map), 250);
    });
    this.markLoaded(map);
    await this.refresh(map);
    map.once('idle', () => {
      this.phase = 'ready';
      this.dataset.ready = 'true';
    });
  }

  private facilityLayers() {
    return facilityLayers(this.source.sourceId, currentLocale(), this.palette(), this.selectedId);
  }

  private async refresh(map: MapLibreMap) {
    this.emit('kz-facilities', { state: 'loading' });
    try {
      const inView = await this.source.refresh(map);
      const { lng, lat } = map.getCenter();
      this.emit('kz-facilities', { state: 'ready', center: [lng, lat], ...inView });
    } catch (err) {
      if (!isAbort(err)) this.emit('kz-facilities', { state: 'failed', message: (err as Error).message });
    }
  }

  private select(feature: MapGeoJSONFeature | undefined) {
    const id = Number(feature?.properties.id);
    if (Number.isFinite(id)) this.emit('kz-facility-select', { id });
  }

  private async expandCluster(map: MapLibreMap, feature: MapGeoJSONFeature | undefined) {
    if (!feature || feature.geometry.type !== 'Point') return;
    const zoom = await this.source.expansionZoom(map, Number(feature.properties.cluster_id));
    this.move(map, { center: feature.geometry.coordinates as [number, number], zoom });
  }

  /** The language or the contrast changed: relabel and recolour the layers in place. */
  private restyleAll(images = false) {
    const map = this.map;
    if (!map || this.phase !== 'ready') return;
    if (!this.config?.basemapStyleUrl) restyle(map, basemapLayers(currentLocale(), this.palette()));
    restyle(map, this.facilityLayers());
    if (images) void addStatusImages(map, this.palette());
  }

  private emit(type: string, detail: unknown) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}
