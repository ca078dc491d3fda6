import { html, LitElement, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { GROUP_IDS, type GroupId } from '../../../server/domain/checklist/types';
import { NEED_LIMITS, type NeedsProfile } from '../../../server/domain/needs/needs-profile';
import { sharedStyles } from '../../components/shared-styles';
import { LocaleController, t } from '../../i18n';
import { needsProfile, saveNeedsProfile } from './needs-store';
import { fieldStyles } from '../search/field-styles';
import { profileStyles } from './kz-profile-view.styles';

type Measure = 'doorWidthCm' | 'maxStepCm';
type Toggle = 'accessibleToilet' | 'hearingSupport' | 'tactileGuidance';
const TOGGLES: Toggle[] = ['accessibleToilet', 'hearingSupport', 'tactileGuidance'];

/**
 * The needs profile at /profile: the group whose verdict to show, and optional needs checked
 * against each audit's measurements. Kept on this device only; no account.
 */
@customElement('kz-profile-view')
export class KzProfileView extends LitElement {
  static styles = [sharedStyles, fieldStyles, profileStyles];
  private readonly localeController = new LocaleController(this);
  @state() private draft: NeedsProfile = { ...needsProfile() };
  @state() private problems: Partial<Record<Measure, string>> = {};
  @state() private saved = false;
  @query('.saved') private savedMessage?: HTMLElement;

  private readMeasure(form: HTMLFormElement, name: Measure): number | null | undefined {
    const text = (form.elements.namedItem(name) as HTMLInputElement).value.trim().replace(',', '.');
    if (text === '') return null;
    const value = Number(text);
    const { min, max } = NEED_LIMITS[name];
    return Number.isFinite(value) && value >= min && value <= max ? value : undefined;
  }

  private async save(event: SubmitEvent) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const problems: Partial<Record<Measure, string>> = {};
    const measures: Partial<Record<Measure, number | null>> = {};
    for (const name of ['doorWidthCm', 'maxStepCm'] as Measure[]) {
      const value = this.readMeasure(form, name);
      if (value === undefined) problems[name] = t('profile.invalidNumber', NEED_LIMITS[name]);
      else measures[name] = value;
    }
    this.problems = problems;
    this.saved = false;
    if (Object.keys(problems).length) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    this.draft = { ...this.draft, ...measures };
    saveNeedsProfile(this.draft);
    this.saved = true;
    await this.updateComplete;
    this.savedMessage?.focus();
  }

  render() {
    return html`<div class="page">
      <h1>${t('profile.title')}</h1>
      <p class="intro">${t('profile.intro')}</p>
      <form novalidate @submit=${this.save}>
        <fieldset>
          <legend>${t('profile.groupLegend')}</legend>
          ${GROUP_IDS.map((group) => this.renderGroup(group))}
        </fieldset>
        <fieldset>
          <legend>${t('profile.needsLegend')}</legend>
          <p class="help">${t('profile.needsHelp')}</p>
          ${this.renderMeasure('doorWidthCm')} ${this.renderMeasure('maxStepCm')}
          ${TOGGLES.map(
            (name) => html`<label class="choice">
              <input type="checkbox" name=${name} .checked=${this.draft[name]} @change=${(e: Event) => (this.draft = { ...this.draft, [name]: (e.target as HTMLInputElement).checked })} />
              <span>${t(`profile.${name}`)}</span>
            </label>`,
          )}
        </fieldset>
        <div class="actions">
          <button type="submit" class="button primary">${t('profile.save')}</button>
          <a class="button" href="/">${t('app.backToMap')}</a>
        </div>
        <div role="status">
          ${this.saved
            ? html`<p class="saved" tabindex="-1">${t('profile.saved')} <a href="/">${t('profile.toMap')}</a> · <a href="/list">${t('profile.toList')}</a></p>`
            : nothing}
        </div>
      </form>
    </div>`;
  }

  private renderGroup(group: GroupId) {
    return html`<label class="choice group">
      <input type="radio" name="group" value=${group} .checked=${this.draft.group === group} @change=${() => (this.draft = { ...this.draft, group })} />
      <span><span class="name">${t(`group.${group}`)}</span><span class="help">${t(`profile.groupHelp.${group}`)}</span></span>
    </label>`;
  }

  private renderMeasure(name: Measure) {
    const problem = this.problems[name];
    const value = this.draft[name];
    return html`<div class="measure">
      <label for=${name}>${t(`profile.${name}`)}</label>
      <span class="help" id=${`${name}-help`}>${t(`profile.${name}Help`)}</span>
      <span class="unit-field">
        <input id=${name} name=${name} type="text" inputmode="decimal" autocomplete="off" .value=${value === null ? '' : String(value)}
          aria-describedby=${problem ? `${name}-help ${name}-problem` : `${name}-help`} aria-invalid=${problem ? 'true' : 'false'} />
        <span aria-hidden="true">${t('profile.cm')}</span>
      </span>
      ${problem ? html`<span class="problem" id=${`${name}-problem`}>${problem}</span>` : nothing}
    </div>`;
  }
}
