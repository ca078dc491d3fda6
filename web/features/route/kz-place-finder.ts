import { html, LitElement, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { isAbort } from '../../app/api';
import { sharedStyles } from '../../components/shared-styles';
import { LocaleController, t } from '../../i18n';
import { finderStyles } from './kz-place-finder.styles';
import { routeApi, type SearchResult } from './route-client';
import { formStyles } from './route-form.styles';
import { coordinatesPlace, parseCoordinates, placesOf, type RoutePlace } from './route-place';

type Found =
  | { state: 'idle' }
  | { state: 'searching' }
  | { state: 'done'; places: RoutePlace[]; note: string }
  | { state: 'failed'; message: string };

/**
 * Finds a place by typing: for a start, streets, settlements, facilities, typed coordinates and the
 * transit stops nearby; for a destination, facilities. The results are buttons in a list; choosing
 * one emits `kz-place-choose` with the RoutePlace and returns the focus to the search field.
 */
@customElement('kz-place-finder')
export class KzPlaceFinder extends LitElement {
  static styles = [sharedStyles, formStyles, finderStyles];
  private readonly localeController = new LocaleController(this);
  @property() mode: 'start' | 'destination' = 'start';
  /** Where "nearer first" and "nearby" are measured from: the map centre or the chosen start. */
  @property({ attribute: false }) near: [number, number] | null = null;
  @state() private found: Found = { state: 'idle' };
  @query('input') private input!: HTMLInputElement;
  private request?: AbortController;

  private async search(event: SubmitEvent) {
    event.preventDefault();
    const text = this.input.value.trim();
    const point = this.mode === 'start' ? parseCoordinates(text) : null;
    if (point) return this.show([coordinatesPlace(point)], text);
    if (text.length < 2) return void (this.found = { state: 'done', places: [], note: t('route.search.tooShort') });
    await this.run((signal) => routeApi.search(text, this.near, signal), text);
  }

  private async transit() {
    if (this.near) await this.run((signal) => routeApi.transitStops(this.near!, signal), null);
  }

  private async run(fetchResult: (signal: AbortSignal) => Promise<SearchResult>, text: string | null) {
    this.request?.abort();
    const request = (this.request = new AbortController());
    this.found = { state: 'searching' };
    try {
      const result = await fetchResult(request.signal);
      this.show(placesOf(result, this.mode === 'start' && text !== null), text);
    } catch (err) {
      if (!isAbort(err)) this.found = { state: 'failed', message: t('route.search.failed', { message: (err as Error).message }) };
    }
  }

  private show(places: RoutePlace[], text: string | null) {
    const none = text === null ? t('route.transitNone') : t('route.search.none', { query: text });
    this.found = { state: 'done', places, note: places.length ? t('route.search.results', { count: places.length }) : none };
  }

  private choose(place: RoutePlace) {
    this.found = { state: 'idle' };
    this.dispatchEvent(new CustomEvent('kz-place-choose', { detail: place, bubbles: true, composed: true }));
    this.input.focus();
  }

  render() {
    const label = this.mode === 'start' ? t('route.search.start') : t('route.search.destination');
    const found = this.found;
    const note = found.state === 'searching' ? t('route.search.searching') : found.state === 'failed' ? found.message : found.state === 'done' ? found.note : '';
    return html`<form class="field" @submit=${this.search}>
        <label for="q">${label}</label>
        <div class="row">
          <input id="q" type="search" autocomplete="off" enterkeyhint="search" />
          <button class="button" type="submit">${t('route.search.find')}</button>
        </div>
      </form>
      ${this.mode === 'start'
        ? html`<button class="button" type="button" ?disabled=${!this.near} @click=${this.transit}>${t('route.transit')}</button>`
        : nothing}
      <p class="hint ${found.state === 'failed' ? 'error' : ''}" role="status">${note}</p>
      ${found.state === 'done' && found.places.length
        ? html`<ul class="results">
            ${found.places.map((place) => html`<li><button type="button" @click=${() => this.choose(place)}>
              <span class="name">${place.label}</span>${place.detail ? html`<span class="meta">${place.detail}</span>` : nothing}
            </button></li>`)}
          </ul>`
        : nothing}`;
  }
}
