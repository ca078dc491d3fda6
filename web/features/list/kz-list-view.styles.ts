import { css } from 'lit';

/** The results in a readable column; a chosen facility beside them on wide screens, above them on narrow ones. */
export const listViewStyles = css`
  :host {
    display: block;
    flex: 1;
    min-height: 0;
    overflow-y: auto;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 40rem) minmax(20rem, 28rem);
    justify-content: center;
    gap: 1.5rem;
    padding: 1.25rem 1rem 3rem;
  }
  .results {
    display: flex;
    flex-direction: column;
    gap: 1.1rem;
    grid-column: 1;
  }
  h1 {
    margin: 0;
    font-size: 1.6rem;
  }
  h2 {
    margin: 0 0 0.4rem;
    font-size: 1.05rem;
  }
  label {
    display: block;
    margin-bottom: 0.3rem;
    font-weight: 700;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  input[type='search'] {
    flex: 1 1 14rem;
    min-height: 2.75rem;
  }
  .hint {
    display: block;
    margin: 0.25rem 0 0;
    color: var(--kz-text-muted);
    font-size: 0.85rem;
  }
  .origin p {
    margin: 0 0 0.4rem;
    font-weight: 600;
  }
  .places ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
  }
  kz-facility-list {
    padding: 0.75rem;
    border: 1px solid var(--kz-border);
    border-radius: var(--kz-radius);
    background: var(--kz-surface);
  }
  .panel {
    grid-column: 2;
    align-self: start;
    position: sticky;
    top: 1rem;
    max-height: calc(100vh - 7rem);
    overflow-y: auto;
    border: 1px solid var(--kz-border);
    border-radius: var(--kz-radius);
    background: var(--kz-surface);
    box-shadow: var(--kz-shadow);
  }
  @media (max-width: 62rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr);
    }
    .panel {
      grid-column: 1;
      grid-row: 1;
      position: static;
      max-height: none;
    }
  }
`;
