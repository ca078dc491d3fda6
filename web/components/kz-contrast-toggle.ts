import { html, LitElement } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { highContrast, setHighContrast } from '../app/contrast';
import { LocaleController, t } from '../i18n';
import { sharedStyles } from './shared-styles';
import { switchStyles } from './kz-switch.styles';

/** The high-contrast mode switch; the choice is remembered. */
@customElement('kz-contrast-toggle')
export class KzContrastToggle extends LitElement {
  static styles = [sharedStyles, switchStyles];
  private readonly localeController = new LocaleController(this);
  @state() private on = highContrast();

  private toggle() {
    this.on = !this.on;
    setHighContrast(this.on);
  }

  render() {
    return html`<button type="button" class="single" aria-pressed=${this.on ? 'true' : 'false'} @click=${this.toggle}>
      <svg width="18" height="18" viewBox="0 0 20 20" aria-hidden="true">
        <circle cx="10" cy="10" r="8" fill="none" stroke="currentColor" stroke-width="2" />
        <path d="M10 2a8 8 0 0 1 0 16z" fill="currentColor" />
      </svg>
      <span>${t('app.highContrast')}</span>
    </button>`;
  }
}
