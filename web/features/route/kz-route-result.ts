import { html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { sharedStyles } from '../../components/shared-styles';
import { LocaleController, t, type MessageKey } from '../../i18n';
import { doorstepVerdict, knownStatus } from './doorstep';
import { resultStyles } from './kz-route-result.styles';
import type { PlannedRoute } from './route-client';
import { constraintsText, distanceText, durationText, percentText, stepText, unknownText, warningLines } from './route-text';

/**
 * A planned route in words: a relaxed route's notice first, then length, time and the unsurveyed
 * share, the facility's own verdict for the profile beside the route's, the warnings, and the
 * directions as an ordered list a screen reader reads step by step.
 */
@customElement('kz-route-result')
export class KzRouteResult extends LitElement {
  static styles = [sharedStyles, resultStyles];
  private readonly localeController = new LocaleController(this);
  @property({ attribute: false }) route!: PlannedRoute;
  /** What the destination is called in the reader's language. */
  @property() destination = '';

  /** Moves the focus to the result's heading, e.g. for a "skip to the route" action. */
  focusHeading() {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  render() {
    const route = this.route;
    const relaxed = route.status === 'relaxed';
    return html`<section aria-labelledby="route-title" class=${relaxed ? 'relaxed' : ''}>
      <h2 id="route-title" tabindex="-1">${relaxed ? t('route.relaxed.label') : t('route.result')}</h2>
      ${relaxed
        ? html`<div class="notice" role="note">
            <h3>${t('route.relaxed.title')}</h3>
            <p>${t('route.relaxed.body', { constraints: constraintsText(route.blockedBy) })}</p>
          </div>`
        : nothing}
      <dl class="summary">
        <div><dt>${t('route.length')}</dt><dd>${distanceText(route.distance)}</dd></div>
        <div><dt>${t('route.time')}</dt><dd>${durationText(route.duration)}</dd></div>
        <div class="wide"><dt>${t('route.unverified')}</dt><dd>${this.unverified()}</dd></div>
      </dl>
      ${this.renderDoorstep()}
      <h3>${t('route.warnings')}</h3>
      ${this.renderWarnings()}
      <h3>${t('route.directions')}</h3>
      <ol class="directions">
        ${route.directions.map((step) => html`<li>${stepText({ ...step, landmarks: step.action === 'arrive' && this.destination ? [{ type: 'destination', name: this.destination }] : step.landmarks })}</li>`)}
      </ol>
      <p class="legend">${t('route.mapLegend')}</p>
    </section>`;
  }

  private unverified() {
    const { unverified } = this.route;
    if (unverified.distance <= 0) return t('route.unverifiedNone');
    return `${t('route.unverifiedValue', { share: percentText(unverified.share), distance: distanceText(unverified.distance) })} ${t('route.unverifiedWhat', { attributes: unknownText(unverified.byAttribute) })}`;
  }

  private renderDoorstep() {
    const { doorstep } = this.route;
    if (!doorstep.facility) return nothing;
    const verdict = doorstepVerdict(doorstep.route, doorstep.facility.status);
    return html`<section class="doorstep" aria-labelledby="doorstep-title">
      <h3 id="doorstep-title">${t('route.doorstep')}</h3>
      <p class="verdict verdict-${verdict}">${t(`route.verdict.${verdict}` as MessageKey)}</p>
      <dl>
        <div><dt>${t(`group.${doorstep.group}` as MessageKey)}</dt><dd>${t(`status.${knownStatus(doorstep.facility.status)}`)}</dd></div>
      </dl>
      <p class="hint">${doorstep.facility.entrance ? t('route.entrance.mapped') : t('route.entrance.none')}</p>
    </section>`;
  }

  private renderWarnings() {
    const lines = warningLines(this.route.warnings, this.route.directions);
    if (!lines.length) return html`<p>${t('route.noWarnings')}</p>`;
    return html`<ul class="warnings">
      ${lines.map((line) => html`<li>${line.text}${line.count > 1 ? `, ${t('route.times', { count: line.count })}` : ''} <span class="step">(${t('route.atStep', { step: line.step })})</span></li>`)}
    </ul>`;
  }
}
