import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { api, ApiError } from '../../app/api';
import type { AppConfig } from '../../app/api-types';
import { prefersReducedMotion } from '../../app/contrast';
import { navigate } from '../../app/router';
import { sharedStyles } from '../../components/shared-styles';
import { currentLocale, LocaleController, t, type MessageKey } from '../../i18n';
import { facilityTitle } from '../facility/facility-names';
import '../map/kz-map';
import type { FacilitiesEvent, KzMap } from '../map/kz-map';
import './kz-place-finder';
import './kz-profile-picker';
import type { KzProfilePicker } from './kz-profile-picker';
import './kz-route-result';
import { routeViewStyles } from './kz-route-view.styles';
import { routeApi, type PlannedRoute } from './route-client';
import { formStyles } from './route-form.styles';
import { overlayBbox, routeLayers, routeOverlay, ROUTE_SOURCE } from './route-layers';
import { mapPointPlace, type RoutePlace } from './route-place';
import { announcement } from './route-text';

type Planned = { state: 'idle' } | { state: 'planning' } | { state: 'failed'; message: string } | { state: 'ready'; route: PlannedRoute };

/** Why the server could not route, as it names it in `problems[0].message` of a 422. */
const UNROUTABLE = ['from-off-network', 'to-off-network', 'disconnected'];

/**
 * The route planner at /route and /route/to/:facilityId: a start (search, position, map centre or
 * click, transit stop), a destination facility, a profile; then the route on the map and in words.
 * Results and choices are announced through one polite live region.
 */
@customElement('kz-route-view')
export class KzRouteView extends LitElement {
  static styles = [sharedStyles, formStyles, routeViewStyles];
  private readonly localeController = new LocaleController(this);
  @property({ attribute: false }) facilityId: number | null = null;
  @state() private config?: AppConfig;
  @state() private start: RoutePlace | null = null;
  @state() private destination: RoutePlace | null = null;
  @state() private planned: Planned = { state: 'idle' };
  @state() private centre: [number, number] | null = null;
  @state() private problem = '';
  @state() private announced = '';
  @query('kz-map') private map!: KzMap;
  @query('kz-profile-picker') private picker!: KzProfilePicker;

  connectedCallback() {
    super.connectedCallback();
    api.config().then((config) => (this.config = config), (err) => (this.problem = t('app.serverError', { message: (err as Error).message })));
  }

  protected willUpdate(changed: PropertyValues<this>) {
    if (changed.has('facilityId') && this.facilityId !== null && this.destination?.facilityId !== this.facilityId) void this.loadDestination(this.facilityId);
  }

  private async loadDestination(id: number) {
    try {
      const facility = await api.facility(id);
      this.setDestination({ label: facilityTitle(facility.properties, currentLocale()), point: facility.geometry.coordinates, facilityId: id });
      await this.updateComplete;
      void this.map.showPlace(facility.geometry.coordinates, 16);
    } catch (err) {
      this.problem = err instanceof ApiError && err.status === 404 ? t('facility.notFound') : t('facility.loadError', { message: (err as Error).message });
    }
  }

  private announce(text: string) {
    this.announced = text;
  }

  private setStart(place: RoutePlace) {
    this.start = place;
    this.afterChoice(place);
  }

  private setDestination(place: RoutePlace) {
    this.destination = place;
    if (place.facilityId && place.facilityId !== this.facilityId) navigate(`/route/to/${place.facilityId}`, { replace: true });
    this.afterChoice(place);
  }

  private afterChoice(place: RoutePlace) {
    this.planned = { state: 'idle' };
    this.problem = '';
    this.announce(t('route.chosen', { place: place.label }));
    void this.map?.showOverlay(ROUTE_SOURCE, routeOverlay(this.start?.point ?? null, this.destination?.point ?? null, null), routeLayers);
  }

