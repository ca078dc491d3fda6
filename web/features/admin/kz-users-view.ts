import { html, LitElement, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { ApiError, api, getJson } from '../../app/api';
import type { RegionSummary } from '../../app/api-types';
import { sharedStyles } from '../../components/shared-styles';
import { currentLocale, LocaleController } from '../../i18n';
import { inspectionStyles } from '../audit/inspection.styles';
import { sendJson } from '../audit/send';
import { ti } from '../audit/text';
import type { Account, Role } from '../auth/session';

type ManagedAccount = Account & { disabled: boolean; createdAt: string };

/** Accounts for admins at /admin/users: who can sign in, creating inspectors for their regions, switching accounts off. */
@customElement('kz-users-view')
export class KzUsersView extends LitElement {
  static styles = [sharedStyles, inspectionStyles];
  private readonly localeController = new LocaleController(this);
  @state() private accounts?: ManagedAccount[];
  @state() private regions: RegionSummary[] = [];
  @state() private newRole: Role = 'inspector';
  @state() private message = '';
  @state() private error = '';

  async connectedCallback() {
    super.connectedCallback();
    try {
      const [{ accounts }, { regions }] = await Promise.all([getJson<{ accounts: ManagedAccount[] }>('/api/users'), api.regions()]);
      this.accounts = accounts;
      this.regions = regions;
    } catch (err) {
      this.error = err instanceof ApiError && (err.status === 401 || err.status === 403) ? ti('needAdmin') : (err as Error).message;
    }
  }

  render() {
    if (this.error && !this.accounts) return html`<div class="page"><p class="card error">${this.error} <a href="/sign-in?next=/admin/users">${ti('signIn.title')}</a></p></div>`;
    if (!this.accounts) return html`<div class="page"><p>${ti('loading')}</p></div>`;
    const locale = currentLocale();
    return html`<div class="page">
      <h1>${ti('users.title')}</h1>
      <table class="card" style="width: 100%; border-collapse: collapse">
        <thead><tr><th scope="col">${ti('users.email')}</th><th scope="col">${ti('users.role')}</th><th scope="col">${ti('users.regions')}</th><th scope="col">${ti('users.state')}</th></tr></thead>
        <tbody>${this.accounts.map(
          (a) => html`<tr data-email=${a.email}>
            <td>${a.displayName ? html`${a.displayName}<br />` : nothing}${a.email}</td>
            <td>${ti(`role.${a.role}`)}</td>
            <td>${a.regions.map((kato) => this.regions.find((r) => r.kato === kato)?.names[locale] ?? kato).join(', ')}</td>
            <td><button class="button" @click=${() => this.toggle(a)}>${a.disabled ? ti('users.enable') : ti('users.disable')}</button>
              ${a.disabled ? html`<span class="muted">${ti('users.disabled')}</span>` : nothing}</td>
          </tr>`,
        )}</tbody>
      </table>
      <form class="card" @submit=${this.create}>
        <h2>${ti('users.new')}</h2>
        <p><label>${ti('users.email')}<br /><input name="email" type="email" required /></label></p>
        <p><label>${ti('users.name')}<br /><input name="displayName" /></label></p>
        <p><label>${ti('users.role')}<br />
          <select name="role" @change=${(e: Event) => (this.newRole = (e.target as HTMLSelectElement).value as Role)}>
            ${(['inspector', 'official', 'admin'] as const).map((r) => html`<option value=${r} ?selected=${this.newRole === r}>${ti(`role.${r}`)}</option>`)}
          </select></label></p>
        ${this.newRole === 'inspector'
          ? html`<fieldset><legend>${ti('users.regions')}</legend>${this.regions.map(
              (r) => html`<label class="row" style="font-weight: 400"><input type="checkbox" name="regions" value=${r.kato} /> ${r.names[locale]}</label>`,
            )}</fieldset>`
          : nothing}
        <p><label>${ti('users.password')}<br /><input name="password" type="password" minlength="10" autocomplete="new-password" required /></label></p>
        ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
        ${this.message ? html`<p role="status">${this.message}</p>` : nothing}
        <button class="button primary" type="submit">${ti('users.create')}</button>
      </form>
    </div>`;
  }

  private create = async (event: SubmitEvent) => {
    event.preventDefault();
    const formElement = event.target as HTMLFormElement;
    const form = new FormData(formElement);
    this.error = this.message = '';
    try {
      const { account } = await sendJson<{ account: ManagedAccount }>('POST', '/api/users', {
        email: form.get('email'),
        displayName: String(form.get('displayName') ?? '').trim() || null,
        role: form.get('role'),
        regions: form.getAll('regions'),
        password: form.get('password'),
      });
      this.accounts = [...this.accounts!, account].sort((a, b) => a.email.localeCompare(b.email));
      this.message = ti('users.created', { email: account.email });
      formElement.reset();
      this.newRole = 'inspector';
    } catch (err) {
      this.error = err instanceof ApiError ? [err.message, ...err.problems.map((p) => `${p.path}: ${p.message}`)].join(' ') : ti('signIn.offline');
    }
  };

  private async toggle(account: ManagedAccount) {
    try {
      const { account: changed } = await sendJson<{ account: ManagedAccount }>('PATCH', `/api/users/${account.id}`, { disabled: !account.disabled });
      this.accounts = this.accounts!.map((a) => (a.id === changed.id ? changed : a));
    } catch (err) {
      this.error = (err as Error).message;
    }
  }
}
