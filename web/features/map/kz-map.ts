import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { GeoJSONSourceSpecification, LayerSpecification, LngLatLike, Map as MapLibreMap } from 'maplibre-gl';
import { apiUrl, isAbort } from '../../app/api';
import type { AccessStatus, AppConfig, Bbox, Group } from '../../app/api-types';
import { highContrast, onContrastChange, prefersReducedMotion } from '../../app/contrast';
import { sharedStyles } from '../../components/shared-styles';
import { currentLocale, onLocaleChange, t } from '../../i18n';
import { basemapLayers, offlineStyle } from './basemap-style';
import { controlTexts, relabelControls } from './control-texts';
import { addStatusImages, FACILITY_SELECTED, facilityLayerIds, facilityLayers, pointFilter, selectedFilter } from './facility-layers';
import { onFacilityPointer } from './facility-pointer';
import type { FacilitiesInView, FacilityQuery, FacilitySource } from './facility-source';
import { mapStyles } from './kz-map.styles';
import { KAZAKHSTAN } from './places';
import { restyle } from './restyle';
import { FACILITY_MIN_ZOOM, TileFacilitySource } from './tile-facility-source';

declare global {
  interface Window {
    /** The live map, for browser tests and debugging. */
    __kzMap?: MapLibreMap;
  }
}

/** The zoom at which a selected facility is shown: streets and neighbours are readable. */
const CLOSE_ZOOM = 15.5;

