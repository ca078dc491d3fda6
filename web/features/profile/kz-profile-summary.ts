import { css, html, LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import { sharedStyles } from '../../components/shared-styles';
import { LocaleController, t } from '../../i18n';
import { needsProfile, profileChosen, ProfileController } from './needs-store';
import { needsSummary } from './needs-text';

/** Whose verdict the map shows, and a link to change it: the needs profile in one line. */
@customElement('kz-profile-summary')
export class KzProfileSummary extends LitElement {
  static styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .summary {
        padding: 0.6rem 0.75rem;
        border-radius: var(--kz-radius);
        border: 1px solid var(--kz-border);
        background: var(--kz-surface-muted);
      }
      p {
        margin: 0 0 0.4rem;
        font-size: 0.92rem;
      }
      strong {
        font-weight: 700;
      }
      a {
        color: var(--kz-accent);
        font-weight: 650;
      }
    `,
  ];
  private readonly localeController = new LocaleController(this);
  private readonly profileController = new ProfileController(this);

  render() {
    const profile = needsProfile();
    const needs = needsSummary(profile);
    if (!profileChosen()) {
      return html`<div class="summary">
        <p>${t('profile.summary.none')}</p>
        <a href="/profile">${t('profile.summary.set')}</a>
      </div>`;
    }
    return html`<div class="summary">
      <p>${t('profile.summary.for')} <strong>${t(`group.${profile.group}`)}</strong>${needs ? html`; ${t('profile.summary.needs', { needs })}` : ''}</p>
      <a href="/profile">${t('profile.summary.change')}</a>
    </div>`;
  }
}
