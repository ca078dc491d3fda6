import { html, LitElement, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { ApiError } from '../../app/api';
import { navigate } from '../../app/router';
import { sharedStyles } from '../../components/shared-styles';
import { LocaleController } from '../../i18n';
import { inspectionStyles } from '../audit/inspection.styles';
import { ti } from '../audit/text';
import { currentAccount, homeOf, signIn, signOut, type Account } from './session';

/** Sign-in for inspectors, officials and admins at /sign-in (residents need no account). */
@customElement('kz-sign-in-view')
export class KzSignInView extends LitElement {
  static styles = [sharedStyles, inspectionStyles];
  private readonly localeController = new LocaleController(this);
  @state() private account: Account | null = null;
  @state() private error = '';
  @state() private busy = false;

  async connectedCallback() {
    super.connectedCallback();
    this.account = await currentAccount();
  }

  render() {
    if (this.account) {
      return html`<div class="page"><div class="card">
        <h1>${ti('signIn.signedInAs', { email: this.account.email })}</h1>
        <div class="row">
          <a class="button primary" href=${homeOf(this.account)}>${ti('signIn.continue')}</a>
          <button class="button" @click=${this.leave}>${ti('signIn.signOut')}</button>
        </div>
      </div></div>`;
    }
    return html`<div class="page">
      <form class="card" @submit=${this.submit} style="max-width: 28rem">
        <h1>${ti('signIn.title')}</h1>
        <p class="muted">${ti('signIn.who')}</p>
        <p><label for="email">${ti('signIn.email')}</label><br />
          <input id="email" name="email" type="email" autocomplete="username" required style="width: 100%" /></p>
        <p><label for="password">${ti('signIn.password')}</label><br />
          <input id="password" name="password" type="password" autocomplete="current-password" required style="width: 100%" /></p>
        ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
        <button class="button primary" type="submit" ?disabled=${this.busy}>${ti('signIn.submit')}</button>
      </form>
    </div>`;
  }

  private async submit(event: SubmitEvent) {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    this.busy = true;
    this.error = '';
    try {
      const account = await signIn(String(form.get('email')), String(form.get('password')));
      const next = new URLSearchParams(location.search).get('next');
      navigate(next?.startsWith('/') && !next.startsWith('//') ? next : homeOf(account));
    } catch (err) {
      this.error =
        err instanceof ApiError && err.status === 401
          ? ti('signIn.wrong')
          : err instanceof ApiError && err.status === 429
            ? ti('signIn.tooMany')
            : ti('signIn.offline');
    } finally {
      this.busy = false;
    }
  }

  private async leave() {
    await signOut();
    this.account = null;
  }
}
