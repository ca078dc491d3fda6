import { css } from 'lit';

/** Side panel beside the map on wide screens; map above the side panel on narrow ones. */
export const mapViewStyles = css`
  :host {
    display: flex;
    flex: 1;
    min-height: 0;
  }
  .layout {
    flex: 1;
    display: grid;
    grid-template-columns: minmax(18rem, 24rem) 1fr;
    grid-template-rows: minmax(0, 1fr);
    min-height: 0;
  }
  .side {
    display: flex;
    flex-direction: column;
    gap: 1.25rem;
    padding: 1rem 1rem 1.5rem;
    overflow-y: auto;
    background: var(--kz-surface);
    border-right: 1px solid var(--kz-border);
  }
  .map-area {
    position: relative;
    min-height: 0;
  }
  kz-map {
    position: absolute;
    inset: 0;
    height: auto;
  }
  .panel {
    position: absolute;
    top: 0.75rem;
    right: 3.75rem;
    width: min(24rem, calc(100% - 5rem));
    max-height: calc(100% - 4rem);
    overflow-y: auto;
    border-radius: var(--kz-radius);
    background: var(--kz-surface);
    box-shadow: var(--kz-shadow);
    border: 1px solid var(--kz-border);
  }
  .full-list {
    margin: 0.6rem 0 0;
  }
  .full-list a {
    color: var(--kz-accent);
    font-weight: 650;
  }
  .failure {
    padding: 0.75rem 1rem;
    border-left: 5px solid #c62828;
    border-radius: 6px;
    background: #fdecea;
  }
  .failure p {
    margin: 0 0 0.5rem;
    font-weight: 600;
  }
  /* Narrow screens: the map on top, the facility right below it, then places, legend and list. */
  @media (max-width: 50rem) {
    :host {
      overflow-y: auto;
      display: block;
    }
    .layout {
      display: flex;
      flex-direction: column;
    }
    .map-area {
      order: -1;
      flex: none;
    }
    kz-map {
      position: relative;
      height: 55vh;
    }
    .side {
      overflow: visible;
      border-right: 0;
    }
    .panel {
      position: static;
      width: auto;
      max-height: none;
      border-radius: 0;
      border-width: 0 0 1px;
      box-shadow: none;
    }
  }
`;
