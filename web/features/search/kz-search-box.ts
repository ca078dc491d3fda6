import { html, LitElement, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { api, isAbort } from '../../app/api';
import type { Group, SearchResult } from '../../app/api-types';
import { sharedStyles } from '../../components/shared-styles';
import { LocaleController, t } from '../../i18n';
import { facilityRowStyles } from '../map/kz-facility-list.styles';
import { ContrastController, statusIcon } from '../map/status-icon';
import { needsProfile } from '../profile/needs-store';
import { facilityFilters, filteredCategories, filteredStatuses } from './filters';
import { searchBoxStyles } from './kz-search-box.styles';
import { searchOptions, type SearchChoice, type SearchOption } from './search-options';

const MIN_LENGTH = 2;
const DEBOUNCE_MS = 250;
const SHOWN = 8;

type Results = { state: 'idle' } | { state: 'searching' } | { state: 'failed'; message: string } | { state: 'done'; q: string; result: SearchResult; group: Group };

/**
 * The search field as an ARIA combobox: results appear in a listbox below as one types (names,
 * categories, streets, settlements; any script; typos tolerated); arrows move, Enter chooses,
 * Escape closes. A live region says how many were found. Emits `kz-search-choose` with a SearchChoice.
 */
@customElement('kz-search-box')
export class KzSearchBox extends LitElement {
  static styles = [sharedStyles, facilityRowStyles, searchBoxStyles];
  private readonly localeController = new LocaleController(this);
  private readonly contrastController = new ContrastController(this);
  /** Where "nearest first" is measured from: the map's centre. */
  @property({ attribute: false }) near: [number, number] | null = null;
  @state() private results: Results = { state: 'idle' };
  @state() private open = false;
  @state() private active = -1;
  @query('input') private input!: HTMLInputElement;
  private timer?: ReturnType<typeof setTimeout>;
  private request?: AbortController;

  /** The options in the current language (they are worded at each render, so a language switch rewords them). */
  private grouped(): { facilities: SearchOption[]; places: SearchOption[] } {
    return this.results.state === 'done' ? searchOptions(this.results.result, this.results.group) : { facilities: [], places: [] };
  }

  private get options(): SearchOption[] {
    if (this.results.state !== 'done') return [];
    const { facilities, places } = this.grouped();
    const all: SearchOption = { id: 'all', choice: { kind: 'all', q: this.results.q }, title: t('search.showAll'), detail: '' };
    return [...facilities, ...places, all];
  }

  /** Puts the keyboard focus in the search field (e.g. when a facility opened from it closes). */
  focus() {
    this.input?.focus();
  }

  private onInput() {
    clearTimeout(this.timer);
    const q = this.input.value.trim();
    this.active = -1;
    if (q.length < MIN_LENGTH) {
      this.request?.abort();
      this.results = { state: 'idle' };
      this.open = false;
      return;
    }
    this.timer = setTimeout(() => void this.search(q), DEBOUNCE_MS);
  }

  private async search(q: string) {
    this.request?.abort();
    const request = (this.request = new AbortController());
    this.results = { state: 'searching' };
    this.open = true;
    const filters = facilityFilters();
    const group = needsProfile().group;
    try {
      const result = await api.search(
        { q, near: this.near ?? undefined, group, categories: filteredCategories(filters), statuses: filteredStatuses(filters), limit: SHOWN },
        request.signal,
      );
      this.results = { state: 'done', q, result, group };
    } catch (err) {
      if (!isAbort(err)) this.results = { state: 'failed', message: (err as Error).message };
    }
  }

  private onKeydown(event: KeyboardEvent) {
    const count = this.options.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!this.open) return void (this.open = count > 0);
      if (count) this.active = event.key === 'ArrowDown' ? (this.active + 1) % count : (this.active - 1 + count) % count;
    } else if (event.key === 'Enter') {
      event.preventDefault();
      clearTimeout(this.timer);
      const q = this.input.value.trim();
      if (this.open && this.active >= 0) this.choose(this.options[this.active].choice);
      else if (q.length >= MIN_LENGTH) void this.search(q);
    } else if (event.key === 'Escape') {
      // Closing the popup is all Escape does here; the map view's Escape (close the panel) must not fire too.
      if (this.open) {
        event.stopPropagation();
        this.open = false;
        this.active = -1;
      } else if (this.input.value) {
        event.stopPropagation();
        this.input.value = '';
        this.results = { state: 'idle' };
      }
    }
  }

  private choose(choice: SearchChoice) {
    this.open = false;
    this.active = -1;
    this.dispatchEvent(new CustomEvent('kz-search-choose', { detail: choice, bubbles: true, composed: true }));
  }

  render() {
    const options = this.options;
    const found = this.results.state === 'done' ? options.length - 1 : 0;
    const expanded = this.open && found > 0;
    const note = this.open && !expanded && this.results.state !== 'idle';
    return html`<div class="search" role="search">
      <label for="search-input">${t('search.label')}</label>
      <div class="field">
        <svg class="icon" width="18" height="18" viewBox="0 0 20 20" aria-hidden="true"><circle cx="8.5" cy="8.5" r="6" fill="none" stroke="currentColor" stroke-width="2.2"/><path d="m13 13 5 5" stroke="currentColor" stroke-width="2.4" stroke-linecap="round"/></svg>
        <input id="search-input" type="text" role="combobox" autocomplete="off" spellcheck="false" enterkeyhint="search"
          aria-autocomplete="list" aria-expanded=${expanded ? 'true' : 'false'} aria-controls="search-results" aria-describedby="search-hint"
          aria-activedescendant=${expanded && this.active >= 0 ? options[this.active].id : nothing}
          placeholder=${t('search.placeholder')}
          @input=${this.onInput} @keydown=${this.onKeydown} @blur=${() => setTimeout(() => (this.open = false), 150)}
 />
      </div>
      <p id="search-hint" class="hint">${t('search.hint')}</p>
      <div id="search-results" role="listbox" aria-label=${t('search.resultsLabel')} ?hidden=${!expanded}>${expanded ? this.renderResults(options) : nothing}</div>
      ${note ? html`<p class="popup note">${this.announcement(found)}</p>` : nothing}
      <p class="visually-hidden" role="status">${this.announcement(found)}</p>
    </div>`;
  }

  private announcement(found: number): string {
    const r = this.results;
    if (r.state === 'searching') return t('search.searching');
    if (r.state === 'failed') return t('search.failed', { message: r.message });
    if (r.state === 'done') return found ? t('search.found', { count: found }) : t('search.none', { query: r.q });
    return '';
  }

  private renderResults(options: SearchOption[]) {
    if (this.results.state !== 'done') return nothing;
    const option = (o: SearchOption) => {
      const selected = options[this.active]?.id === o.id;
      return html`<div id=${o.id} role="option" aria-selected=${selected ? 'true' : 'false'} class=${o.id === 'all' ? 'option all' : 'option'}
        @mousedown=${(e: Event) => e.preventDefault()} @click=${() => this.choose(o.choice)}>
        ${o.status ? html`<span class="symbol">${statusIcon(o.status, 20)}</span>` : nothing}
        <span class="text"><span class="name">${o.title}</span>${o.detail ? html`<span class="meta">${o.detail}</span>` : nothing}</span>
      </div>`;
    };
    const { facilities, places } = this.grouped();
    const group = (id: string, label: string, items: SearchOption[]) =>
      items.length ? html`<div role="group" aria-labelledby=${id}><div id=${id} class="group-label" role="presentation">${label}</div>${items.map(option)}</div>` : nothing;
    return html`${group('group-facilities', t('search.facilities'), facilities)} ${group('group-places', t('search.places'), places)} ${option(options[options.length - 1])}`;
  }
}
