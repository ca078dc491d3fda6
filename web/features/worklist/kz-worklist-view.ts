import { html, LitElement, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';
import { ApiError, getJson } from '../../app/api';
import type { AccessStatus, FacilityFeature } from '../../app/api-types';
import { navigate } from '../../app/router';
import { sharedStyles } from '../../components/shared-styles';
import { currentLocale, LocaleController, t } from '../../i18n';
import { inspectionStyles } from '../audit/inspection.styles';
import { auditDb, type Draft } from '../audit/offline-db';
import { ti } from '../audit/text';
import '../audit/kz-outbox-status';
import { currentAccount, signOut, type Account } from '../auth/session';
import { facilityTitle, categoryName } from '../facility/facility-names';
import { displayStatus } from '../map/display-status';
import { statusSvg } from '../map/status-symbols';

type Urgency = 'never' | 'stale' | 'fresh';
type WorkListEntry = FacilityFeature & { worklist: { urgency: Urgency; distanceM: number | null; openReports: number } };
interface WorkList {
  facilities: WorkListEntry[];
  counts: Record<Urgency, number>;
  freshnessDays: number;
  truncated: boolean;
}

/**
 * The inspector's work list at /inspect: audits started on this tablet, the outbox, and the
 * facilities of their regions, never audited and stale first, nearest first once the tablet
 * shares its position.
 */
@customElement('kz-worklist-view')
export class KzWorklistView extends LitElement {
  static styles = [sharedStyles, inspectionStyles];
  private readonly localeController = new LocaleController(this);
  @state() private account: Account | null | undefined;
  @state() private list?: WorkList;
  @state() private drafts: Draft[] = [];
  @state() private error = '';
  @state() private near: [number, number] | null = null;

  async connectedCallback() {
    super.connectedCallback();
    this.account = await currentAccount();
    if (this.account?.role !== 'inspector') return;
    const inspectorId = this.account.id;
    this.drafts = (await (await auditDb()).getAll('drafts')).filter((d) => d.inspector.id === inspectorId);
    await this.load();
  }

  private async load() {
    const query = this.near ? `?near=${this.near.map((n) => n.toFixed(5)).join(',')}` : '';
    try {
      this.list = await getJson<WorkList>(`/api/worklist${query}`);
      this.error = '';
    } catch (err) {
      this.error = err instanceof ApiError && err.status === 401 ? ti('needInspector') : ti('worklist.unavailable');
    }
  }

  render() {
    if (this.account === undefined) return html`<div class="page"><p>${ti('loading')}</p></div>`;
    if (this.account?.role !== 'inspector') {
      return html`<div class="page"><p class="card">${ti('needInspector')} <a href="/sign-in?next=/inspect">${ti('signIn.title')}</a></p></div>`;
    }
    return html`<div class="page">
      <div class="row" style="justify-content: space-between">
        <h1>${ti('worklist.title')}</h1>
        <span class="row"><span class="muted">${this.account.displayName ?? this.account.email}</span>
          <button class="button" @click=${this.leave}>${ti('signIn.signOut')}</button></span>
      </div>
      <kz-outbox-status></kz-outbox-status>
      <p><a class="button" href="/inspect/reports">${ti('reports.title')}</a></p>
      ${this.drafts.length
        ? html`<h2>${ti('worklist.drafts')}</h2><ul class="plain">${this.drafts.map(
            (d) => html`<li class="card"><a class="button primary" href="/inspect/${d.facilityId}">${ti('worklist.continue', { facility: d.facilityName })}</a></li>`,
          )}</ul>`
        : nothing}
      <div class="row"><h2>${ti('worklist.facilities')}</h2>
        <button class="button" @click=${this.useLocation}>${this.near ? ti('worklist.nearestAgain') : ti('worklist.nearest')}</button></div>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${this.list ? this.renderList(this.list) : this.error ? nothing : html`<p>${ti('loading')}</p>`}
    </div>`;
  }

  private renderList(list: WorkList) {
    const locale = currentLocale();
    return html`<p class="muted">${ti('worklist.counts', { never: list.counts.never, stale: list.counts.stale, fresh: list.counts.fresh, years: Math.round(list.freshnessDays / 365) })}</p>
      <ul class="plain">
        ${list.facilities.map((f) => {
          const p = f.properties;
          const status = displayStatus(p.status) as AccessStatus;
          const when = p.status.auditedAt ? new Date(p.status.auditedAt) : null;
          return html`<li class="card" data-facility=${p.id} data-urgency=${f.worklist.urgency}>
            <div class="row" style="justify-content: space-between">
              <span class="row">${unsafeSVG(statusSvg(status, { size: 28 }))}<strong>${facilityTitle(p, locale)}</strong></span>
              <span class="muted">${categoryName(p.category, locale)}${f.worklist.distanceM !== null ? ` · ${ti('worklist.distance', { km: Math.round(f.worklist.distanceM / 100) / 10 })}` : ''}</span>
            </div>
            <p>${f.worklist.urgency === 'never' ? ti('worklist.never') : ti(f.worklist.urgency === 'stale' ? 'worklist.stale' : 'worklist.fresh', { date: when! })}
              · ${t(`status.${status}`)}${f.worklist.openReports ? html` · <strong>${ti('reports.open', { count: f.worklist.openReports })}</strong>` : nothing}</p>
            <div class="row">
              <a class="button primary" href="/inspect/${p.id}">${ti('worklist.audit')}</a>
              ${p.status.audited ? html`<a class="button" href="/inspect/${p.id}/history">${ti('history.title')}</a>` : nothing}
            </div>
          </li>`;
        })}
      </ul>
      ${list.truncated ? html`<p class="muted">${ti('worklist.truncated', { shown: list.facilities.length })}</p>` : nothing}`;
  }

  private useLocation = () => {
    navigator.geolocation?.getCurrentPosition(
      (p) => {
        this.near = [p.coords.longitude, p.coords.latitude];
        void this.load();
      },
      () => (this.error = ti('worklist.noPosition')),
      { timeout: 15_000, maximumAge: 60_000 },
    );
  };

  private leave = async () => {
    await signOut();
    navigate('/sign-in');
  };
}
