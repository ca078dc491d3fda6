import { html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { accessStatuses, type Group } from '../../app/api-types';
import { highContrast } from '../../app/contrast';
import { sharedStyles } from '../../components/shared-styles';
import { LocaleController, t } from '../../i18n';
import { legendStyles } from './kz-map-legend.styles';
import { ContrastController, statusIcon } from './status-icon';

/**
 * The statuses in words, each beside the symbol the map draws for it, for whose group they are
 * shown, and how many facilities have been audited (none, at first, and the legend says so).
 */
@customElement('kz-map-legend')
export class KzMapLegend extends LitElement {
  static styles = [sharedStyles, legendStyles];
  private readonly localeController = new LocaleController(this);
  private readonly contrastController = new ContrastController(this);
  @property({ type: Number }) audited = 0;
  @property({ type: Number }) total = 0;
  @property() group: Group = 'wheelchair';
  /** A category filter is on: clusters at country and city zoom still count every kind of place. */
  @property({ type: Boolean }) categoryFiltered = false;

  render() {
    return html`<section aria-labelledby="legend-title">
      <h2 id="legend-title">${t('legend.title')}</h2>
      <p class="for">${t('legend.forGroup', { group: t(`group.${this.group}`) })}</p>
      <ul>
        ${accessStatuses.map((status) => html`<li><span class="symbol">${statusIcon(status)}</span>${t(`status.${status}`)}</li>`)}
        <li>
          <span class="symbol cluster ${highContrast() ? 'high' : ''}" aria-hidden="true">12</span>
          ${t('legend.cluster')}
        </li>
      </ul>
      ${this.categoryFiltered ? html`<p class="audited">${t('legend.categoryClusters')}</p>` : nothing}
      <p class="audited">
        ${this.audited === 0 ? t('legend.noneAudited') : t('legend.someAudited', { audited: this.audited, total: this.total })}
      </p>
    </section>`;
  }
}
