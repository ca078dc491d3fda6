import { html, LitElement, nothing, svg } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { getJson } from '../../app/api';
import { navigate } from '../../app/router';
import { sharedStyles } from '../../components/shared-styles';
import { LocaleController } from '../../i18n';
import { CLASS_COLOURS, NO_DATA_COLOUR, projectAreas, shareClass, type Geometry, type ProjectedArea } from './choropleth-geometry';
import { share, td } from './dashboard-text';
import { dashboardStyles } from './dashboard.styles';
import { choroplethStyles } from './kz-choropleth.styles';
import type { StatsLine } from './kz-stats-table';

type Layer = { features: { properties: { kato: string; region?: string }; geometry: Geometry }[] };
const layers = new Map<string, Promise<Layer>>();
const layer = (name: 'regions' | 'districts') => {
  if (!layers.has(name)) layers.set(name, getJson<Layer>(`/api/basemap/layers/${name}.geojson`));
  return layers.get(name)!;
};

const WIDTH = 640;

/**
 * Regions of the country, or districts of a region, coloured by a share: a light SVG drawing of
 * the simplified boundaries the basemap serves. It repeats the table (which screen readers and
 * keyboards use), so it is hidden from assistive technology; a click opens the area as the
 * table's link does.
 */
@customElement('kz-choropleth')
export class KzChoropleth extends LitElement {
  static styles = [sharedStyles, dashboardStyles, choroplethStyles];
  private readonly localeController = new LocaleController(this);
  /** The region whose districts to draw; absent: the regions of the country. */
  @property() region?: string;
  @property({ attribute: false }) lines: StatsLine[] = [];
  @state() private metric: 'adapted' | 'fresh' = 'adapted';
  @state() private drawing?: { areas: ProjectedArea[]; height: number } | 'failed';

  protected willUpdate(changed: Map<string, unknown>) {
    // The first render loads too: a property left undefined (the country) is no change to Lit.
    if (!this.hasUpdated || changed.has('region')) this.load();
  }

  private async load() {
    this.drawing = undefined;
    try {
      const { features } = await layer(this.region ? 'districts' : 'regions');
      const wanted = features.filter((f) => !this.region || f.properties.region === this.region);
      this.drawing = projectAreas(wanted.map((f) => ({ kato: f.properties.kato, geometry: f.geometry })), WIDTH);
    } catch {
      this.drawing = 'failed';
    }
  }

  render() {
    const choice = (metric: 'adapted' | 'fresh', label: string) => html`<label>
      <input type="radio" name="metric" .checked=${this.metric === metric} @change=${() => (this.metric = metric)} /> ${label}
    </label>`;
    return html`<section class="section">
      <h2 id="map-title">${td('map.title')}</h2>
      <fieldset>
        <legend>${td('map.metric')}</legend>
        ${choice('adapted', td('map.metricAdapted'))} ${choice('fresh', td('map.metricFresh'))}
      </fieldset>
      <p class="note">${td('map.note')}</p>
      ${this.drawing === 'failed' ? html`<p role="status">${td('map.unavailable')}</p>` : this.renderMap()}
      ${this.renderLegend()}
    </section>`;
  }

  private renderMap() {
    if (!this.drawing || this.drawing === 'failed') return nothing;
    const drawing = this.drawing;
    const byKato = new Map(this.lines.map((l) => [l.key, l]));
    return html`<svg class="map" viewBox="0 0 ${WIDTH} ${drawing.height}" aria-hidden="true" focusable="false">
      ${drawing.areas.map((area) => {
        const line = byKato.get(area.kato);
        const value = line ? line.counts.percent[this.metric] : null;
        const cls = shareClass(value);
        return svg`<path d=${area.d} fill=${cls === null ? NO_DATA_COLOUR : CLASS_COLOURS[cls]}
          class=${line?.href ? 'link' : ''} @click=${() => line?.href && navigate(line.href)}>
          <title>${line ? `${line.name}: ${share(value)}` : area.kato}</title></path>`;
      })}
    </svg>`;
  }

  private renderLegend() {
    const bands = CLASS_COLOURS.map((colour, i) => ({ colour, label: `${i * 20}–${i === 4 ? 100 : i * 20 + 20}%` }));
    return html`<ul class="legend" aria-label=${this.metric === 'adapted' ? td('map.metricAdapted') : td('map.metricFresh')}>
      ${bands.map((b) => html`<li><span class="swatch" style="background:${b.colour}" aria-hidden="true"></span>${b.label}</li>`)}
      <li><span class="swatch" style="background:${NO_DATA_COLOUR}" aria-hidden="true"></span>${td('map.noFacilities')}</li>
    </ul>`;
  }
}
