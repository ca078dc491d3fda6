import { html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';
import { accessStatuses } from '../../app/api-types';
import { sharedStyles } from '../../components/shared-styles';
import { LocaleController, t } from '../../i18n';
import { legendStyles } from './kz-map-legend.styles';
import { statusSvg } from './status-symbols';

/**
 * The statuses in words, each beside the symbol the map draws for it, and how many facilities
 * have been audited (none, at first, and the legend says so).
 */
@customElement('kz-map-legend')
export class KzMapLegend extends LitElement {
  static styles = [sharedStyles, legendStyles];
  private readonly localeController = new LocaleController(this);
  @property({ type: Number }) audited = 0;
  @property({ type: Number }) total = 0;

  render() {
    return html`<section aria-labelledby="legend-title">
      <h2 id="legend-title">${t('legend.title')}</h2>
      <ul>
        ${accessStatuses.map(
          (status) => html`<li><span class="symbol">${unsafeSVG(statusSvg(status, { size: 22 }))}</span>${t(`status.${status}`)}</li>`,
        )}
        <li>
          <span class="symbol cluster" aria-hidden="true">12</span>
          ${t('legend.cluster')}
        </li>
      </ul>
      <p class="audited">
        ${this.audited === 0 ? t('legend.noneAudited') : t('legend.someAudited', { audited: this.audited, total: this.total })}
      </p>
    </section>`;
  }
}
