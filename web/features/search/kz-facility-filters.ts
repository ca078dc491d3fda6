import { html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { categories, sectors } from '../../../server/domain/categories';
import { accessStatuses, type AccessStatus } from '../../app/api-types';
import { sharedStyles } from '../../components/shared-styles';
import { currentLocale, LocaleController, t } from '../../i18n';
import { ContrastController, statusIcon } from '../map/status-icon';
import { facilityFilters, filtersActive, FiltersController, setFacilityFilters } from './filters';
import { fieldStyles } from './field-styles';
import { filterStyles } from './kz-facility-filters.styles';

/**
 * The map's and the list's filters: a kind of place (a whole sector or one category) and the
 * statuses to show, each a checkbox with its symbol. Changes apply at once to both.
 */
@customElement('kz-facility-filters')
export class KzFacilityFilters extends LitElement {
  static styles = [sharedStyles, fieldStyles, filterStyles];
  private readonly localeController = new LocaleController(this);
  private readonly filtersController = new FiltersController(this);
  private readonly contrastController = new ContrastController(this);
  /** Beside the map the filters fold away under their heading; the list view shows them open. */
  @property({ type: Boolean }) foldable = false;
  /** Folded unless filters are already on; after that the person opens and closes it. */
  private readonly openAtStart = filtersActive(facilityFilters());

  private setPlace(place: string) {
    setFacilityFilters({ ...facilityFilters(), place });
  }

  private toggle(status: AccessStatus, on: boolean) {
    const chosen = new Set(facilityFilters().statuses);
    if (on) chosen.add(status);
    else chosen.delete(status);
    setFacilityFilters({ ...facilityFilters(), statuses: accessStatuses.filter((s) => chosen.has(s)) });
  }

  render() {
    const locale = currentLocale();
    const filters = facilityFilters();
    const byName = (a: { name: Record<string, string> }, b: { name: Record<string, string> }) => a.name[locale].localeCompare(b.name[locale], locale);
    const title = filtersActive(filters) ? t('filters.titleActive') : t('filters.title');
    const body = html`<label class="place">
        <span>${t('filters.place')}</span>
        <select @change=${(e: Event) => this.setPlace((e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${filters.place === ''}>${t('filters.allPlaces')}</option>
          ${[...sectors].sort(byName).map(
            (sector) => html`<optgroup label=${sector.name[locale]}>
              <option value=${`sector:${sector.id}`} ?selected=${filters.place === `sector:${sector.id}`}>${t('filters.wholeSector', { sector: sector.name[locale] })}</option>
              ${categories
                .filter((c) => c.sector === sector.id)
                .sort(byName)
                .map((c) => html`<option value=${`category:${c.id}`} ?selected=${filters.place === `category:${c.id}`}>${c.name[locale]}</option>`)}
            </optgroup>`,
          )}
        </select>
      </label>
      <fieldset>
        <legend>${t('filters.statuses')}</legend>
        ${accessStatuses.map(
          (status) => html`<label class="status">
            <input type="checkbox" .checked=${filters.statuses.includes(status)} @change=${(e: Event) => this.toggle(status, (e.target as HTMLInputElement).checked)} />
            ${statusIcon(status, 18)}<span>${t(`status.${status}`)}</span>
          </label>`,
        )}
      </fieldset>`;
    if (this.foldable) return html`<details ?open=${this.openAtStart}><summary><span class="summary">${title}</span></summary><div class="body">${body}</div></details>`;
    return html`<section aria-labelledby="filters-title"><h2 id="filters-title">${title}</h2>${body}</section>`;
  }
}
