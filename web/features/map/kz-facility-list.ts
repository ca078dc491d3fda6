import { html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { sharedStyles } from '../../components/shared-styles';
import { currentLocale, LocaleController, t } from '../../i18n';
import { categoryName, facilityTitle } from '../facility/facility-names';
import { distanceText } from '../list/distance-text';
import type { FacilityInView } from './facility-source';
import { facilityRowStyles, listStyles } from './kz-facility-list.styles';
import { ContrastController, statusIcon } from './status-icon';

export type ListState = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; shown: FacilityInView[]; total: number | null };

/**
 * Facilities as a list of buttons, so choosing one never needs the map canvas or a pointer:
 * "Facilities in view" beside the map and the list view. Emits `kz-facility-select` with the id.
 */
@customElement('kz-facility-list')
export class KzFacilityList extends LitElement {
  static styles = [sharedStyles, listStyles, facilityRowStyles];
  private readonly localeController = new LocaleController(this);
  private readonly contrastController = new ContrastController(this);
  @property({ attribute: false }) list: ListState = { state: 'loading' };
  @property({ attribute: false }) selectedId: number | null = null;
  /** The list's heading; "Facilities in view" unless the view names it otherwise. */
  @property() heading = '';
  /** What a ready list says above its items, e.g. how it is sorted; the default speaks of the map's centre. */
  @property() summary = '';
  /** Announce the summary when it changes (the list view's filters); beside the map it would speak at every pan. */
  @property({ type: Boolean }) live = false;

  /** Focus the button of a facility, e.g. after its panel closes. */
  focusFacility(id: number): boolean {
    const button = this.renderRoot.querySelector<HTMLButtonElement>(`button[data-id="${id}"]`);
    button?.focus();
    return !!button;
  }

  render() {
    return html`<section aria-labelledby="list-title">
      <h2 id="list-title">${this.heading || t('list.title')}</h2>
      ${this.renderBody()}
      <slot></slot>
    </section>`;
  }

  private renderBody() {
    const list = this.list;
    if (list.state === 'loading') return html`<p class="note" role="status">${t('list.loading')}</p>`;
    if (list.state === 'failed') return html`<p class="note failed" role="alert">${t('list.error', { message: list.message })}</p>`;
    if (list.shown.length === 0) return html`<p class="note" role=${this.live ? 'status' : nothing}>${t('list.empty')}</p>`;
    const locale = currentLocale();
    const summary =
      this.summary || (list.total === null ? t('list.summaryNearest', { shown: list.shown.length }) : t('list.summary', { shown: list.shown.length, total: list.total }));
    return html`
      <p class="note" role=${this.live ? 'status' : nothing}>${summary}</p>
      <ul>
        ${repeat(
          list.shown,
          (f) => f.id,
          (f) => html`<li>
            <button
              type="button"
              data-id=${f.id}
              aria-current=${f.id === this.selectedId ? 'true' : nothing}
              @click=${() => this.dispatchEvent(new CustomEvent('kz-facility-select', { detail: { id: f.id }, bubbles: true, composed: true }))}
            >
              <span class="symbol">${statusIcon(f.status)}</span>
              <span class="text">
                <span class="name">${facilityTitle(f, locale)}</span>
                <span class="meta"
                  >${categoryName(f.category, locale)} · <strong class="status">${t(`status.${f.status}`)}</strong>${f.distanceMetres != null
                    ? html` · ${distanceText(f.distanceMetres)}`
                    : nothing}</span
                >
              </span>
            </button>
          </li>`,
        )}
      </ul>
    `;
  }
}
