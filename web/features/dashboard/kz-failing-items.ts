import { html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { sharedStyles } from '../../components/shared-styles';
import { currentLocale, formatNumber, LocaleController, t } from '../../i18n';
import { td } from './dashboard-text';
import { dashboardStyles } from './dashboard.styles';
import { GROUP_ORDER } from './groups';
import type { FailingItems } from './stats-client';

/** The checklist items that block the most facilities of the selection: what a region fixes first. */
@customElement('kz-failing-items')
export class KzFailingItems extends LitElement {
  static styles = [sharedStyles, dashboardStyles];
  private readonly localeController = new LocaleController(this);
  @property({ attribute: false }) failing?: FailingItems;

  render() {
    if (!this.failing) return nothing;
    const locale = currentLocale();
    return html`<section class="section">
      <h2 id="failing-title">${td('failing.title')}</h2>
      <p class="note">${td('failing.note', { audited: this.failing.auditedFacilities })}</p>
      ${this.failing.items.length === 0 ? html`<p>${td('failing.empty')}</p>` : html`
        <div class="scroll" tabindex="0" role="region" aria-labelledby="failing-title">
          <table>
            <thead><tr>
              <th scope="col">${td('failing.item')}</th><th scope="col" class="n">${td('failing.facilities')}</th>
              <th scope="col" class="n">${td('failing.critical')}</th><th scope="col">${td('failing.groups')}</th>
            </tr></thead>
            <tbody>${this.failing.items.map((item) => html`<tr>
              <th scope="row">${item.question?.[locale] ?? item.item} <small>(${item.item})</small></th>
              <td class="n">${formatNumber(item.facilities)}</td>
              <td class="n">${formatNumber(item.critical)}</td>
              <td>${GROUP_ORDER.filter((g) => item.groups[g] > 0).map((g) => `${t(`group.${g}`)}: ${formatNumber(item.groups[g])}`).join('; ')}</td>
            </tr>`)}</tbody>
          </table>
        </div>`}
    </section>`;
  }
}
