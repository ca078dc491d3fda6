import { html, nothing } from 'lit';
import { t, type MessageKey } from '../../i18n';

const TAGS: [tag: string, message: MessageKey][] = [
  ['wheelchair', 'facility.selfReported.wheelchair'],
  ['toilets:wheelchair', 'facility.selfReported.toilets'],
];
const ANSWERS: Record<string, MessageKey> = { yes: 'facility.answer.yes', limited: 'facility.answer.limited', no: 'facility.answer.no' };

/**
 * What OpenStreetMap mappers said about wheelchair access. Shown apart from the status and
 * labelled as unverified: only an audit sets a status.
 */
export function SelfReported(tags: Record<string, string>) {
  const lines = TAGS.filter(([tag]) => tags[tag]).map(([tag, message]) => {
    const answer = ANSWERS[tags[tag]];
    return t(message, { value: answer ? t(answer) : tags[tag] });
  });
  if (lines.length === 0) return nothing;
  return html`<section class="self-reported" aria-labelledby="self-reported-title">
    <h3 id="self-reported-title">${t('facility.selfReportedTitle')}</h3>
    <ul>${lines.map((line) => html`<li>${line}</li>`)}</ul>
  </section>`;
}
