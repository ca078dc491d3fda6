import { html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';
import { sharedStyles } from '../../components/shared-styles';
import { currentLocale, LocaleController, t } from '../../i18n';
import { categoryName, facilityTitle } from '../facility/facility-names';
import type { FacilityInView } from './facility-source';
import { listStyles } from './kz-facility-list.styles';
import { statusSvg } from './status-symbols';

export type ListState = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; shown: FacilityInView[]; total: number; truncated: boolean };

/**
 * "Facilities in view": the map's facilities as a list of buttons, so choosing one never needs
 * the map canvas or a pointer. Emits `kz-facility-select` with the facility id.
 */
@customElement('kz-facility-list')
export class KzFacilityList extends LitElement {
  static styles = [sharedStyles, listStyles];
  private readonly localeController = new LocaleController(this);
  @property({ attribute: false }) list: ListState = { state: 'loading' };
  @property({ attribute: false }) selectedId: number | null = null;

  /** Focus the button of a facility, e.g. after its panel closes. */
  focusFacility(id: number): boolean {
    const button = this.renderRoot.querySelector<HTMLButtonElement>(`button[data-id="${id}"]`);
    button?.focus();
    return !!button;
  }

  render() {
    return html`<section aria-labelledby="list-title">
      <h2 id="list-title">${t('list.title')}</h2>
      ${this.renderBody()}
    </section>`;
  }

  private renderBody() {
    const list = this.list;
    if (list.state === 'loading') return html`<p class="note" role="status">${t('list.loading')}</p>`;
    if (list.state === 'failed') return html`<p class="note failed" role="alert">${t('list.error', { message: list.message })}</p>`;
    if (list.shown.length === 0) return html`<p class="note">${t('list.empty')}</p>`;
    const locale = currentLocale();
    return html`
      <p class="note">${t('list.summary', { shown: list.shown.length, total: list.total })}</p>
      ${list.truncated ? html`<p class="note">${t('list.truncated', { count: list.total })}</p>` : nothing}
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
              <span class="symbol">${unsafeSVG(statusSvg(f.status, { size: 22 }))}</span>
              <span class="text">
                <span class="name">${facilityTitle(f, locale)}</span>
                <span class="meta">${categoryName(f.category, locale)} · ${t(`status.${f.status}`)}</span>
              </span>
            </button>
          </li>`,
        )}
      </ul>
    `;
  }
}
