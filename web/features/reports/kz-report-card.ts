import { html, LitElement, nothing } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import type { ReportRecord } from '../../app/api-types';
import type { ReportStatus } from '../../../db/schema/reports';
import { sharedStyles } from '../../components/shared-styles';
import { currentLocale, formatDate, LocaleController } from '../../i18n';
import { inspectionStyles } from '../audit/inspection.styles';
import { ti } from '../audit/text';
import { facilityTitle } from '../facility/facility-names';
import { reportWhat, reportZone } from '../report/report-labels';
import { reportCardStyles } from './kz-report-card.styles';
import './kz-report-photo';

/** What a staff member asked for on a card; the queue view sends it and announces the outcome. */
export interface StatusRequest {
  report: ReportRecord;
  status: ReportStatus;
  note: string;
}

const ACTIONS: ReportStatus[] = ['seen', 'resolved', 'rejected', 'new'];

/** The facility's title as the queue shows it (reports carry the facility's own name only). */
export const reportFacility = (report: ReportRecord) => facilityTitle({ ...report.facility, names: { kk: null, ru: null, en: null } }, currentLocale());

/**
 * One resident's report in the staff queue: the facility (to the map or to an audit), what, where
 * and when in words, the text, the photo, who last changed it, and one button per other status.
 * Fires `report-status` with a StatusRequest.
 */
@customElement('kz-report-card')
export class KzReportCard extends LitElement {
  static styles = [sharedStyles, inspectionStyles, reportCardStyles];
  private readonly localeController = new LocaleController(this);
  @property({ attribute: false }) report!: ReportRecord;
  /** Inspectors may start an audit from the report; officials and admins only read it. */
  @property({ type: Boolean }) canAudit = false;
  @property({ type: Boolean }) busy = false;
  @query('input') private noteInput!: HTMLInputElement;

  render() {
    const r = this.report;
    const facility = reportFacility(r);
    const heading = `report-${r.id}-title`;
    return html`<article class="card" aria-labelledby=${heading} data-report=${r.id} data-status=${r.status}>
      <div class="row head">
        <h2 id=${heading}><a href="/facility/${r.facility.id}">${facility}</a></h2>
        <span class="badge ${r.status}">${ti('reports.status', { status: ti(`reports.status.${r.status as ReportStatus}`) })}</span>
      </div>
      <dl>
        <div><dt>${ti('reports.what')}</dt><dd>${reportWhat(r)}</dd></div>
        <div><dt>${ti('reports.zone')}</dt><dd>${reportZone(r)}</dd></div>
        ${r.element ? html`<div><dt>${ti('reports.element')}</dt><dd>${r.element}</dd></div>` : nothing}
        <div><dt>${ti('reports.received')}</dt><dd><time datetime=${r.createdAt}>${formatDate(new Date(r.createdAt))}</time></dd></div>
      </dl>
      <p class="description">${r.description}</p>
      ${r.photo ? html`<kz-report-photo .sha256=${r.photo} .alt=${ti('reports.photo', { what: reportWhat(r), facility })}></kz-report-photo>` : nothing}
      ${this.renderChange(r)}
      <div class="field">
        <label for="note-${r.id}">${ti('reports.note')}</label>
        <input id="note-${r.id}" type="text" maxlength="2000" ?disabled=${this.busy} />
      </div>
      <div class="row" role="group" aria-labelledby=${heading}>
        ${ACTIONS.filter((s) => s !== r.status).map(
          (s) => html`<button type="button" class="button ${s === 'resolved' ? 'primary' : ''}" data-action=${s} ?disabled=${this.busy} @click=${() => this.ask(s)}>${ti(`reports.mark.${s}`)}</button>`,
        )}
      </div>
      <div class="row links">
        <a class="button" href="/facility/${r.facility.id}">${ti('reports.onMap')}</a>
        ${this.canAudit ? html`<a class="button" href="/inspect/${r.facility.id}">${ti('reports.auditIt')}</a>` : nothing}
      </div>
    </article>`;
  }

  private renderChange(r: ReportRecord) {
    if (!r.statusChange) return nothing;
    const status = ti(`reports.status.${r.status as ReportStatus}`);
    return html`<p class="muted">${ti('reports.changedBy', { status, name: r.statusChange.by.name, date: new Date(r.statusChange.at) })}
      ${r.statusChange.note ? html`<br />${ti('reports.changeNote', { note: r.statusChange.note })}` : nothing}</p>`;
  }

  private ask(status: ReportStatus) {
    const detail: StatusRequest = { report: this.report, status, note: this.noteInput.value.trim() };
    this.dispatchEvent(new CustomEvent('report-status', { detail, bubbles: true, composed: true }));
  }
}
