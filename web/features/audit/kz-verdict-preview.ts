import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';
import { GROUP_IDS, type AuditResult } from '../../../server/domain/scoring';
import type { AccessStatus } from '../../app/api-types';
import { sharedStyles } from '../../components/shared-styles';
import { LocaleController, t } from '../../i18n';
import { statusSvg } from '../map/status-symbols';
import { ti } from './text';

/** What a group's status is called here: an unknown status in a draft is "not known yet", not "not audited". */
export function statusLabel(status: AccessStatus): string {
  return status === 'unknown' ? ti('preview.unknown') : t(`status.${status}`);
}

/**
 * The live verdict while the inspector works: per disability group the doorstep-to-doorstep
 * status from the scoring module the server uses, the registry code and how complete the audit is.
 */
@customElement('kz-verdict-preview')
export class KzVerdictPreview extends LitElement {
  static styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        font-size: 1.05rem;
      }
      h2 {
        font-size: 1.2rem;
        margin: 0 0 0.5rem;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      li {
        display: flex;
        gap: 0.5rem;
        align-items: center;
        min-height: 44px;
        border-bottom: 1px solid var(--kz-border);
      }
      .group {
        flex: 1;
      }
      .status {
        font-weight: 700;
      }
      .code {
        font-weight: 700;
        font-size: 1.15rem;
      }
    `,
  ];
  private readonly localeController = new LocaleController(this);
  @property({ attribute: false }) result?: AuditResult;

  render() {
    const result = this.result;
    if (!result) return nothing;
    return html`<section aria-labelledby="preview-title" aria-live="polite">
      <h2 id="preview-title">${ti('preview.title')}</h2>
      <ul>
        ${GROUP_IDS.map((group) => {
          const g = result.groups[group];
          return html`<li data-group=${group} data-status=${g.status}>
            ${unsafeSVG(statusSvg(g.status, { size: 28 }))}
            <span class="group">${t(`group.${group}`)}</span>
            <span class="status">${statusLabel(g.status)}</span>
          </li>`;
        })}
      </ul>
      <p>${ti('preview.code')} <span class="code">${result.registryCode}</span></p>
      <p>${ti('preview.completeness', { answered: result.completeness.answered, applicable: result.completeness.applicable })}</p>
      ${result.score !== null ? html`<p>${ti('preview.score', { score: result.score })}</p>` : nothing}
    </section>`;
  }
}
