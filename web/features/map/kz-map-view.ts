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
import { rememberMapCentre } from '../list/map-centre';
import '../profile/kz-profile-summary';
import { needsProfile, ProfileController } from '../profile/needs-store';
import { facilityFilters, filteredCategories, filteredStatuses, FiltersController } from '../search/filters';
import '../search/kz-facility-filters';
import '../search/kz-search-box';
import type { KzSearchBox } from '../search/kz-search-box';
import type { SearchChoice } from '../search/search-options';

/**
 * The map view at / and /facility/:id: places and legend, the facilities in view, the map, and
 * the selected facility's panel. Selection lives in the URL, so it can be shared and Back closes it.
 */
@customElement('kz-map-view')
export class KzMapView extends LitElement {
  static styles = [sharedStyles, mapViewStyles];
  private readonly localeController = new LocaleController(this);
  private readonly profileController = new ProfileController(this);
  private readonly filtersController = new FiltersController(this);
  @property({ attribute: false }) facilityId: number | null = null;
  @state() private config?: AppConfig;
  @state() private regions: RegionSummary[] = [];
  @state() private list: ListState = { state: 'loading' };
  @state() private announcement = '';
  @state() private failure = '';
  @query('kz-map') private map!: KzMap;
  @query('kz-facility-list') private facilityList!: KzFacilityList;
  @query('kz-search-box') private searchBox!: KzSearchBox;
  @state() private centre: [number, number] | null = null;
  /** Where focus returns when the panel closes: the list's button, the search field or the map. */
  private openedFrom: 'list' | 'map' | 'search' = 'list';

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

  private select(id: number, from: 'list' | 'map' | 'search') {
    this.openedFrom = from;
    navigate(`/facility/${id}`, { replace: this.facilityId !== null });
  }

  private async closePanel() {
    const id = this.facilityId;
    navigate('/');
    await this.updateComplete;
    if (this.openedFrom === 'search') return this.searchBox.focus();
    const focused = this.openedFrom === 'list' && id !== null && this.facilityList.focusFacility(id);
    if (!focused) this.map.focusCanvas();
  }

  private onFacilities(event: FacilitiesEvent) {
    const detail = event.detail;
    if (detail.state !== 'ready') {
      if (detail.state === 'failed' || this.list.state !== 'ready') this.list = detail;
      return;
    }
    this.centre = detail.center;
    rememberMapCentre(detail.center);
    this.list = { state: 'ready', shown: detail.facilities, total: detail.total };
  }

  /** A search result: open a facility, move to a place, or show every result in the list view. */
  private onSearch(choice: SearchChoice) {
    if (choice.kind === 'facility') return this.select(choice.id, 'search');
    if (choice.kind === 'all') return navigate(`/list?q=${encodeURIComponent(choice.q)}`);
    if (choice.bbox) void this.map.showBbox(choice.bbox);
    else void this.map.showPlace(choice.location, choice.zoom);
    this.announcement = t('map.showing', { place: choice.name });
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
    const group = needsProfile().group;
    const filters = facilityFilters();
    const categories = filteredCategories(filters);
    return html`<div class="layout">
      <div class="side">
        <h1 class="visually-hidden">${t('map.title')}</h1>
        ${this.failure
          ? html`<div class="failure" role="alert"><p>${this.failure}</p><button class="button" @click=${this.loadSettings}>${t('app.retry')}</button></div>`
          : nothing}
        ${this.config?.facilities === 0 ? html`<kz-import-help></kz-import-help>` : nothing}
        <kz-search-box .near=${this.centre} @kz-search-choose=${(e: CustomEvent<SearchChoice>) => this.onSearch(e.detail)}></kz-search-box>
        <kz-profile-summary></kz-profile-summary>
        <kz-facility-filters foldable></kz-facility-filters>
        <kz-place-picker .regions=${this.regions} @kz-show-place=${(e: CustomEvent<{ kato: string }>) => this.showPlace(e.detail.kato)}></kz-place-picker>
        <kz-map-legend .audited=${audited} .total=${this.config?.facilities ?? 0} .group=${group} ?categoryFiltered=${!!categories}></kz-map-legend>
        <kz-facility-list
          .list=${this.list}
          .selectedId=${this.facilityId}
          @kz-facility-select=${(e: CustomEvent<{ id: number }>) => this.select(e.detail.id, 'list')}
        ><p class="full-list"><a href="/list">${t('list.openFull')}</a></p></kz-facility-list>
      </div>
      <div class="map-area">
        <kz-map
          .config=${this.config}
          .selectedId=${this.facilityId}
          .group=${group}
          .categories=${categories}
          .statuses=${filteredStatuses(filters)}
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
