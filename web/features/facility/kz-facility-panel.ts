import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ApiError, api, isAbort } from '../../app/api';
import type { FacilityDetail, Group } from '../../app/api-types';
import { sharedStyles } from '../../components/shared-styles';
import { currentLocale, LocaleController, t, type Locale } from '../../i18n';
import { auditStillCounts } from '../../../server/domain/scoring/adapted';
import { displayStatus } from '../map/display-status';
import { ContrastController, statusIcon } from '../map/status-icon';
import { needsProfile, ProfileController } from '../profile/needs-store';
import { categoryName, facilityTitle, otherNames } from './facility-names';
import { panelStyles } from './kz-facility-panel.styles';
import { SelfReported } from './self-reported';

const GROUPS: Group[] = ['wheelchair', 'mobility', 'vision', 'hearing', 'intellectual'];

/**
 * One facility: its names, category, region and district, and its status for each disability
 * group in words. Emits `kz-facility-loaded` ({id, title, coordinates}) and `kz-close`.
 */
@customElement('kz-facility-panel')
export class KzFacilityPanel extends LitElement {
  static styles = [sharedStyles, panelStyles];
  private readonly localeController = new LocaleController(this);
  private readonly profileController = new ProfileController(this);
  private readonly contrastController = new ContrastController(this);
  @property({ type: Number }) facilityId: number | null = null;
  /** The "report a problem" form is open. */
  @state() private reporting = false;
  @state() private facility: FacilityDetail | null = null;
  @state() private failure: string | null = null;
  private request?: AbortController;

  protected willUpdate(changed: PropertyValues<this>) {
    if (changed.has('facilityId')) void this.load();
  }

  private async load() {
    this.request?.abort();
    this.facility = null;
    this.failure = null;
    this.reporting = false;
    if (this.facilityId === null) return;
    const request = (this.request = new AbortController());
    // The chain and the report form are their own chunks: the checklist texts load with the first facility, not with the app.
    void import('./kz-facility-chain');
    try {
      this.facility = await api.facility(this.facilityId, request.signal);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
      const { id } = this.facility.properties;
      const title = facilityTitle(this.facility.properties, currentLocale());
      this.emit('kz-facility-loaded', { id, title, coordinates: this.facility.geometry.coordinates });
    } catch (err) {
      if (isAbort(err)) return;
      this.failure = err instanceof ApiError && err.status === 404 ? t('facility.notFound') : t('facility.loadError', { message: (err as Error).message });
    }
  }

  private emit(type: string, detail?: unknown) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  render() {
    return html`<section class="panel" aria-label=${t('facility.panelLabel')}>
      <button type="button" class="close" aria-label=${t('facility.close')} @click=${() => this.emit('kz-close')}>
        <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true"><path d="M5 5l10 10M15 5 5 15" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" /></svg>
      </button>
      ${this.facility ? this.renderFacility(this.facility, currentLocale())
        : this.failure ? html`<p role="alert" class="failure">${this.failure}</p>`
        : html`<p role="status">${t('app.loading')}</p>`}
    </section>`;
  }

  private renderFacility(facility: FacilityDetail, locale: Locale) {
    const p = facility.properties;
    const area = (names: Record<Locale, string> | undefined) => names?.[locale] ?? t('facility.outsideRegion');
    const others = otherNames(p, locale);
    return html`
      <p class="kicker">${statusIcon(displayStatus(p.status, needsProfile().group), 20)}<span>${categoryName(p.category, locale)}</span></p>
      <h2 tabindex="-1">${facilityTitle(p, locale)}</h2>
      ${others.length
        ? html`<p class="other-names"><span class="label">${t('facility.otherNames')}:</span>
            ${others.map((n, i) => html`${i ? ' · ' : ''}<span lang=${n.locale}>${n.text}</span>`)}</p>`
        : nothing}
      <p><a class="button primary" href=${`/route/to/${p.id}`}>${t('route.here')}</a></p>
      <dl>
        <div><dt>${t('facility.category')}</dt><dd>${categoryName(p.category, locale)}</dd></div>
        <div><dt>${t('facility.region')}</dt><dd>${area(p.region?.names)}</dd></div>
        <div><dt>${t('facility.district')}</dt><dd>${area(p.district?.names)}</dd></div>
      </dl>
      ${this.renderAuditDate(p.status)}
      <kz-facility-chain .facilityId=${p.id} .audited=${p.status.audited}></kz-facility-chain>
      <h3>${t('facility.statusTitle')}</h3>
      <ul class="groups">
        ${GROUPS.map((group) => {
          const status = displayStatus(p.status, group);
          return html`<li>
            ${statusIcon(status)}
            <span><span class="group">${t(`group.${group}`)}<span class="visually-hidden">:</span></span><span class="status">${t(`status.${status}`)}</span></span>
          </li>`;
        })}
      </ul>
      ${SelfReported(p.selfReported)}
      ${this.renderReport(p.id)}
      <p class="source">${t('facility.source', { source: p.source === 'osm' ? 'OpenStreetMap' : p.source })}
        ${p.source === 'osm' ? html` · <a href=${`https://www.openstreetmap.org/${p.sourceId}`} target="_blank" rel="noopener">${p.sourceId}</a>` : nothing}</p>
    `;
  }

  private renderAuditDate(status: FacilityDetail['properties']['status']) {
    if (!status.audited || !status.auditedAt) return html`<p class="audit-note">${t('facility.notAudited')}</p>`;
    const stale = !auditStillCounts(status.auditedAt, new Date().toISOString());
    return html`<p class="audit-note">${t('facility.auditedAt', { date: new Date(status.auditedAt) })}
      ${stale ? html`<strong class="stale">${t('facility.stale')}</strong>` : nothing}</p>`;
  }

  private renderReport(id: number) {
    if (!this.reporting) {
      return html`<p class="report"><button type="button" class="button" @click=${this.openReport}>${t('report.open')}</button></p>`;
    }
    return html`<div class="report"><kz-report-form .facilityId=${id}></kz-report-form></div>`;
  }

  private async openReport() {
    await import('../report/kz-report-form');
    this.reporting = true;
  }
}
