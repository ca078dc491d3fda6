import { html, LitElement } from 'lit';

/** The application shell. */
export class KzApp extends LitElement {
  render() {
    return html`<main><h1>Kedergisiz</h1></main>`;
  }
}
customElements.define('kz-app', KzApp);
