import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';
import { ApiError, api, isAbort } from '../../app/api';
import type { FacilityDetail, Group } from '../../app/api-types';
import { sharedStyles } from '../../components/shared-styles';
import { currentLocale, LocaleController, t, type Locale } from '../../i18n';
import { displayStatus } from '../map/display-status';
import { statusSvg } from '../map/status-symbols';
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
  @property({ type: Number }) facilityId: number | null = null;
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
    if (this.facilityId === null) return;
    const request = (this.request = new AbortController());
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
      <p class="kicker">${unsafeSVG(statusSvg(displayStatus(p.status), { size: 20 }))}<span>${categoryName(p.category, locale)}</span></p>
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
      <h3>${t('facility.statusTitle')}</h3>
      <p class="audit-note">
        ${p.status.audited && p.status.auditedAt ? t('facility.auditedAt', { date: new Date(p.status.auditedAt) }) : t('facility.notAudited')}
      </p>
      <ul class="groups">
        ${GROUPS.map((group) => {
          const status = displayStatus(p.status, group);
          return html`<li>
            ${unsafeSVG(statusSvg(status, { size: 22 }))}
            <span><span class="group">${t(`group.${group}`)}<span class="visually-hidden">:</span></span><span class="status">${t(`status.${status}`)}</span></span>
          </li>`;
        })}
      </ul>
      ${SelfReported(p.selfReported)}
      <p class="source">${t('facility.source', { source: p.source === 'osm' ? 'OpenStreetMap' : p.source })}
        ${p.source === 'osm' ? html` · <a href=${`https://www.openstreetmap.org/${p.sourceId}`} target="_blank" rel="noopener">${p.sourceId}</a>` : nothing}</p>
    `;
  }
}
