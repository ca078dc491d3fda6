import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { api } from '../../app/api';
import type { ReportForm, ReportRecord } from '../../app/api-types';
import { sharedStyles } from '../../components/shared-styles';
import { LocaleController, t, type MessageKey } from '../../i18n';
import { fieldStyles } from '../search/field-styles';
import { reportStyles } from './kz-report-form.styles';
import { preparePhoto, PhotoProblem } from './report-photo';
import { checkReport, photoProblem, sendProblems, type FieldProblems, type ReportField } from './report-problems';

type Phase = { state: 'loading' } | { state: 'editing' } | { state: 'sending' } | { state: 'sent'; report: ReportRecord } | { state: 'unavailable'; message: string };

/**
 * "Report a problem" with a facility, without an account: what, where, which element, a
 * description and an optional photo (kept in memory with the typed text until the report is sent,
 * so a failed attempt loses neither). Spam protection is invisible to people: an off-screen honeypot
 * field and the time the form was open (a fast person waits the rest of the minimum instead of meeting an error).
 */
@customElement('kz-report-form')
export class KzReportForm extends LitElement {
  static styles = [sharedStyles, fieldStyles, reportStyles];
  private readonly localeController = new LocaleController(this);
  @property({ type: Number }) facilityId: number | null = null;
  @state() private phase: Phase = { state: 'loading' };
  @state() private problems: FieldProblems = {};
  @state() private message = '';
  /** The prepared photo and its preview URL. */
  @state() private photo: { blob: Blob; url: string } | null = null;
  /** What the photo field says to screen readers when a photo is prepared, refused or removed. */
  @state() private photoStatus = '';
  @query('form') private formElement?: HTMLFormElement;
  private form?: ReportForm;
  /** The chosen photo being scaled down; sending waits for it. */
  private preparingPhoto: Promise<void> = Promise.resolve();
  private openedAt = performance.now();

  protected willUpdate(changed: PropertyValues<this>) {
    if (changed.has('facilityId')) void this.start();
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.setPhoto(null);
  }

  private async start() {
    this.phase = { state: 'loading' };
    this.problems = {};
    this.message = '';
    this.setPhoto(null);
    this.photoStatus = '';
    try {
      this.form ??= await api.reportForm();
      this.phase = { state: 'editing' };
      this.openedAt = performance.now();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#report-what')?.focus();
    } catch (err) {
      this.phase = { state: 'unavailable', message: sendProblems(err).message };
    }
  }

  private value(name: string): string {
    return (this.formElement?.elements.namedItem(name) as HTMLInputElement | null)?.value ?? '';
  }

  private textValues() {
    return { what: this.value('what'), zone: this.value('zone'), element: this.value('element'), description: this.value('description') };
  }

  /**
   * Once a field has been marked wrong, its message goes as soon as the field is fixed; fields not yet
   * marked are not judged while the resident is still typing.
   */
  private recheck(event: Event) {
    const field = (event.target as HTMLInputElement).name as ReportField;
    if (!this.form || field === 'photo' || !this.problems[field]) return;
    const problems = { ...this.problems, [field]: checkReport(this.textValues(), this.form)[field] };
    this.problems = problems;
    if (!Object.values(problems).some(Boolean)) this.message = '';
  }

  private async send(event: SubmitEvent) {
    event.preventDefault();
    if (!this.form || this.facilityId === null || this.phase.state === 'sending') return;
    const values = this.textValues();
    this.problems = checkReport(values, this.form);
    this.message = Object.keys(this.problems).length ? t('report.error.fields') : '';
    if (this.message) return this.focusFirstProblem();
    this.phase = { state: 'sending' };
    const wait = this.form.limits.minFillMs + 250 - (performance.now() - this.openedAt);
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    await this.preparingPhoto;
    try {
      const element = values.element.trim();
      const report = await api.sendReport(this.facilityId, {
        what: values.what, zone: values.zone, description: values.description.trim(), ...(element ? { element } : {}),
        website: this.value(this.form.honeypotField), filledInMs: Math.round(performance.now() - this.openedAt),
      }, this.photo?.blob);
      this.phase = { state: 'sent', report };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.sent')?.focus();
    } catch (err) {
      const { fields, message } = sendProblems(err, this.form.limits.photoMaxBytes);
      this.phase = { state: 'editing' };
      this.problems = fields;
      this.message = message;
      this.focusFirstProblem();
    }
  }

  private setPhoto(blob: Blob | null) {
    if (this.photo) URL.revokeObjectURL(this.photo.url);
    this.photo = blob && { blob, url: URL.createObjectURL(blob) };
  }

