import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';
import { GROUP_IDS } from '../../../server/domain/scoring';
import type { FacilityAuditHistory } from '../../../server/services/audits/list-facility-audits';
import { ApiError, api, getJson } from '../../app/api';
import type { AccessStatus } from '../../app/api-types';
import { sharedStyles } from '../../components/shared-styles';
import { currentLocale, formatDate, LocaleController, t } from '../../i18n';
import { facilityTitle } from '../facility/facility-names';
import { statusSvg } from '../map/status-symbols';
import { inspectionStyles } from './inspection.styles';
import { statusLabel } from './kz-verdict-preview';
import { ti } from './text';

type HistoryEntry = FacilityAuditHistory['audits'][number];

/**
 * A facility's audit history at /inspect/:facilityId/history (staff): every audit, who made it
 * and when, its verdict per group, and what changed since the audit before it.
 */
@customElement('kz-audit-history-view')
export class KzAuditHistoryView extends LitElement {
  static styles = [sharedStyles, inspectionStyles];
  private readonly localeController = new LocaleController(this);
  @property({ type: Number }) facilityId = 0;
  @state() private history?: FacilityAuditHistory;
  @state() private facilityName = '';
  @state() private error = '';

  protected willUpdate(changed: Map<string, unknown>) {
    if (changed.has('facilityId') && this.facilityId) void this.load();
  }

  private async load() {
    try {
      const [history, facility] = await Promise.all([
        getJson<FacilityAuditHistory>(`/api/facilities/${this.facilityId}/audits`),
        api.facility(this.facilityId).catch(() => null),
      ]);
      this.history = history;
      this.facilityName = facility ? facilityTitle(facility.properties, currentLocale()) : `#${this.facilityId}`;
    } catch (err) {
      this.error = err instanceof ApiError && err.status === 401 ? ti('needStaff') : (err as Error).message;
    }
  }

  render() {
    if (this.error) return html`<div class="page"><p class="card error">${this.error} <a href="/sign-in?next=${encodeURIComponent(location.pathname)}">${ti('signIn.title')}</a></p></div>`;
    if (!this.history) return html`<div class="page"><p>${ti('loading')}</p></div>`;
    return html`<div class="page">
      <p><a href="/facility/${this.facilityId}">← ${t('nav.map')}</a></p>
      <h1>${ti('history.of', { facility: this.facilityName })}</h1>
      ${this.history.audits.length === 0 ? html`<p>${ti('history.none')}</p>` : nothing}
      <ol class="plain">${this.history.audits.map((a) => this.renderAudit(a))}</ol>
    </div>`;
  }

  private renderAudit(a: HistoryEntry) {
    const current = a.id === this.history!.currentAuditId;
    return html`<li class="card" data-audit=${a.id}>
      <h2>${formatDate(new Date(a.auditedAt))}${current ? html` · ${ti('history.current')}` : nothing}</h2>
      <p class="muted">${ti('history.by', { inspector: a.inspector.displayName ?? a.inspector.email, version: a.checklistVersion })}</p>
      <p><strong>${a.registryCode ?? '—'}</strong>${a.score !== null ? ` · ${ti('preview.score', { score: a.score })}` : ''} ·
        ${ti('history.completeness', { percent: Math.round(a.completeness * 100) })}</p>
      <ul class="plain row">
        ${GROUP_IDS.map((g) => html`<li class="row">${unsafeSVG(statusSvg(a.groups[g] as AccessStatus, { size: 24 }))} ${t(`group.${g}`)}: ${statusLabel(a.groups[g] as AccessStatus)}</li>`)}
      </ul>
      ${a.changes ? this.renderChanges(a.changes) : html`<p class="muted">${ti('history.first')}</p>`}
      ${a.note ? html`<p>${ti('history.note', { note: a.note })}</p>` : nothing}
      ${a.photos.length
        ? html`<div class="row">${a.photos.map((p) => html`<a href="/api/photos/${p.sha256}" target="_blank" rel="noopener"><img src="/api/photos/${p.sha256}" alt=${p.itemId} width="96" height="72" style="object-fit: cover" /></a>`)}</div>`
        : nothing}
    </li>`;
  }

  private renderChanges(changes: NonNullable<HistoryEntry['changes']>) {
    const groups = Object.entries(changes.groups);
    return html`<div>
      <h3>${ti('history.changes')}</h3>
      ${groups.length === 0 && !changes.registryCode ? html`<p>${ti('history.sameVerdict')}</p>` : nothing}
      <ul>
        ${changes.registryCode ? html`<li>${ti('history.codeChange', { from: changes.registryCode.from ?? '—', to: changes.registryCode.to ?? '—' })}</li>` : nothing}
        ${groups.map(([g, c]) => html`<li>${t(`group.${g as (typeof GROUP_IDS)[number]}`)}: ${statusLabel(c!.from as AccessStatus)} → ${statusLabel(c!.to as AccessStatus)}</li>`)}
      </ul>
      ${changes.answers.length
        ? html`<details><summary>${ti('history.answersChanged', { count: changes.answers.length })}</summary><ul>
            ${changes.answers.map((c) => html`<li><code>${c.itemId}</code>: ${JSON.stringify(c.from)} → ${JSON.stringify(c.to)}</li>`)}
          </ul></details>`
        : nothing}
    </div>`;
  }
}
