import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { answerOptions, type ChecklistDefinition, type ItemDefinition } from '../../../server/domain/checklist';
import { sharedStyles } from '../../components/shared-styles';
import { currentLocale, LocaleController } from '../../i18n';
import { answerFields, answerFromFields, chosen, fieldsFromAnswer, type AnswerField } from './answer-form';
import { auditItemStyles } from './kz-audit-item.styles';
import type { ItemVerdict } from './item-verdict';
import { ti } from './text';

/**
 * One checklist question on the tablet: big answer buttons or measurement fields, the verdict
 * under it at once with the norm it is checked against, and photos of the element.
 * Fires `answer` {key, value} (value undefined clears it), `photo` {key, file}.
 */
@customElement('kz-audit-item')
export class KzAuditItem extends LitElement {
  static styles = [sharedStyles, auditItemStyles];
  private readonly localeController = new LocaleController(this);
  @property({ attribute: false }) checklist!: ChecklistDefinition;
  @property({ attribute: false }) item!: ItemDefinition;
  @property({ attribute: 'data-key', reflect: true }) key = '';
  @property({ attribute: false }) answer: unknown;
  @property({ attribute: false }) verdict: ItemVerdict = { kind: 'unanswered' };
  @property({ attribute: false }) photos: { sha256: string; url: string }[] = [];
  @state() private texts: Record<string, string> = {};
  private textsFor = '';

  protected willUpdate() {
    // Typed text is the form's own until the question changes, so a half-typed pair is not lost.
    if (this.textsFor !== this.key) {
      this.texts = fieldsFromAnswer(this.item.answer, this.answer);
      this.textsFor = this.key;
    }
  }

  render() {
    const text = this.item.text[currentLocale()];
    const id = `q-${this.key.replace(/[^a-z0-9]/gi, '-')}`;
    const recorded = this.verdict.kind === 'pass' && this.item.role !== 'check';
    return html`<section class="item" aria-labelledby=${id} data-verdict=${recorded ? 'recorded' : this.verdict.kind}>
      <h3 id=${id}>${text.question}</h3>
      ${text.help ? html`<details><summary>${ti('audit.help')}</summary><p>${text.help}</p>${text.naWhen ? html`<p>${ti('audit.naWhen', { when: text.naWhen })}</p>` : nothing}</details>` : nothing}
      <div class="controls">${this.renderChoices(id)}${answerFields(this.item.answer).map((f) => this.renderField(f, id))}</div>
      ${this.renderVerdict()}
      <div class="photos">
        ${this.photos.map((p) => html`<img src=${p.url} alt=${ti('audit.photoOf', { question: text.question })} />`)}
        <label class="button photo-button">
          ${ti('audit.addPhoto')}
          <input class="visually-hidden" type="file" accept="image/*" capture="environment" @change=${this.onPhoto} />
        </label>
      </div>
    </section>`;
  }

  private renderChoices(labelId: string) {
    const spec = this.item.answer;
    const options = answerOptions(spec, this.checklist.choiceSets);
    if (options.length === 0) return html`<button class="choice na" aria-pressed=${this.answer === 'na'} @click=${() => this.emit(this.answer === 'na' ? undefined : 'na')}>${this.label('na')}</button>`;
    const current = chosen(this.answer);
    return html`<div class="choices" role="group" aria-labelledby=${labelId}>
      ${[...options, 'na'].map(
        (option) => html`<button class="choice" data-option=${option} aria-pressed=${current === option} @click=${() => this.choose(option)}>${this.label(option)}</button>`,
      )}
    </div>`;
  }

  private renderField(field: AnswerField, labelId: string) {
    const unit = field.unit === 'count' ? '' : field.unit === '%' ? '%' : ti(field.unit === 'cm' ? 'unit.cm' : 'unit.m');
    return html`<label class="field">
      <span>${ti(`field.${field.name}` as Parameters<typeof ti>[0])}${field.optional ? ` ${ti('audit.optional')}` : ''}</span>
      <span class="input-unit">
        <input
          type="text"
          inputmode=${field.unit === 'count' ? 'numeric' : 'decimal'}
          aria-describedby=${labelId}
          data-field=${field.name}
          .value=${this.texts[field.name] ?? ''}
          @input=${(e: InputEvent) => this.type(field.name, (e.target as HTMLInputElement).value)}
        />${unit ? html`<span aria-hidden="true">${unit}</span>` : nothing}
      </span>
    </label>`;
  }

  private renderVerdict() {
    const v = this.verdict;
    const norm = this.item.norm?.clause;
    if (v.kind === 'unanswered') return html`<p class="verdict" aria-live="polite">${this.item.pass ? ti('audit.norm', { pass: this.item.pass }) : nothing}</p>`;
    if (v.kind === 'na') return html`<p class="verdict" aria-live="polite">${ti('audit.notApplicable')}</p>`;
    if (v.kind === 'undecided') return html`<p class="verdict" aria-live="polite">${ti('audit.undecided')}</p>`;
    // Gates, facts and mitigations (is there parking? remote service?) are recorded, not judged.
    if (v.kind === 'pass' && this.item.role !== 'check') return html`<p class="verdict" aria-live="polite">${ti('audit.recorded')}</p>`;
    if (v.kind === 'pass') {
      return html`<p class="verdict pass" aria-live="polite">✓ ${ti('audit.passes', { pass: this.item.pass ?? '' })}${norm ? html` <small>(${norm})</small>` : nothing}</p>`;
    }
    const groups = v.groups.map((g) => this.checklist.groups.find((x) => x.id === g)?.label[currentLocale()] ?? g).join(', ');
    const failNorm = v.failure.norm?.clause ?? norm;
    return html`<p class="verdict fail ${v.severity}" aria-live="polite">
      ✗ ${ti(v.severity === 'critical' ? 'audit.failsCritical' : 'audit.failsMinor', { groups })}
      ${v.failure.threshold ? ti('audit.needs', { threshold: v.failure.threshold }) : nothing}
      ${failNorm ? html`<small>(${failNorm})</small>` : nothing}
      ${v.failure.assistable ? html`<br /><small>${ti('audit.assistable')}</small>` : nothing}
    </p>`;
  }

  private label(option: string): string {
    const locale = currentLocale();
    if (option === 'yes' || option === 'no' || option === 'na') return this.checklist.answerLabels[option][locale];
    const spec = this.item.answer;
    const set = spec.type === 'choice' || spec.type === 'flight' ? this.checklist.choiceSets[spec.choices] : [];
    return set.find((o) => o.id === option)?.label[locale] ?? option;
  }

  private choose(option: string) {
    const current = chosen(this.answer);
    if (current === option) return this.emit(undefined);
    if (option === 'na') return this.emit('na');
    this.emit(this.item.answer.type === 'flight' ? answerFromFields(this.item.answer, this.texts, option) : option);
  }

  private type(name: string, value: string) {
    this.texts = { ...this.texts, [name]: value };
    const choice = chosen(this.answer);
    const answer = answerFromFields(this.item.answer, this.texts, choice === 'na' ? undefined : choice);
    this.emit(answer === null ? (this.item.answer.type === 'flight' ? this.answer : undefined) : answer);
  }

  private emit(value: unknown) {
    this.dispatchEvent(new CustomEvent('answer', { detail: { key: this.key, value }, bubbles: true, composed: true }));
  }

  private onPhoto(event: Event) {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) this.dispatchEvent(new CustomEvent('photo', { detail: { key: this.key, file }, bubbles: true, composed: true }));
    input.value = '';
  }
}