  /** Prepares the chosen file (scaled down, re-encoded) or says why it cannot go with the report. */
  private choosePhoto(event: Event) {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file || !this.form) return;
    const maxBytes = this.form.limits.photoMaxBytes;
    this.photoStatus = t('report.photoPreparing');
    this.problems = { ...this.problems, photo: undefined };
    this.preparingPhoto = preparePhoto(file, maxBytes).then(
      (photo) => {
        this.setPhoto(photo);
        this.photoStatus = t('report.photoReady');
      },
      (err: unknown) => {
        this.setPhoto(null);
        input.value = '';
        this.photoStatus = photoProblem(err instanceof PhotoProblem ? err.kind : 'unreadable', maxBytes);
        this.problems = { ...this.problems, photo: this.photoStatus };
      },
    );
  }

  private removePhoto() {
    this.setPhoto(null);
    const input = this.renderRoot.querySelector<HTMLInputElement>('#report-photo');
    if (input) {
      input.value = '';
      input.focus();
    }
    this.photoStatus = t('report.photoRemoved');
  }

  private async focusFirstProblem() {
    await this.updateComplete;
    (this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]') ?? this.renderRoot.querySelector<HTMLElement>('.form-error'))?.focus();
  }

  render() {
    const phase = this.phase;
    if (phase.state === 'loading') return html`<p role="status">${t('app.loading')}</p>`;
    if (phase.state === 'unavailable') return html`<p role="alert" class="form-error">${phase.message}</p>`;
    if (phase.state === 'sent') {
      return html`<div class="sent" tabindex="-1" role="status">
        <p><strong>${t('report.sent.title')}</strong></p>
        <p>${t('report.sent.body', { id: phase.report.id })}</p>
        <button type="button" class="button" @click=${() => this.start()}>${t('report.another')}</button>
      </div>`;
    }
    return this.renderForm(this.form!, phase.state === 'sending');
  }

  private describedBy(field: ReportField, hint = false) {
    return [hint ? `report-${field}-hint` : '', this.problems[field] ? `report-${field}-problem` : ''].filter(Boolean).join(' ') || nothing;
  }

  private problem(field: ReportField) {
    return this.problems[field] ? html`<span class="problem" id=${`report-${field}-problem`}>${this.problems[field]}</span>` : nothing;
  }

  private select(field: 'what' | 'zone', options: string[]) {
    return html`<div class="field">
      <label for=${`report-${field}`}>${t(`report.${field}`)}</label>
      <select id=${`report-${field}`} name=${field} required aria-invalid=${this.problems[field] ? 'true' : 'false'} aria-describedby=${this.describedBy(field)}>
        <option value="">${t('report.choose')}</option>
        ${options.map((id) => html`<option value=${id}>${t((field === 'what' ? `report.kind.${id}` : `zone.${id}`) as MessageKey)}</option>`)}
      </select>
      ${this.problem(field)}
    </div>`;
  }

  private renderForm(form: ReportForm, sending: boolean) {
    return html`<form novalidate @submit=${this.send} @input=${this.recheck} @change=${this.recheck} aria-labelledby="report-title" aria-busy=${sending ? 'true' : 'false'}>
      <h3 id="report-title">${t('report.title')}</h3>
      <p class="intro">${t('report.intro')}</p>
      ${this.message ? html`<p class="form-error" role="alert" tabindex="-1">${this.message}</p>` : nothing}
      ${this.select('what', form.kinds)} ${this.select('zone', form.zones)}
      <div class="field">
        <label for="report-element">${t('report.element')}</label>
        <span class="hint" id="report-element-hint">${t('report.elementHint')}</span>
        <input id="report-element" name="element" type="text" maxlength=${form.limits.elementMax} autocomplete="off"
          aria-invalid=${this.problems.element ? 'true' : 'false'} aria-describedby=${this.describedBy('element', true)} />
        ${this.problem('element')}
      </div>
      <div class="field">
        <label for="report-description">${t('report.description')}</label>
        <span class="hint" id="report-description-hint">${t('report.descriptionHint', { min: form.limits.descriptionMin, max: form.limits.descriptionMax })}</span>
        <textarea id="report-description" name="description" rows="4" required maxlength=${form.limits.descriptionMax}
          aria-invalid=${this.problems.description ? 'true' : 'false'} aria-describedby=${this.describedBy('description', true)}></textarea>
        ${this.problem('description')}
      </div>
      ${this.renderPhoto()}
      <div class="trap" aria-hidden="true">
        <label for="report-website">Website</label>
        <input id="report-website" name=${form.honeypotField} type="text" tabindex="-1" autocomplete="off" />
      </div>
      <button type="submit" class="button primary" ?disabled=${sending}>${sending ? t('report.sending') : t('report.send')}</button>
      <p class="hint">${t('report.privacy')}</p>
    </form>`;
  }

  private renderPhoto() {
    return html`<div class="field">
      <label for="report-photo">${t('report.photo')}</label>
      <span class="hint" id="report-photo-hint">${t('report.photoHint')}</span>
      <input id="report-photo" name="photo" type="file" accept="image/*" @change=${this.choosePhoto}
        aria-invalid=${this.problems.photo ? 'true' : 'false'} aria-describedby=${this.describedBy('photo', true)} />
      ${this.problem('photo')}
      <span class="visually-hidden" role="status">${this.photoStatus}</span>
      ${this.photo
        ? html`<div class="photo-preview">
            <img src=${this.photo.url} alt=${t('report.photoPreview')} />
            <button type="button" class="button" @click=${this.removePhoto}>${t('report.photoRemove')}</button>
          </div>`
        : nothing}
    </div>`;
  }
}
