import { css } from 'lit';

/**
 * Styles shared by the inspectors' screens: made for tablets held in gloves and sunlight, so
 * text is large and every control is at least 44 px in both directions.
 */
export const inspectionStyles = css`
  :host {
    display: block;
    font-size: 1.125rem;
    line-height: 1.45;
  }
  .page {
    max-width: 72rem;
    margin: 0 auto;
    padding: 1rem;
  }
  h1 {
    font-size: 1.6rem;
    margin: 0.25rem 0 0.75rem;
  }
  h2 {
    font-size: 1.3rem;
    margin: 1rem 0 0.5rem;
  }
  .button,
  button,
  input,
  select,
  textarea {
    min-height: 44px;
    min-width: 44px;
    font-size: 1.05rem;
  }
  .button {
    padding: 0.5rem 1rem;
  }
  input,
  select,
  textarea {
    box-sizing: border-box;
    padding: 0.45rem 0.6rem;
    border: 1px solid var(--kz-border);
    border-radius: 8px;
    background: var(--kz-surface);
    color: var(--kz-text);
    font-family: inherit;
  }
  label {
    font-weight: 600;
  }
  .card {
    background: var(--kz-surface);
    border: 1px solid var(--kz-border);
    border-radius: var(--kz-radius);
    padding: 1rem;
    margin: 0 0 0.75rem;
  }
  .muted {
    color: var(--kz-text-muted);
  }
  .error {
    color: #a50e0e;
    font-weight: 600;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  ul.plain {
    list-style: none;
    margin: 0;
    padding: 0;
  }
`;
