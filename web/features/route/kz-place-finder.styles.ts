import { css } from 'lit';

/** Search results as a quiet list of full-width buttons, like "Facilities in view". */
export const finderStyles = css`
  .results {
    list-style: none;
    margin: 0 0 0.5rem;
    padding: 0;
    display: grid;
    gap: 2px;
  }
  .results button {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    width: 100%;
    padding: 0.45rem 0.6rem;
    border: 1px solid var(--kz-border);
    border-radius: 8px;
    background: var(--kz-surface);
    text-align: left;
  }
  .results button:hover {
    background: var(--kz-surface-muted);
    border-color: var(--kz-accent);
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
