import { html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { sharedStyles } from '../../components/shared-styles';
import { currentLocale, formatNumber, LocaleController, t } from '../../i18n';
import { GROUP_ORDER } from './groups';
import { share, td } from './dashboard-text';
import { dashboardStyles } from './dashboard.styles';
import { summaryStyles } from './kz-stats-summary.styles';
import type { AreaStats, StatsCounts } from './stats-client';

/**
 * The headline: adapted as a share of every facility, beside it the rate within the audited
 * sample and the share of valid audits (so 100 % of a 10 % sample reads as such), the four
 * classes, adapted per group, and the definition the figures follow.
 */
@customElement('kz-stats-summary')
export class KzStatsSummary extends LitElement {
  static styles = [sharedStyles, dashboardStyles, summaryStyles];
  private readonly localeController = new LocaleController(this);
  @property({ attribute: false }) counts?: StatsCounts;
  @property({ attribute: false }) definition?: AreaStats['definition'];

  render() {
    const c = this.counts;
    if (!c || !this.definition) return nothing;
    return html`<section class="section">
      <h2 id="summary-title">${td('summary.title')}</h2>
      <dl class="cards">
        <div class="card headline">
          <dt>${td('summary.adapted')}</dt>
          <dd><span class="big" data-figure="adapted-percent">${share(c.percent.adapted)}</span>
            <span>${td('summary.adaptedDetail', { adapted: c.adapted, total: c.total })}</span>
            <span>${c.fresh > 0 ? td('summary.ofFresh', { percent: share(c.percent.adaptedOfFresh), fresh: c.fresh }) : td('summary.noFresh')}</span></dd>
        </div>
        <div class="card">
          <dt>${td('summary.coverage')}</dt>
          <dd><span class="big">${share(c.percent.fresh)}</span>
            <span>${td('summary.coverageDetail', { fresh: c.fresh, total: c.total, days: this.definition.freshnessDays })}</span></dd>
        </div>
        <div class="card">
          <dt>${td('summary.audited')}</dt>
          <dd><span class="big">${share(c.percent.audited)}</span>
            <span>${td('summary.auditedDetail', { audited: c.audited, stale: c.stale })}</span></dd>
        </div>
      </dl>
      <ul class="classes">
        <li><span class="swatch adapted" aria-hidden="true"></span>${td('summary.adapted')}: ${formatNumber(c.adapted)} (${share(c.percent.adapted)})</li>
        <li><span class="swatch partial" aria-hidden="true"></span>${td('summary.partial')}: ${formatNumber(c.partial)} (${share(c.percent.partial)})</li>
        <li><span class="swatch not-adapted" aria-hidden="true"></span>${td('summary.notAdapted')}: ${formatNumber(c.notAdapted)} (${share(c.percent.notAdapted)})</li>
        <li><span class="swatch not-audited" aria-hidden="true"></span>${td('summary.notAudited')}: ${formatNumber(c.notAudited)} (${share(c.percent.notAudited)})</li>
      </ul>
      <h3>${td('summary.byGroup')}</h3>
      <ul class="groups">
        ${GROUP_ORDER.map((g) => html`<li><span>${t(`group.${g}`)}</span> <strong>${share(c.percent.adaptedByGroup[g])}</strong> (${formatNumber(c.adaptedByGroup[g])})</li>`)}
      </ul>
      <details>
        <summary>${td('summary.definition')}</summary>
        <p>${this.definition.text[currentLocale()]}</p>
      </details>
    </section>`;
  }
}
