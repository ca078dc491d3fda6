import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { getJson } from '../../app/api';
import type { ReportRecord } from '../../app/api-types';
import { sharedStyles } from '../../components/shared-styles';
import { formatDate, LocaleController } from '../../i18n';
import { reportWhat, reportZone } from '../report/report-labels';
import '../reports/kz-report-photo';
import { inspectionStyles } from './inspection.styles';
import { ti } from './text';

/**
 * The problems residents reported about this facility that are still open, shown above the
 * checklist so the inspector checks them on site. Reports come from issue 5's API; offline the
 * last copy the service worker kept is shown, or nothing.
 */
@customElement('kz-facility-reports')
export class KzFacilityReports extends LitElement {
  static styles = [sharedStyles, inspectionStyles];
  private readonly localeController = new LocaleController(this);
  @property({ type: Number }) facilityId = 0;
  @state() private reports: ReportRecord[] = [];

  protected willUpdate(changed: Map<string, unknown>) {
    if (changed.has('facilityId') && this.facilityId) {
      getJson<{ reports: ReportRecord[] }>(`/api/facilities/${this.facilityId}/reports`)
        .then(({ reports }) => (this.reports = reports.filter((r) => r.status === 'new' || r.status === 'seen')))
        .catch(() => (this.reports = []));
    }
  }

  render() {
    if (this.reports.length === 0) return nothing;
    return html`<details class="card">
      <summary><strong>${ti('reports.open', { count: this.reports.length })}</strong></summary>
      <ul class="plain">
        ${this.reports.map(
          (r) => html`<li data-report=${r.id}>
            <p><strong>${formatDate(new Date(r.createdAt))}</strong> · ${reportWhat(r)} · ${reportZone(r)}${r.element ? ` · ${r.element}` : ''}</p>
            <p>${r.description}</p>
            ${r.photo ? html`<kz-report-photo .sha256=${r.photo} .alt=${ti('reports.photoOf', { what: reportWhat(r) })}></kz-report-photo>` : nothing}
          </li>`,
        )}
      </ul>
    </details>`;
  }
}
