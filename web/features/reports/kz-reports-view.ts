import { css, html, LitElement, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { ApiError, getJson } from '../../app/api';
import type { ReportRecord } from '../../app/api-types';
import type { ReportStatus } from '../../../db/schema/reports';
import { sharedStyles } from '../../components/shared-styles';
import { LocaleController } from '../../i18n';
import { inspectionStyles } from '../audit/inspection.styles';
import { sendJson } from '../audit/send';
import { ti } from '../audit/text';
import { currentAccount, type Account } from '../auth/session';
import { reportFacility, type StatusRequest } from './kz-report-card';
import './kz-report-card';

type Filter = 'open' | ReportStatus | 'all';
const FILTERS: Filter[] = ['open', 'new', 'seen', 'resolved', 'rejected', 'all'];
const OPEN: ReportStatus[] = ['new', 'seen'];
const LIMIT = 200;

const shows = (filter: Filter, status: string) => filter === 'all' || (filter === 'open' ? OPEN.includes(status as ReportStatus) : filter === status);

/**
 * The staff queue of residents' reports at /inspect/reports: the open reports of the inspector's
 * regions (every region for officials and admins), newest first, filtered by status, each marked
 * seen, resolved or rejected in place; every change is announced in a polite live region.
 */
@customElement('kz-reports-view')
export class KzReportsView extends LitElement {
  static styles = [sharedStyles, inspectionStyles, css`.filter { display: grid; gap: 0.25rem; max-width: 24rem; margin-bottom: 1rem; }`];
  private readonly localeController = new LocaleController(this);
  @state() private account: Account | null | undefined;
  @state() private filter: Filter = 'open';
  @state() private reports?: ReportRecord[];
  @state() private busy = new Set<number>();
  @state() private announcement = '';
  @state() private error = '';
  /** The session ended since the page was opened. */
  @state() private signedOut = false;

  async connectedCallback() {
    super.connectedCallback();
    this.account = await currentAccount();
    if (this.account) await this.load();
  }

  private async load() {
    try {
      const status = this.filter === 'all' ? '' : `&status=${this.filter}`;
      this.reports = (await getJson<{ reports: ReportRecord[] }>(`/api/reports?limit=${LIMIT}${status}`)).reports;
      this.error = '';
    } catch (err) {
      this.signedOut = err instanceof ApiError && err.status === 401;
      this.error = ti('reports.unavailable', { reason: (err as Error).message });
    }
  }

  render() {
    if (this.account === undefined) return html`<div class="page"><p>${ti('loading')}</p></div>`;
    if (!this.account || this.signedOut) {
      return html`<div class="page"><p class="card">${ti('reports.needStaff')} <a href="/sign-in?next=/inspect/reports">${ti('signIn.title')}</a></p></div>`;
    }
    return html`<div class="page">
      ${this.account.role === 'inspector' ? html`<p><a href="/inspect">← ${ti('worklist.title')}</a></p>` : nothing}
      <h1 id="reports-title" tabindex="-1">${ti('reports.title')}</h1>
      <p class="muted">${ti('reports.intro')}</p>
      <div class="filter">
        <label for="reports-filter">${ti('reports.filter')}</label>
        <select id="reports-filter" @change=${this.changeFilter}>
          ${FILTERS.map((f) => html`<option value=${f} ?selected=${f === this.filter}>${ti(f === 'open' || f === 'all' ? `reports.filter.${f}` : `reports.status.${f}`)}</option>`)}
        </select>
      </div>
      <p role="status" aria-live="polite" class="announcement">${this.announcement}</p>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${this.reports ? this.renderList(this.reports) : this.error ? nothing : html`<p>${ti('loading')}</p>`}
    </div>`;
  }

  private renderList(reports: ReportRecord[]) {
    if (reports.length === 0) return html`<p class="card">${ti('reports.none')}</p>`;
    return html`<p class="muted">${ti('reports.shown', { count: reports.length })}</p>
      <ul class="plain" aria-labelledby="reports-title" @report-status=${this.changeStatus}>
        ${reports.map((r) => html`<li><kz-report-card .report=${r} ?canAudit=${this.account?.role === 'inspector'} ?busy=${this.busy.has(r.id)}></kz-report-card></li>`)}
      </ul>`;
  }

  private changeFilter = async (event: Event) => {
    this.filter = (event.target as HTMLSelectElement).value as Filter;
    this.announcement = '';
    await this.load();
  };

  private changeStatus = async (event: CustomEvent<StatusRequest>) => {
    const { report, status, note } = event.detail;
    const facility = reportFacility(report);
    this.busy = new Set([...this.busy, report.id]);
    try {
      const changed = await sendJson<ReportRecord>('PATCH', `/api/reports/${report.id}`, note ? { status, note } : { status });
      const stays = shows(this.filter, changed.status);
      this.reports = this.reports?.flatMap((r) => (r.id !== changed.id ? [r] : stays ? [changed] : []));
      this.announcement = ti('reports.changed', { facility, status: ti(`reports.status.${status}`) });
      // A card that left the list took the focus with it: give it to the heading, where the list starts.
      if (!stays) this.renderRoot.querySelector<HTMLElement>('#reports-title')?.focus();
    } catch (err) {
      this.announcement = ti('reports.changeFailed', { facility, reason: (err as Error).message });
    } finally {
      this.busy = new Set([...this.busy].filter((id) => id !== report.id));
    }
  };
}
