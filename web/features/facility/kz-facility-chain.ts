import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { hasMeasurableNeeds } from '../../../server/domain/needs/needs-profile';
import type { NeedOutcome } from '../../../server/domain/needs/match-needs';
import { api, auditPhotoUrl, isAbort } from '../../app/api';
import type { AccessStatus, PublicAudit } from '../../app/api-types';
import { sharedStyles } from '../../components/shared-styles';
import { currentLocale, LocaleController, t } from '../../i18n';
import { ContrastController, statusIcon } from '../map/status-icon';
import { needsProfile, ProfileController } from '../profile/needs-store';
import { chainOf, type Chain, type ChainZone, type FailureLine } from './chain-model';
import { chainStyles } from './kz-facility-chain.styles';
import { needLine } from './needs-lines';

const OUTCOME_SIGN: Record<NeedOutcome, string> = { met: '✓', unmet: '✕', unknown: '?' };

/**
 * What a facility means for the resident: the verdict for their group lowered by their own needs
 * ("Entrance door: 75 cm; you need 80 cm"), then the doorstep-to-doorstep chain zone by zone with
 * the failing items in plain words, and the audit's photos. Loaded with the panel, lazily.
 */
@customElement('kz-facility-chain')
export class KzFacilityChain extends LitElement {
  static styles = [sharedStyles, chainStyles];
  private readonly localeController = new LocaleController(this);
  private readonly profileController = new ProfileController(this);
  private readonly contrastController = new ContrastController(this);
  @property({ type: Number }) facilityId: number | null = null;
  @property({ type: Boolean }) audited = false;
  @state() private audit: PublicAudit | null = null;
  @state() private failure: string | null = null;
  private request?: AbortController;

  protected willUpdate(changed: PropertyValues<this>) {
    if (changed.has('facilityId') || changed.has('audited')) void this.load();
  }

  private async load() {
    this.request?.abort();
    this.audit = null;
    this.failure = null;
    if (this.facilityId === null || !this.audited) return;
    const request = (this.request = new AbortController());
    try {
      this.audit = (await api.accessibility(this.facilityId, request.signal)).audit;
    } catch (err) {
      if (!isAbort(err)) this.failure = t('chain.loadError', { message: (err as Error).message });
    }
  }

  render() {
    const profile = needsProfile();
    if (this.failure) return html`<p role="alert" class="failure">${this.failure}</p>`;
    if (!this.audited) return this.renderForYou('unknown', [], hasMeasurableNeeds(profile) ? t('chain.needsNoAudit') : null);
    if (!this.audit) return html`<p role="status" class="note">${t('chain.loading')}</p>`;
    const chain = chainOf(this.audit, profile.group, profile, currentLocale());
    if (!chain) return html`<p class="note">${t('chain.unknownChecklist', { version: this.audit.checklistVersion })}</p>`;
    const lines = chain.verdict.checks.map((check) => ({ outcome: check.outcome, text: needLine(check) }));
    return html`${this.renderForYou(chain.verdict.status, lines, null)} ${this.renderChain(chain)} ${this.renderPhotos(chain)}`;
  }

  private renderForYou(status: AccessStatus, lines: { outcome: NeedOutcome; text: string }[], note: string | null) {
    const profile = needsProfile();
    return html`<section class="for-you ${status}" aria-labelledby="for-you-title">
      <h3 id="for-you-title">${t('chain.forYou')}</h3>
      <p class="verdict">${statusIcon(status, 30)}<span><strong>${t(`status.${status}`)}</strong>
        <span class="whom">${t(hasMeasurableNeeds(profile) ? 'chain.forGroupWithNeeds' : 'chain.forGroup', { group: t(`group.${profile.group}`) })}</span></span></p>
      ${lines.length
        ? html`<ul class="needs">${lines.map((l) => html`<li class=${l.outcome}><span class="sign" aria-hidden="true">${OUTCOME_SIGN[l.outcome]}</span>
            <span><span class="tag">${t(`chain.need.${l.outcome}`)}:</span> ${l.text}</span></li>`)}</ul>`
        : nothing}
      ${note ? html`<p class="note">${note}</p>` : nothing}
      ${hasMeasurableNeeds(profile) ? nothing : html`<p class="note"><a href="/profile">${t('chain.addNeeds')}</a></p>`}
    </section>`;
  }

  private renderChain(chain: Chain) {
    const group = t(`group.${needsProfile().group}`);
    return html`<section aria-labelledby="chain-title">
      <h3 id="chain-title">${t('chain.title', { group })}</h3>
      <p class="note">${t('chain.intro')}</p>
      <ol class="chain">${chain.zones.map((zone) => this.renderZone(zone))}</ol>
    </section>`;
  }

  private renderZone(zone: ChainZone) {
    const status = zone.status === 'na' ? null : zone.status;
    return html`<li class="zone">
      <div class="zone-head">
        ${status ? statusIcon(status, 22) : html`<span class="na" aria-hidden="true">–</span>`}
        <span><span class="zone-name">${zone.label}<span class="visually-hidden">:</span></span>
          <span class="zone-status">${status ? t(`status.${status}`) : t('chain.notApplicable')}</span></span>
      </div>
      ${zone.failures.length ? html`<ul class="failures">${zone.failures.map((f) => this.renderFailure(f))}</ul>` : nothing}
    </li>`;
  }

  private renderFailure(f: FailureLine) {
    return html`<li class=${f.severity}>
      <span class="question">${f.text}${f.instance ? html` <span class="instance">(${f.instance})</span>` : nothing}</span>
      <span class="facts">${t('chain.found', { value: f.found })}${f.required ? html` · ${t('chain.required', { value: f.required })}` : nothing}</span>
      <span class="facts">${t(f.severity === 'critical' ? (f.assistable ? 'chain.criticalAssisted' : 'chain.critical') : 'chain.minor')}${f.norm ? html` · ${t('chain.norm', { norm: f.norm })}` : nothing}</span>
    </li>`;
  }

  private renderPhotos(chain: Chain) {
    if (!chain.photos.length || this.facilityId === null) return nothing;
    const id = this.facilityId;
    return html`<section aria-labelledby="photos-title">
      <h3 id="photos-title">${t('chain.photos')}</h3>
      <ul class="photos">${chain.photos.map((p) => html`<li><figure>
        <a href=${auditPhotoUrl(id, p.sha256)} target="_blank" rel="noopener"><img src=${auditPhotoUrl(id, p.sha256)} alt=${t('chain.photoAlt', { item: p.caption })} loading="lazy" width="160" height="120" /></a>
        <figcaption>${p.caption}</figcaption></figure></li>`)}</ul>
    </section>`;
  }
}
