import { css, html, LitElement, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { sharedStyles } from '../../components/shared-styles';
import { LocaleController } from '../../i18n';
import type { OutboxEntry } from './offline-db';
import { onOutboxChanged } from './outbox-events';
import { flushOutbox, lastFlushReport, outboxEntries, retryRefused, type FlushReport } from './outbox';
import { ti } from './text';

/**
 * The outbox, always in sight of the inspector: how many finished audits wait to be sent, a
 * button to send now, and the ones the server refused, with its reason. `data-count` carries the
 * number for tests and styling.
 */
@customElement('kz-outbox-status')
export class KzOutboxStatus extends LitElement {
  static styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .box {
        border: 2px solid var(--kz-border);
        border-radius: var(--kz-radius);
        padding: 0.6rem 0.9rem;
        background: var(--kz-surface);
      }
      .box.waiting {
        border-color: #b35900;
        background: #fff6e5;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: center;
        min-height: 44px;
      }
      .count {
        font-weight: 700;
        font-size: 1.15rem;
      }
      .button {
        min-height: 44px;
      }
      .refused {
        color: #a50e0e;
      }
    `,
  ];
  private readonly localeController = new LocaleController(this);
  @state() private entries: OutboxEntry[] = [];
  @state() private online = navigator.onLine;
  @state() private report?: FlushReport;
  private stop: (() => void)[] = [];

  connectedCallback() {
    super.connectedCallback();
    const refresh = () => void this.refresh();
    const connection = () => (this.online = navigator.onLine);
    addEventListener('online', connection);
    addEventListener('offline', connection);
    this.stop = [onOutboxChanged(refresh), () => removeEventListener('online', connection), () => removeEventListener('offline', connection)];
    refresh();
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.stop.forEach((stop) => stop());
  }

  private async refresh() {
    this.entries = await outboxEntries();
    this.report = lastFlushReport();
    this.setAttribute('data-count', String(this.entries.length));
  }

  render() {
    const waiting = this.entries.filter((e) => !e.failure);
    const refused = this.entries.filter((e) => e.failure);
    return html`<div class="box ${this.entries.length ? 'waiting' : ''}" role="status">
      <div class="row">
        <span class="count">${waiting.length ? ti('outbox.waiting', { count: waiting.length }) : ti('outbox.empty')}</span>
        <span>${this.online ? ti('outbox.online') : ti('outbox.offline')}</span>
        ${waiting.length && this.online ? html`<button class="button" @click=${this.sendNow}>${ti('outbox.sendNow')}</button>` : nothing}
      </div>
      ${this.report?.otherInspectors ? html`<p>${ti('outbox.otherInspector', { count: this.report.otherInspectors })}</p>` : nothing}
      ${this.report?.needsSignIn ? html`<p class="refused"><a href="/sign-in?next=${encodeURIComponent(location.pathname)}">${ti('outbox.signInAgain')}</a></p>` : nothing}
      ${refused.map(
        (e) => html`<p class="refused">
          ${ti('outbox.refused', { facility: e.facilityName, reason: e.failure!.message })}
          <button class="button" @click=${() => retryRefused(e.key)}>${ti('outbox.retry')}</button>
        </p>`,
      )}
    </div>`;
  }

  private async sendNow() {
    await flushOutbox();
  }
}
