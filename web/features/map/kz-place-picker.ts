import { html, LitElement } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { RegionSummary } from '../../app/api-types';
import { sharedStyles } from '../../components/shared-styles';
import { currentLocale, LocaleController, t } from '../../i18n';
import { pickerStyles } from './kz-place-picker.styles';
import { ASTANA_KATO } from './places';

const WHOLE_COUNTRY = '';

/**
 * "Zoom to Astana" and a region picker: ways to move the map without dragging it. Emits
 * `kz-show-place` with the chosen region's KATO code ('' for all Kazakhstan).
 */
@customElement('kz-place-picker')
export class KzPlacePicker extends LitElement {
  static styles = [sharedStyles, pickerStyles];
  private readonly localeController = new LocaleController(this);
  @property({ attribute: false }) regions: RegionSummary[] = [];
  @state() private chosen = WHOLE_COUNTRY;

  private show(kato: string) {
    this.chosen = kato;
    this.dispatchEvent(new CustomEvent('kz-show-place', { detail: { kato }, bubbles: true, composed: true }));
  }

  render() {
    const locale = currentLocale();
    const regions = [...this.regions].sort((a, b) => a.names[locale].localeCompare(b.names[locale], locale));
    return html`<div class="picker">
      <button type="button" class="button primary" @click=${() => this.show(ASTANA_KATO)}>
        <svg width="18" height="18" viewBox="0 0 20 20" aria-hidden="true">
          <path d="M10 1.5a6 6 0 0 0-6 6c0 4.6 6 11 6 11s6-6.4 6-11a6 6 0 0 0-6-6zm0 8.2a2.2 2.2 0 1 1 0-4.4 2.2 2.2 0 0 1 0 4.4z" fill="currentColor" />
        </svg>
        ${t('map.zoomToAstana')}
      </button>
      <label>
        <span>${t('map.region')}</span>
        <select .value=${this.chosen} @change=${(e: Event) => this.show((e.target as HTMLSelectElement).value)}>
          <option value=${WHOLE_COUNTRY} ?selected=${this.chosen === WHOLE_COUNTRY}>${t('map.wholeCountry')}</option>
          ${regions.map(
            (r) => html`<option value=${r.kato} ?selected=${this.chosen === r.kato}>
              ${t('map.regionFacilities', { region: r.names[locale], count: r.facilities })}
            </option>`,
          )}
        </select>
      </label>
    </div>`;
  }
}
