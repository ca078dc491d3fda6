import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { currentChecklist, findChecklist, scoreAudit, type AuditResult, type ChecklistDefinition, type ZoneId } from '../../../server/domain/scoring';
import { api } from '../../app/api';
import type { FacilityDetail } from '../../app/api-types';
import { sharedStyles } from '../../components/shared-styles';
import { currentLocale, LocaleController } from '../../i18n';
import { currentAccount, type Account } from '../auth/session';
import { facilityTitle } from '../facility/facility-names';
import { askedAnswers, isAsked } from './applicability';
import { discardDraft, draftFor, finishDraft, newDraft, saveDraft } from './drafts';
import { inspectionStyles } from './inspection.styles';
import { itemVerdict } from './item-verdict';
import { auditViewStyles } from './kz-audit-view.styles';
import type { Draft } from './offline-db';
import { flushOutbox, outboxEntries } from './outbox';
import { keepPhoto, photoUrl } from './photo-capture';
import { ti } from './text';
import './kz-audit-item';
import './kz-outbox-status';
import './kz-verdict-preview';
import './kz-facility-reports';

/**
 * The tablet audit form at /inspect/:facilityId: the checklist zone by zone, saved to the
 * tablet on every change, scored live by the server's own scoring module, and finished into the
 * outbox, which sends it when there is a network.
 */
@customElement('kz-audit-view')
export class KzAuditView extends LitElement {
  static styles = [sharedStyles, inspectionStyles, auditViewStyles];
  private readonly localeController = new LocaleController(this);
  @property({ type: Number }) facilityId = 0;
  @state() private account: Account | null | undefined;
  @state() private facility: FacilityDetail | null = null;
  @state() private draft?: Draft;
  @state() private checklist: ChecklistDefinition = currentChecklist;
  @state() private zone: ZoneId = 'approach';
  @state() private photoUrls = new Map<string, string>();
  @state() private finished: 'queued' | 'sent' | null = null;
  private saving: Promise<void> = Promise.resolve();

  protected willUpdate(changed: Map<string, unknown>) {
    if (changed.has('facilityId') && this.facilityId) void this.load();
  }

  private async load() {
    this.account = await currentAccount();
    if (this.account?.role !== 'inspector') return;
    this.facility = await api.facility(this.facilityId).catch(() => null);
    const name = this.facility ? facilityTitle(this.facility.properties, currentLocale()) : `#${this.facilityId}`;
    const draft = (await draftFor(this.facilityId, this.account)) ?? newDraft(this.account, this.facilityId, name, currentChecklist.version);
    this.checklist = findChecklist(draft.checklistVersion) ?? currentChecklist;
    this.draft = draft;
    this.finished = null;
    for (const photo of draft.photos) void this.showPhoto(photo.sha256);
    if (!draft.position) void this.recordPosition();
  }

  render() {
    if (this.account === undefined) return html`<div class="page"><p>${ti('loading')}</p></div>`;
    if (this.account?.role !== 'inspector') {
      return html`<div class="page"><p class="card">${ti('needInspector')} <a href="/sign-in?next=${encodeURIComponent(location.pathname)}">${ti('signIn.title')}</a></p></div>`;
    }
    if (this.finished) return this.renderFinished();
    const draft = this.draft;
    if (!draft) return html`<div class="page"><p>${ti('loading')}</p></div>`;
    const asked = askedAnswers(this.checklist, draft.answers);
    const result = scoreAudit(this.checklist, asked as never);
    return html`<div class="page">
      <p><a href="/inspect">← ${ti('worklist.title')}</a></p>
      <h1>${draft.facilityName}</h1>
      <kz-outbox-status></kz-outbox-status>
      <p class="muted">${draft.position ? ti('audit.position', { lon: draft.position[0].toFixed(5), lat: draft.position[1].toFixed(5) }) : ti('audit.noPosition')}
        <button class="button" @click=${this.recordPosition}>${ti('audit.recordPosition')}</button></p>
      <kz-facility-reports .facilityId=${this.facilityId}></kz-facility-reports>
      <div class="layout">
        <div class="form">
          ${this.renderZoneNav(asked)}
          <div @answer=${this.onAnswer} @photo=${this.onPhoto}>${this.renderZone(asked, result)}</div>
          ${this.renderFinish()}
        </div>
        <aside class="card preview"><kz-verdict-preview .result=${result}></kz-verdict-preview></aside>
      </div>
    </div>`;
  }

  private zoneItems(zone: ZoneId, asked: Record<string, unknown>) {
    return this.checklist.items.filter((item) => item.zone === zone && isAsked(this.checklist, item, asked));
  }

  private renderZoneNav(asked: Record<string, unknown>) {
    const locale = currentLocale();
    return html`<nav class="zones" aria-label=${ti('audit.zones')}>
      ${this.checklist.zones.map((z, i) => {
        const items = this.zoneItems(z.id, asked);
        const answered = items.filter((item) => asked[item.id] !== undefined).length;
        return html`<button class="zone" data-zone=${z.id} aria-current=${this.zone === z.id ? 'step' : 'false'} @click=${() => this.goTo(z.id)}>
          <span>${i + 1}. ${z.label[locale]}</span><small>${ti('audit.zoneProgress', { answered, total: items.length })}</small>
        </button>`;
      })}
    </nav>`;
  }

