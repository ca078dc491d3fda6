import { html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { sharedStyles } from '../../components/shared-styles';
import { formatNumber, LocaleController, t } from '../../i18n';
import { countShare, td } from './dashboard-text';
import { dashboardStyles } from './dashboard.styles';
import { GROUP_ORDER } from './groups';
import type { StatsCounts } from './stats-client';

/** One line of the table: an area or a sector, a link when it can be opened. */
export interface StatsLine {
  key: string;
  name: string;
  href?: string;
  counts: StatsCounts;
}

/**
 * The numbers of the map and more, as a table: the accessible alternative to the choropleth and
 * the same figures the CSV export has. Facilities outside the listed areas and the total close it.
 */
@customElement('kz-stats-table')
export class KzStatsTable extends LitElement {
  static styles = [sharedStyles, dashboardStyles];
  private readonly localeController = new LocaleController(this);
  @property() kind: 'region' | 'district' | 'sector' = 'region';
  @property({ attribute: false }) lines: StatsLine[] = [];
  @property({ attribute: false }) outside?: StatsLine;
  @property({ attribute: false }) total?: StatsCounts;

  render() {
    return html`<section class="section">
      <h2 id="table-${this.kind}">${td(`table.title.${this.kind}`)}</h2>
      <div class="scroll" tabindex="0" role="region" aria-labelledby="table-${this.kind}">
        <table>
          <thead>
            <tr>
              <th scope="col">${td(`table.${this.kind}`)}</th>
              <th scope="col" class="n">${td('table.total')}</th>
              <th scope="col" class="n">${td('table.audited')}</th>
              <th scope="col" class="n">${td('table.fresh')}</th>
              <th scope="col" class="n">${td('table.adapted')}</th>
              <th scope="col" class="n">${td('table.partial')}</th>
              <th scope="col" class="n">${td('table.notAdapted')}</th>
              <th scope="col" class="n">${td('table.notAudited')}</th>
              ${GROUP_ORDER.map((g) => html`<th scope="col" class="n">${td('table.byGroup')} ${t(`group.${g}`).toLowerCase()}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${this.lines.map((line) => this.row(line))}
            ${this.outside && this.outside.counts.total > 0 ? this.row(this.outside) : nothing}
          </tbody>
          ${this.total ? html`<tfoot>${this.row({ key: 'total', name: td('total'), counts: this.total })}</tfoot>` : nothing}
        </table>
      </div>
    </section>`;
  }

  private row(line: StatsLine) {
    const c = line.counts;
    return html`<tr data-key=${line.key}>
      <th scope="row">${line.href ? html`<a href=${line.href}>${line.name}</a>` : line.name}</th>
      <td class="n" data-figure="total" data-value=${c.total}>${formatNumber(c.total)}</td>
      <td class="n">${countShare(c.audited, c.percent.audited)}</td>
      <td class="n">${countShare(c.fresh, c.percent.fresh)}</td>
      <td class="n" data-figure="adapted" data-value=${c.adapted}>${countShare(c.adapted, c.percent.adapted)}</td>
      <td class="n">${countShare(c.partial, c.percent.partial)}</td>
      <td class="n">${countShare(c.notAdapted, c.percent.notAdapted)}</td>
      <td class="n">${countShare(c.notAudited, c.percent.notAudited)}</td>
      ${GROUP_ORDER.map((g) => html`<td class="n">${countShare(c.adaptedByGroup[g], c.percent.adaptedByGroup[g])}</td>`)}
    </tr>`;
  }
}
