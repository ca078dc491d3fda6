import { html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { sharedStyles } from '../../components/shared-styles';
import { currentLocale, LocaleController } from '../../i18n';
import { td } from './dashboard-text';
import { dashboardStyles } from './dashboard.styles';
import { exportUrl, placeExports, type DashboardPlace } from './stats-client';

const VIEW_LABEL = { areas: 'export.areas', sectors: 'export.sectors', trend: 'export.trend', failing: 'export.failing', facilities: 'export.facilities' } as const;

/** The OSM / Wheelmap tags the place's audits decide (public, like the audits themselves). */
function osmTagsUrl(place: DashboardPlace): string {
  return `/api/osm-tags?format=csv${place.region && /^\d{9}$/.test(place.region) ? `&region=${place.region}` : ''}`;
}

/** Downloads of every view on the page, from the same requests, in the page's language. */
@customElement('kz-export-links')
export class KzExportLinks extends LitElement {
  static styles = [sharedStyles, dashboardStyles];
  private readonly localeController = new LocaleController(this);
  @property({ attribute: false }) place: DashboardPlace = {};
  /** Officials see every view; without a session only the public ones. */
  @property({ type: Boolean }) official = false;

  render() {
    const lang = currentLocale();
    const views = placeExports(this.place).filter((v) => this.official || v.view === 'areas' || (v.view === 'sectors' && !this.place.district));
    return html`<section class="section">
      <h2 id="export-title">${td('export.title')}</h2>
      <ul>
        ${views.map((v) => {
          const view = td(VIEW_LABEL[v.view]);
          return html`<li>
            <a href=${exportUrl(v.path, v.params, 'csv', lang)} download data-export="${v.view}-csv">${td('export.csv', { view })}</a> ·
            <a href=${exportUrl(v.path, v.params, 'geojson', lang)} download data-export="${v.view}-geojson">${td('export.geojson', { view })}</a>
          </li>`;
        })}
        <li><a href=${osmTagsUrl(this.place)} download data-export="osm-tags-csv">${td('export.osmTags')}</a></li>
      </ul>
      <p class="note">${td('export.attribution')}</p>
    </section>`;
  }
}
