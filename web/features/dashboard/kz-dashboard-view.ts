import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { getJson, isAbort } from '../../app/api';
import { onNavigate } from '../../app/router';
import { sharedStyles } from '../../components/shared-styles';
import { currentLocale, LocaleController } from '../../i18n';
import { td } from './dashboard-text';
import { dashboardViewStyles } from './kz-dashboard-view.styles';
import type { StatsLine } from './kz-stats-table';
import { placeHref, statsApi, type AreaStats, type AuditTrend, type DashboardPlace, type FailingItems, type SectorStats } from './stats-client';
import './kz-choropleth';
import './kz-dashboard-filters';
import './kz-export-links';
import './kz-failing-items';
import './kz-stats-summary';
import './kz-stats-table';
import './kz-trend-chart';
import './kz-verdict-list';

interface Figures {
  areas?: AreaStats;
  sectors: SectorStats;
  trend?: AuditTrend;
  failing?: FailingItems;
  /** Signed in as an official or admin; otherwise only the public summary is shown. */
  official: boolean;
}

async function isOfficial(signal: AbortSignal): Promise<boolean> {
  const { account } = await getJson<{ account: { role: string } | null }>('/api/session', { signal });
  return account?.role === 'official' || account?.role === 'admin';
}

/**
 * The officials' dashboard at /dashboard (the country by region), /dashboard/<region> (its
 * districts) and /dashboard/<region>/<district> (its facilities): summary, choropleth, table,
 * sectors, trend, failing items and downloads, all from /api/stats.
 */
@customElement('kz-dashboard-view')
export class KzDashboardView extends LitElement {
  static styles = [sharedStyles, dashboardViewStyles];
  private readonly localeController = new LocaleController(this);
  @property() region?: string;
  @property() district?: string;
  @state() private figures?: Figures | { error: string };
  private place: DashboardPlace = {};
  private abort?: AbortController;
  private stopListening?: () => void;

  connectedCallback() {
    super.connectedCallback();
    // A new filter changes only the query string, which does not change this view's properties.
    this.stopListening = onNavigate(() => location.pathname.startsWith('/dashboard') && this.load());
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.stopListening?.();
    this.abort?.abort();
  }

  protected willUpdate(changed: Map<string, unknown>) {
    // The first render loads too: a property left undefined (the country) is no change to Lit.
    if (!this.hasUpdated || changed.has('region') || changed.has('district')) this.load();
  }

  private async load() {
    const search = new URLSearchParams(location.search);
    this.place = { region: this.region, district: this.district, sector: search.get('sector') ?? undefined, category: search.get('category') ?? undefined };
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    const place = this.place;
    this.figures = undefined;
    try {
      const official = await isOfficial(abort.signal);
      // Without an official's session only the public summary is asked for (country and region level).
      if (!official && (place.district || place.region === 'none')) throw new Error(td('signInNeeded'));
      const [areas, sectors, trend, failing] = await Promise.all([
        place.district || place.region === 'none' || (place.region && !official) ? undefined : statsApi.areas(place, abort.signal),
        statsApi.sectors(place, abort.signal),
        official ? statsApi.trend(place, abort.signal) : undefined,
        official ? statsApi.failing(place, abort.signal) : undefined,
      ]);
      this.figures = { areas, sectors, trend, failing, official };
    } catch (err) {
      if (!isAbort(err)) this.figures = { error: (err as Error).message };
    }
  }

  render() {
    return html`<div class="page">
      <h1>${td('title')}</h1>
      ${this.renderPath()}
      <kz-dashboard-filters .place=${this.place}></kz-dashboard-filters>
      ${this.renderFigures()}
    </div>`;
  }

  private renderPath() {
    const names = this.figures && 'sectors' in this.figures ? this.figures.sectors.scope.names : {};
    const locale = currentLocale();
    const { sector, category } = this.place;
    const crumbs = [{ label: td('country'), href: placeHref({ sector, category }) }];
    if (this.region) crumbs.push({ label: this.region === 'none' ? td('outsideAnyRegion') : names.region?.[locale] ?? this.region, href: placeHref({ region: this.region, sector, category }) });
    if (this.district) crumbs.push({ label: this.district === 'none' ? td('outsideAnyDistrict') : names.district?.[locale] ?? this.district, href: placeHref(this.place) });
    return html`<nav aria-label=${td('path')}><ol class="path">
      ${crumbs.map((c, i) => html`<li>${i === crumbs.length - 1 ? html`<span aria-current="page">${c.label}</span>` : html`<a href=${c.href}>${c.label}</a>`}</li>`)}
    </ol></nav>`;
  }

  private renderFigures() {
    const figures = this.figures;
    if (!figures) return html`<p class="status" role="status">${td('loading')}</p>`;
    if ('error' in figures) return html`<p class="status" role="alert">${td('error', { message: figures.error })}</p>`;
    const locale = currentLocale();
    const areas = figures.areas;
    const summary = areas?.total ?? figures.sectors.total;
    const kind = this.region ? 'district' : 'region';
    const lines: StatsLine[] = (areas?.rows ?? []).map((r) => ({
      key: r.kato, name: r.name[locale], counts: r,
      href: figures.official || kind === 'region' ? placeHref({ ...this.place, region: this.region ?? r.kato, district: this.region ? r.kato : undefined }) : undefined,
    }));
    const outsideCounts = areas?.outsideAnyRegion ?? areas?.outsideAnyDistrict;
    const outside = outsideCounts && {
      key: 'none', name: td(kind === 'region' ? 'outsideAnyRegion' : 'outsideAnyDistrict'), counts: outsideCounts,
      href: figures.official ? placeHref({ ...this.place, region: this.region ?? 'none', district: this.region ? 'none' : undefined }) : undefined,
    };
    const sectorLines = figures.sectors.rows.map((r) => ({ key: r.sector, name: r.name[locale], counts: r }));
    return html`
      <kz-stats-summary .counts=${summary} .definition=${figures.sectors.definition}></kz-stats-summary>
      ${figures.official ? nothing : html`<p class="status" role="note">${td('signInNeeded')}</p>`}
      ${areas ? html`<kz-choropleth .region=${this.region} .lines=${lines}></kz-choropleth>
        <kz-stats-table kind=${kind} .lines=${lines} .outside=${outside} .total=${areas.total}></kz-stats-table>` : nothing}
      <kz-stats-table kind="sector" .lines=${sectorLines} .total=${figures.sectors.total}></kz-stats-table>
      ${figures.trend ? html`<kz-trend-chart .trend=${figures.trend}></kz-trend-chart>` : nothing}
      ${figures.failing ? html`<kz-failing-items .failing=${figures.failing}></kz-failing-items>` : nothing}
      ${figures.official && (this.district || this.region === 'none') ? html`<kz-verdict-list .place=${this.place}></kz-verdict-list>` : nothing}
      <kz-export-links .place=${this.place} ?official=${figures.official}></kz-export-links>`;
  }
}