/** An overlay drawn over the base map from one GeoJSON source, such as a planned route. */
export type OverlayData = GeoJSONSourceSpecification['data'];
export type OverlayLayer = LayerSpecification & { source: string };

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
  /** Where facilities come from: vector tiles. */
  @property({ attribute: false }) source: FacilitySource = new TileFacilitySource();
  /** Whose verdict the symbols show: the resident's needs profile group. */
  @property({ attribute: false }) group: Group = 'wheelchair';
  /** The filters (undefined: every category, every status). */
  @property({ attribute: false }) categories?: string[];
  @property({ attribute: false }) statuses?: AccessStatus[];
  @state() private phase: 'idle' | 'loading' | 'ready' | 'failed' = 'idle';
  @state() private failure = '';
  private map?: MapLibreMap;
  private markLoaded!: (map: MapLibreMap) => void;
  /** Resolves once the style and the facility layers are on the map. */
  private loaded = new Promise<MapLibreMap>((resolve) => (this.markLoaded = resolve));
  private refreshTimer?: ReturnType<typeof setTimeout>;
  private unsubscribe: (() => void)[] = [];
  /** The group and filters the facility layers were last styled for. */
  private queryKey = '';

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
    // The view passes new arrays on every render: only a different query restyles and refreshes.
    if (this.queryKey && this.queryKey !== this.currentQueryKey() && this.map) {
      this.queryKey = this.currentQueryKey();
      restyle(this.map, this.facilityLayers());
      void this.refresh(this.map);
    }
  }

  /** Frames a bounding box, e.g. a region. */
  async showBbox(bbox: Bbox): Promise<void> {
    (await this.loaded).fitBounds(bbox, { padding: 24, animate: !prefersReducedMotion() });
  }

  async showPlace(center: LngLatLike, zoom: number): Promise<void> {
    this.move(await this.loaded, { center, zoom });
  }

  /**
   * Brings a facility, unclustered, into the part of the map left of `coveredRight` pixels (a panel
   * floating over the map), unless it is already there.
   */
  async showFacility(coordinates: [number, number], coveredRight = 0): Promise<void> {
    const map = await this.loaded;
    const { clientWidth: width, clientHeight: height } = map.getCanvas();
    const at = map.project(coordinates);
    const margin = 32;
    const visible = at.x >= margin && at.x <= width - coveredRight - margin && at.y >= margin && at.y <= height - margin;
    if (visible && map.getZoom() >= FACILITY_MIN_ZOOM + 1) return;
    this.move(map, { center: coordinates, zoom: Math.max(map.getZoom(), CLOSE_ZOOM), offset: [-coveredRight / 2, 0] });
  }

  /**
   * Draws a GeoJSON overlay (the route planner's route) under the facility symbols, replacing the
   * overlay with the same source id; `data` null removes it.
   */
  async showOverlay(id: string, data: OverlayData | null, layers: OverlayLayer[] = []): Promise<void> {
    const map = await this.loaded;
    for (const layer of map.getStyle().layers) if ('source' in layer && layer.source === id) map.removeLayer(layer.id);
    if (map.getSource(id)) map.removeSource(id);
    if (!data) return;
    map.addSource(id, { type: 'geojson', data });
    const below = map.getStyle().layers.find((layer) => 'source' in layer && layer.source === this.source.sourceId)?.id;
    for (const layer of layers) map.addLayer(layer, below);
  }

  /** The centre of the map as [lon, lat], e.g. to start a route there; null until the map is shown. */
  centre(): [number, number] | null {
    const centre = this.map?.getCenter();
    return centre ? [centre.lng, centre.lat] : null;
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
        locale: controlTexts(),
      });
      map.touchZoomRotate.disableRotation();
      map.addControl(new maplibre.NavigationControl({ showCompass: false }), 'top-right');
      map.addControl(new maplibre.ScaleControl({}), 'bottom-left');
      map.addControl(new maplibre.AttributionControl({ customAttribution: config.attribution }), 'bottom-right');
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
    this.queryKey = this.currentQueryKey();
    onFacilityPointer(map, {
      select: (id) => this.emit('kz-facility-select', { id }),
      expand: (center) => this.move(map, { center, zoom: this.source.expansionZoom(map.getZoom()) }),
    });
    // A click beside the facilities picks a point, e.g. a route's start (`kz-map-point`).
    map.on('click', (event) => {
      if (map.queryRenderedFeatures(event.point, { layers: facilityLayerIds }).length) return;
      this.emit('kz-map-point', { point: [event.lngLat.lng, event.lngLat.lat] });
    });
    map.on('moveend', () => {
      clearTimeout(this.refreshTimer);
      this.refreshTimer = setTimeout(() => void this.refresh(map), 250);
    });
    this.markLoaded(map);
    // The first idle comes once the facility tiles in view are drawn (the refresh below waits for it too).
    map.once('idle', () => {
      this.phase = 'ready';
      this.dataset.ready = 'true';
    });
    await this.refresh(map);
  }

  private facilityLayers() {
    return facilityLayers({ ...this.query(), sourceId: this.source.sourceId, locale: currentLocale(), palette: this.palette(), selectedId: this.selectedId });
  }

  private currentQueryKey(): string {
    return JSON.stringify([this.group, this.categories, this.statuses]);
  }

  private query(): FacilityQuery {
    const { group, categories, statuses } = this;
    return { group, categories, statuses, pointFilter: pointFilter({ group, categories, statuses }) };
  }

  private async refresh(map: MapLibreMap) {
    this.emit('kz-facilities', { state: 'loading' });
    try {
      const inView = await this.source.refresh(map, this.query());
      const { lng, lat } = map.getCenter();
      this.emit('kz-facilities', { state: 'ready', center: [lng, lat], ...inView });
    } catch (err) {
      if (!isAbort(err)) this.emit('kz-facilities', { state: 'failed', message: (err as Error).message });
    }
  }

  /** The language or the contrast changed: relabel and recolour the layers in place. */
  private restyleAll(images = false) {
    const map = this.map;
    if (!map || this.phase !== 'ready') return;
    if (!this.config?.basemapStyleUrl) restyle(map, basemapLayers(currentLocale(), this.palette()));
    restyle(map, this.facilityLayers());
    relabelControls(map.getContainer());
    if (images) void addStatusImages(map, this.palette());
  }

  private emit(type: string, detail: unknown) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}
