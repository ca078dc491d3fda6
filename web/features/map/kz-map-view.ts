import { html, LitElement, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { api } from '../../app/api';
import type { AppConfig, RegionSummary } from '../../app/api-types';
import { navigate } from '../../app/router';
import '../../components/kz-import-help';
import { sharedStyles } from '../../components/shared-styles';
import { currentLocale, LocaleController, t } from '../../i18n';
import '../facility/kz-facility-panel';
import './kz-facility-list';
import type { KzFacilityList, ListState } from './kz-facility-list';
import './kz-map';
import type { FacilitiesEvent, KzMap } from './kz-map';
import './kz-map-legend';
import { mapViewStyles } from './kz-map-view.styles';
import './kz-place-picker';
import { ASTANA, ASTANA_KATO, KAZAKHSTAN } from './places';
import { nearestFirst } from './nearest';

/** How many facilities "Facilities in view" lists: enough to browse, few enough to tab through. */
const LISTED = 50;

/**
 * The map view at / and /facility/:id: places and legend, the facilities in view, the map, and
 * the selected facility's panel. Selection lives in the URL, so it can be shared and Back closes it.
 */
@customElement('kz-map-view')
export class KzMapView extends LitElement {
  static styles = [sharedStyles, mapViewStyles];
  private readonly localeController = new LocaleController(this);
  @property({ attribute: false }) facilityId: number | null = null;
  @state() private config?: AppConfig;
  @state() private regions: RegionSummary[] = [];
  @state() private list: ListState = { state: 'loading' };
  @state() private announcement = '';
  @state() private failure = '';
  @query('kz-map') private map!: KzMap;
  @query('kz-facility-list') private facilityList!: KzFacilityList;
  /** Where focus returns when the panel closes: the list's button or the map. */
  private openedFrom: 'list' | 'map' = 'list';

  connectedCallback() {
    super.connectedCallback();
    void this.loadSettings();
    this.addEventListener('keydown', this.onKeydown);
  }

  private async loadSettings() {
    this.failure = '';
    try {
      const [config, regions] = await Promise.all([api.config(), api.regions()]);
      this.config = config;
      this.regions = regions.regions;
    } catch (err) {
      this.failure = t('app.serverError', { message: (err as Error).message });
    }
  }

  private onKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.facilityId !== null) {
      event.preventDefault();
      this.closePanel();
    }
  };

  private select(id: number, from: 'list' | 'map') {
    this.openedFrom = from;
    navigate(`/facility/${id}`, { replace: this.facilityId !== null });
  }

  private async closePanel() {
    const id = this.facilityId;
    navigate('/');
    await this.updateComplete;
    const focused = this.openedFrom === 'list' && id !== null && this.facilityList.focusFacility(id);
    if (!focused) this.map.focusCanvas();
  }

  private onFacilities(event: FacilitiesEvent) {
    const detail = event.detail;
    if (detail.state !== 'ready') {
      if (detail.state === 'failed' || this.list.state !== 'ready') this.list = detail;
      return;
    }
    const shown = nearestFirst(detail.facilities, detail.center, LISTED);
    this.list = { state: 'ready', shown, total: detail.facilities.length, truncated: detail.truncated };
  }

  /** Moves the map so the facility is not hidden under its own panel, which floats over the map on wide screens. */
  private showFacility(coordinates: [number, number]) {
    const panel = this.renderRoot.querySelector('kz-facility-panel')?.getBoundingClientRect();
    const map = this.map.getBoundingClientRect();
    const overlaps = panel && panel.left < map.right && panel.right > map.left && panel.top < map.bottom && panel.bottom > map.top;
    void this.map.showFacility(coordinates, overlaps ? map.right - panel.left : 0);
  }

  private showPlace(kato: string) {
    const region = this.regions.find((r) => r.kato === kato);
    if (kato === ASTANA_KATO) void this.map.showPlace(ASTANA.center, ASTANA.zoom);
    else if (region?.bbox) void this.map.showBbox(region.bbox);
    else void this.map.showBbox(KAZAKHSTAN);
    this.announcement = t('map.showing', { place: region?.names[currentLocale()] ?? t('map.wholeCountry') });
  }

  render() {
    const audited = this.regions.reduce((sum, r) => sum + r.audited, 0);
    return html`<div class="layout">
      <div class="side">
        <h1 class="visually-hidden">${t('map.title')}</h1>
        ${this.failure
          ? html`<div class="failure" role="alert"><p>${this.failure}</p><button class="button" @click=${this.loadSettings}>${t('app.retry')}</button></div>`
          : nothing}
        ${this.config?.facilities === 0 ? html`<kz-import-help></kz-import-help>` : nothing}
        <kz-place-picker .regions=${this.regions} @kz-show-place=${(e: CustomEvent<{ kato: string }>) => this.showPlace(e.detail.kato)}></kz-place-picker>
        <kz-map-legend .audited=${audited} .total=${this.config?.facilities ?? 0}></kz-map-legend>
        <kz-facility-list
          .list=${this.list}
          .selectedId=${this.facilityId}
          @kz-facility-select=${(e: CustomEvent<{ id: number }>) => this.select(e.detail.id, 'list')}
        ></kz-facility-list>
      </div>
      <div class="map-area">
        <kz-map
          .config=${this.config}
          .selectedId=${this.facilityId}
          @kz-facilities=${this.onFacilities}
          @kz-facility-select=${(e: CustomEvent<{ id: number }>) => {
            e.stopPropagation();
            this.select(e.detail.id, 'map');
          }}
        ></kz-map>
        ${this.facilityId !== null
          ? html`<kz-facility-panel
              class="panel"
              .facilityId=${this.facilityId}
              @kz-close=${this.closePanel}
              @kz-facility-loaded=${(e: CustomEvent<{ coordinates: [number, number] }>) => this.showFacility(e.detail.coordinates)}
            ></kz-facility-panel>`
          : nothing}
      </div>
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </div>`;
  }
}
