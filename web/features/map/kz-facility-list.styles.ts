import { css } from 'lit';

export const listStyles = css`
  :host {
    display: block;
  }
  h2 {
    margin: 0 0 0.25rem;
    font-size: 1.05rem;
  }
  .note {
    margin: 0 0 0.5rem;
    color: var(--kz-text-muted);
    font-size: 0.9rem;
  }
  .note.failed {
    color: #a00;
    font-weight: 600;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 2px;
  }
  button {
    display: flex;
    align-items: flex-start;
    gap: 0.65rem;
    width: 100%;
    padding: 0.5rem 0.6rem;
    border: 1px solid transparent;
    border-radius: 8px;
    background: transparent;
    text-align: left;
    transition: background var(--kz-motion);
  }
  button:hover {
    background: var(--kz-surface-muted);
    border-color: var(--kz-border);
  }
  button[aria-current='true'] {
    background: var(--kz-selected-bg);
    border: 2px solid var(--kz-selected-border);
  }
`;

/** One facility in a list or a search popup: its status symbol, then its name over a muted line. */
export const facilityRowStyles = css`
  .symbol {
    display: flex;
    padding-top: 1px;
  }
  .text {
    display: flex;
    flex-direction: column;
    min-width: 0;
  }
  .name {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .meta {
    color: var(--kz-text-muted);
    font-size: 0.85rem;
  }
`;
