import { html, LitElement, nothing, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { sharedStyles } from '../../components/shared-styles';
import { formatNumber, LocaleController } from '../../i18n';
import { td } from './dashboard-text';
import { dashboardStyles } from './dashboard.styles';
import type { AuditTrend } from './stats-client';

const VERDICT_COLOURS = { adapted: '#1a7f37', partial: '#f2c94c', notAdapted: '#c0392b' } as const;

/** Audits per month as stacked bars by verdict, with the same numbers in a table to open. */
@customElement('kz-trend-chart')
export class KzTrendChart extends LitElement {
  static styles = [sharedStyles, dashboardStyles];
  private readonly localeController = new LocaleController(this);
  @property({ attribute: false }) trend?: AuditTrend;

  render() {
    if (!this.trend) return nothing;
    const months = this.trend.months;
    const busiest = Math.max(1, ...months.map((m) => m.audits));
    const barWidth = 600 / months.length;
    const height = 160;
    const y = (n: number) => (n / busiest) * (height - 10);
    return html`<section class="section">
      <h2 id="trend-title">${td('trend.title')}</h2>
      <p class="note">${td('trend.note')}</p>
      ${months.every((m) => m.audits === 0) ? html`<p>${td('trend.empty')}</p>` : html`
        <svg viewBox="0 0 600 ${height + 20}" width="100%" aria-hidden="true" focusable="false">
          ${months.map((m, i) => {
            let top = height;
            return (['adapted', 'partial', 'notAdapted'] as const).map((verdict) => {
              const h = y(m[verdict]);
              top -= h;
              return svg`<rect x=${i * barWidth + 1} y=${top} width=${Math.max(1, barWidth - 2)} height=${h} fill=${VERDICT_COLOURS[verdict]}></rect>`;
            });
          })}
          <line x1="0" y1=${height} x2="600" y2=${height} stroke="#1b2430"></line>
          <text x="0" y=${height + 16} font-size="12" fill="#1b2430">${months[0].month}</text>
          <text x="600" y=${height + 16} font-size="12" fill="#1b2430" text-anchor="end">${months[months.length - 1].month}</text>
        </svg>`}
      <details>
        <summary>${td('trend.showTable')}</summary>
        <div class="scroll" tabindex="0" role="region" aria-labelledby="trend-title">
          <table>
            <thead><tr>
              <th scope="col">${td('trend.month')}</th><th scope="col" class="n">${td('trend.audits')}</th>
              <th scope="col" class="n">${td('table.adapted')}</th><th scope="col" class="n">${td('table.partial')}</th>
              <th scope="col" class="n">${td('table.notAdapted')}</th><th scope="col" class="n">${td('trend.firstAudits')}</th>
              <th scope="col" class="n">${td('trend.auditedToDate')}</th>
            </tr></thead>
            <tbody>${months.map((m) => html`<tr>
              <th scope="row">${m.month}</th><td class="n">${formatNumber(m.audits)}</td><td class="n">${formatNumber(m.adapted)}</td>
              <td class="n">${formatNumber(m.partial)}</td><td class="n">${formatNumber(m.notAdapted)}</td>
              <td class="n">${formatNumber(m.firstAudits)}</td><td class="n">${formatNumber(m.auditedToDate)}</td>
            </tr>`)}</tbody>
          </table>
        </div>
      </details>
    </section>`;
  }
}
