import { html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { navigate } from '../../app/router';
import { sharedStyles } from '../../components/shared-styles';
import { currentLocale, LocaleController } from '../../i18n';
import { categories, sectors } from '../../../server/domain/categories';
import { td } from './dashboard-text';
import { controlStyles, dashboardStyles } from './dashboard.styles';
import { placeHref, type DashboardPlace } from './stats-client';

/** Sector and category filters; "Show" applies them (choosing alone does not reload the page). */
@customElement('kz-dashboard-filters')
export class KzDashboardFilters extends LitElement {
  static styles = [sharedStyles, dashboardStyles, controlStyles];
  private readonly localeController = new LocaleController(this);
  @property({ attribute: false }) place: DashboardPlace = {};

  private apply(event: SubmitEvent) {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const value = (name: string) => (form.get(name) as string) || undefined;
    navigate(placeHref({ ...this.place, sector: value('sector'), category: value('category') }));
  }

  render() {
    const locale = currentLocale();
    return html`<form class="section filters" @submit=${this.apply} aria-labelledby="filter-title">
      <h2 id="filter-title">${td('filter.title')}</h2>
      <label>${td('filter.sector')}
        <select name="sector">
          <option value="">${td('filter.allSectors')}</option>
          ${sectors.map((s) => html`<option value=${s.id} ?selected=${this.place.sector === s.id}>${s.name[locale]}</option>`)}
        </select>
      </label>
      <label>${td('filter.category')}
        <select name="category">
          <option value="">${td('filter.allCategories')}</option>
          ${categories.map((c) => html`<option value=${c.id} ?selected=${this.place.category === c.id}>${c.name[locale]}</option>`)}
        </select>
      </label>
      <button class="button primary" type="submit">${td('filter.apply')}</button>
    </form>`;
  }
}
