import { css, html, LitElement } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { sharedStyles } from '../../components/shared-styles';
import { LocaleController } from '../../i18n';
import { ti } from '../audit/text';

/**
 * A resident's photo as a thumbnail that opens full size in a modal dialog (Escape or the close
 * button closes it and focus returns to the thumbnail). Staff only: GET /api/photos/:sha256 is
 * answered with their session cookie.
 */
@customElement('kz-report-photo')
export class KzReportPhoto extends LitElement {
  static styles = [
    sharedStyles,
    css`
      .thumb {
        padding: 0;
        border: 1px solid var(--kz-border);
        border-radius: 8px;
        background: var(--kz-surface);
        line-height: 0;
      }
      .thumb img {
        width: 128px;
        height: 96px;
        object-fit: cover;
        border-radius: 7px;
      }
      dialog {
        max-width: min(96vw, 72rem);
        max-height: 96vh;
        padding: 0.75rem;
        border: 1px solid var(--kz-border);
        border-radius: var(--kz-radius);
        background: var(--kz-surface);
        color: var(--kz-text);
      }
      dialog::backdrop {
        background: rgb(0 0 0 / 0.7);
      }
      dialog img {
        display: block;
        max-width: 100%;
        max-height: calc(96vh - 6rem);
        margin: 0.5rem auto 0;
      }
    `,
  ];
  private readonly localeController = new LocaleController(this);
  @property() sha256 = '';
  /** Says what the photo shows, e.g. the kind of problem and the facility. */
  @property() alt = '';
  @query('dialog') private dialog!: HTMLDialogElement;

  render() {
    const src = `/api/photos/${this.sha256}`;
    return html`<button type="button" class="thumb" aria-haspopup="dialog" title=${ti('reports.photoOpen')} @click=${() => this.dialog.showModal()}>
        <img src=${src} alt=${`${this.alt} (${ti('reports.photoOpen')})`} loading="lazy" width="128" height="96" />
      </button>
      <dialog aria-label=${this.alt} @click=${this.closeOnBackdrop}>
        <button type="button" class="button" @click=${() => this.dialog.close()}>${ti('reports.photoClose')}</button>
        <img src=${src} alt=${this.alt} loading="lazy" />
      </dialog>`;
  }

  /** A click on the dimmed page around the photo closes it, as people expect. */
  private closeOnBackdrop = (event: MouseEvent) => {
    if (event.target === this.dialog) this.dialog.close();
  };
}