  private useMyPosition() {
    if (!navigator.geolocation) return void (this.problem = t('route.locateUnsupported'));
    this.announce(t('route.locating'));
    navigator.geolocation.getCurrentPosition(
      (position) => this.setStart({ label: t('route.myPositionLabel'), point: [position.coords.longitude, position.coords.latitude] }),
      (error) => (this.problem = t('route.locateFailed', { message: error.message })),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  }

  private useMapCentre() {
    const centre = this.map.centre();
    if (centre) this.setStart(mapPointPlace(centre));
  }

  private async plan() {
    const choice = this.start && this.destination ? this.picker.value() : null;
    this.problem = !this.start ? t('route.needStart') : !this.destination ? t('route.needDestination') : !choice ? t('route.needValidLimits') : '';
    if (!choice || !this.start || !this.destination) return;
    this.planned = { state: 'planning' };
    this.announce(t('route.planning'));
    const to = this.destination.facilityId ? { facilityId: this.destination.facilityId } : this.destination.point;
    try {
      const route = await routeApi.plan({ from: this.start.point, to, ...choice });
      this.planned = { state: 'ready', route };
      await this.updateComplete;
      const overlay = routeOverlay(this.start.point, route.snapped.to.point, route);
      await this.map.showOverlay(ROUTE_SOURCE, overlay, routeLayers);
      const box = overlayBbox(overlay);
      if (box) void this.map.showBbox(box);
      this.announce(announcement(route));
      // Sighted readers see the result appear; the live region has told everyone else.
      this.renderRoot.querySelector('kz-route-result')?.scrollIntoView({ block: 'start', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
    } catch (err) {
      const reason = err instanceof ApiError && err.status === 422 ? err.problems[0]?.message : undefined;
      const message = reason && UNROUTABLE.includes(reason) ? t(`route.error.${reason}` as MessageKey) : t('route.failed', { message: (err as Error).message });
      this.planned = { state: 'failed', message };
      this.announce(message);
    }
  }

  render() {
    return html`<div class="layout">
      <div class="side">
        <h1>${t('route.title')}</h1>
        <p class="intro">${t('route.intro')}</p>
        <fieldset>
          <legend>${t('route.start')}</legend>
          <p class="chosen">${this.start ? t('route.chosen', { place: this.start.label }) : t('route.notChosen')}</p>
          <kz-place-finder mode="start" .near=${this.centre} @kz-place-choose=${(e: CustomEvent<RoutePlace>) => this.setStart(e.detail)}></kz-place-finder>
          <div class="row">
            <button class="button" type="button" @click=${this.useMyPosition}>${t('route.myPosition')}</button>
            <button class="button" type="button" aria-describedby="centre-hint" ?disabled=${!this.config} @click=${this.useMapCentre}>${t('route.mapCentre')}</button>
          </div>
          <p class="hint" id="centre-hint">${t('route.mapCentreHint')}</p>
        </fieldset>
        <fieldset>
          <legend>${t('route.destination')}</legend>
          <p class="chosen">${this.destination ? t('route.chosen', { place: this.destination.label }) : t('route.notChosen')}</p>
          <kz-place-finder mode="destination" .near=${this.centre} @kz-place-choose=${(e: CustomEvent<RoutePlace>) => this.setDestination(e.detail)}></kz-place-finder>
          <p class="hint">${t('route.facilityOnMap')}</p>
        </fieldset>
        <kz-profile-picker></kz-profile-picker>
        <button class="button primary plan" type="button" @click=${this.plan}>${t('route.plan')}</button>
        ${this.problem ? html`<p class="error" role="alert">${this.problem}</p>` : nothing}
        ${this.renderPlanned()}
      </div>
      <div class="map-area">
        <kz-map .config=${this.config} .selectedId=${this.destination?.facilityId ?? null}
          @kz-map-point=${(e: CustomEvent<{ point: [number, number] }>) => this.setStart(mapPointPlace(e.detail.point))}
          @kz-facility-select=${(e: CustomEvent<{ id: number }>) => void this.loadDestination(e.detail.id)}
          @kz-facilities=${(e: FacilitiesEvent) => e.detail.state === 'ready' && (this.centre = e.detail.center)}></kz-map>
        <span class="crosshair" aria-hidden="true"></span>
      </div>
      <p class="visually-hidden" role="status">${this.announced}</p>
    </div>`;
  }

  private renderPlanned() {
    const planned = this.planned;
    if (planned.state === 'planning') return html`<p>${t('route.planning')}</p>`;
    if (planned.state === 'failed') return html`<p class="error">${planned.message}</p>`;
    if (planned.state === 'ready') return html`<kz-route-result .route=${planned.route} destination=${this.destination?.label ?? ''}></kz-route-result>`;
    return nothing;
  }
}
