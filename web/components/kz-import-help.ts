import { css, html, LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import { LocaleController, t } from '../i18n';
import { sharedStyles } from './shared-styles';

/** Shown while the registry is empty: how to fill it. */
@customElement('kz-import-help')
export class KzImportHelp extends LitElement {
  static styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        padding: 0.9rem 1rem;
        border: 2px solid var(--kz-accent);
        border-radius: var(--kz-radius);
        background: var(--kz-surface);
      }
      h2 {
        margin: 0 0 0.4rem;
        font-size: 1.1rem;
      }
      p {
        margin: 0.4rem 0;
      }
      pre {
        margin: 0.5rem 0;
        padding: 0.6rem 0.75rem;
        overflow-x: auto;
        border-radius: 6px;
        background: #0f2a47;
        color: #ffffff;
        font-size: 0.85rem;
      }
    `,
  ];
  private readonly localeController = new LocaleController(this);

  render() {
    return html`<section aria-labelledby="import-title">
      <h2 id="import-title">${t('empty.title')}</h2>
      <p>${t('empty.body')}</p>
      <pre><code>npm run import -- boundaries &lt;file&gt;
npm run import -- facilities &lt;file&gt;</code></pre>
      <p>${t('empty.dataFolder')}</p>
    </section>`;
  }
}