  private renderZone(asked: Record<string, unknown>, result: AuditResult) {
    const draft = this.draft!;
    const zones = this.checklist.zones;
    const index = zones.findIndex((z) => z.id === this.zone);
    return html`<h2 id="zone-title" tabindex="-1">${zones[index].label[currentLocale()]}</h2>
      ${this.zoneItems(this.zone, asked).map(
        (item) => html`<kz-audit-item
          .checklist=${this.checklist}
          .item=${item}
          .key=${item.id}
          .answer=${draft.answers[item.id]}
          .verdict=${itemVerdict(result, item.id, asked[item.id])}
          .photos=${draft.photos.filter((p) => p.itemId === item.id).map((p) => ({ sha256: p.sha256, url: this.photoUrls.get(p.sha256) ?? '' }))}
        ></kz-audit-item>`,
      )}
      <div class="row step">
        ${index > 0 ? html`<button class="button" @click=${() => this.goTo(zones[index - 1].id)}>← ${zones[index - 1].label[currentLocale()]}</button>` : nothing}
        ${index < zones.length - 1 ? html`<button class="button primary" @click=${() => this.goTo(zones[index + 1].id)}>${zones[index + 1].label[currentLocale()]} →</button>` : nothing}
      </div>`;
  }

  private renderFinish() {
    return html`<div class="card finish">
      <label for="note">${ti('audit.note')}</label>
      <textarea id="note" rows="3" .value=${this.draft!.note} @input=${(e: InputEvent) => this.update_({ note: (e.target as HTMLTextAreaElement).value })}></textarea>
      <div class="row">
        <button class="button primary" id="finish" @click=${this.finish}>${ti('audit.finish')}</button>
        <button class="button" @click=${this.discard}>${ti('audit.discard')}</button>
      </div>
    </div>`;
  }

  private renderFinished() {
    return html`<div class="page"><div class="card" role="status">
      <h1>${this.finished === 'sent' ? ti('audit.sent') : ti('audit.queued')}</h1>
      <kz-outbox-status></kz-outbox-status>
      <p class="row"><a class="button primary" href="/inspect">${ti('worklist.title')}</a>
        <a class="button" href="/inspect/${this.facilityId}/history">${ti('history.title')}</a></p>
    </div></div>`;
  }

  private goTo(zone: ZoneId) {
    this.zone = zone;
    void this.updateComplete.then(() => (this.renderRoot.querySelector('#zone-title') as HTMLElement | null)?.focus());
  }

  /** Every change is written to IndexedDB at once (in order), so closing the tab loses nothing. */
  private update_(change: Partial<Draft>) {
    const draft = { ...this.draft!, ...change };
    this.draft = draft;
    this.saving = this.saving.then(() => saveDraft(draft));
  }

  private onAnswer(event: CustomEvent<{ key: string; value: unknown }>) {
    const answers = { ...this.draft!.answers };
    if (event.detail.value === undefined) delete answers[event.detail.key];
    else answers[event.detail.key] = event.detail.value;
    this.update_({ answers });
  }

  private async onPhoto(event: CustomEvent<{ key: string; file: File }>) {
    const photo = await keepPhoto(event.detail.file);
    const photos = [...this.draft!.photos.filter((p) => !(p.itemId === event.detail.key && p.sha256 === photo.sha256)), { itemId: event.detail.key, sha256: photo.sha256 }];
    this.update_({ photos });
    await this.showPhoto(photo.sha256);
  }

  private async showPhoto(sha256: string) {
    const url = (await photoUrl(sha256)) ?? `/api/photos/${sha256}`;
    this.photoUrls = new Map(this.photoUrls).set(sha256, url);
  }

  private recordPosition = () => {
    if (!('geolocation' in navigator)) return;
    navigator.geolocation.getCurrentPosition(
      (p) => this.update_({ position: [Number(p.coords.longitude.toFixed(6)), Number(p.coords.latitude.toFixed(6))] }),
      () => undefined,
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  };

  private finish = async () => {
    const draft = this.draft!;
    await this.saving;
    // Only the questions still asked are sent: an answer under a closed gate would be refused.
    await finishDraft({ ...draft, answers: askedAnswers(this.checklist, draft.answers) });
    this.finished = 'queued';
    if (navigator.onLine) {
      await flushOutbox();
      if (!(await outboxEntries()).some((e) => e.key === draft.key)) this.finished = 'sent';
    }
  };

  private discard = async () => {
    if (!confirm(ti('audit.discardConfirm'))) return;
    await this.saving;
    await discardDraft(this.draft!.key);
    this.draft = newDraft(this.draft!.inspector, this.facilityId, this.draft!.facilityName, currentChecklist.version);
    this.checklist = currentChecklist;
  };
}
