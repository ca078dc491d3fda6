import { html, LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import { currentLocale, locales, LocaleController, setLocale, t, type Locale } from '../i18n';
import { sharedStyles } from './shared-styles';
import { switchStyles } from './kz-switch.styles';

/**
 * Each language's name written in itself, so a reader finds theirs whatever the page's language.
 * The visible text is the accessible name (WCAG 2.5.3, label in name): no aria-label over it.
 */
const LANGUAGE_NAMES: Record<Locale, string> = {
  kk: 'Қазақша',
  ru: 'Русский',
  en: 'English',
};

/** Kazakh, Russian, English: three toggle buttons; the choice is remembered. */
@customElement('kz-language-switch')
export class KzLanguageSwitch extends LitElement {
  static styles = [sharedStyles, switchStyles];
  private readonly localeController = new LocaleController(this);

  render() {
    const active = currentLocale();
    return html`<div class="group" role="group" aria-label=${t('app.language')}>
      ${locales.map(
        (locale) => html`<button
          type="button"
          lang=${locale}
          aria-pressed=${locale === active ? 'true' : 'false'}
          @click=${() => setLocale(locale)}
        >
          ${LANGUAGE_NAMES[locale]}
        </button>`,
      )}
    </div>`;
  }
}
