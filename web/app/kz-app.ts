import { html, LitElement, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import '../components/kz-contrast-toggle';
import '../components/kz-language-switch';
import { sharedStyles } from '../components/shared-styles';
import { LocaleController, t } from '../i18n';
import { appStyles } from './kz-app.styles';
import { interceptLinks, matchPath, onNavigate, registeredViews, type RouteMatch } from './router';

/**
 * The application shell: skip link, header (product, navigation, language, contrast) and the
 * <main> landmark where the view for the current path is rendered.
 */
@customElement('kz-app')
export class KzApp extends LitElement {
  private readonly localeController = new LocaleController(this);
  @state() private route: RouteMatch | undefined = matchPath(location.pathname);
  @state() private loadedViews = new Set<string>();
  private stopListening?: () => void;

  /**
   * The shell renders into the document rather than a shadow root: its landmarks and the skip
   * link's target (#main) are then found by assistive technology and checkers as in a plain page.
   */
  protected createRenderRoot() {
    const sheets = [sharedStyles, appStyles].map((styles) => styles.styleSheet!);
    if (!document.adoptedStyleSheets.includes(sheets[1])) document.adoptedStyleSheets = [...document.adoptedStyleSheets, ...sheets];
    return this;
  }

  connectedCallback() {
    super.connectedCallback();
    interceptLinks(this);
    this.stopListening = onNavigate(() => this.followLocation());
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.stopListening?.();
  }

  private followLocation() {
    const previous = this.route?.view.id;
    this.route = matchPath(location.pathname);
    // A new view takes the focus to its start, as a page load would; moving within one view does not.
    if (this.route?.view.id !== previous) this.updateComplete.then(() => this.focusMain());
  }

  private focusMain(event?: Event) {
    event?.preventDefault();
    this.renderRoot.querySelector<HTMLElement>('main')?.focus();
  }

  protected updated() {
    const title = this.route ? t(this.route.view.title) : t('app.notFound');
    document.title = `${title} · ${t('app.name')}`;
  }

  render() {
    return html`
      <a class="skip-link" href="#main" @click=${this.focusMain}>${t('app.skipToContent')}</a>
      <header class="bar">
        <a class="brand" href="/">
          <svg width="34" height="34" viewBox="0 0 34 34" aria-hidden="true">
            <rect width="34" height="34" rx="9" fill="#ffbf47" />
            <path d="M17 6a8 8 0 0 0-8 8c0 6 8 14 8 14s8-8 8-14a8 8 0 0 0-8-8z" fill="#0f2a47" />
            <path d="M13 16.5h8M17 12.5v8" stroke="#ffbf47" stroke-width="2.6" stroke-linecap="round" />
          </svg>
          <span class="brand-text"><span class="name">${t('app.name')}</span><span class="tagline">${t('app.tagline')}</span></span>
        </a>
        <nav aria-label=${t('app.mainNav')}>
          ${registeredViews()
            .filter((view) => view.nav)
            .map((view) => {
              const current = this.route?.view.id === view.id;
              return html`<a href=${view.paths[0]} aria-current=${current ? 'page' : nothing}>${t(view.title)}</a>`;
            })}
        </nav>
        <div class="tools">
          <kz-language-switch></kz-language-switch>
          <kz-contrast-toggle></kz-contrast-toggle>
        </div>
      </header>
      <main id="main" tabindex="-1">${this.renderView()}</main>
    `;
  }

  private renderView() {
    if (!this.route) {
      return html`<div class="message"><p>${t('app.notFound')}</p><a class="button primary" href="/">${t('app.backToMap')}</a></div>`;
    }
    const { view, params } = this.route;
    if (view.load && !this.loadedViews.has(view.id)) {
      view.load().then(() => (this.loadedViews = new Set(this.loadedViews).add(view.id)));
      return html`<p class="message" role="status">${t('app.loading')}</p>`;
    }
    return view.render(params);
  }
}
