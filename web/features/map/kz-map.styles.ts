import { css } from 'lit';

/** The map fills its box; MapLibre's controls get the app's focus ring and larger targets. */
export const mapStyles = css`
  :host {
    display: block;
    position: relative;
    height: 100%;
    min-height: 18rem;
    background: #dfe5ea;
  }
  .map {
    position: absolute;
    inset: 0;
  }
  .overlay {
    position: absolute;
    left: 50%;
    top: 45%;
    transform: translate(-50%, -50%);
    margin: 0;
    padding: 0.75rem 1.1rem;
    max-width: 26rem;
    border-radius: var(--kz-radius);
    background: var(--kz-surface);
    box-shadow: var(--kz-shadow);
    font-weight: 600;
  }
  .overlay.failed {
    border-left: 5px solid #c62828;
  }
  .maplibregl-canvas:focus-visible {
    outline: 3px solid var(--kz-focus);
    outline-offset: -5px;
    box-shadow: none;
  }
  .maplibregl-ctrl-group button {
    width: 36px;
    height: 36px;
  }
  .maplibregl-ctrl button:focus-visible,
  .maplibregl-ctrl a:focus-visible {
    outline: 3px solid var(--kz-focus);
    box-shadow: 0 0 0 5px var(--kz-focus-inner);
  }
  .maplibregl-ctrl-attrib {
    font-size: 0.75rem;
    background: rgb(255 255 255 / 88%);
  }
  .maplibregl-ctrl-attrib a {
    color: var(--kz-text);
  }
  .maplibregl-ctrl-scale {
    border-color: var(--kz-text);
    color: var(--kz-text);
  }
`;
