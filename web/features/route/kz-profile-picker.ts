import { html, LitElement, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { customProfile, PROFILE_NAMES, PROFILES, type CustomProfileInput, type ProfileName } from '../../../server/domain/routing/profiles';
import { sharedStyles } from '../../components/shared-styles';
import { LocaleController, t, type MessageKey } from '../../i18n';
import { customProfileInput, FLAG_FIELDS, initialCustomForm, NUMBER_FIELDS, type CustomForm } from './custom-limits';
import { formStyles } from './route-form.styles';
import { limitsText } from './route-text';

export type Optimize = 'comfort' | 'distance';
export interface ProfileChoice {
  profile: ProfileName | CustomProfileInput;
  optimize: Optimize;
}

const CHOICES: (ProfileName | 'custom')[] = [...PROFILE_NAMES, 'custom'];

/**
 * How the resident gets around: a named profile with its limits spelled out, or their own limits
 * (slopes, kerbs, width, steps, preferences), and whether to optimise comfort or distance.
 */
@customElement('kz-profile-picker')
export class KzProfilePicker extends LitElement {
  static styles = [sharedStyles, formStyles];
  private readonly localeController = new LocaleController(this);
  @state() private choice: ProfileName | 'custom' = 'manual-wheelchair';
  @state() private optimize: Optimize = 'comfort';
  @state() private form: CustomForm = initialCustomForm();
  @state() private invalid: string[] = [];

  /** The chosen profile, or null after marking the custom limits that are not numbers in range. */
  value(): ProfileChoice | null {
    if (this.choice !== 'custom') return { profile: this.choice, optimize: this.optimize };
    const custom = customProfileInput(this.form);
    if ('invalid' in custom) {
      this.invalid = custom.invalid;
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return null;
    }
    this.invalid = [];
    return { profile: custom.profile, optimize: this.optimize };
  }

  private limits(): string {
    if (this.choice !== 'custom') return limitsText(PROFILES[this.choice]);
    const custom = customProfileInput(this.form);
    return 'profile' in custom ? limitsText(customProfile(custom.profile)) : '';
  }

  render() {
    return html`<div class="field">
        <label for="profile">${t('route.profile')}</label>
        <select id="profile" aria-describedby="limits" @change=${(e: Event) => (this.choice = (e.target as HTMLSelectElement).value as ProfileName | 'custom')}>
          ${CHOICES.map((name) => html`<option value=${name} ?selected=${name === this.choice}>${t(`route.profile.${name}` as MessageKey)}</option>`)}
        </select>
        <p class="hint" id="limits">${this.limits()}</p>
      </div>
      ${this.choice === 'custom' ? this.renderCustom() : nothing}
      <fieldset class="choices">
        <legend>${t('route.optimize')}</legend>
        ${(['comfort', 'distance'] as const).map(
          (value) => html`<label class="check"><input type="radio" name="optimize" .value=${value} .checked=${this.optimize === value}
            @change=${() => (this.optimize = value)} />${t(`route.optimize.${value}`)}</label>`,
        )}
      </fieldset>`;
  }

  private renderCustom() {
    const setNumber = (key: string, value: string) => (this.form = { ...this.form, numbers: { ...this.form.numbers, [key]: value } });
    const setFlag = (key: string, value: boolean) => (this.form = { ...this.form, flags: { ...this.form.flags, [key]: value } });
    return html`<fieldset class="custom">
      <legend>${t('route.custom.title')}</legend>
      <p class="hint" id="empty-hint">${t('route.custom.emptyMeansNone')}</p>
      <div class="numbers">
        ${NUMBER_FIELDS.map((field) => {
          const invalid = this.invalid.includes(field.key);
          return html`<div class="field">
            <label for=${field.key}>${t(field.label)}</label>
            <input id=${field.key} type="text" inputmode="decimal" autocomplete="off" .value=${this.form.numbers[field.key]}
              aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${invalid ? `${field.key}-error empty-hint` : 'empty-hint'}
              @input=${(e: Event) => setNumber(field.key, (e.target as HTMLInputElement).value)} />
            ${invalid ? html`<p class="error" id=${`${field.key}-error`}>${t('route.custom.invalid', { min: field.min, max: field.max })}</p>` : nothing}
          </div>`;
        })}
      </div>
      ${FLAG_FIELDS.map(
        (flag) => html`<label class="check"><input type="checkbox" .checked=${this.form.flags[flag.key]}
          @change=${(e: Event) => setFlag(flag.key, (e.target as HTMLInputElement).checked)} />${t(flag.label)}</label>`,
      )}
    </fieldset>`;
  }
}
