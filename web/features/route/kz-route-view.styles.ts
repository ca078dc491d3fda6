import { css } from 'lit';

/** The planner beside the map on wide screens; the map first, then the planner, on narrow ones. */
export const routeViewStyles = css`
  :host {
    display: flex;
    flex: 1;
    min-height: 0;
  }
  .layout {
    flex: 1;
    display: grid;
    grid-template-columns: minmax(20rem, 27rem) 1fr;
    grid-template-rows: minmax(0, 1fr);
    min-height: 0;
  }
  .side {
    padding: 1rem 1rem 2rem;
    overflow-y: auto;
    background: var(--kz-surface);
    border-right: 1px solid var(--kz-border);
  }
  h1 {
    margin: 0 0 0.3rem;
    font-size: 1.3rem;
  }
  .intro {
    margin: 0 0 0.8rem;
    color: var(--kz-text-muted);
  }
  .chosen {
    margin: 0 0 0.5rem;
    font-weight: 600;
  }
  .row {
    margin-top: 0.5rem;
  }
  .plan {
    width: 100%;
    justify-content: center;
    margin: 0.25rem 0 0.75rem;
    font-size: 1.05rem;
  }
  kz-route-result {
    margin-top: 0.5rem;
    padding-top: 0.75rem;
    border-top: 2px solid var(--kz-border);
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
  /* Marks the map centre, which "Use the centre of the map" takes as the start. */
  .crosshair {
    position: absolute;
    left: 50%;
    top: 50%;
    width: 26px;
    height: 26px;
    margin: -13px 0 0 -13px;
    pointer-events: none;
    background:
      linear-gradient(#0f2a47, #0f2a47) center / 2px 100% no-repeat,
      linear-gradient(#0f2a47, #0f2a47) center / 100% 2px no-repeat;
    filter: drop-shadow(0 0 1px #fff) drop-shadow(0 0 1px #fff);
  }
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
      height: 50vh;
    }
    .side {
      overflow: visible;
      border-right: 0;
    }
  }
`;
