import { html, LitElement, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { api, isAbort } from '../../app/api';
import type { PlaceHit } from '../../app/api-types';
import { navigate } from '../../app/router';
import { sharedStyles } from '../../components/shared-styles';
import { currentLocale, LocaleController, t } from '../../i18n';
import '../facility/kz-facility-panel';
import { knownName } from '../facility/facility-names';
import '../map/kz-facility-list';
import type { KzFacilityList, ListState } from '../map/kz-facility-list';
import { toFacilityInView } from '../map/tile-facility-source';
import { needsProfile, ProfileController } from '../profile/needs-store';
import { facilityFilters, filteredCategories, filteredStatuses, FiltersController } from '../search/filters';
import '../search/kz-facility-filters';
import { fieldStyles } from '../search/field-styles';
import { listViewStyles } from './kz-list-view.styles';
import { lastMapCentre } from './map-centre';

/** The API's most; the list pages no further, because nearer is what matters. */
const LIMIT = 100;

type Origin = { kind: 'map' | 'me' | 'place'; name: string; point: [number, number] };

/**
 * The list view at /list and /list/:id: the same facilities as the map for the same filters,
 * nearest first to the map's centre, the person's position or a place, with a search field. A
 * facility opens beside the list; the map is never the only way.
 */
@customElement('kz-list-view')
export class KzListView extends LitElement {
  static styles = [sharedStyles, fieldStyles, listViewStyles];
  private readonly localeController = new LocaleController(this);
  private readonly profileController = new ProfileController(this);
  private readonly filtersController = new FiltersController(this);
  @property({ attribute: false }) facilityId: number | null = null;
  @state() private q = new URLSearchParams(location.search).get('q') ?? '';
  @state() private origin: Origin = { kind: 'map', name: '', point: lastMapCentre() };
  @state() private list: ListState = { state: 'loading' };
  @state() private places: PlaceHit[] = [];
  @state() private locating = '';
  @query('kz-facility-list') private facilityList!: KzFacilityList;
  private request?: AbortController;
  private lastKey = '';

  connectedCallback() {
    super.connectedCallback();
    this.addEventListener('keydown', this.onKeydown);
  }

  private onKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.facilityId !== null) {
      event.preventDefault();
      void this.closePanel();
    }
  };

  protected updated() {
    // The profile and the filters live outside this element: every render checks whether the query changed.
    const filters = facilityFilters();
    const key = JSON.stringify([this.q, this.origin.point, needsProfile().group, filters]);
    if (key !== this.lastKey) {
      this.lastKey = key;
      void this.load();
    }
  }

  private async load() {
    this.request?.abort();
    const request = (this.request = new AbortController());
    const filters = facilityFilters();
    const group = needsProfile().group;
    this.list = { state: 'loading' };
    try {
      const found = await api.search(
        { q: this.q || undefined, near: this.origin.point, group, categories: filteredCategories(filters), statuses: filteredStatuses(filters), limit: LIMIT },
        request.signal,
      );
      this.places = found.places;
      this.list = { state: 'ready', shown: found.facilities.map((hit) => toFacilityInView(hit, group)), total: null };
    } catch (err) {
      if (!isAbort(err)) this.list = { state: 'failed', message: (err as Error).message };
    }
  }

  private search(event: SubmitEvent) {
    event.preventDefault();
    const q = ((event.target as HTMLFormElement).elements.namedItem('q') as HTMLInputElement).value.trim();
    this.q = q;
    // Searching the same words again asks again (the first answer may have failed).
    this.lastKey = '';
    history.replaceState(null, '', `${location.pathname}${q ? `?q=${encodeURIComponent(q)}` : ''}`);
  }

  private locate() {
    if (!navigator.geolocation) return void (this.locating = t('listView.locateUnsupported'));
    this.locating = t('listView.locating');
    navigator.geolocation.getCurrentPosition(
      (position) => {
        this.locating = '';
        this.origin = { kind: 'me', name: '', point: [position.coords.longitude, position.coords.latitude] };
      },
      (error) => (this.locating = t('listView.locateFailed', { message: error.message })),
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 60_000 },
    );
  }

  private select(id: number) {
    navigate(`/list/${id}${location.search}`, { replace: this.facilityId !== null });
  }

  private async closePanel() {
    const id = this.facilityId;
    navigate(`/list${location.search}`);
    await this.updateComplete;
    if (id !== null) this.facilityList.focusFacility(id);
  }

  private originText(): string {
    if (this.origin.kind === 'me') return t('listView.fromMe');
    if (this.origin.kind === 'place') return t('listView.fromPlace', { place: this.origin.name });
    return t('listView.fromMap');
  }

  render() {
    return html`<div class="layout">
      <div class="results">
        <h1>${t('listView.title')}</h1>
        <form class="search" role="search" @submit=${this.search}>
          <label for="list-q">${t('search.label')}</label>
          <div class="row">
            <input id="list-q" name="q" type="search" .value=${this.q} autocomplete="off" aria-describedby="list-q-hint" />
            <button type="submit" class="button primary">${t('listView.search')}</button>
          </div>
          <span class="hint" id="list-q-hint">${t('search.hint')}</span>
        </form>
        <kz-facility-filters></kz-facility-filters>
        <div class="origin">
          <p>${this.originText()}</p>
          <div class="row">
            <button type="button" class="button" @click=${this.locate}>${t('listView.useMyPosition')}</button>
            ${this.origin.kind !== 'map' ? html`<button type="button" class="button" @click=${() => (this.origin = { kind: 'map', name: '', point: lastMapCentre() })}>${t('listView.useMap')}</button>` : nothing}
          </div>
          <p class="hint" role="status">${this.locating}</p>
        </div>
        ${this.renderPlaces()}
        <kz-facility-list live .list=${this.list} .selectedId=${this.facilityId} heading=${this.q ? t('listView.resultsFor', { q: this.q }) : t('listView.nearest')}
          summary=${this.list.state === 'ready' && this.list.shown.length ? t('listView.summary', { count: this.list.shown.length }) : ''}
          @kz-facility-select=${(e: CustomEvent<{ id: number }>) => this.select(e.detail.id)}></kz-facility-list>
      </div>
      ${this.facilityId !== null
        ? html`<kz-facility-panel class="panel" .facilityId=${this.facilityId} @kz-close=${this.closePanel}></kz-facility-panel>`
        : nothing}
    </div>`;
  }

  private renderPlaces() {
    if (!this.places.length) return nothing;
    return html`<section class="places" aria-labelledby="places-title">
      <h2 id="places-title">${t('listView.places')}</h2>
      <ul>${this.places.map((place) => {
        const name = place.kind === 'street' ? `${place.name}, ${place.city}` : knownName(place.names, place.name, currentLocale()) ?? place.name;
        return html`<li><button type="button" class="button" @click=${() => (this.origin = { kind: 'place', name, point: place.location })}>${t('listView.sortFrom', { place: name })}</button></li>`;
      })}</ul>
    </section>`;
  }
}
