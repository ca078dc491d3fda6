import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { isAbort } from '../../app/api';
import { sharedStyles } from '../../components/shared-styles';
import { currentLocale, formatDate, LocaleController } from '../../i18n';
import { findCategory } from '../../../server/domain/categories';
import { td } from './dashboard-text';
import { controlStyles, dashboardStyles } from './dashboard.styles';
import { statsApi, type DashboardPlace, type Verdict, type VerdictFacilities } from './stats-client';

const PAGE = 50;
const VERDICT_LABEL = { adapted: 'table.adapted', partial: 'table.partial', notAdapted: 'table.notAdapted', notAudited: 'table.notAudited' } as const;

/** The facilities behind a district's figures, a page at a time, each opening on the map. */
@customElement('kz-verdict-list')
export class KzVerdictList extends LitElement {
  static styles = [sharedStyles, dashboardStyles, controlStyles];
  private readonly localeController = new LocaleController(this);
  @property({ attribute: false }) place: DashboardPlace = {};
  @state() private verdict: Verdict | '' = '';
  @state() private offset = 0;
  @state() private list?: VerdictFacilities | { error: string };
  private abort?: AbortController;

  protected willUpdate(changed: Map<string, unknown>) {
    if (!this.hasUpdated || changed.has('place') || changed.has('verdict') || changed.has('offset')) this.load();
  }

  private async load() {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    try {
      this.list = await statsApi.facilities(this.place, { verdict: this.verdict || undefined, offset: this.offset, limit: PAGE }, abort.signal);
    } catch (err) {
      if (!isAbort(err)) this.list = { error: (err as Error).message };
    }
  }

  render() {
    return html`<section class="section">
      <h2 id="facilities-title">${td('facilities.title')}</h2>
      <label>${td('facilities.verdict')}
        <select @change=${(e: Event) => { this.verdict = (e.target as HTMLSelectElement).value as Verdict | ''; this.offset = 0; }}>
          <option value="" ?selected=${this.verdict === ''}>${td('facilities.allVerdicts')}</option>
          ${(Object.keys(VERDICT_LABEL) as Verdict[]).map((v) => html`<option value=${v} ?selected=${this.verdict === v}>${td(VERDICT_LABEL[v])}</option>`)}
        </select>
      </label>
      ${this.renderList()}
    </section>`;
  }

  private renderList() {
    const list = this.list;
    if (!list) return html`<p role="status">${td('loading')}</p>`;
    if ('error' in list) return html`<p role="alert">${td('error', { message: list.error })}</p>`;
    if (list.total === 0) return html`<p role="status">${td('facilities.none')}</p>`;
    const locale = currentLocale();
    return html`<p role="status">${td('facilities.shown', { from: this.offset + 1, to: this.offset + list.facilities.length, total: list.total })}</p>
      <div class="scroll" tabindex="0" role="region" aria-labelledby="facilities-title">
        <table>
          <thead><tr>
            <th scope="col">${td('facilities.name')}</th><th scope="col">${td('facilities.category')}</th>
            <th scope="col">${td('facilities.verdict')}</th><th scope="col">${td('facilities.auditedAt')}</th>
            <th scope="col">${td('facilities.registryCode')}</th>
          </tr></thead>
          <tbody>${list.facilities.map((f) => {
            const category = findCategory(f.category)?.name[locale] ?? f.category;
            return html`<tr>
              <th scope="row"><a href="/facility/${f.id}">${f.names[locale] ?? f.name ?? td('facilities.unnamed', { category })}</a></th>
              <td>${category}</td><td>${td(VERDICT_LABEL[f.verdict])}</td>
              <td>${f.auditedAt ? formatDate(new Date(f.auditedAt)) : '—'}</td><td>${f.registryCode ?? '—'}</td>
            </tr>`;
          })}</tbody>
        </table>
      </div>
      <div class="pages">
        ${this.offset > 0 ? html`<button class="button" @click=${() => (this.offset = Math.max(0, this.offset - PAGE))}>${td('facilities.previous')}</button>` : nothing}
        ${this.offset + PAGE < list.total ? html`<button class="button" @click=${() => (this.offset += PAGE)}>${td('facilities.next')}</button>` : nothing}
      </div>`;
  }
}
